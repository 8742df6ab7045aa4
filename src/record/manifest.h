// A recording's manifest: everything needed to rebuild the machine the
// recording started from (its options, the RTC epoch) and to make sure the
// images it read are the same ones (their content hashes). A text file of
// "key value" lines, documented in docs/recording.md.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace ttvm {

// A file the machine reads at start (firmware, kernel, initrd, dtb, disks).
struct ImageRef {
  std::string role;  // firmware, kernel, initrd, dtb, drive
  std::string path;  // absolute
  uint64_t size = 0;
  uint64_t hash = 0;  // util/hash.h hash_words of the contents
};

struct Manifest {
  static constexpr uint32_t kVersion = 1;
  uint32_t version = kVersion;
  uint64_t start_epoch_ns = 0;
  std::string cwd;                // where relative paths in args resolve
  std::vector<std::string> args;  // the machine options, as given
  std::vector<ImageRef> images;
};

// Reads and hashes a file; errors name it.
ImageRef hash_image(const std::string& role, const std::string& path);
void write_manifest(const std::string& path, const Manifest& m);
// Errors name the file and line; an unknown version is refused.
Manifest read_manifest(const std::string& path);

}  // namespace ttvm

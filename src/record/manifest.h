// A recording's manifest: everything needed to rebuild the machine the
// recording started from (its options, the RTC epoch) and to make sure the
// images it read are the same ones (their content hashes). A text file of
// "key value" lines, documented in docs/recording.md.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "util/content_hash.h"

namespace ttvm {

// A file the machine reads at start (firmware, kernel, initrd, dtb, disks).
struct ImageRef {
  std::string role;  // firmware, kernel, initrd, dtb, drive
  std::string path;  // absolute
  uint64_t size = 0;
  ContentHash hash;  // XXH3-128 of the contents (format 2)
  // Format 1 named images by util/hash.h hash_words (64 bits): kept only
  // so that 'ttvm pack' can check an old recording's images and convert it.
  uint64_t v1_hash = 0;
};

struct Manifest {
  // 2: images named by XXH3-128 and kept in the recording (images/).
  static constexpr uint32_t kVersion = 2;
  // Read only to be converted by 'ttvm pack' (replay refuses it).
  static constexpr uint32_t kOldVersion = 1;
  uint32_t version = kVersion;
  uint64_t start_epoch_ns = 0;
  std::string cwd;                // where relative paths in args resolve
  std::vector<std::string> args;  // the machine options, as given
  std::vector<ImageRef> images;
};

// Reads and hashes a file; errors name it.
ImageRef hash_image(const std::string& role, const std::string& path);
// The format-1 hash of a file (hash_words over 1 MiB pieces), to check an
// old recording's image before converting it; errors name the file.
uint64_t v1_image_hash(const std::string& role, const std::string& path);
// Replaces the file in one rename, so a reader (or a crash) never sees half
// a manifest: 'ttvm pack' rewrites the manifest of an existing recording.
void write_manifest(const std::string& path, const Manifest& m);
// Errors name the file and line; versions other than kVersion and
// kOldVersion are refused.
Manifest read_manifest(const std::string& path);
// UserError unless `m` is of the current format (an old one gets the way
// to convert it); `dir` is the recording.
void require_current(const Manifest& m, const std::string& dir);

}  // namespace ttvm

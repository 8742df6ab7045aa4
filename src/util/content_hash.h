// The hash that identifies an image's contents: XXH3-128 (libxxhash).
// Recordings name the images they depend on, and the files they keep of
// them, by it, so it must not collide by accident over the life of a
// recording store: 128 bits, unlike the 64-bit FNV-style hash_words of
// util/hash.h, which stays for state digests (where speed matters and a
// collision only hides a divergence that the next digest shows). XXH3 is
// not a cryptographic hash: a recording trusts its images' owner.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace ttvm {

// Also names the pages of saved checkpoints (timetravel/checkpoint_store).
struct ContentHash {
  uint64_t hi = 0, lo = 0;
  bool operator==(const ContentHash&) const = default;
  bool operator<(const ContentHash& o) const { return hi < o.hi || (hi == o.hi && lo < o.lo); }
  // 32 lowercase hex digits, high half first (as xxhsum -H2 prints it).
  std::string hex() const;
  static std::optional<ContentHash> parse(const std::string& hex);
};

// Incremental: large files are fed in pieces.
class ContentHasher {
 public:
  ContentHasher();
  ~ContentHasher();
  ContentHasher(const ContentHasher&) = delete;
  ContentHasher& operator=(const ContentHasher&) = delete;
  void update(const void* data, size_t n);
  ContentHash digest() const;

 private:
  struct State;
  std::unique_ptr<State> s_;
};

ContentHash content_hash(const void* data, size_t n);
// A 64-bit XXH3 for checksumming pieces of stored files.
uint64_t checksum64(const void* data, size_t n);

struct FileHash {
  uint64_t size = 0;
  ContentHash hash;
};
// Reads all of `path`; UserError naming it (and `what` it is: "kernel
// image") if it cannot be read.
FileHash hash_file(const std::string& path, const std::string& what);

}  // namespace ttvm

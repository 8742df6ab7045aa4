#include "util/content_hash.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include <xxhash.h>

#include "util/error.h"

namespace ttvm {

std::string ContentHash::hex() const {
  char b[33];
  std::snprintf(b, sizeof b, "%016" PRIx64 "%016" PRIx64, hi, lo);
  return b;
}

std::optional<ContentHash> ContentHash::parse(const std::string& s) {
  if (s.size() != 32) return std::nullopt;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return std::nullopt;
  ContentHash h;
  h.hi = std::strtoull(s.substr(0, 16).c_str(), nullptr, 16);
  h.lo = std::strtoull(s.substr(16).c_str(), nullptr, 16);
  return h;
}

struct ContentHasher::State {
  XXH3_state_t* st = XXH3_createState();
  ~State() { XXH3_freeState(st); }
};

ContentHasher::ContentHasher() : s_(std::make_unique<State>()) {
  if (!s_->st) throw std::bad_alloc();
  XXH3_128bits_reset(s_->st);
}
ContentHasher::~ContentHasher() = default;

void ContentHasher::update(const void* data, size_t n) { XXH3_128bits_update(s_->st, data, n); }

ContentHash ContentHasher::digest() const {
  const XXH128_hash_t h = XXH3_128bits_digest(s_->st);
  return {h.high64, h.low64};
}

ContentHash content_hash(const void* data, size_t n) {
  const XXH128_hash_t h = XXH3_128bits(data, n);
  return {h.high64, h.low64};
}

uint64_t checksum64(const void* data, size_t n) { return XXH3_64bits(data, n); }

FileHash hash_file(const std::string& path, const std::string& what) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw UserError(path + ": cannot read the " + what + ": " + std::strerror(errno));
  ContentHasher h;
  FileHash out;
  constexpr size_t kChunk = 1 << 20;
  const std::unique_ptr<uint8_t[]> buf(new uint8_t[kChunk]);  // not zeroed: read() fills it
  for (;;) {
    const ssize_t n = ::read(fd, buf.get(), kChunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int e = errno;
      ::close(fd);
      throw UserError(path + ": error reading the " + what + ": " + std::strerror(e));
    }
    if (n == 0) break;
    h.update(buf.get(), size_t(n));
    out.size += uint64_t(n);
  }
  ::close(fd);
  out.hash = h.digest();
  return out;
}

}  // namespace ttvm

// FNV-1a, 64-bit: the one hash used for state digests and image hashes.
// Incremental, so large inputs (disk images) can be fed in pieces.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace ttvm {

constexpr uint64_t kFnvOffset = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

// Continues hash `h` over `n` bytes.
inline uint64_t fnv1a(const void* data, size_t n, uint64_t h = kFnvOffset) {
  const auto* p = static_cast<const uint8_t*>(data);
  for (size_t i = 0; i < n; ++i) {
    h ^= p[i];
    h *= kFnvPrime;
  }
  return h;
}

// A faster hash for large inputs (RAM pages, images): four FNV-style lanes
// over 64-bit words, so the multiplies overlap; the tail bytewise. Not the
// same values as fnv1a. Continues from `h`.
inline uint64_t hash_words(const void* data, size_t n, uint64_t h = kFnvOffset) {
  const auto* p = static_cast<const uint8_t*>(data);
  uint64_t lane[4] = {h, h ^ 1, h ^ 2, h ^ 3};
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    uint64_t w[4];
    std::memcpy(w, p + i, 32);
    for (int k = 0; k < 4; ++k) lane[k] = (lane[k] ^ w[k]) * kFnvPrime;
  }
  return fnv1a(p + i, n - i, fnv1a(lane, sizeof lane));
}

}  // namespace ttvm

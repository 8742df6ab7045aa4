// FNV-1a, 64-bit: the one hash used for state digests and image hashes.
// Incremental, so large inputs (disk images) can be fed in pieces.
#pragma once
#include <cstddef>
#include <cstdint>

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

}  // namespace ttvm

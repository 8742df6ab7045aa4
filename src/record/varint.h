// LEB128 unsigned integers for the event log: icount deltas and lengths are
// mostly small, so most take one or two bytes.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace ttvm {

inline void put_varint(std::vector<uint8_t>& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(uint8_t(v) | 0x80);
    v >>= 7;
  }
  out.push_back(uint8_t(v));
}

// Reads one varint at p[pos..n); false if it is truncated or longer than 64 bits.
inline bool get_varint(const uint8_t* p, size_t n, size_t& pos, uint64_t& v) {
  v = 0;
  for (unsigned shift = 0; shift < 64; shift += 7) {
    if (pos >= n) return false;
    const uint8_t b = p[pos++];
    if (shift == 63 && b > 1) return false;
    v |= uint64_t(b & 0x7f) << shift;
    if (!(b & 0x80)) return true;
  }
  return false;
}

}  // namespace ttvm

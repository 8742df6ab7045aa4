// Whole numbers as a user types them: decimal or 0x hex, with _ or ' as
// digit separators (1_000_000), no sign, at most 64 bits. Shared by the
// command-line options and the monitor commands, so both read the same
// spellings.
#pragma once
#include <cstdint>
#include <string_view>

namespace ttvm {

inline bool parse_u64(std::string_view s, uint64_t& v) {
  unsigned base = 10;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16;
    s.remove_prefix(2);
  }
  uint64_t n = 0;
  bool digits = false;
  for (char c : s) {
    if (c == '_' || c == '\'') continue;
    unsigned d;
    if (c >= '0' && c <= '9') d = unsigned(c - '0');
    else if (base == 16 && c >= 'a' && c <= 'f') d = unsigned(c - 'a' + 10);
    else if (base == 16 && c >= 'A' && c <= 'F') d = unsigned(c - 'A' + 10);
    else return false;
    if (n > (~0ull - d) / base) return false;  // more than 64 bits
    n = n * base + d;
    digits = true;
  }
  if (!digits) return false;
  v = n;
  return true;
}

}  // namespace ttvm

// The machine's debugger hooks: breakpoints for all harts and memory access
// through a hart's translation without side effects.
#include <algorithm>

#include "machine/machine.h"

namespace ttvm {

void Machine::set_debug_traps(const DebugTraps* t) {
  for (auto& h : harts_) {
    h->set_debug_traps(t);
    // Pages that became watched must leave the TLBs so that their accesses
    // take the slow path (see DebugTraps).
    if (t && t->has_watches()) h->flush_tlbs();
  }
}

bool Machine::debug_read(Hart& h, uint64_t va, void* out, uint64_t len) {
  auto* dst = static_cast<uint8_t*>(out);
  while (len > 0) {
    const uint64_t n = std::min(len, kPageSize - (va & (kPageSize - 1)));
    uint64_t pa;
    if (!h.debug_translate(va, pa) || !bus_.read_memory(pa, dst, n)) return false;
    va += n;
    dst += n;
    len -= n;
  }
  return true;
}

bool Machine::debug_write(Hart& h, uint64_t va, const void* in, uint64_t len) {
  // Translate every page first, so that a failure writes nothing.
  std::vector<std::pair<uint64_t, uint64_t>> pieces;  // pa, length
  for (uint64_t at = va, left = len; left > 0;) {
    const uint64_t n = std::min(left, kPageSize - (at & (kPageSize - 1)));
    uint64_t pa;
    if (!h.debug_translate(at, pa) || !ram_.contains(pa, n)) return false;
    pieces.emplace_back(pa, n);
    at += n;
    left -= n;
  }
  const auto* src = static_cast<const uint8_t*>(in);
  for (const auto& [pa, n] : pieces) {
    ram_.write(pa, src, n);
    src += n;
  }
  return true;
}

}  // namespace ttvm

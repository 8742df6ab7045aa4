// The machine's debugger hooks: breakpoints for all harts and memory access
// through a hart's translation without side effects.
#include <algorithm>

#include "machine/machine.h"
#include "record/recorder.h"
#include "timetravel/exec_control.h"

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

bool Machine::debug_write_reg(unsigned hart, uint8_t kind, unsigned index, uint64_t value) {
  if (hart >= harts_.size()) return false;
  Hart& h = *harts_[hart];
  switch (RegId::Kind(kind)) {
    case RegId::Kind::kGpr:
      if (index >= 32) return false;
      h.set_reg(index, value);
      return true;
    case RegId::Kind::kPc: h.set_pc(value); return true;
    case RegId::Kind::kFpr:
      if (index >= 32) return false;
      h.f_[index] = value;
      return true;
    case RegId::Kind::kCsr: return index < 4096 && h.debug_write_csr(uint16_t(index), value);
    case RegId::Kind::kPriv:
      if (value != 0 && value != 1 && value != 3) return false;
      h.debug_set_priv(Priv(value));
      return true;
  }
  return false;
}

bool Machine::debugger_input(const std::vector<uint8_t>& p) {
  bool ok = false;
  if (p.size() >= 10 && p[0] == 0 && p[1] < harts_.size()) {
    uint64_t va;
    std::memcpy(&va, p.data() + 2, 8);
    ok = debug_write(*harts_[p[1]], va, p.data() + 10, p.size() - 10);
  } else if (p.size() == 2 + 1 + 4 + 8 && p[0] == 1) {
    uint32_t index;
    uint64_t value;
    std::memcpy(&index, p.data() + 3, 4);
    std::memcpy(&value, p.data() + 7, 8);
    ok = debug_write_reg(p[1], p[2], index, value);
  }
  if (ok && recorder_ && !replayer_) recorder_->input(here(), Port::kDebugger, p.data(), p.size());
  return ok;
}

}  // namespace ttvm

#include "cpu/pmp.h"

namespace ttvm {

void Pmp::reset() {
  for (unsigned i = 0; i < kEntries; ++i) {
    cfg_[i] = 0;
    addr_[i] = 0;
  }
  update_active();
}

uint64_t Pmp::read_cfg(unsigned n) const {
  // pmpcfg0 holds entries 0..7, pmpcfg2 entries 8..15; odd numbers do not
  // exist on RV64 and higher ones hold entries we do not implement.
  if (n & 1 || n / 2 * 8 >= kEntries) return 0;
  uint64_t v = 0;
  for (unsigned b = 0; b < 8; ++b) v |= uint64_t(cfg_[n / 2 * 8 + b]) << (8 * b);
  return v;
}

void Pmp::write_cfg(unsigned n, uint64_t v) {
  if (n & 1 || n / 2 * 8 >= kEntries) return;
  for (unsigned b = 0; b < 8; ++b) {
    unsigned i = n / 2 * 8 + b;
    if (locked(i)) continue;
    uint8_t c = uint8_t(v >> (8 * b)) & (kR | kW | kX | kA | kL);
    // R=0, W=1 is reserved; like QEMU 7.2 we keep it as written.
    cfg_[i] = c;
  }
  update_active();
}

uint64_t Pmp::read_addr(unsigned i) const { return i < kEntries ? addr_[i] : 0; }

void Pmp::write_addr(unsigned i, uint64_t v) {
  if (i >= kEntries || locked(i)) return;
  // A locked TOR entry also locks the address register below it.
  if (i + 1 < kEntries && locked(i + 1) && (cfg_[i + 1] & kA) == kTor) return;
  addr_[i] = v & ((1ull << 54) - 1);
  update_active();
}

// Every TLB refill, page-table step and atomic checks PMP: decoding the
// entries (NAPOT masks above all) once per CSR write instead of per check
// made that several times cheaper.
void Pmp::update_active() {
  active_ = false;
  scan_ = 0;
  for (unsigned i = 0; i < kEntries; ++i) {
    decode_range(i, lo_[i], hi_[i]);
    if (cfg_[i] & kA) {
      active_ = true;
      scan_ = i + 1;
    }
  }
}

void Pmp::decode_range(unsigned i, uint64_t& lo, uint64_t& hi) const {
  lo = hi = 0;
  switch (cfg_[i] & kA) {
    case kTor:
      lo = i == 0 ? 0 : addr_[i - 1] << 2;
      hi = addr_[i] << 2;
      break;
    case kNa4:
      lo = addr_[i] << 2;
      hi = lo + 4;
      break;
    case kNapot: {
      // Trailing ones of pmpaddr give the size: 2^(ones + 3) bytes.
      uint64_t a = addr_[i];
      unsigned ones = 0;
      while (ones < 54 && (a >> ones) & 1) ++ones;
      if (ones >= 54) {
        lo = 0;
        hi = ~0ull;  // the whole address space
      } else {
        uint64_t size = 8ull << ones;
        lo = (a << 2) & ~(size - 1);
        hi = lo + size;
      }
      break;
    }
    default: break;
  }
}

bool Pmp::check(uint64_t pa, unsigned size, Access a, Priv p) const {
  if (!active_) return p == Priv::kM;
  const uint64_t end = pa + size;
  for (unsigned i = 0; i < scan_; ++i) {
    const uint64_t lo = lo_[i], hi = hi_[i];
    if (lo >= hi) continue;
    const bool touches = pa < hi && end > lo;
    if (!touches) continue;
    if (pa < lo || end > hi) return false;  // partially matching: fails
    if (p == Priv::kM && !locked(i)) return true;
    return cfg_[i] & static_cast<uint8_t>(a);
  }
  return p == Priv::kM;
}

bool Pmp::page_ok(uint64_t pa, Access a, Priv p) const {
  const uint64_t page = pa & ~0xfffull;
  if (!active_) return p == Priv::kM;
  for (unsigned i = 0; i < scan_; ++i) {
    const uint64_t lo = lo_[i], hi = hi_[i];
    if (lo >= hi) continue;
    if (page + 4096 <= lo || page >= hi) continue;
    // The first entry that touches the page must cover all of it.
    if (page < lo || page + 4096 > hi) return false;
    if (p == Priv::kM && !locked(i)) return true;
    return cfg_[i] & static_cast<uint8_t>(a);
  }
  return p == Priv::kM;
}

void Pmp::save(StateWriter& w) const {
  w.put(cfg_);
  w.put(addr_);
}

void Pmp::restore(StateReader& r) {
  r.get(cfg_);
  r.get(addr_);
  update_active();
}

}  // namespace ttvm

#include "dev/clint.h"

namespace ttvm {
namespace {
constexpr uint64_t kMtimecmp = 0x4000, kMtime = 0xbff8;

// Reads `size` bytes at byte `off` of a 64-bit register.
uint64_t sub_read(uint64_t reg, unsigned off, unsigned size) {
  const uint64_t v = reg >> (8 * off);
  return size == 8 ? v : v & ((1ull << (8 * size)) - 1);
}
uint64_t sub_write(uint64_t reg, unsigned off, unsigned size, uint64_t v) {
  const uint64_t mask = (size == 8 ? ~0ull : ((1ull << (8 * size)) - 1)) << (8 * off);
  return (reg & ~mask) | ((v << (8 * off)) & mask);
}
}  // namespace

Clint::Clint(unsigned harts, ClintHost& host) : host_(host), msip_(harts, 0), mtimecmp_(harts, ~0ull) {}

void Clint::reset() {
  for (auto& m : msip_) m = 0;
  // QEMU starts mtimecmp at 0; OpenSBI and kernels program it before use.
  for (auto& t : mtimecmp_) t = 0;
}

bool Clint::read(uint64_t off, unsigned size, uint64_t& v) {
  if (off < 4 * msip_.size()) {
    if (size != 4) return false;
    v = msip_[off / 4];
    return true;
  }
  if (off >= kMtimecmp && off < kMtimecmp + 8 * mtimecmp_.size()) {
    if (size < 4) return false;
    v = sub_read(mtimecmp_[(off - kMtimecmp) / 8], (off - kMtimecmp) % 8, size);
    return true;
  }
  if (off >= kMtime && off < kMtime + 8) {
    if (size < 4) return false;
    v = sub_read(host_.mtime(), off - kMtime, size);
    return true;
  }
  v = 0;  // unused parts of the window read as zero, as on QEMU
  return true;
}

bool Clint::write(uint64_t off, unsigned size, uint64_t v) {
  if (off < 4 * msip_.size()) {
    if (size != 4) return false;
    const unsigned hart = unsigned(off / 4);
    msip_[hart] = v & 1;
    host_.set_msip(hart, v & 1);
    return true;
  }
  if (off >= kMtimecmp && off < kMtimecmp + 8 * mtimecmp_.size()) {
    if (size < 4) return false;
    uint64_t& r = mtimecmp_[(off - kMtimecmp) / 8];
    r = sub_write(r, (off - kMtimecmp) % 8, size, v);
    host_.timecmp_changed();
    return true;
  }
  if (off >= kMtime && off < kMtime + 8) {
    if (size < 4) return false;
    host_.set_mtime(sub_write(host_.mtime(), off - kMtime, size, v));
    return true;
  }
  return true;
}

void Clint::save(StateWriter& w) const {
  w.put_bytes(msip_.data(), msip_.size() * sizeof(msip_[0]));
  w.put_bytes(mtimecmp_.data(), mtimecmp_.size() * sizeof(mtimecmp_[0]));
}

void Clint::restore(StateReader& r) {
  r.get_bytes(msip_.data(), msip_.size() * sizeof(msip_[0]));
  r.get_bytes(mtimecmp_.data(), mtimecmp_.size() * sizeof(mtimecmp_[0]));
  for (unsigned h = 0; h < msip_.size(); ++h) host_.set_msip(h, msip_[h] & 1);
  host_.timecmp_changed();
}

}  // namespace ttvm

// Physical memory protection (privileged spec 1.12, section 3.7): 16 entries
// with TOR, NA4 and NAPOT matching, the lock bit, and the rule that M-mode is
// only restricted by locked entries. Granularity is 4 bytes (G = 0), as on
// QEMU's virt. The PMP knows nothing of TLBs; the hart flushes its TLBs when
// the configuration changes.
#pragma once
#include <cstdint>

#include "util/state.h"

namespace ttvm {

enum class Access : uint8_t { kRead = 1, kWrite = 2, kExec = 4 };
enum class Priv : uint8_t { kU = 0, kS = 1, kM = 3 };

class Pmp {
 public:
  static constexpr unsigned kEntries = 16;

  void reset();
  // CSR views: cfg_index is the pmpcfgN number (even only on RV64).
  uint64_t read_cfg(unsigned cfg_index) const;
  void write_cfg(unsigned cfg_index, uint64_t v);
  uint64_t read_addr(unsigned i) const;
  void write_addr(unsigned i, uint64_t v);

  // Whether [pa, pa+size) may be accessed. The whole range must lie in one
  // matching entry (or match none).
  bool check(uint64_t pa, unsigned size, Access a, Priv p) const;
  // Whether the whole 4 KiB page holding pa is uniformly accessible, so a
  // TLB entry may cache it.
  bool page_ok(uint64_t pa, Access a, Priv p) const;
  bool any_active() const { return active_; }

  void save(StateWriter& w) const;
  void restore(StateReader& r);

 private:
  enum : uint8_t { kR = 1, kW = 2, kX = 4, kA = 0x18, kL = 0x80 };
  enum : uint8_t { kOff = 0, kTor = 0x08, kNa4 = 0x10, kNapot = 0x18 };
  // Byte range [lo, hi) that entry i matches, or empty.
  void decode_range(unsigned i, uint64_t& lo, uint64_t& hi) const;
  bool locked(unsigned i) const { return cfg_[i] & kL; }
  // Recomputes what follows from cfg_ and addr_ (after every change).
  void update_active();

  uint8_t cfg_[kEntries] = {};
  uint64_t addr_[kEntries] = {};
  // Derived, not state: each entry's decoded range, whether any entry is
  // on, and how many entries a check must look at (up to the last one on).
  uint64_t lo_[kEntries] = {}, hi_[kEntries] = {};
  bool active_ = false;
  unsigned scan_ = 0;
};

}  // namespace ttvm

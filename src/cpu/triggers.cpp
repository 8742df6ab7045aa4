#include "cpu/triggers.h"

#include "cpu/csr_numbers.h"

namespace ttvm {
namespace {

constexpr unsigned kTypeShift = 60;
constexpr uint64_t kTypeMcontrol = 2, kTypeMcontrol6 = 6, kTypeDisabled = 15;
// The fields both match types share at the same place; the rest of mcontrol
// and mcontrol6 is WARL 0 here: match = equal, no chain, action 0, any
// size, address (not data) compare, timing before, no hit bits, no masks,
// no hypervisor modes, dmode 0.
constexpr uint64_t kLoad = 1, kStore = 2, kExecute = 4, kU = 8, kS = 0x10, kM = 0x40;
constexpr uint64_t kWritable = kLoad | kStore | kExecute | kU | kS | kM;
// tinfo: the types each trigger supports, and version 1 (Sdtrig 1.0).
constexpr uint64_t kTinfo = (1ull << 24) | (1ull << kTypeMcontrol) | (1ull << kTypeMcontrol6);

uint64_t type_of(uint64_t tdata1) { return tdata1 >> kTypeShift; }

}  // namespace

void Triggers::reset() {
  tselect_ = 0;
  // As QEMU: every trigger is an mcontrol that matches nothing.
  for (unsigned i = 0; i < kCount; ++i) {
    tdata1_[i] = kTypeMcontrol << kTypeShift;
    tdata2_[i] = 0;
  }
  rearm();
}

bool Triggers::read(uint16_t num, uint64_t& v) const {
  switch (num) {
    case csr::kTselect: v = tselect_; return true;
    case csr::kTdata1: v = tdata1_[tselect_]; return true;
    case csr::kTdata2: v = tdata2_[tselect_]; return true;
    case csr::kTdata3: v = 0; return true;  // textra: no context matching (all zero: match always)
    case csr::kTinfo: v = kTinfo; return true;
    default: return false;
  }
}

bool Triggers::write(uint16_t num, uint64_t v) {
  switch (num) {
    case csr::kTselect:
      // WARL: an index with no trigger keeps the current one, so software
      // counting triggers reads back a different value and stops.
      if (v < kCount) tselect_ = v;
      return true;
    case csr::kTdata1: {
      const uint64_t type = type_of(v);
      // An unsupported type (0 included: "writing 0 disables a trigger")
      // leaves it disabled (type 15), which matches nothing.
      tdata1_[tselect_] = type == kTypeMcontrol || type == kTypeMcontrol6 ? (type << kTypeShift) | (v & kWritable)
                                                                           : kTypeDisabled << kTypeShift;
      rearm();
      return true;
    }
    case csr::kTdata2: tdata2_[tselect_] = v; return true;
    case csr::kTdata3: return true;  // WARL: only 0 (no textra matching)
    case csr::kTinfo: return true;   // read-only information: writes are ignored
    default: return false;
  }
}

void Triggers::rearm() {
  exec_armed_ = data_armed_ = false;
  for (unsigned i = 0; i < kCount; ++i) {
    const uint64_t t = tdata1_[i];
    const uint64_t type = type_of(t);
    if ((type != kTypeMcontrol && type != kTypeMcontrol6) || !(t & (kU | kS | kM))) continue;
    exec_armed_ |= (t & kExecute) != 0;
    data_armed_ |= (t & (kLoad | kStore)) != 0;
  }
}

bool Triggers::matches(unsigned i, uint64_t bits, unsigned priv) const {
  const uint64_t t = tdata1_[i];
  const uint64_t type = type_of(t);
  if ((type != kTypeMcontrol && type != kTypeMcontrol6) || !(t & bits)) return false;
  const uint64_t mode = priv == 3 ? kM : priv == 1 ? kS : kU;
  return (t & mode) != 0;
}

bool Triggers::match_exec(uint64_t pc, unsigned priv) const {
  for (unsigned i = 0; i < kCount; ++i)
    if (matches(i, kExecute, priv) && tdata2_[i] == pc) return true;
  return false;
}

bool Triggers::match_data(uint64_t va, unsigned size, bool store, unsigned priv) const {
  // Size "any": the trigger fires when any byte accessed has the address.
  for (unsigned i = 0; i < kCount; ++i)
    if (matches(i, store ? kStore : kLoad, priv) && tdata2_[i] - va < size) return true;
  return false;
}

}  // namespace ttvm

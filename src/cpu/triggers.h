// The Sdtrig trigger module a guest programs through tselect, tdata1-3 and
// tinfo (RISC-V Debug Specification 1.0, chapter 5), as QEMU's virt board
// has it: two triggers, each an address match (mcontrol, type 2, or
// mcontrol6, type 6) on execution, loads and/or stores, enabled per
// privilege mode (M, S, U); when one matches, the hart takes a breakpoint
// exception (action 0) before the instruction or access happens. There is
// no debug mode, so no action 1 and dmode stays 0.
//
// Guest-visible state only: gdb's breakpoints and watchpoints are ttvm's own
// (debug_traps.h) and never use these. The hart pays nothing while no
// trigger is enabled: exec_armed()/data_armed() are checked once per block
// and on the slow memory path, and while a data trigger is armed data
// accesses bypass the TLBs (as watchpoints do).
#pragma once
#include <cstdint>

namespace ttvm {

class Triggers {
 public:
  static constexpr unsigned kCount = 2;  // as QEMU

  void reset();
  // tselect, tdata1, tdata2, tdata3, tinfo: false for other CSR numbers.
  bool read(uint16_t num, uint64_t& v) const;
  bool write(uint16_t num, uint64_t v);

  bool exec_armed() const { return exec_armed_; }
  bool data_armed() const { return data_armed_; }
  // priv: 0 U, 1 S, 3 M. Whether an enabled trigger matches.
  bool match_exec(uint64_t pc, unsigned priv) const;
  bool match_data(uint64_t va, unsigned size, bool store, unsigned priv) const;

  // Architectural state (Hart::visit_state); call rearm() after restoring.
  template <typename T, typename F>
  static void visit_state(T& t, F&& f) {
    f(t.tselect_);
    f(t.tdata1_);
    f(t.tdata2_);
  }
  void rearm();

 private:
  bool matches(unsigned i, uint64_t bits, unsigned priv) const;

  uint64_t tselect_ = 0;
  uint64_t tdata1_[kCount] = {};
  uint64_t tdata2_[kCount] = {};
  friend struct JitLayout;  // translated code tests exec_armed_ between blocks
  // Derived from tdata1 (not state).
  bool exec_armed_ = false;
  bool data_armed_ = false;
};

}  // namespace ttvm

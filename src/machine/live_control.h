// ExecControl for a live machine: runs Machine::run with the breakpoint set
// installed in the harts and turns the ways run() returns into stop events.
#pragma once
#include "cpu/debug_traps.h"
#include "machine/exec_control.h"
#include "machine/machine.h"

namespace ttvm {

class LiveControl : public ExecControl {
 public:
  explicit LiveControl(Machine& m) : m_(m) {}
  ~LiveControl() override;
  // Recording or replaying: a debugger's register and memory writes would
  // be inputs the recording does not have, so they are refused.
  void set_read_only(bool ro) { read_only_ = ro; }

  unsigned hart_count() const override { return m_.hart_count(); }
  StopEvent resume(Direction dir) override;
  StopEvent step(unsigned hart, Direction dir) override;
  void set_poll(std::function<bool()> poll) override { poll_ = std::move(poll); }
  bool insert_break(BreakKind kind, uint64_t addr, uint64_t len) override;
  bool remove_break(BreakKind kind, uint64_t addr, uint64_t len) override;
  void remove_all_breaks() override;
  bool read_reg(unsigned hart, RegId reg, uint64_t& value) override;
  bool write_reg(unsigned hart, RegId reg, uint64_t value) override;
  bool read_memory(unsigned hart, uint64_t addr, void* out, size_t len) override;
  bool write_memory(unsigned hart, uint64_t addr, const void* in, size_t len) override;
  uint64_t icount() override { return m_.icount(); }

 private:
  StopEvent run_until_stop();
  void traps_changed();

  Machine& m_;
  DebugTraps traps_;
  std::function<bool()> poll_;
  bool interrupted_ = false;
  bool read_only_ = false;
};

}  // namespace ttvm

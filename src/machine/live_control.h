// ExecControl for a machine: runs it with the breakpoint set installed in
// the harts and turns the ways it stops into stop events. With a Timeline
// (a recording or a replay) it runs through the timeline and answers the
// time-travel commands; without one it is a plain live machine.
#pragma once
#include "cpu/debug_traps.h"
#include "timetravel/timeline.h"
#include "timetravel/exec_control.h"
#include "machine/machine.h"

namespace ttvm {

class LiveControl : public ExecControl {
 public:
  explicit LiveControl(Machine& m) : m_(m) {}
  ~LiveControl() override;
  // Recording or replaying: a debugger's register and memory writes would
  // be inputs the recording does not have, so they are refused.
  void set_read_only(bool ro) { read_only_ = ro; }
  void set_timeline(Timeline* tl) { tl_ = tl; }

  unsigned hart_count() const override { return m_.hart_count(); }
  bool can_reverse() const override { return tl_ != nullptr; }
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
  bool history_command(std::string_view cmd, std::string& out, bool& ok) override;
  std::string history_help() override;

 private:
  StopEvent run_until_stop();
  StopEvent run_reverse(bool step, unsigned hart);
  // A live recording at the end of its history: gdb's writes are inputs.
  bool writes_logged() const;
  void traps_changed();

  Machine& m_;
  DebugTraps traps_;
  std::function<bool()> poll_;
  bool interrupted_ = false;
  bool read_only_ = false;
  Timeline* tl_ = nullptr;
};

}  // namespace ttvm

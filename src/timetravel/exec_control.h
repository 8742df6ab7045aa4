// Execution control as a debugger sees it: run until something stops the
// machine, step one instruction of one hart, breakpoints and watchpoints,
// registers and memory per hart. The gdb server (src/gdb) is a client of
// this interface and never runs a hart itself; the live machine implements it
// (LiveControl), and a recorded timeline can implement it too, adding
// reverse execution (Direction::kReverse) and the end-of-history stops.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace ttvm {

enum class Direction : uint8_t { kForward, kReverse };

// A register of one hart, independent of any debugger's numbering.
struct RegId {
  enum class Kind : uint8_t { kGpr, kPc, kFpr, kCsr, kPriv };
  Kind kind;
  unsigned index = 0;  // x/f register number, or CSR number
};

enum class BreakKind : uint8_t { kSoftware, kHardware, kWatchWrite, kWatchRead, kWatchAccess };

struct StopEvent {
  enum class Reason : uint8_t {
    kBreakpoint,   // `hart` is at `addr`, before executing it
    kWatchpoint,   // `hart` executed an access of `addr` (watch_kind says which watch); pc is after it
    kStepDone,     // step() finished its instruction
    kInterrupted,  // interrupt() or the poll hook stopped the machine
    kExited,       // the guest ended with exit_code; nothing can run any more
    kHistoryBegin, // reverse execution reached the start of the recording (gdb: replaylog:begin)
    kHistoryEnd,   // forward replay reached the end of the recording (gdb: replaylog:end)
  };
  Reason reason = Reason::kInterrupted;
  unsigned hart = 0;
  uint64_t addr = 0;
  bool hardware = false;                           // kBreakpoint: a hardware breakpoint (Z1)
  BreakKind watch_kind = BreakKind::kWatchWrite;   // kWatchpoint
  int exit_code = 0;                               // kExited
};

class ExecControl {
 public:
  virtual ~ExecControl() = default;

  virtual unsigned hart_count() const = 0;
  // Whether Direction::kReverse is available (a recorded timeline).
  virtual bool can_reverse() const { return false; }

  // Runs every hart until a stop condition: a breakpoint or watchpoint, the
  // poll hook asking to stop, the guest's exit (or, in reverse, the start of
  // history). A breakpoint at a hart's current pc does not fire before that
  // instruction ran (continuing from a breakpoint executes it).
  virtual StopEvent resume(Direction dir = Direction::kForward) = 0;
  // Runs until `hart` has executed one instruction (other harts run on in
  // their fixed schedule meanwhile, so stepping never changes what the guest
  // computes); may stop earlier for the same reasons as resume().
  virtual StopEvent step(unsigned hart, Direction dir = Direction::kForward) = 0;
  // Called often while resume()/step() run (between quanta, never inside an
  // instruction); returning true stops them with Reason::kInterrupted. This
  // is how a client without threads notices Ctrl-C or a new connection.
  virtual void set_poll(std::function<bool()> poll) = 0;

  // Breakpoints and watchpoints by virtual address; len is the watched
  // length (any) or the breakpoint's instruction length (ignored). false:
  // not inserted / nothing to remove.
  virtual bool insert_break(BreakKind kind, uint64_t addr, uint64_t len) = 0;
  virtual bool remove_break(BreakKind kind, uint64_t addr, uint64_t len) = 0;
  virtual void remove_all_breaks() = 0;

  // Registers and memory (through the hart's current address translation,
  // without guest-visible side effects). false: no such register, or an
  // address that is not mapped to memory.
  virtual bool read_reg(unsigned hart, RegId reg, uint64_t& value) = 0;
  virtual bool write_reg(unsigned hart, RegId reg, uint64_t value) = 0;
  virtual bool read_memory(unsigned hart, uint64_t addr, void* out, size_t len) = 0;
  virtual bool write_memory(unsigned hart, uint64_t addr, const void* in, size_t len) = 0;

  // The machine's position in time: instructions retired by all harts.
  virtual uint64_t icount() = 0;

  // Time-travel commands of a debugger's monitor (when, goto, bookmark,
  // checkpoints...), answered by the history behind this control: false if
  // `cmd` is not one of them (or there is no history). `ok` false: a bad
  // argument, explained in `out`.
  virtual bool history_command(std::string_view /*cmd*/, std::string& /*out*/, bool& /*ok*/) { return false; }
  // Their help text (empty without history).
  virtual std::string history_help() { return {}; }
};

}  // namespace ttvm

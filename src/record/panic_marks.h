// Panic marks: bookmarks at the console lines where a Linux guest begins a
// panic, an oops, a BUG or a WARNING, and where a hart is stuck at one pc.
//
// They are derived, not recorded: the console output and the icount at
// which each byte was written are the same in record and in every replay,
// so feeding the same bytes at the same icounts gives the same marks. That
// is why this class sees only bytes, icounts and pcs (no devices, no
// machine): record and replay can both drive it from the console port.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ttvm {

enum class PanicKind { Panic, Oops, Bug, Warning, Stuck, TrapLoop };

// "panic", "oops", "bug", "warning", "stuck", "trap-loop": the stem of a
// mark's name.
const char* panic_kind_name(PanicKind k);

// The kind of problem a console line begins, if any. The printk timestamp
// ("[    1.234567] ") and a leading log-level marker ("<0>") are skipped, so
// the same line matches with and without CONFIG_PRINTK_TIME.
std::optional<PanicKind> classify_console_line(std::string_view line);

struct PanicMark {
  std::string name;     // "panic", "panic-2", "oops", ...
  PanicKind kind;
  uint64_t icount;      // of the line's first byte (where a goto should land)
  int hart = -1;        // the stuck hart; -1 for a console mark
  std::string line;     // the console line (without the newline), or a note
};

class PanicMarker {
 public:
  // A console byte written at `icount` (the machine's instruction count when
  // the guest wrote it).
  void console_byte(uint8_t b, uint64_t icount);
  // A hart's pc sampled at `icount` (e.g. at each quantum boundary). After
  // `stuck_samples` consecutive samples at one pc, one "stuck" mark is kept
  // at the first of them; a hart that waits (wfi) should not be sampled.
  void pc_sample(int hart, uint64_t pc, uint64_t icount);
  // The same at the end of a whole quantum, with the traps the hart took in
  // it and the last one's cause and pc: after `trap_loop_samples`
  // consecutive quanta each with at least `trap_loop_traps` traps, all last
  // at the same (cause, pc), one "trap-loop" mark at the first of them (an
  // instruction that faults, and a handler that returns to it, forever).
  void quantum_sample(int hart, uint64_t pc, uint64_t icount, uint64_t traps, uint64_t trap_cause,
                      uint64_t trap_pc);
  // The hart waited (wfi) or is otherwise not running the same code:
  // its counts start over.
  void hart_idle(int hart);
  // Output or samples were skipped (the machine jumped over a stretch of
  // history it did not run): the line in progress is dropped and the
  // consecutive counts start over.
  void gap();
  // Called with each new mark as it is kept (recording: saved with the
  // recording; replay, gdb: a bookmark).
  void set_on_mark(std::function<void(const PanicMark&)> f) { on_mark_ = std::move(f); }

  const std::vector<PanicMark>& marks() const { return marks_; }
  // The first mark named `name` ("panic", "oops-2", ...), if any.
  const PanicMark* find(std::string_view name) const;

  void set_stuck_samples(unsigned n) { stuck_samples_ = n; }
  void set_trap_loop(unsigned samples, uint64_t traps) {
    trap_loop_samples_ = samples;
    trap_loop_traps_ = traps;
  }

 private:
  void end_line();
  void add(PanicKind kind, uint64_t icount, int hart, std::string line);

  // A line longer than this is cut (still classified by its beginning), so
  // a guest that never writes a newline cannot grow memory.
  static constexpr size_t kMaxLine = 512;
  std::string line_;
  uint64_t line_icount_ = 0;
  bool in_line_ = false;

  struct HartPc { uint64_t pc = 0; uint64_t first_icount = 0; unsigned count = 0; bool marked = false; };
  std::map<int, HartPc> harts_;
  // 1000 quanta of 10^4 instructions: 10^7 instructions (0.1 guest s) at one pc.
  unsigned stuck_samples_ = 1000;
  struct HartTraps {
    uint64_t cause = 0, pc = 0, first_icount = 0;
    unsigned count = 0;
    bool marked = false;
  };
  std::map<int, HartTraps> traps_;
  // 100 quanta (10^6 instructions) with a trap every 200 instructions or
  // more, all at one place: no healthy kernel traps like that.
  unsigned trap_loop_samples_ = 100;
  uint64_t trap_loop_traps_ = 50;
  std::function<void(const PanicMark&)> on_mark_;

  std::map<PanicKind, unsigned> counts_;
  std::vector<PanicMark> marks_;
};

}  // namespace ttvm

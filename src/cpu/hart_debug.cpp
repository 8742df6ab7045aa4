// The hart's side of breakpoints, watchpoints and single steps: recording
// why run() paused. Pausing only lowers stop_icount_; the turn's end
// (turn_end_) stays, so the scheduler can resume the same turn and a debugger
// stop never changes what the guest computes.
#include "cpu/hart.h"

namespace ttvm {

bool Hart::debug_break_here() {
  bool hardware;
  if (!dbg_->breakpoint_at(pc_, hardware)) return false;
  const uint64_t now = current_icount();
  if (pc_ == skip_pc_ && now == skip_icount_) return false;  // resuming from this very stop
  hit_.kind = DebugHit::Kind::kBreakpoint;
  hit_.hardware = hardware;
  hit_.addr = pc_;
  skip_pc_ = pc_;
  skip_icount_ = now;
  stop_icount_ = now;
  return true;
}

// Called before a load or store performs anything: a hit pauses the hart
// with the instruction not executed (gdb's RISC-V target expects that, and
// steps over it itself), so the caller ends the instruction like a trap that
// did not happen, and run() does not count it.
bool Hart::debug_watch(uint64_t va, unsigned size, bool write) {
  if (!dbg_->has_watches() || hit_.kind != DebugHit::Kind::kNone) return false;
  if (pc_ == skip_pc_ && current_icount() == skip_icount_) return false;  // resuming from this very stop
  if (!dbg_->watch_hit(va, size, write, hit_)) return false;
  skip_pc_ = pc_;
  skip_icount_ = current_icount();
  stop_icount_ = icount_;
  return true;
}

void Hart::sync_breakpoint_caches() {
  if (!dbg_ || !dbg_->has_breakpoints()) {
    bp_clean_gen_ = 0;  // links and jump-cache entries may go anywhere from now on
    return;
  }
  if (bp_clean_gen_ == dbg_->generation()) return;
  flush_jump_cache();
  code_.native_code().unlink_all();
  bp_clean_gen_ = dbg_->generation();
}

void Hart::debug_step_done() {
  if (hit_.kind == DebugHit::Kind::kNone) hit_.kind = DebugHit::Kind::kStep;
}

void Hart::debug_set_priv(Priv p) {
  priv_ = p;
  modes_changed();
}

}  // namespace ttvm

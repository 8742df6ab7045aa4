// The scheduler: harts one at a time, round-robin, each a quantum of
// instructions (a slice); input boundaries between slices; idle time jumps.
#include <chrono>
#include <cstdio>

#include "machine/machine.h"
#include "record/panic_marks.h"
#include "record/recorder.h"
#include "record/replayer.h"

namespace ttvm {

std::optional<int> Machine::run_to(TimePoint until) {
  // A log cut short (a killed recorder, a damaged chunk) replays up to its
  // last event and no further: what came after it is unknown.
  if (history_limit_.before(until)) until = history_limit_;
  paused_ = nullptr;
  // However run_to ends (a debugger's stop, a goto reached), the guest's
  // output so far is shown: a prompt is not held back while the machine
  // stands still under gdb.
  struct FlushOnReturn {
    const std::function<void()>& flush;
    ~FlushOnReturn() {
      if (flush) flush();
    }
  } flush_on_return{flush_output_};
  while (!exit_code_) {
    take_inputs();
    if (exit_code_) break;
    const uint64_t now = icount();
    if (!here().before(until)) return std::nullopt;
    if (__builtin_expect(now >= boundary_next_, 0)) boundary_next_ = boundary_hook_();
    // A debugger's stop request: between slices, where the guest cannot tell.
    if (poll_hook_ && ((++hook_rounds_ & 7) == 0 || poll_soon_)) {
      poll_soon_ = false;
      if (poll_hook_()) return std::nullopt;
    }
    if (slice_left_ == 0 && !next_slice()) {
      if (!idle()) {
        std::fprintf(stderr, "ttvm: every hart waits for an interrupt (WFI) and nothing can raise one; stopping\n");
        return 1;
      }
      continue;
    }
    // Later points at this icount are idle jumps, which need every hart
    // waiting; a hart that runs goes past them.
    if (now >= until.icount) return std::nullopt;
    Hart& h = *harts_[cur_hart_];
    uint64_t budget = std::min({slice_left_, until_next_deadline(), until.icount - now});
    if (replayer_) {
      // Stop exactly where the next logged input enters.
      if (const Event* e = replayer_->peek_boundary(); e && e->at.icount > now)
        budget = std::min(budget, e->at.icount - now);
    }
    // ... and where the timeline wants to look (a checkpoint).
    if (boundary_next_ > now) budget = std::min(budget, boundary_next_ - now);
    running_ = &h;
    const uint64_t n = h.run(budget);
    running_ = nullptr;
    const bool quantum_ended = slice_left_ > 0 && !h.waiting() && n >= slice_left_;
    slice_left_ = h.waiting() ? 0 : slice_left_ - std::min(n, slice_left_);
    if (__builtin_expect(observer_ != nullptr, 0)) observer_->ran(cur_hart_, n);
    if (__builtin_expect(access_watch_ != nullptr, 0)) access_watch_->slice_done();
    if (__builtin_expect(marker_ != nullptr, 0)) {
      // Samples only where the schedule puts them (the end of a whole
      // quantum), never where a run happened to stop: the same in record
      // and replay.
      if (quantum_ended) quantum_done(h);
      else if (h.waiting() && icount() > marker_icount_) marker_->hart_idle(int(h.hartid()));
    }
    update_timer_lines();
    code_.collect_garbage();
    if (poll_output_) poll_output_();
    if (__builtin_expect(reset_pending_, 0)) {
      reset_pending_ = false;
      guest_reset();
      continue;
    }
    if (__builtin_expect(h.paused(), 0)) {
      // A breakpoint, watchpoint or step: the slice goes on when run() is
      // called again, so the schedule is the same as without the stop.
      paused_ = &h;
      return std::nullopt;
    }
  }
  return exit_code_;
}

bool Machine::at_history_end() const { return !here().before(history_limit_); }

void Machine::set_replayer(Replayer* r) {
  replayer_ = r;
  history_limit_ = r && !r->complete() ? r->horizon() : TimePoint{~0ull, ~0ull};
  set_hold_at_end(hold_at_end_);
}

void Machine::set_hold_at_end(bool hold) {
  hold_at_end_ = hold;
  if (hold && replayer_ && replayer_->complete()) history_limit_ = replayer_->horizon();
}

bool Machine::next_slice() {
  const unsigned count = unsigned(harts_.size());
  for (unsigned k = 1; k <= count; ++k) {
    const unsigned i = (cur_hart_ + k) % count;
    if (harts_[i]->waiting()) continue;
    // Another hart's stores may hit a reserved granule: a reservation does
    // not survive a switch.
    if (i != cur_hart_) harts_[cur_hart_]->clear_reservation();
    cur_hart_ = i;
    slice_left_ = kQuantum;
    if (marker_) {
      if (quantum_start_.size() < harts_.size()) quantum_start_.resize(harts_.size());
      quantum_start_[i] = {harts_[i]->traps_taken(), true};
    }
    return true;
  }
  return false;
}

uint64_t Machine::wall_ns() const {
  return uint64_t(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - wall_start_).count());
}

bool Machine::idle() {
  // Whatever the guest printed (a prompt, say) is out before we wait.
  if (flush_output_) flush_output_();
  const uint64_t d = until_next_deadline();
  // Input may still come: typed, piped, or from the network.
  const bool live = !replayer_ && ((console_in_ && !console_in_->eof()) || net_connected());
  if (live) {
    // Input already waiting on the host: take it now rather than wait.
    if (take_host_inputs(true)) return true;
    if (recorder_ && recorder_->needs_sync()) recorder_->sync(here(), state_values());  // may block on the host
    // Input may still come (a person typing, a script feeding a pipe, a
    // peer on the network): idle guest time passes at the wall clock's
    // pace, so that `sleep 5` at a shell takes five seconds and a peer's
    // timeouts mean what they say. Time spent executing instructions is
    // not paced: a guest that computes faster than real time (100 M
    // instructions a guest second) keeps the lead it gained, rather than
    // being held back to the wall clock at its next idle moment (a test
    // suite would then take as long as its instruction count says, however
    // fast the host). This only sleeps; the guest sees the same time
    // whatever the host does.
    const uint64_t now_ns = units_to_ns(time_units());
    const uint64_t wall = wall_ns();
    if (now_ns > wall + pace_lead_) pace_lead_ = now_ns - wall;
    const uint64_t until = d == ~0ull ? 0 : units_to_ns(time_units() + d) - pace_lead_;
    const bool early = d != ~0ull && until > wall;
    if (d == ~0ull)
      wait_for_host_input(poll_hook_ ? 50 : -1);  // a debugger must still get through
    else if (early)
      wait_for_host_input(int(std::min<uint64_t>((until - wall) / 1'000'000, 100)));
    poll_soon_ = true;
    // Input arrived: let the harts see it before time moves on.
    if (take_host_inputs(true)) return true;
    // The stretch has not lasted long enough yet: wait again (the deadline
    // stays put).
    if (early && wall_ns() < until) return true;
  }
  if (d == ~0ull) return live;
  time_offset_ += d;  // jump to the deadline
  ++idle_jumps_;
  if (__builtin_expect(observer_ != nullptr, 0)) observer_->idle_jump(d);
  update_timer_lines();
  return true;
}

}  // namespace ttvm

#include "machine/live_control.h"

#include <cstring>

#include "timetravel/history_commands.h"

namespace ttvm {

LiveControl::~LiveControl() {
  m_.set_debug_traps(nullptr);
  m_.set_poll_hook(nullptr);
}

StopEvent LiveControl::run_until_stop() {
  interrupted_ = false;
  m_.set_poll_hook([this] { return interrupted_ = poll_ && poll_(); });
  StopEvent ev;
  for (;;) {
    const std::optional<int> status = tl_ ? tl_->run_forward({~0ull, ~0ull}) : m_.run();
    if (status) {
      // A replay's guest exits at the end of its history, which time travel
      // can leave again: gdb hears of the end, not of an exit.
      ev.reason = tl_ && !tl_->live() ? StopEvent::Reason::kHistoryEnd : StopEvent::Reason::kExited;
      ev.exit_code = *status;
      ev.hart = m_.current_hart();
      break;
    }
    if (Hart* h = m_.paused_hart()) {
      const DebugHit& hit = h->debug_hit();
      ev.hart = unsigned(h->hartid());
      ev.addr = hit.addr;
      switch (hit.kind) {
        case DebugHit::Kind::kBreakpoint:
          ev.reason = StopEvent::Reason::kBreakpoint;
          ev.hardware = hit.hardware;
          break;
        case DebugHit::Kind::kWatchWrite:
        case DebugHit::Kind::kWatchRead:
        case DebugHit::Kind::kWatchAccess:
          ev.reason = StopEvent::Reason::kWatchpoint;
          ev.watch_kind = hit.kind == DebugHit::Kind::kWatchWrite  ? BreakKind::kWatchWrite
                          : hit.kind == DebugHit::Kind::kWatchRead ? BreakKind::kWatchRead
                                                                   : BreakKind::kWatchAccess;
          break;
        default:
          ev.reason = StopEvent::Reason::kStepDone;
          break;
      }
      break;
    }
    if (m_.at_history_end()) {
      // Replaying a log cut short: nothing is known past its last event.
      ev.reason = StopEvent::Reason::kHistoryEnd;
      ev.hart = m_.current_hart();
      break;
    }
    if (interrupted_) {
      ev.reason = StopEvent::Reason::kInterrupted;
      ev.hart = m_.current_hart();  // the hart whose slice it is
      break;
    }
  }
  m_.set_poll_hook(nullptr);
  return ev;
}

StopEvent LiveControl::run_reverse(bool step, unsigned hart) {
  interrupted_ = false;
  m_.set_poll_hook([this] { return interrupted_ = poll_ && poll_(); });
  const Timeline::Found f = step ? tl_->reverse_step(hart) : tl_->reverse_continue([this] { return interrupted_; });
  m_.set_poll_hook(nullptr);
  StopEvent ev;
  ev.hart = f.hart;
  using K = Timeline::Found::Kind;
  switch (f.kind) {
    case K::kBegin: ev.reason = StopEvent::Reason::kHistoryBegin; break;
    case K::kInterrupted: ev.reason = StopEvent::Reason::kInterrupted; break;
    case K::kStep: ev.reason = StopEvent::Reason::kStepDone; break;
    case K::kHit:
      ev.addr = f.hit.addr;
      if (f.hit.kind == DebugHit::Kind::kBreakpoint) {
        ev.reason = StopEvent::Reason::kBreakpoint;
        ev.hardware = f.hit.hardware;
      } else {
        ev.reason = StopEvent::Reason::kWatchpoint;
        ev.watch_kind = f.hit.kind == DebugHit::Kind::kWatchWrite  ? BreakKind::kWatchWrite
                        : f.hit.kind == DebugHit::Kind::kWatchRead ? BreakKind::kWatchRead
                                                                   : BreakKind::kWatchAccess;
      }
      break;
  }
  return ev;
}

StopEvent LiveControl::resume(Direction dir) {
  if (dir != Direction::kForward) {
    if (!tl_) return StopEvent{};  // no history to go back in
    return run_reverse(false, 0);
  }
  for (unsigned i = 0; i < m_.hart_count(); ++i) m_.hart(i).skip_breakpoint_here();
  return run_until_stop();
}

StopEvent LiveControl::step(unsigned hart, Direction dir) {
  if (hart >= m_.hart_count()) return StopEvent{};
  if (dir != Direction::kForward) {
    if (!tl_) return StopEvent{};
    return run_reverse(true, hart);
  }
  for (unsigned i = 0; i < m_.hart_count(); ++i) m_.hart(i).skip_breakpoint_here();
  Hart& h = m_.hart(hart);
  h.pause_at(h.icount() + 1);
  StopEvent ev = run_until_stop();
  h.pause_at(~0ull);
  return ev;
}

void LiveControl::traps_changed() {
  const DebugTraps* t = traps_.empty() ? nullptr : &traps_;
  m_.set_debug_traps(t);
  if (tl_) tl_->set_traps(t);
}

bool LiveControl::history_command(std::string_view cmd, std::string& out, bool& ok) {
  return tl_ && run_history_command(*tl_, cmd, out, ok);
}

std::string LiveControl::history_help() { return tl_ ? ttvm::history_help() : std::string(); }

static bool watch_kind(BreakKind k, DebugTraps::WatchKind& out) {
  switch (k) {
    case BreakKind::kWatchWrite: out = DebugTraps::WatchKind::kWrite; return true;
    case BreakKind::kWatchRead: out = DebugTraps::WatchKind::kRead; return true;
    case BreakKind::kWatchAccess: out = DebugTraps::WatchKind::kAccess; return true;
    default: return false;
  }
}

bool LiveControl::insert_break(BreakKind kind, uint64_t addr, uint64_t len) {
  DebugTraps::WatchKind wk;
  if (watch_kind(kind, wk)) {
    if (len == 0) return false;
    traps_.add_watch(addr, len, wk);
  } else {
    traps_.add_breakpoint(addr, kind == BreakKind::kHardware);
  }
  traps_changed();
  return true;
}

bool LiveControl::remove_break(BreakKind kind, uint64_t addr, uint64_t len) {
  DebugTraps::WatchKind wk;
  const bool ok = watch_kind(kind, wk) ? traps_.remove_watch(addr, len, wk)
                                       : traps_.remove_breakpoint(addr, kind == BreakKind::kHardware);
  traps_changed();
  return ok;
}

void LiveControl::remove_all_breaks() {
  traps_.clear();
  traps_changed();
}

bool LiveControl::read_reg(unsigned hart, RegId reg, uint64_t& value) {
  if (hart >= m_.hart_count()) return false;
  Hart& h = m_.hart(hart);
  switch (reg.kind) {
    case RegId::Kind::kGpr:
      if (reg.index >= 32) return false;
      value = h.reg(reg.index);
      return true;
    case RegId::Kind::kPc: value = h.pc(); return true;
    case RegId::Kind::kFpr:
      if (reg.index >= 32) return false;
      value = h.f_[reg.index];
      return true;
    case RegId::Kind::kCsr: return reg.index < 4096 && h.debug_read_csr(uint16_t(reg.index), value);
    case RegId::Kind::kPriv: value = uint64_t(h.priv()); return true;
  }
  return false;
}

bool LiveControl::writes_logged() const { return tl_ && tl_->live() && tl_->at_end(); }

bool LiveControl::write_reg(unsigned hart, RegId reg, uint64_t value) {
  if (hart >= m_.hart_count()) return false;
  if (read_only_) {
    // The present of a live recording: a logged input. The past and
    // replays: refused (the recording would not have it).
    if (!writes_logged()) return false;
    // kind 1 (register), hart, register kind, index (4 bytes), value (8
    // bytes), little-endian.
    std::vector<uint8_t> p(15);
    p[0] = 1;
    p[1] = uint8_t(hart);
    p[2] = uint8_t(reg.kind);
    for (int i = 0; i < 4; ++i) p[3 + i] = uint8_t(uint32_t(reg.index) >> (8 * i));
    for (int i = 0; i < 8; ++i) p[7 + i] = uint8_t(value >> (8 * i));
    return m_.debugger_input(p);
  }
  return m_.debug_write_reg(hart, uint8_t(reg.kind), reg.index, value);
}

bool LiveControl::read_memory(unsigned hart, uint64_t addr, void* out, size_t len) {
  return hart < m_.hart_count() && m_.debug_read(m_.hart(hart), addr, out, len);
}

bool LiveControl::write_memory(unsigned hart, uint64_t addr, const void* in, size_t len) {
  if (hart >= m_.hart_count()) return false;
  if (read_only_) {
    if (!writes_logged()) return false;
    // kind 0 (memory), hart, address (8 bytes, little-endian), data.
    std::vector<uint8_t> p(10 + len);
    p[0] = 0;
    p[1] = uint8_t(hart);
    for (int i = 0; i < 8; ++i) p[2 + i] = uint8_t(addr >> (8 * i));
    if (len) std::memcpy(p.data() + 10, in, len);
    return m_.debugger_input(p);
  }
  return m_.debug_write(m_.hart(hart), addr, in, len);
}

}  // namespace ttvm

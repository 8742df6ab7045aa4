#include "timetravel/timeline.h"

#include <chrono>
#include <cinttypes>
#include <cstdio>

#include "record/recorder.h"
#include "util/error.h"

namespace ttvm {
namespace {

constexpr TimePoint kNever{~0ull, ~0ull};
// What restoring a checkpoint costs, in instructions of replay: a few
// thousand page copies. Only used to choose between ways of getting there.
constexpr uint64_t kRestoreCost = 2'000'000;

TimePoint later(TimePoint a, TimePoint b) { return a.before(b) ? b : a; }

}  // namespace

Timeline::Timeline(Machine& m, Replayer* log, Options o) : m_(m), log_(log), opt_(o) {
  if (!log_) {
    if (!m_.recorder()) throw UserError("time travel needs a recording or a replay");
    live_ = true;
    own_log_ = std::make_unique<Replayer>(m_.recorder()->events());
    log_ = own_log_.get();
  }
}

Timeline::~Timeline() {
  m_.set_boundary_hook(nullptr, ~0ull);
  m_.ram().disarm_tracking();
  for (unsigned i = 0; i < m_.disk_count(); ++i) m_.disk(i).set_block_logger(nullptr, i);
}

void Timeline::start() {
  auto c = std::make_unique<Checkpoint>();
  c->at = now();
  StateWriter w;
  m_.save_state(w);
  c->state = w.bytes();
  c->input = input_position();
  c->disk_undo.resize(m_.disk_count());
  c->disk_redo.resize(m_.disk_count());
  c->recount();
  cps_.push_back(std::move(c));
  cur_ = 0;
  head_ = now();
  planned_ = now().icount + opt_.interval;
  arm();
  if (!live_) m_.set_hold_at_end(true);
  m_.set_boundary_hook([this] { return on_boundary(); }, next_boundary());
}

TimePoint Timeline::head() const { return later(head_, now()); }

TimePoint Timeline::end() const {
  if (live_) return head();
  return log_->horizon();
}

void Timeline::note_head() {
  if (head_.before(now())) {
    head_ = now();
    head_copy_.reset();  // it was a copy of an older head
  }
}

std::optional<TimePoint> Timeline::bookmark(const std::string& name) const {
  auto it = bookmarks_.find(name);
  if (it == bookmarks_.end()) return std::nullopt;
  return it->second;
}

Replayer::Position Timeline::input_position() const {
  if (m_.replayer()) return m_.replayer()->position();
  // Live: everything logged so far has entered the machine.
  const uint64_t n = log_->events().size();
  return {n, n};
}

// --- write tracking ---

void Timeline::arm() {
  Checkpoint& c = *cps_.back();
  std::vector<bool> logged(m_.ram().pages(), false);
  for (const auto& [i, p] : c.undo) logged[i] = true;
  m_.ram().arm_tracking(this, logged);
  // Pages that became unlogged must leave the write TLBs (Ram's rule).
  for (unsigned h = 0; h < m_.hart_count(); ++h) m_.hart(h).flush_tlbs();
  for (unsigned i = 0; i < m_.disk_count(); ++i) {
    m_.disk(i).set_block_logger(this, i);
    m_.disk(i).new_generation();
  }
  armed_ = true;
}

void Timeline::disarm() {
  if (!armed_) return;
  m_.ram().disarm_tracking();
  for (unsigned i = 0; i < m_.disk_count(); ++i) m_.disk(i).set_block_logger(nullptr, i);
  armed_ = false;
}

void Timeline::log_page(uint64_t index, const uint8_t* old) {
  Checkpoint& c = *cps_.back();
  auto [it, fresh] = c.undo.try_emplace(index);
  if (!fresh) return;
  it->second = copy_page(old);
  if (it->second) c.held += kPageSize;
}

void Timeline::log_block(unsigned disk, uint64_t index, const DiskImage::BlockRef& old) {
  Checkpoint& c = *cps_.back();
  if (c.disk_undo[disk].try_emplace(index, old).second && old) c.held += DiskImage::kBlockSize;
}

// --- running ---

uint64_t Timeline::next_boundary() const { return cur_ < last() ? cps_[cur_ + 1]->at.icount : planned_; }

uint64_t Timeline::on_boundary() {
  note_head();
  const TimePoint p = now();
  // Replaying through history: crossing into the next checkpoint's interval.
  while (cur_ < last() && !p.before(cps_[cur_ + 1]->at)) {
    Checkpoint& c = *cps_[cur_];
    const Checkpoint& n = *cps_[cur_ + 1];
    // Memory is exactly at the next checkpoint only if no later input at
    // the same point has entered yet.
    if (!c.redo_known && p == n.at && input_position() == n.input) capture_redo(c);
    ++cur_;
    if (cur_ == last()) arm();
  }
  if (cur_ == last() && p.icount >= planned_) take_checkpoint();
  return next_boundary();
}

void Timeline::take_checkpoint() {
  auto c = std::make_unique<Checkpoint>();
  c->at = now();
  StateWriter w;
  m_.save_state(w);
  c->state = w.bytes();
  c->input = input_position();
  c->disk_undo.resize(m_.disk_count());
  c->disk_redo.resize(m_.disk_count());
  c->recount();
  cps_.back()->recount();
  cps_.push_back(std::move(c));
  cur_ = last();
  planned_ = now().icount + opt_.interval;
  arm();  // a new interval: every page's next write is a first write
  enforce_budget();
}

void Timeline::replay_to(TimePoint t) {
  m_.set_debug_traps(nullptr);  // never breakpoints while moving
  const auto t0 = std::chrono::steady_clock::now();
  const uint64_t from = now().icount;
  bool shown = false;
  constexpr uint64_t kChunk = 50'000'000;
  while (now().before(t)) {
    TimePoint step = t;
    if (t.icount - now().icount > kChunk) step = {now().icount + kChunk, 0};
    const TimePoint before = now();
    if (m_.run_to(step)) break;  // the guest exited (at the end of history)
    if (!now().before(m_.history_limit()) || now() == before) break;
    if (opt_.progress) {
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (s > 1.0) {
        std::fprintf(stderr, "\rttvm: moving to icount %" PRIu64 ": %.0f%%", t.icount,
                     100.0 * double(now().icount - from) / double(t.icount - from + 1));
        shown = true;
      }
    }
  }
  if (shown) std::fprintf(stderr, "\n");
  stats_.replayed_insns += now().icount - from;
  note_head();
  m_.set_debug_traps(traps_);
}

std::optional<int> Timeline::run_forward(TimePoint until) {
  note_head();
  m_.set_debug_traps(traps_);
  if (live_ && m_.replayer()) {
    // In the past of a live session: replay up to the end of history, then
    // go live (host input is taken again, recording goes on).
    const TimePoint stop = until.before(head_) ? until : head_;
    const std::optional<int> st = m_.run_to(stop);
    if (st || m_.paused_hart() || now().before(head_)) return st;
    leave_log_mode_at_end();
    if (!now().before(until)) return std::nullopt;
  }
  const std::optional<int> st = m_.run_to(until);
  note_head();
  return st;
}

void Timeline::enter_log_mode() {
  if (!live_) return;
  if (!m_.replayer()) m_.set_replayer(own_log_.get());
  m_.set_history_limit(head_);
}

void Timeline::leave_log_mode_at_end() {
  if (!live_ || !m_.replayer() || now().before(head_)) return;
  m_.set_replayer(nullptr);
  m_.set_history_limit(kNever);
}

// --- moving ---

void Timeline::go_to(TimePoint t) {
  note_head();
  if (t.before(begin()))
    throw UserError("icount " + std::to_string(t.icount) + " is before the start of history (icount " +
                    std::to_string(begin().icount) + ")");
  if (end().before(t))
    throw UserError("icount " + std::to_string(t.icount) + " is beyond the end of history (icount " +
                    std::to_string(end().icount) + ")");
  const TimePoint n = now();
  if (t == n) return;
  size_t j = 0;
  while (j < last() && !t.before(cps_[j + 1]->at)) ++j;
  // The cheapest start: here (forward), checkpoint j, or the head's copy.
  const uint64_t fwd = n.before(t) ? t.icount - n.icount : ~0ull;
  const uint64_t from_cp = t.icount - cps_[j]->at.icount + kRestoreCost;
  const uint64_t from_head =
      head_copy_ && !t.before(head_copy_->at) ? t.icount - head_copy_->at.icount + kRestoreCost : ~0ull;
  if (fwd <= from_cp && fwd <= from_head) {
    if (live_ && t.before(head_)) enter_log_mode();
  } else if (from_head < from_cp) {
    restore_head();
  } else if (!restore(j)) {
    // Forward past checkpoints whose redo logs are not known yet: replay.
    if (live_) enter_log_mode();
  }
  replay_to(t);
  if (live_) leave_log_mode_at_end();
  enforce_budget();
}

bool Timeline::restore(size_t j) {
  if (j <= cur_) {
    disarm();
    for (size_t k = cur_ + 1; k-- > j;) {
      Checkpoint& c = *cps_[k];
      if (k == cur_) {
        if (k == last() && now() == head_ && !head_copy_) capture_head();
      } else if (!c.redo_known) {
        capture_redo(c);  // memory is at cps_[k + 1] now
      }
      apply_undo(c);
    }
  } else {
    for (size_t k = cur_; k < j; ++k)
      if (!cps_[k]->redo_known) return false;
    disarm();
    for (size_t k = cur_; k < j; ++k) apply_redo(*cps_[k]);
  }
  cur_ = j;
  load_state(cps_[j]->state, cps_[j]->input);
  if (j == last()) arm();
  ++stats_.restores;
  return true;
}

void Timeline::restore_head() {
  for (size_t k = cur_; k < last(); ++k)
    if (!cps_[k]->redo_known) {
      // Not known yet: go to the last checkpoint by replay, then copy.
      restore(cur_);
      if (live_) enter_log_mode();
      replay_to(cps_[last()]->at);
      break;
    }
  disarm();
  for (size_t k = cur_; k < last(); ++k) apply_redo(*cps_[k]);
  for (const auto& [i, p] : head_copy_->pages) m_.ram().restore_page(i, p ? p->b : nullptr);
  for (unsigned d = 0; d < head_copy_->blocks.size(); ++d)
    for (const auto& [b, ref] : head_copy_->blocks[d]) m_.disk(d).set_block(b, ref);
  stats_.pages_copied += head_copy_->pages.size();
  cur_ = last();
  load_state(head_copy_->state, head_copy_->input);
  arm();
  ++stats_.restores;
}

void Timeline::load_state(const std::vector<uint8_t>& state, Replayer::Position input) {
  StateReader r(state);
  m_.restore_state(r);
  m_.set_boundary_next(next_boundary());  // cur_ is the restored interval
  if (live_) enter_log_mode();
  m_.replayer()->set_position(input);
}

void Timeline::apply_undo(const Checkpoint& c) {
  for (const auto& [i, p] : c.undo) m_.ram().restore_page(i, p ? p->b : nullptr);
  for (unsigned d = 0; d < c.disk_undo.size(); ++d)
    for (const auto& [b, ref] : c.disk_undo[d]) m_.disk(d).set_block(b, ref);
  stats_.pages_copied += c.undo.size();
}

void Timeline::apply_redo(const Checkpoint& c) {
  for (const auto& [i, p] : c.redo) m_.ram().restore_page(i, p ? p->b : nullptr);
  for (unsigned d = 0; d < c.disk_redo.size(); ++d)
    for (const auto& [b, ref] : c.disk_redo[d]) m_.disk(d).set_block(b, ref);
  stats_.pages_copied += c.redo.size();
}

void Timeline::capture_redo(Checkpoint& c) {
  c.redo.clear();
  for (const auto& [i, p] : c.undo) {
    const uint8_t* now_bytes = m_.ram().page_data(i);
    c.redo.emplace(i, page_equals(p, now_bytes) ? p : copy_page(now_bytes));
  }
  c.disk_redo.assign(c.disk_undo.size(), {});
  for (unsigned d = 0; d < c.disk_undo.size(); ++d)
    for (const auto& [b, ref] : c.disk_undo[d]) c.disk_redo[d].emplace(b, m_.disk(d).block(b));
  c.redo_known = true;
  c.recount();
}

void Timeline::capture_head() {
  const Checkpoint& c = *cps_.back();
  Head h;
  h.at = now();
  StateWriter w;
  m_.save_state(w);
  h.state = w.bytes();
  h.input = input_position();
  for (const auto& [i, p] : c.undo) {
    const uint8_t* now_bytes = m_.ram().page_data(i);
    h.pages.emplace(i, page_equals(p, now_bytes) ? p : copy_page(now_bytes));
  }
  h.blocks.assign(c.disk_undo.size(), {});
  for (unsigned d = 0; d < c.disk_undo.size(); ++d)
    for (const auto& [b, ref] : c.disk_undo[d]) h.blocks[d].emplace(b, m_.disk(d).block(b));
  head_copy_ = std::move(h);
}

// --- retention ---

uint64_t Timeline::memory_bytes() const {
  uint64_t n = 0;
  for (const auto& c : cps_) n += c->held;
  if (head_copy_) n += head_copy_->pages.size() * kPageSize + head_copy_->state.size();
  return n;
}

void Timeline::enforce_budget() {
  // Redo logs first: they only save replay time, and the machine makes them
  // again when it moves back. The ones farthest from where it is go first.
  while (memory_bytes() > opt_.memory_budget) {
    const uint64_t here = now().icount;
    size_t far = cps_.size();
    uint64_t far_d = 0;
    for (size_t k = 0; k < cps_.size(); ++k) {
      if (!cps_[k]->redo_known) continue;
      const uint64_t at = cps_[k]->at.icount, d = at > here ? at - here : here - at;
      if (far == cps_.size() || d > far_d) far = k, far_d = d;
    }
    if (far == cps_.size()) break;
    Checkpoint& c = *cps_[far];
    c.redo_known = false;
    c.redo.clear();
    c.disk_redo.assign(c.disk_undo.size(), {});
    c.recount();
  }
  if (head_copy_ && memory_bytes() > opt_.memory_budget) head_copy_.reset();
  while (memory_bytes() > opt_.memory_budget && cps_.size() > 2) {
    // Thin with age: drop the checkpoint whose loss leaves the smallest
    // gap relative to its distance from the present.
    const uint64_t present = head().icount;
    size_t best = 0;
    double best_score = 0;
    for (size_t r = 1; r < last(); ++r) {
      const double gap = double(cps_[r + 1]->at.icount - cps_[r - 1]->at.icount);
      const double age = double(present - cps_[r]->at.icount) + 1.0;
      const double score = gap / age;
      if (best == 0 || score < best_score) best = r, best_score = score;
    }
    if (best == 0) break;
    merge_into_previous(best);
  }
}

void Timeline::merge_into_previous(size_t r) {
  Checkpoint& a = *cps_[r - 1];
  Checkpoint& b = *cps_[r];
  for (auto& [i, p] : b.undo) a.undo.try_emplace(i, p);  // the older version wins
  for (unsigned d = 0; d < a.disk_undo.size(); ++d)
    for (auto& [i, ref] : b.disk_undo[d]) a.disk_undo[d].try_emplace(i, ref);
  if (a.redo_known && b.redo_known) {
    Checkpoint::PageLog redo = std::move(b.redo);  // the later version wins
    for (auto& [i, p] : a.redo) redo.try_emplace(i, p);
    a.redo = std::move(redo);
    for (unsigned d = 0; d < a.disk_redo.size(); ++d) {
      Checkpoint::BlockLog dr = std::move(b.disk_redo[d]);
      for (auto& [i, ref] : a.disk_redo[d]) dr.try_emplace(i, ref);
      a.disk_redo[d] = std::move(dr);
    }
  } else {
    a.redo_known = false;
    a.redo.clear();
    a.disk_redo.assign(a.disk_undo.size(), {});
  }
  a.recount();
  cps_.erase(cps_.begin() + long(r));
  if (cur_ >= r) --cur_;
  ++stats_.merges;
}

std::vector<Timeline::Info> Timeline::checkpoints() const {
  std::vector<Info> out;
  const auto t = std::chrono::steady_clock::now();
  for (const auto& c : cps_)
    out.push_back({c->at, std::chrono::duration<double>(t - c->made).count(), c->undo.size() + c->redo.size(), c->held});
  return out;
}

}  // namespace ttvm

#include "timetravel/timeline.h"

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <stdexcept>

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
  for (unsigned h = 0; h < m_.hart_count(); ++h) c->hart_icount.push_back(m_.hart(h).icount());
  c->disk_undo.resize(m_.disk_count());
  c->disk_redo.resize(m_.disk_count());
  c->recount();
  cps_.push_back(std::move(c));
  cur_ = 0;
  head_ = now();
  planned_ = now().icount + (opt_.keep_history ? opt_.interval : opt_.save_every);
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

void Timeline::track_interval() {
  if (cur_ == last() || !cps_[cur_]->complete)
    arm();
  else
    disarm();
}

void Timeline::arm() {
  Checkpoint& c = *cps_[cur_];
  std::vector<bool> logged(m_.ram().pages(), false);
  for (const auto& [i, p] : c.undo) logged[i] = true;
  m_.ram().arm_tracking(this, logged);
  // Pages that became unlogged must leave the write TLBs (Ram's rule).
  for (unsigned h = 0; h < m_.hart_count(); ++h) m_.hart(h).flush_write_tlbs();
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
  if (save_) {
    if (save_dirty_.size() <= index) save_dirty_.resize(m_.ram().pages(), false);
    save_dirty_[index] = true;
  }
  if (!opt_.keep_history) return;
  Checkpoint& c = *cps_[cur_];
  if (c.undo.count(index)) return;
  log_page_ref(index, copy_page(old));
}

void Timeline::log_page_ref(uint64_t index, PageRef old) {
  if (!opt_.keep_history) return;
  Checkpoint& c = *cps_[cur_];
  auto [it, fresh] = c.undo.try_emplace(index);
  if (!fresh) return;
  it->second = std::move(old);
  if (it->second) c.held += kPageSize;
  if (c.redo_known) {  // an incomplete interval learnt a page: its redo lacks it
    c.redo_known = false;
    c.redo.clear();
    c.disk_redo.assign(c.disk_undo.size(), {});
    c.recount();
  }
}

void Timeline::log_block(unsigned disk, uint64_t index, const DiskImage::BlockRef& old) {
  Checkpoint& c = *cps_[cur_];
  if (c.disk_undo[disk].try_emplace(index, old).second) {
    if (old) c.held += DiskImage::kBlockSize;
    if (c.redo_known) {
      c.redo_known = false;
      c.redo.clear();
      c.disk_redo.assign(c.disk_undo.size(), {});
      c.recount();
    }
  }
}

void Timeline::save_final_checkpoint() {
  // The last save is written before the process exits (a Linux guest's
  // RAM: ~0.1 s), while replaying 2x10^8 instructions from the previous
  // one takes 0.1 to 0.5 s: closer than that it is not worth the wait.
  constexpr uint64_t kWorthSaving = 200'000'000;
  if (now().icount - last_saved_ >= kWorthSaving) save_checkpoint();
}

void Timeline::save_checkpoint() {
  if (!store_) return;
  store_->save(m_, now(), input_position(), save_dirty_.empty() ? nullptr : &save_dirty_);
  save_dirty_.assign(m_.ram().pages(), false);
  last_saved_ = now().icount;
}

bool Timeline::jump_to_saved(const SavedCheckpoint& s, std::vector<PageRef>& prev) {
  CheckpointStore::Loaded l;
  try {
    l = store_->load(s);
  } catch (const UserError& e) {
    std::fprintf(stderr, "ttvm: saved checkpoint not used (replaying instead): %s\n", e.what());
    bad_saved_.push_back(s.file);
    return false;
  }
  // From the head, so that the pages the jump changes are logged with the
  // head's contents (the last interval's undo log), as writes would be.
  if (!(now() == head_)) go_to(head_);
  Ram& ram = m_.ram();
  std::vector<PageRef> want(ram.pages());
  for (auto& [p, ref] : l.pages)
    if (p < want.size()) want[p] = ref;
  const bool after_jump = prev.size() == want.size();
  const std::vector<unsigned char> committed = ram.committed_pages();
  for (uint64_t p = 0; p < ram.pages(); ++p) {
    if (!want[p] && !(committed[p] & 1)) continue;  // zero either way
    if (after_jump && want[p] == prev[p]) continue;
    const uint8_t* cur = ram.page_data(p);
    if (page_equals(want[p], cur)) continue;
    if (after_jump && !save_)
      log_page_ref(p, prev[p]);
    else
      log_page(p, cur);
    ram.restore_page(p, want[p] ? want[p]->b : nullptr);
  }
  for (unsigned d = 0; d < m_.disk_count() && d < l.disks.size(); ++d) {
    std::map<uint64_t, DiskImage::BlockRef> target(l.disks[d].begin(), l.disks[d].end());
    for (const auto& [b, data] : m_.disk(d).overlay()) target.try_emplace(b, nullptr);  // leaves the overlay
    for (const auto& [b, ref] : target) {
      const DiskImage::BlockRef old = m_.disk(d).block(b);
      if (old == ref || (old && ref && *old == *ref)) continue;
      log_block(d, b, old);
      m_.disk(d).set_block(b, ref);
    }
  }
  cps_.back()->complete = false;  // [last checkpoint, s) was not executed here
  StateReader r(l.state);
  m_.restore_state(r);
  m_.replayer()->set_position(s.input);
  head_ = now();
  head_copy_.reset();
  take_checkpoint();  // the saved state is the new last checkpoint
  prev = std::move(want);
  m_.set_boundary_next(next_boundary());
  return true;
}

// --- running ---

uint64_t Timeline::next_boundary() const {
  if (cur_ == last()) return planned_;
  // In the past: the next checkpoint, or a split of a long interval.
  const uint64_t next = cps_[cur_ + 1]->at.icount, split = cps_[cur_]->at.icount + opt_.past_interval;
  return split + opt_.past_interval / 2 < next ? split : next;
}

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
    // Replayed whole with tracking on (every way into an interval is at its
    // start): its undo log is complete now.
    if (!c.complete && armed_) c.complete = true;
    ++cur_;
    track_interval();
  }
  if (cur_ == last() && p.icount >= planned_) take_checkpoint();
  // A split copies the pages the interval may write: when that would not
  // fit the budget, it would only be merged away again (at the cost of the
  // copy, at every split point of every replay through a long interval).
  if (cur_ < last() && p.icount >= cps_[cur_]->at.icount + opt_.past_interval &&
      p.icount + opt_.past_interval / 2 < cps_[cur_ + 1]->at.icount &&
      memory_bytes() + cps_[cur_]->undo.size() * kPageSize <= opt_.memory_budget)
    split_interval();
  return next_boundary();
}

void Timeline::split_interval() {
  Checkpoint& a = *cps_[cur_];
  auto c = std::make_unique<Checkpoint>();
  c->at = now();
  StateWriter w;
  m_.save_state(w);
  c->state = w.bytes();
  c->input = input_position();
  for (unsigned h = 0; h < m_.hart_count(); ++h) c->hart_icount.push_back(m_.hart(h).icount());
  // Every page the interval may write, as it is now; unchanged ones shared.
  for (const auto& [i, p] : a.undo) {
    const uint8_t* cur = m_.ram().page_data(i);
    c->undo.emplace(i, page_equals(p, cur) ? p : copy_page(cur));
  }
  c->disk_undo.resize(a.disk_undo.size());
  c->disk_redo.resize(a.disk_undo.size());
  for (unsigned d = 0; d < a.disk_undo.size(); ++d)
    for (const auto& [b, ref] : a.disk_undo[d]) c->disk_undo[d].emplace(b, m_.disk(d).block(b));
  // The second half keeps the interval's redo and completeness; the first
  // half's redo is the new checkpoint's contents. (Splitting the last
  // interval: its log covers everything written since its start.)
  c->complete = a.complete;
  c->redo_known = a.redo_known && cur_ < last();
  c->redo = std::move(a.redo);
  c->disk_redo = std::move(a.disk_redo);
  a.redo = c->undo;
  a.disk_redo = c->disk_undo;
  a.redo_known = true;
  if (armed_) a.complete = true;  // replayed from its start with tracking on
  a.recount();
  c->recount();
  cps_.insert(cps_.begin() + long(cur_) + 1, std::move(c));
  ++cur_;
  track_interval();
  m_.set_boundary_next(next_boundary());
  enforce_budget();
}

void Timeline::go_near(TimePoint t) {
  constexpr uint64_t kNear = 200'000;
  const auto j = checkpoint_before(t);
  if (j && t.icount - cps_[*j]->at.icount > 2 * kNear && (now().before(cps_[*j]->at) || t.before(now()) ||
                                                          t.icount - now().icount > 2 * kNear)) {
    go_to(cps_[*j]->at);
    replay_to({t.icount - kNear, 0});
    if (now().before(t) && cps_[cur_]->at.before(now())) split_interval();
  }
  go_to(t);
}

void Timeline::take_checkpoint() {
  if (!opt_.keep_history) {
    // Only the saved checkpoints: the next one save_every from here, with
    // tracking armed again for what changes until then.
    if (save_) save_checkpoint();
    planned_ = now().icount + opt_.save_every;
    arm();
    return;
  }
  auto c = std::make_unique<Checkpoint>();
  c->at = now();
  StateWriter w;
  m_.save_state(w);
  c->state = w.bytes();
  c->input = input_position();
  for (unsigned h = 0; h < m_.hart_count(); ++h) c->hart_icount.push_back(m_.hart(h).icount());
  c->disk_undo.resize(m_.disk_count());
  c->disk_redo.resize(m_.disk_count());
  c->recount();
  cps_.back()->recount();
  cps_.push_back(std::move(c));
  cur_ = last();
  planned_ = now().icount + opt_.interval;
  arm();  // a new interval: every page's next write is a first write
  if (save_ && now().icount - last_saved_ >= opt_.save_every) save_checkpoint();
  enforce_budget();
}

// Runs toward t at most `chunk` instructions at a time (after_chunk shows
// progress), until t, the end of history, or the guest's exit.
void Timeline::run_in_chunks(TimePoint t, uint64_t chunk, const std::function<void()>& after_chunk) {
  while (now().before(t)) {
    TimePoint step = t;
    if (t.icount - now().icount > chunk) step = {now().icount + chunk, 0};
    const TimePoint before = now();
    if (m_.run_to(step)) break;  // the guest exited (at the end of history)
    if (!now().before(m_.history_limit()) || now() == before) break;
    after_chunk();
  }
}

void Timeline::replay_to(TimePoint t) {
  m_.set_debug_traps(nullptr);  // never breakpoints while moving
  const auto t0 = std::chrono::steady_clock::now();
  const uint64_t from = now().icount;
  bool shown = false;
  run_in_chunks(t, 50'000'000, [&] {
    if (!opt_.progress) return;
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (s > 1.0) {
      std::fprintf(stderr, "\rttvm: moving to icount %" PRIu64 ": %.0f%%", t.icount,
                   100.0 * double(now().icount - from) / double(t.icount - from + 1));
      shown = true;
    }
  });
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
  if (!opt_.keep_history && t.before(now())) throw std::logic_error("Timeline::go_to: back in time with keep_history off");
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
  // A saved checkpoint ahead of everything executed so far.
  const SavedCheckpoint* saved = nullptr;
  if (store_ && !save_) {
    for (const auto& s : store_->list())
      if (head_.before(s.at) && !t.before(s.at) && s.hart_icount.size() == m_.hart_count() &&
          std::find(bad_saved_.begin(), bad_saved_.end(), s.file) == bad_saved_.end())
        saved = &s;
  }
  constexpr uint64_t kLoadCost = 20'000'000;  // reading and decompressing a saved checkpoint
  const uint64_t from_saved = saved ? t.icount - saved->at.icount + kLoadCost : ~0ull;
  bool jumped = false;
  if (from_saved < fwd && from_saved < from_cp && from_saved < from_head) {
    // Through every saved checkpoint on the way, in time order (the store
    // lists them so): each becomes a checkpoint of the timeline, so a later
    // goto back into this stretch restores the nearest one instead of
    // replaying from the start of history. A saved checkpoint behind the
    // head is never used: the head's side of it is already history.
    std::vector<PageRef> prev;
    for (const auto& s : store_->list())
      if (head_.before(s.at) && !t.before(s.at) && s.hart_icount.size() == m_.hart_count() &&
          std::find(bad_saved_.begin(), bad_saved_.end(), s.file) == bad_saved_.end())
        jumped = jump_to_saved(s, prev) || jumped;
  }
  if (jumped) {
    // now at the last saved checkpoint before t
  } else if (fwd <= from_cp && fwd <= from_head) {
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
  track_interval();
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
  track_interval();
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

// --- reverse execution ---

std::optional<size_t> Timeline::checkpoint_before(TimePoint t) const {
  std::optional<size_t> j;
  for (size_t k = 0; k < cps_.size() && cps_[k]->at.before(t); ++k) j = k;
  return j;
}

Timeline::Found Timeline::reverse_step(unsigned hart) {
  note_head();
  Found f;
  f.hart = hart;
  const TimePoint origin = now();
  const uint64_t c = m_.hart(hart).icount();
  // The latest checkpoint from which the hart still has that instruction
  // ahead of it.
  std::optional<size_t> j;
  for (size_t k = 0; k < cps_.size() && cps_[k]->at.before(origin); ++k)
    if (c > 0 && cps_[k]->hart_icount[hart] <= c - 1) j = k;
  if (!j) {
    go_to(begin());
    f.kind = Found::Kind::kBegin;
    return f;
  }
  go_to(cps_[*j]->at);
  m_.set_debug_traps(nullptr);
  Hart& h = m_.hart(hart);
  h.pause_at(c - 1);
  // A checkpoint close behind the origin first, unless the hart stops
  // before it: the next reverse step starts from there.
  constexpr uint64_t kNear = 200'000;
  if (origin.icount - now().icount > 2 * kNear) {
    m_.run_to({origin.icount - kNear, 0});
    if (!m_.paused_hart() && cps_[cur_]->at.before(now())) split_interval();
  }
  if (!m_.paused_hart()) m_.run_to(origin);
  h.pause_at(~0ull);
  for (unsigned i = 0; i < m_.hart_count(); ++i) m_.hart(i).clear_debug_skip();
  m_.set_debug_traps(traps_);
  note_head();
  f.kind = Found::Kind::kStep;
  return f;
}

std::vector<uint64_t> Timeline::watched_pages() const {
  std::vector<uint64_t> pages;
  if (!traps_ || traps_->has_breakpoints()) return {};
  for (const auto& w : traps_->watches()) {
    if (w.kind != DebugTraps::WatchKind::kWrite) return {};
    for (uint64_t va = w.va & ~(kPageSize - 1); va < w.va + w.len; va += kPageSize) {
      for (unsigned h = 0; h < m_.hart_count(); ++h) {
        uint64_t pa;
        if (!m_.hart(h).debug_translate(va, pa) || !m_.ram().contains(pa)) return {};
        pages.push_back(m_.ram().page_index(pa));
      }
    }
  }
  return pages;
}

Timeline::Found Timeline::reverse_continue(const std::function<bool()>& interrupted) {
  note_head();
  Found f;
  const TimePoint origin = now();
  const std::vector<uint64_t> pages = watched_pages();
  TimePoint hi = origin;
  std::optional<size_t> j = checkpoint_before(hi);
  while (j) {
    const Checkpoint& c = *cps_[*j];
    bool may_hit = traps_ != nullptr;
    if (may_hit && !pages.empty()) {
      may_hit = false;
      for (uint64_t p : pages) may_hit |= c.undo.count(p) != 0;
    }
    if (may_hit) {
      go_to(c.at);
      // Replay [c.at, hi) with the traps, remembering the last stop.
      for (unsigned i = 0; i < m_.hart_count(); ++i) m_.hart(i).clear_debug_skip();
      m_.set_debug_traps(traps_);
      std::optional<TimePoint> last_at;
      for (;;) {
        const std::optional<int> st = m_.run_to(hi);
        if (Hart* h = m_.paused_hart(); h && !st) {
          if (h->debug_hit().kind != DebugHit::Kind::kStep) {
            last_at = now();
            f.hart = unsigned(h->hartid());
            f.hit = h->debug_hit();
          }
          continue;
        }
        if (!st && now().before(hi) && interrupted && interrupted()) {
          m_.set_debug_traps(traps_);
          f.kind = Found::Kind::kInterrupted;
          f.hart = m_.current_hart();
          return f;
        }
        break;
      }
      if (last_at) {
        go_near(*last_at);
        const bool watch = f.hit.kind >= DebugHit::Kind::kWatchWrite && f.hit.kind <= DebugHit::Kind::kWatchAccess;
        if (watch) {
          // After the access: gdb steps back over it to show both values.
          m_.set_debug_traps(nullptr);
          Hart& h = m_.hart(f.hart);
          h.pause_at(h.icount() + 1);
          m_.run_to(origin);
          h.pause_at(~0ull);
        }
        for (unsigned i = 0; i < m_.hart_count(); ++i) m_.hart(i).clear_debug_skip();
        if (!watch) m_.hart(f.hart).skip_breakpoint_here();  // continuing from here runs this instruction
        m_.set_debug_traps(traps_);
        note_head();
        f.kind = Found::Kind::kHit;
        return f;
      }
    }
    if (interrupted && interrupted()) {
      f.kind = Found::Kind::kInterrupted;
      f.hart = m_.current_hart();
      return f;
    }
    hi = c.at;
    j = *j == 0 ? std::nullopt : std::optional<size_t>(*j - 1);
  }
  go_to(begin());
  f.kind = Found::Kind::kBegin;
  f.hart = m_.current_hart();
  return f;
}

// --- queries over history ---

std::vector<std::pair<TimePoint, TimePoint>> Timeline::spans_writing(const std::vector<uint64_t>& pages) const {
  std::vector<std::pair<TimePoint, TimePoint>> spans;
  auto add = [&spans](TimePoint a, TimePoint b) {
    if (!a.before(b)) return;
    if (!spans.empty() && !spans.back().second.before(a)) {
      if (spans.back().second.before(b)) spans.back().second = b;
      return;
    }
    spans.emplace_back(a, b);
  };
  const TimePoint h = head(), e = end();
  for (size_t k = 0; k < cps_.size(); ++k) {
    const Checkpoint& c = *cps_[k];
    // The interval's executed part: up to the next checkpoint (or the head).
    const TimePoint to = k < last() ? cps_[k + 1]->at : later(c.at, h);
    bool may = pages.empty() || !c.complete;
    for (uint64_t p : pages) may = may || c.undo.count(p) != 0;
    if (may) add(c.at, to);
  }
  add(later(h, cps_.back()->at), e);  // never executed in this session: unknown
  return spans;
}

void Timeline::replay_forward(TimePoint t, const std::function<void(uint64_t)>& progress) {
  note_head();
  m_.set_debug_traps(nullptr);
  if (live_ && t.before(head_)) enter_log_mode();
  const uint64_t from = now().icount;
  run_in_chunks(t, 5'000'000, [&] {
    if (progress) progress(now().icount - from);
  });
  stats_.replayed_insns += now().icount - from;
  note_head();
  if (live_) leave_log_mode_at_end();
  m_.set_debug_traps(traps_);
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
  a.complete = a.complete && b.complete;
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

// The timeline: the one owner of a machine's history (DESIGN.md "Time
// travel", after rr's ReplayTimeline). It keeps checkpoints (restorable
// states, checkpoint.h) taken as the machine runs into new territory, and
// moves the machine to any point of its history with go_to(): restore the
// checkpoint that makes the point cheapest to reach (backwards by undo logs,
// forwards by redo logs), then replay to exactly the point.
//
// Points are TimePoints (icount, idle jumps): the machine's single time
// coordinate. A point is where Machine::run_to() stops: at an input
// boundary, after the inputs logged there were delivered.
//
// What it must never do: apply breakpoints to a checkpoint or while moving
// (go_to runs with none; run_forward applies the debugger's set), take host
// input in the past (a live session replays its own log there and goes live
// again only at the end of history), or let a page or disk block change
// without the current interval's undo log knowing (write tracking is armed
// whenever the machine is in the last interval, where new territory lies).
//
// Retention: checkpoints every `interval` instructions near the present,
// thinned with age (merging neighbours merges their logs, the older version
// wins) to stay within the memory budget. The start of history is always
// kept. The timeline knows nothing of gdb.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cpu/debug_traps.h"
#include "machine/machine.h"
#include "record/replayer.h"
#include "timetravel/checkpoint.h"
#include "timetravel/checkpoint_store.h"

namespace ttvm {

class Recorder;
class ElfSymbols;

class Timeline : private PageLogger, private BlockLogger {
 public:
  struct Options {
    uint64_t memory_budget = 1ull << 30;  // --tt-memory
    uint64_t interval = 5'000'000;        // instructions between checkpoints near the present
    // Replaying an interval of the past longer than this splits it (a goto
    // through it leaves checkpoints behind): finer than `interval` because
    // only places someone went pay for it, and a goto replays at most this
    // far from a checkpoint afterwards (Linux boots at ~60 MIPS here: ~25 ms).
    uint64_t past_interval = 1'500'000;
    bool progress = true;                 // long moves report on stderr
    uint64_t save_every = 1'000'000'000;  // recording: a saved checkpoint this often (instructions)
    // false: a recording nobody debugs keeps no history in memory (no undo
    // logs, no in-memory checkpoints): the timeline only tracks what
    // changed for the saved checkpoints, and the machine cannot go back.
    bool keep_history = true;
  };

  // Replay: the machine runs from `log` (set as its replayer). Live: the
  // machine runs live with `recorder` set; its own log is replayed in the
  // past. Call start() before the machine runs its first instruction.
  Timeline(Machine& m, Replayer* log, Options o);
  ~Timeline();
  Timeline(const Timeline&) = delete;
  Timeline& operator=(const Timeline&) = delete;

  // The start of history: the first checkpoint, at the machine's current
  // point (before any input there), and the hooks.
  void start();

  Machine& machine() { return m_; }
  TimePoint now() const { return m_.here(); }
  TimePoint begin() const { return cps_.front()->at; }
  // The end of history: a replay's last point (its end event, or the last
  // event of a log cut short); a live session's furthest point so far.
  TimePoint end() const;
  bool live() const { return live_; }
  bool at_end() const { return !now().before(end()); }
  // The furthest point the machine has run to.
  TimePoint head() const;

  // Moves the machine to exactly `t` (begin() <= t <= end()), without
  // breakpoints; UserError outside history.
  void go_to(TimePoint t);
  // The first point at `icount` (the one a forward replay stops at).
  TimePoint point_at(uint64_t icount) const { return {icount, 0}; }

  // Runs forward to `until` with the debugger's breakpoints (set_traps)
  // applied, as Machine::run_to does; through history by replay, then (live)
  // live. Stops at the end of a replay's history.
  std::optional<int> run_forward(TimePoint until);
  void set_traps(const DebugTraps* t) { traps_ = t; }

  // --- reverse execution (gdb's bs and bc; DESIGN.md "Time travel") ---
  // A stop found in history.
  struct Found {
    enum class Kind : uint8_t { kHit, kStep, kBegin, kInterrupted };
    Kind kind = Kind::kBegin;
    unsigned hart = 0;
    DebugHit hit;  // kHit: which breakpoint or watchpoint
  };
  // Moves to where `hart` stood before its previous instruction (the other
  // harts where the single time coordinate puts them): the point from which
  // a forward step of that hart returns here. kBegin at the start of history.
  Found reverse_step(unsigned hart);
  // Moves to the latest point before now at which the debugger's
  // breakpoints or watchpoints (set_traps) would have stopped a forward run,
  // searching back interval by interval. A breakpoint at the current point
  // does not count (gdb expects that). A watchpoint's stop is reported after
  // its access, so that gdb, which steps back over it, shows the value before
  // and after. Intervals whose undo logs show that no watched page was
  // written are skipped when only write watchpoints are set. kBegin (at the
  // start of history) if nothing triggers; kInterrupted when `interrupted`
  // says so (the machine is then at a consistent point of history).
  Found reverse_continue(const std::function<bool()>& interrupted);

  // --- queries over all of history (monitor history: history_query.h) ---
  // The stretches [from, to) of history, in time order and merged where
  // they touch, in which one of the RAM pages `pages` (indexes) may have
  // been written: intervals whose undo log holds one of them, intervals
  // whose log is incomplete (after a jump to a saved checkpoint), and
  // whatever lies past the furthest point executed so far. Empty `pages`:
  // all of history.
  std::vector<std::pair<TimePoint, TimePoint>> spans_writing(const std::vector<uint64_t>& pages) const;
  // Runs the machine forward from now to `t` executing every instruction
  // (go_to may copy a redo log instead; an observer of execution cannot
  // use that), without breakpoints; `progress` is called every few million
  // instructions with the instructions run so far.
  void replay_forward(TimePoint t, const std::function<void(uint64_t)>& progress);
  // Symbols for words (pcs as function+offset), e.g. --symbols vmlinux; null: none.
  void set_symbols(const ElfSymbols* s) { symbols_ = s; }
  const ElfSymbols* symbols() const { return symbols_; }

  // --- checkpoints saved with the recording (checkpoint_store.h) ---
  // Recording: `save` true saves one every Options::save_every instructions
  // of new territory. Replay: go_to() starts from a saved one when that is
  // cheaper than replaying to the point.
  void set_store(CheckpointStore* s, bool save) {
    store_ = s;
    save_ = save;
  }
  // Saves a checkpoint where the machine stands.
  void save_checkpoint();
  // The end of a recording: saves one unless the last saved one (or the
  // start) is so near that replaying from it is as quick as loading.
  void save_final_checkpoint();

  // Bookmarks: named points.
  void set_bookmark(const std::string& name, TimePoint t) { bookmarks_[name] = t; }
  std::optional<TimePoint> bookmark(const std::string& name) const;
  const std::map<std::string, TimePoint>& bookmarks() const { return bookmarks_; }

  struct Info {
    TimePoint at;
    double age_s;
    uint64_t pages;  // page versions held
    uint64_t bytes;
  };
  std::vector<Info> checkpoints() const;
  uint64_t memory_bytes() const;
  uint64_t memory_budget() const { return opt_.memory_budget; }
  // Counters for tests and benchmarks.
  struct Stats {
    uint64_t restores = 0, merges = 0, replayed_insns = 0, pages_copied = 0;
  };
  const Stats& stats() const { return stats_; }

 private:
  // PageLogger, BlockLogger: first writes in the last interval.
  void log_page(uint64_t index, const uint8_t* old) override;
  // The same with the old contents already held (null: a zero page).
  void log_page_ref(uint64_t index, PageRef old);
  void log_block(unsigned disk, uint64_t index, const DiskImage::BlockRef& old) override;

  // The machine's boundary hook: crossing checkpoints, taking new ones.
  uint64_t on_boundary();
  uint64_t next_boundary() const;
  void take_checkpoint();
  // Replaying a long interval of the past: a checkpoint inside it, made
  // from its undo log and the machine's memory (no tracking needed).
  void split_interval();
  // go_to(t), leaving a checkpoint shortly before t when the replay to it is
  // long: gdb's reverse steps come in series (many bs), each close behind
  // the last, and stay cheap.
  void go_near(TimePoint t);
  void enforce_budget();
  void merge_into_previous(size_t k);  // removes checkpoint k (1 <= k < last)

  // Runs the machine to `t` (log mode, no breakpoints), with progress.
  void replay_to(TimePoint t);
  void run_in_chunks(TimePoint t, uint64_t chunk, const std::function<void()>& after_chunk);
  // Puts the machine at checkpoint j (memory by logs, state by blob);
  // false if that needs redo logs that are not known (moving forward).
  bool restore(size_t j);
  void restore_head();
  void apply_undo(const Checkpoint& c);
  void apply_redo(const Checkpoint& c);
  void capture_redo(Checkpoint& c);
  void capture_head();
  void load_state(const std::vector<uint8_t>& state, Replayer::Position input);
  // Starts from a saved checkpoint ahead of the head (false: it could not
  // be loaded; reported once).
  // `prev`: the pages the previous jump of the same goto put in RAM (empty
  // if none), replaced by this jump's. A goto through many saved
  // checkpoints jumps from one straight to the next, with nothing run in
  // between, so the pages they share need neither comparing nor copying.
  bool jump_to_saved(const SavedCheckpoint& s, std::vector<PageRef>& prev);
  // Write tracking as the interval the machine is in needs it.
  void track_interval();
  void arm();
  void disarm();
  bool armed() const { return armed_; }
  size_t last() const { return cps_.size() - 1; }
  // The input position at the machine's current point.
  Replayer::Position input_position() const;
  // Live sessions: into log mode (the past) and back to live (the end).
  void enter_log_mode();
  void leave_log_mode_at_end();
  void note_head();

  Machine& m_;
  Replayer* log_;           // the machine's log (replay), or our own over the recorder's events (live)
  std::unique_ptr<Replayer> own_log_;
  bool live_ = false;
  Options opt_;
  std::vector<std::unique_ptr<Checkpoint>> cps_;
  size_t cur_ = 0;  // the interval the machine is in: cps_[cur_].at <= now
  bool armed_ = false;
  uint64_t planned_ = ~0ull;  // icount of the next checkpoint in new territory
  TimePoint head_{};
  // The state at head_ (when the machine left it backwards): its pages
  // and blocks of the last interval's logs, so `goto end` is a copy.
  struct Head {
    TimePoint at;
    std::vector<uint8_t> state;
    Replayer::Position input;
    Checkpoint::PageLog pages;
    std::vector<Checkpoint::BlockLog> blocks;
  };
  std::optional<Head> head_copy_;
  const DebugTraps* traps_ = nullptr;
  const ElfSymbols* symbols_ = nullptr;
  std::map<std::string, TimePoint> bookmarks_;
  Stats stats_;
  CheckpointStore* store_ = nullptr;
  bool save_ = false;
  uint64_t last_saved_ = 0;
  std::vector<bool> save_dirty_;  // pages logged since the last save
  std::vector<std::string> bad_saved_;  // saved checkpoints that failed to load
  // The latest checkpoint before `t` (strictly), or none.
  std::optional<size_t> checkpoint_before(TimePoint t) const;
  // Physical pages of the write watchpoints, when the search may skip by
  // undo logs (only write watchpoints, all translatable); empty otherwise.
  std::vector<uint64_t> watched_pages() const;
};

}  // namespace ttvm

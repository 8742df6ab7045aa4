// A checkpoint (after the paper): a restorable state at one point of
// history, kept as logs rather than copies. Its machine state (harts,
// devices, schedule) is a Machine::save_state blob; memory and disks are
// the undo log of the interval that starts at the checkpoint: the contents
// at `at` of every page (and disk block) first written before the next
// checkpoint. Moving back over the interval applies the undo log; the redo
// log (the contents at the next checkpoint of the same pages and blocks) is
// filled the first time the machine moves back over it, so moving forward
// again is a copy, not a replay.
#pragma once
#include <chrono>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

#include "dev/disk_image.h"
#include "record/event.h"
#include "record/replayer.h"
#include "timetravel/page.h"

namespace ttvm {

struct Checkpoint {
  using PageLog = std::unordered_map<uint64_t, PageRef>;              // page index -> version
  using BlockLog = std::map<uint64_t, DiskImage::BlockRef>;           // block index -> version (null: base)

  TimePoint at;
  std::vector<uint8_t> state;  // Machine::save_state at `at`
  Replayer::Position input;    // the log position at `at`
  std::vector<uint64_t> hart_icount;  // each hart's own count at `at` (reverse-stepi)
  std::chrono::steady_clock::time_point made = std::chrono::steady_clock::now();

  PageLog undo;                    // contents at `at`
  std::vector<BlockLog> disk_undo;  // per disk
  // Whether undo holds every page first written in the interval (false
  // after a jump to a saved checkpoint, until the interval is replayed
  // whole): while the machine is in an incomplete interval, write tracking
  // goes on adding to it.
  bool complete = true;
  bool redo_known = false;
  PageLog redo;                    // contents at the next checkpoint
  std::vector<BlockLog> disk_redo;

  // Bytes this checkpoint holds (versions shared by its undo and redo logs
  // counted once); kept up to date by the timeline, recount() after a change.
  uint64_t held = 0;
  void recount() {
    uint64_t n = state.size();
    for (const auto& [i, p] : undo) n += p ? kPageSize : 0;
    for (const auto& [i, p] : redo) {
      if (!p) continue;
      auto u = undo.find(i);
      if (u == undo.end() || u->second != p) n += kPageSize;
    }
    for (const auto& d : disk_undo)
      for (const auto& [i, b] : d) n += b ? DiskImage::kBlockSize : 0;
    for (const auto& d : disk_redo)
      for (const auto& [i, b] : d) n += b ? DiskImage::kBlockSize : 0;
    held = n;
  }
};

}  // namespace ttvm

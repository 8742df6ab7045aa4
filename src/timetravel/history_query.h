// `monitor history ADDR LEN`: every write (and with --reads every read) of
// some guest bytes in all of history, in time order, with who did it.
//
// Answered without replaying all of history where the page logs allow it:
// a checkpoint interval whose undo log does not hold the bytes' page did not
// write them (the logs are complete by construction: RAM's one door for
// writes), so only the intervals that wrote the page, the ones whose logs
// are incomplete, and what lies beyond the furthest point executed so far
// are replayed, with the pages watched (machine/access_watch.h). Reads are
// not in the logs: --reads replays all of history.
//
// The bytes are matched by physical address: a virtual address is
// translated once, through a hart's page tables at the current point, and
// then every access to those physical bytes is found, through whichever
// mapping (another process's, the kernel's linear map) it was made.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "timetravel/timeline.h"

namespace ttvm {

struct HistoryRequest {
  uint64_t addr = 0;
  uint64_t len = 0;
  bool physical = false;  // addr is a guest physical address
  bool reads = false;     // list loads too (replays all of history)
  uint64_t max = 100;     // accesses listed; the rest are counted
};

struct HistoryAccess {
  bool write = true;
  bool by_store = true;  // a hart's store/AMO/SC (false: DMA, the page-table walker, a reset)
  uint64_t icount = 0;   // the point just after the access (monitor goto N shows its result)
  int hart = -1;         // the hart executing then (-1: none, e.g. a reset)
  uint64_t pc = 0;       // its pc: the accessing instruction
  unsigned priv = 3;     // its privilege mode (0 U, 1 S, 3 M)
  uint64_t off = 0;      // the accessed bytes: offset into the request, and
  std::vector<uint8_t> old_bytes, new_bytes;  // their values before and after (reads: new only)
  // The whole requested range before and after, when it is at most 8 bytes.
  std::vector<uint8_t> old_all, new_all;
};

struct HistoryResult {
  struct Piece {
    uint64_t va, pa, len;
  };
  std::vector<Piece> pieces;  // the request, page by page, translated
  int translated_by = -1;     // the hart whose page tables translated it (-1: physical)
  std::vector<HistoryAccess> listed;
  uint64_t writes = 0, reads = 0;      // all found
  uint64_t last_icount = 0;            // of the last one found
  uint64_t replayed = 0, history = 0;  // instructions replayed, of history
  size_t spans = 0;
  double seconds = 0;
};

// UserError for an address that does not translate or is not RAM. The
// machine ends where it was.
HistoryResult query_history(Timeline& tl, const HistoryRequest& req, const std::function<void(double)>& progress);
std::string format_history(const HistoryResult& r, const HistoryRequest& req, const ElfSymbols* syms);

}  // namespace ttvm

// Breakpoints and watchpoints a debugger asked for, by virtual address (as
// gdb gives them), shared by all harts. A hart holds a pointer to the set only
// while it is non-empty, so a machine without them pays one null test per
// block. With breakpoints set, a block whose range holds one runs one
// instruction at a time; every other block runs as without a debugger, and
// translated code never reaches a block that holds one (Hart::
// sync_breakpoint_caches). Watched pages never get TLB entries, so their
// accesses take the slow path, where the access is compared with the (few)
// watchpoints.
#pragma once
#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

namespace ttvm {

// Why a hart paused inside run().
struct DebugHit {
  enum class Kind : uint8_t { kNone, kBreakpoint, kWatchWrite, kWatchRead, kWatchAccess, kStep };
  Kind kind = Kind::kNone;
  bool hardware = false;  // breakpoint: inserted as a hardware one (gdb Z1)
  uint64_t addr = 0;      // watchpoint: the watched address that was accessed
};

class DebugTraps {
 public:
  enum class WatchKind : uint8_t { kWrite = 1, kRead = 2, kAccess = 3 };

  // Insertions are counted: gdb may insert the same address twice.
  void add_breakpoint(uint64_t va, bool hardware);
  bool remove_breakpoint(uint64_t va, bool hardware);
  void add_watch(uint64_t va, uint64_t len, WatchKind kind);
  bool remove_watch(uint64_t va, uint64_t len, WatchKind kind);
  void clear();
  bool empty() const { return bps_.empty() && watches_.empty(); }
  bool has_breakpoints() const { return !bps_.empty(); }
  struct Watch {
    uint64_t va, len;
    WatchKind kind;
  };
  const std::vector<Watch>& watches() const { return watches_; }

  // --- hart side (hot) ---
  bool has_watches() const { return !watches_.empty(); }
  // Whether a breakpoint lies in [va, end): a block there must run one
  // instruction at a time, and never be entered from translated code.
  bool breakpoint_within(uint64_t va, uint64_t end) const;
  // Changes whenever a breakpoint is added (to any set: the numbers are
  // process-wide), so that caches built without it are known stale.
  uint64_t generation() const { return generation_; }
  // The breakpoint at `va`, if any: returns false when none.
  bool breakpoint_at(uint64_t va, bool& hardware) const;
  // Whether the virtual page of `va` holds a watch for this kind of access
  // (then it must not enter a TLB).
  bool watched_page(uint64_t va, bool write) const;
  // The watchpoint hit by an access of [va, va+size), if any.
  bool watch_hit(uint64_t va, unsigned size, bool write, DebugHit& hit) const;

 private:
  struct Bp {
    unsigned sw = 0, hw = 0;
  };
  std::map<uint64_t, Bp> bps_;  // ordered: breakpoint_within looks up ranges
  std::unordered_map<uint64_t, unsigned> bp_pages_;  // page -> breakpoints on it
  uint64_t generation_ = 0;
  std::vector<Watch> watches_;
};

}  // namespace ttvm

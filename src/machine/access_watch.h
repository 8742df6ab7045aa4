// Watching every access to a few guest physical pages (monitor history):
// the machine flags the pages so that no TLB entry covers them, and tells
// the watch about each write before it happens (whoever writes: ram.h's
// WriteHook), after a hart's store completes, and, when asked, about each
// hart load. Costs nothing when no watch is set.
#pragma once
#include <cstdint>

#include "mem/ram.h"

namespace ttvm {

class Hart;

class AccessWatch : public WriteHook {
 public:
  // A hart's store, AMO or SC to a watched page, after its bytes changed
  // (before_write came first).
  virtual void hart_wrote(Hart& h, uint64_t pa, unsigned size) = 0;
  // A hart's load (or the read of an AMO) from a watched page, when reads
  // are watched.
  virtual void hart_read(Hart& h, uint64_t pa, unsigned size) = 0;
  // A slice of execution ended (writes that were not a hart's store, e.g.
  // DMA, are settled here at the latest).
  virtual void slice_done() = 0;

 protected:
  ~AccessWatch() = default;
};

}  // namespace ttvm

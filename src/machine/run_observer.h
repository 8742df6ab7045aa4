// An observer of a machine's run (ttvm report): told where the scheduler's
// time goes, at the points where it already stops (the end of a hart's
// run within its slice, an idle time jump), so observing adds nothing to
// the instruction loop. It reads state and the counters devices and harts
// keep (Hart::trap_counts, Plic::claims, VirtioDevice::io); it must change
// nothing, so a replay observed is the same replay.
#pragma once
#include <cstdint>

namespace ttvm {

class RunObserver {
 public:
  virtual ~RunObserver() = default;
  // Hart `hart` ran `n` instructions of its slice; the machine's icount is
  // now past them.
  virtual void ran(unsigned hart, uint64_t n) = 0;
  // Every hart waited in WFI and virtual time jumped `units` (time units:
  // one an instruction's worth) while the icount stood still.
  virtual void idle_jump(uint64_t units) = 0;
};

}  // namespace ttvm

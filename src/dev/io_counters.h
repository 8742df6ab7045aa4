// What a device moved since it was built, for observers of a run (ttvm
// report): requests and bytes in each direction. Not guest state: never
// saved, restored or digested, so counting cannot change a replay; a
// checkpoint restore leaves the counts alone, and an observer takes
// differences along one forward run.
#pragma once
#include <cstdint>

namespace ttvm {

struct IoCounters {
  // "in": towards the guest (a disk read, a frame received, random bytes);
  // "out": from the guest (a disk write, a frame sent).
  uint64_t in_ops = 0, in_bytes = 0;
  uint64_t out_ops = 0, out_bytes = 0;
  void in(uint64_t bytes) {
    ++in_ops;
    in_bytes += bytes;
  }
  void out(uint64_t bytes) {
    ++out_ops;
    out_bytes += bytes;
  }
};

}  // namespace ttvm

// Collects what the report shows while a recording replays: per hart the
// privilege mode over time, interrupts by source, traps, device I/O, the
// console's lines and panic marks. It is the machine's RunObserver, so it
// looks only where the scheduler already stops (after each hart's run
// within a slice, at idle jumps): a hart's mode is sampled there, not per
// instruction, and the harts', PLIC's and devices' counters are read there
// as differences. Everything goes into BucketAxis buckets.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "machine/machine.h"
#include "record/panic_marks.h"
#include "report/buckets.h"
#include "report/console_lines.h"

namespace ttvm {

class RunCollector : public RunObserver {
 public:
  struct Options {
    size_t head_lines = 2000, tail_lines = 500;  // console lines kept
    bool sample_pcs = false;                     // for a profile (--symbols)
  };
  RunCollector(Machine& m, const BucketAxis& axis, const Options& o);

  // The machine's console sink: one byte, written at the machine's icount.
  void console_byte(uint8_t c);
  void ran(unsigned hart, uint64_t n) override;
  void idle_jump(uint64_t units) override;
  // Takes the last counter changes and ends a last unfinished line.
  void finish();

  // Time units per bucket: instructions (of any hart) while the hart ran in
  // that mode or stood in it while another hart ran, and idle jumps as
  // waiting. A hart's mode is the one it has at the end of each slice.
  struct HartModes {
    Series user, kernel, firmware, wait;
  };
  const std::vector<HartModes>& modes() const { return modes_; }
  struct Named {
    std::string name;
    Series series;
  };
  // Interrupts taken (timer, software) and external ones by PLIC source as
  // claimed ("uart", "virtio-blk@slot7").
  const std::vector<Named>& interrupts() const { return irqs_; }
  // Exceptions taken: syscalls, SBI calls, page faults, the rest.
  const std::vector<Named>& traps() const { return traps_; }
  // Bytes moved per virtio device and direction ("virtio-blk@slot7 read").
  const std::vector<Named>& io() const { return io_; }
  const Series& console_bytes() const { return console_bytes_; }
  const ConsoleLines& console_lines() const { return lines_; }
  const PanicMarker& panic_marks() const { return marker_; }
  // pc -> samples (the running hart's pc at the end of each slice).
  const std::unordered_map<uint64_t, uint64_t>& pc_samples() const { return pcs_; }
  uint64_t slices() const { return slices_; }

 private:
  void take_counters(uint64_t icount);

  Machine& m_;
  const BucketAxis& axis_;
  Options opt_;
  std::vector<HartModes> modes_;
  std::vector<Named> irqs_, traps_, io_;
  // Where each counter was when last read.
  std::vector<Hart::TrapCounts> last_traps_;
  struct PlicSource {
    unsigned source;
    size_t series;  // index into irqs_
    uint64_t last = 0;
  };
  std::vector<PlicSource> plic_;
  struct Device {
    unsigned slot;
    size_t in, out;  // indices into io_ (out: ~0 for a device that only gives)
    uint64_t last_in = 0, last_out = 0;
  };
  std::vector<Device> devices_;
  Series console_bytes_;
  ConsoleLines lines_;
  PanicMarker marker_;
  std::unordered_map<uint64_t, uint64_t> pcs_;
  uint64_t slices_ = 0;
};

}  // namespace ttvm

// One entry of the event log: what entered the machine (or what the machine
// was) at one point of its history. A point is the icount plus the number of
// idle time jumps so far: when every hart waits, virtual time jumps ahead
// while the icount stands still, so an input delivered while idle is placed
// by both.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace ttvm {

// Where the machine is in its history: the input boundary it stands at.
struct TimePoint {
  uint64_t icount = 0;       // instructions executed by all harts
  uint64_t idle_jumps = 0;  // idle time jumps (all harts in WFI) so far
  bool operator==(const TimePoint&) const = default;
  bool before(const TimePoint& o) const {
    return icount < o.icount || (icount == o.icount && idle_jumps < o.idle_jumps);
  }
};

// Ports (DESIGN.md core contract 3): every host input has one, and the log
// also carries the recorder's own markers (digests, the end).
enum class Port : uint8_t {
  kConsole = 1,  // bytes typed into the console (UART receive)
  kNet = 2,      // one Ethernet frame arriving at a virtio-net device
  kEntropy = 3,  // random bytes handed to virtio-rng
  kControl = 4,  // the user ended the run (Ctrl-A x, SIGINT/SIGTERM)
  kDebugger = 5,  // a debugger wrote a register or memory (live recording, at the end of history)
  kDigest = 0x80,  // periodic state digest (StateDigest)
  kEnd = 0x81,     // the recording ended: exit status and full digest
};
const char* port_name(Port p);
bool port_known(uint8_t p);

struct Event {
  TimePoint at;
  Port port = Port::kControl;
  std::vector<uint8_t> data;
};

}  // namespace ttvm

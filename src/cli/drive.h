// Running a built machine the way its options ask, the same for run, record
// and replay: instruction tracing (-d in_asm, -D), the gdb server (-s, -S,
// -gdb) or a plain run, and --stats at the end.
#pragma once
#include <optional>

#include "machine/config.h"
#include "machine/machine.h"
#include "timetravel/timeline.h"

namespace ttvm {

struct DriveOptions {
  // Recording or replaying: gdb may look and stop, not change the guest.
  bool debugger_read_only = false;
  // A recording or replay runs through its timeline (time travel for gdb).
  Timeline* timeline = nullptr;
};

// Returns the guest's exit status (nullopt only if the run was cut short).
std::optional<int> drive_machine(Machine& m, const MachineConfig& cfg, const DriveOptions& opt = {});
// The host's wall-clock time in ns since 1970: the one read of the host
// clock a run makes, for the RTC's start epoch (kept in a recording).
uint64_t host_epoch_ns();
// A process exit status for a guest status: 8 bits, never 0 for a failure.
int exit_status(std::optional<int> status);

}  // namespace ttvm

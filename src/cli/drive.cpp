#include "cli/drive.h"

#include <cerrno>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstring>

#include "gdb/server.h"
#include "gdb/socket.h"
#include "machine/live_control.h"
#include "util/error.h"

namespace ttvm {

std::optional<int> drive_machine(Machine& m, const MachineConfig& cfg, const DriveOptions& opt) {
  FILE* trace = nullptr;
  if (cfg.trace_in_asm) {
    trace = stderr;
    if (!cfg.log_file.empty()) {
      trace = std::fopen(cfg.log_file.c_str(), "w");
      if (!trace) throw UserError(cfg.log_file + ": cannot open for writing: " + std::strerror(errno));
    }
    m.set_trace(trace);
  }
  const auto t0 = std::chrono::steady_clock::now();
  std::optional<int> status;
  if (cfg.gdb_port >= 0) {
    gdb::Listener listener(cfg.gdb_host, uint16_t(cfg.gdb_port));
    std::fprintf(stderr, "ttvm: gdb server listening on %s:%u\n", cfg.gdb_host.c_str(), unsigned(listener.port()));
    LiveControl control(m);
    control.set_read_only(opt.debugger_read_only);
    control.set_timeline(opt.timeline);
    gdb::Server server(control, &listener);
    status = server.run(cfg.start_stopped);
  } else {
    status = opt.timeline ? opt.timeline->run_forward({~0ull, ~0ull}) : m.run();
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (cfg.stats)
    std::fprintf(stderr, "ttvm: %" PRIu64 " instructions in %.3f s: %.1f MIPS\n", m.icount(), secs,
                 double(m.icount()) / secs / 1e6);
  if (trace) {
    m.set_trace(nullptr);
    if (trace != stderr) std::fclose(trace);
  }
  return status;
}

uint64_t host_epoch_ns() {
  return uint64_t(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

int exit_status(std::optional<int> status) {
  int code = status.value_or(0);
  if (code != 0 && (code & 0xff) == 0) code = 255;
  return code;
}

}  // namespace ttvm

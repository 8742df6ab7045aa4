#include "gdb/monitor.h"

#include <cinttypes>
#include <cstdio>

#include "cpu/csr_numbers.h"

namespace ttvm::gdb {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

std::string info_harts(ExecControl& ctl) {
  std::string out;
  for (unsigned i = 0; i < ctl.hart_count(); ++i) {
    uint64_t pc = 0, priv = 0, satp = 0;
    ctl.read_reg(i, {RegId::Kind::kPc, 0}, pc);
    ctl.read_reg(i, {RegId::Kind::kPriv, 0}, priv);
    ctl.read_reg(i, {RegId::Kind::kCsr, csr::kSatp}, satp);
    const char p = priv == 0 ? 'U' : priv == 1 ? 'S' : 'M';
    char line[128];
    std::snprintf(line, sizeof line, "hart %u (thread %u): pc 0x%016" PRIx64 " priv %c satp 0x%016" PRIx64 "\n", i,
                  i + 1, pc, p, satp);
    out += line;
  }
  return out;
}

}  // namespace

MonitorResult run_monitor(ExecControl& ctl, std::string_view command) {
  const std::string_view cmd = trim(command);
  MonitorResult r;
  if (cmd == "help" || cmd.empty()) {
    r.output =
        "ttvm monitor commands:\n"
        "  help         this list\n"
        "  info harts   pc, privilege mode and satp of every hart\n"
        "  icount       the machine's instruction count (all harts)\n"
        "  quit         end ttvm\n" +
        ctl.history_help();
  } else if (cmd == "info harts") {
    r.output = info_harts(ctl);
  } else if (cmd == "icount") {
    r.output = std::to_string(ctl.icount()) + "\n";
  } else if (cmd == "quit") {
    r.output = "ttvm: quitting\n";
    r.quit = true;
  } else if (!ctl.history_command(cmd, r.output, r.ok)) {
    r.output = "unknown monitor command '" + std::string(cmd) + "' (try: monitor help)\n";
    r.ok = false;
  }
  return r;
}

}  // namespace ttvm::gdb

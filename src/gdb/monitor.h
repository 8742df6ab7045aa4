// `monitor` commands (gdb's qRcmd): help, info harts, icount, quit, and
// whatever time-travel commands the ExecControl's history answers (when,
// goto, bookmark, checkpoints: src/timetravel/history_commands.cpp).
#pragma once
#include <string>
#include <string_view>

#include "timetravel/exec_control.h"

namespace ttvm::gdb {

struct MonitorResult {
  std::string output;  // shown by gdb as is
  bool ok = true;      // false: an unknown command or bad arguments
  bool quit = false;   // end ttvm after replying
};

MonitorResult run_monitor(ExecControl& ctl, std::string_view command);

}  // namespace ttvm::gdb

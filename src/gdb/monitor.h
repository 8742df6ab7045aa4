// `monitor` commands (gdb's qRcmd): help, info harts, icount, quit. More
// come with time travel (when, goto).
#pragma once
#include <string>
#include <string_view>

#include "machine/exec_control.h"

namespace ttvm::gdb {

struct MonitorResult {
  std::string output;  // shown by gdb as is
  bool ok = true;      // false: an unknown command or bad arguments
  bool quit = false;   // end ttvm after replying
};

MonitorResult run_monitor(ExecControl& ctl, std::string_view command);

}  // namespace ttvm::gdb

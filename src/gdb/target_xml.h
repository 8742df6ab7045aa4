// The target description gdb reads with qXfer:features:read:target.xml:
// the RISC-V features gdb's riscv target knows (cpu, fpu, csr, virtual),
// with remote register numbers as registers.h defines them.
#pragma once
#include <string>

#include "timetravel/exec_control.h"

namespace ttvm::gdb {

// Lists the CSRs the target implements (those hart 0 can read).
std::string target_xml(ExecControl& ctl);

}  // namespace ttvm::gdb

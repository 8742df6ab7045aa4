// gdb's register numbering for RISC-V, as its riscv target expects it from
// a remote target: x0-x31 = 0-31, pc = 32, f0-f31 = 33-64, CSR n = 65 + n
// (fflags, frm, fcsr are 66-68), the virtual register priv = 65 + 4096.
#pragma once
#include <string>

#include "timetravel/exec_control.h"

namespace ttvm::gdb {

constexpr unsigned kRegPc = 32, kRegF0 = 33, kRegCsr0 = 65, kRegPriv = 65 + 4096;
// Registers in a 'g' packet: x0-x31 and pc (the rest is read with 'p').
constexpr unsigned kGRegs = 33;

// false: no register has this number.
bool reg_id(unsigned regnum, RegId& out);
// The name gdb knows a CSR by; empty when we have none for it.
std::string csr_name(unsigned num);

}  // namespace ttvm::gdb

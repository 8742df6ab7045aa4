// The semantics of each operation, one small function each (after Spike),
// in src/isa/exec_*.cpp. exec_fn() maps an Op to its function; the decoder
// stores it in the Insn so the hot loop never dispatches on the opcode.
#pragma once
#include "isa/insn.h"

namespace ttvm {

ExecFn exec_fn(Op op);

// Per-extension tables, filled by each exec_*.cpp.
ExecFn exec_fn_base(Op op);    // RV64I, Zifencei
ExecFn exec_fn_muldiv(Op op);  // M
ExecFn exec_fn_atomic(Op op);  // A
ExecFn exec_fn_fp(Op op);      // F, D
ExecFn exec_fn_system(Op op);  // Zicsr, privileged instructions

}  // namespace ttvm

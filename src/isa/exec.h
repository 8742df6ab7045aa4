// The semantics of each operation as a function pointer: exec_fn() maps an
// Op to its function (the "semantics" column of TTVM_OPS, src/isa/op.h).
// The decoder stores it in the Insn, so the reference interpreter's loop
// never dispatches on the opcode.
#pragma once
#include "isa/insn.h"

namespace ttvm {

ExecFn exec_fn(Op op);

}  // namespace ttvm

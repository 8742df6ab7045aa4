// Zicsr and the privileged instructions; the work is in the hart
// (src/cpu/csr.cpp, trap.cpp), these only unpack operands.
#include "isa/exec.h"
#include "isa/exec_util.h"

namespace ttvm {
namespace {
using namespace sem;

uint16_t csr_num(const Insn& in) { return uint16_t(in.imm); }

// csrrw always writes; csrrs/csrrc write only when rs1 (or uimm) is nonzero.
bool csrrw(Hart& h, const Insn& in) { return h.csr_op(in, csr_num(in), RS1, true, in.rd != kZeroSink, 0); }
bool csrrs(Hart& h, const Insn& in) { return h.csr_op(in, csr_num(in), RS1, in.rs1 != 0, true, 1); }
bool csrrc(Hart& h, const Insn& in) { return h.csr_op(in, csr_num(in), RS1, in.rs1 != 0, true, 2); }
bool csrrwi(Hart& h, const Insn& in) { return h.csr_op(in, csr_num(in), in.rs1, true, in.rd != kZeroSink, 0); }
bool csrrsi(Hart& h, const Insn& in) { return h.csr_op(in, csr_num(in), in.rs1, in.rs1 != 0, true, 1); }
bool csrrci(Hart& h, const Insn& in) { return h.csr_op(in, csr_num(in), in.rs1, in.rs1 != 0, true, 2); }

bool ecall(Hart& h, const Insn&) {
  const uint64_t cause = h.priv() == Priv::kU ? exc::kEcallU : h.priv() == Priv::kS ? exc::kEcallS : exc::kEcallM;
  return h.raise(cause, 0);
}
bool ebreak(Hart& h, const Insn&) { return h.raise(exc::kBreakpoint, h.pc_); }
bool mret(Hart& h, const Insn& in) { return h.exec_mret(in); }
bool sret(Hart& h, const Insn& in) { return h.exec_sret(in); }
bool wfi(Hart& h, const Insn& in) { return h.exec_wfi(in); }
bool sfence_vma(Hart& h, const Insn& in) { return h.exec_sfence_vma(in); }
bool illegal(Hart& h, const Insn& in) { return h.illegal(in); }

}  // namespace

ExecFn exec_fn_system(Op op) {
  switch (op) {
    case Op::kCsrrw: return csrrw;
    case Op::kCsrrs: return csrrs;
    case Op::kCsrrc: return csrrc;
    case Op::kCsrrwi: return csrrwi;
    case Op::kCsrrsi: return csrrsi;
    case Op::kCsrrci: return csrrci;
    case Op::kEcall: return ecall;
    case Op::kEbreak: return ebreak;
    case Op::kMret: return mret;
    case Op::kSret: return sret;
    case Op::kWfi: return wfi;
    case Op::kSfenceVma: return sfence_vma;
    case Op::kIllegal: return illegal;
    default: return nullptr;
  }
}

ExecFn exec_fn(Op op) {
  for (auto table : {exec_fn_base, exec_fn_muldiv, exec_fn_atomic, exec_fn_fp, exec_fn_system})
    if (ExecFn f = table(op)) return f;
  return illegal;
}

}  // namespace ttvm

#pragma once
// Zicsr and the privileged instructions; the work is in the hart
// (src/cpu/csr.cpp, trap.cpp), these only unpack operands.
#include "isa/sem_util.h"

namespace ttvm::sem {

inline uint16_t csr_num(const Insn& in) { return uint16_t(in.imm); }

// csrrw always writes; csrrs/csrrc write only when rs1 (or uimm) is nonzero.
inline Outcome csrrw(Hart& h, const Insn& in) { return h.csr_op(in, csr_num(in), RS1, true, CsrOp::kWrite); }
inline Outcome csrrs(Hart& h, const Insn& in) { return h.csr_op(in, csr_num(in), RS1, in.rs1 != 0, CsrOp::kSet); }
inline Outcome csrrc(Hart& h, const Insn& in) { return h.csr_op(in, csr_num(in), RS1, in.rs1 != 0, CsrOp::kClear); }
inline Outcome csrrwi(Hart& h, const Insn& in) { return h.csr_op(in, csr_num(in), in.rs1, true, CsrOp::kWrite); }
inline Outcome csrrsi(Hart& h, const Insn& in) { return h.csr_op(in, csr_num(in), in.rs1, in.rs1 != 0, CsrOp::kSet); }
inline Outcome csrrci(Hart& h, const Insn& in) { return h.csr_op(in, csr_num(in), in.rs1, in.rs1 != 0, CsrOp::kClear); }

inline Outcome ecall(Hart& h, const Insn&) {
  const uint64_t cause = h.priv() == Priv::kU ? exc::kEcallU : h.priv() == Priv::kS ? exc::kEcallS : exc::kEcallM;
  return h.raise(cause, 0);
}
inline Outcome ebreak(Hart& h, const Insn&) { return h.raise(exc::kBreakpoint, h.pc_); }
inline Outcome mret(Hart& h, const Insn& in) { return h.exec_mret(in); }
inline Outcome sret(Hart& h, const Insn& in) { return h.exec_sret(in); }
inline Outcome wfi(Hart& h, const Insn& in) { return h.exec_wfi(in); }
inline Outcome sfence_vma(Hart& h, const Insn& in) { return h.exec_sfence_vma(in); }
inline Outcome illegal(Hart& h, const Insn& in) { return h.illegal(in); }

}  // namespace ttvm::sem

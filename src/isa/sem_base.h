// RV64I and Zifencei semantics, one small function each (after Spike),
// inline so that an engine can expand them into its dispatch loop.
#pragma once
#include <type_traits>

#include "isa/sem_util.h"

namespace ttvm::sem {

// Register-immediate and register-register arithmetic.
inline Outcome lui(Hart& h, const Insn& in) { RD = uint64_t(IMM); return next(h, in); }
inline Outcome auipc(Hart& h, const Insn& in) { RD = h.pc_ + uint64_t(IMM); return next(h, in); }
inline Outcome addi(Hart& h, const Insn& in) { RD = RS1 + uint64_t(IMM); return next(h, in); }
inline Outcome slti(Hart& h, const Insn& in) { RD = int64_t(RS1) < IMM; return next(h, in); }
inline Outcome sltiu(Hart& h, const Insn& in) { RD = RS1 < uint64_t(IMM); return next(h, in); }
inline Outcome xori(Hart& h, const Insn& in) { RD = RS1 ^ uint64_t(IMM); return next(h, in); }
inline Outcome ori(Hart& h, const Insn& in) { RD = RS1 | uint64_t(IMM); return next(h, in); }
inline Outcome andi(Hart& h, const Insn& in) { RD = RS1 & uint64_t(IMM); return next(h, in); }
inline Outcome slli(Hart& h, const Insn& in) { RD = RS1 << IMM; return next(h, in); }
inline Outcome srli(Hart& h, const Insn& in) { RD = RS1 >> IMM; return next(h, in); }
inline Outcome srai(Hart& h, const Insn& in) { RD = uint64_t(int64_t(RS1) >> IMM); return next(h, in); }
inline Outcome add(Hart& h, const Insn& in) { RD = RS1 + RS2; return next(h, in); }
inline Outcome sub(Hart& h, const Insn& in) { RD = RS1 - RS2; return next(h, in); }
inline Outcome sll(Hart& h, const Insn& in) { RD = RS1 << (RS2 & 63); return next(h, in); }
inline Outcome slt(Hart& h, const Insn& in) { RD = int64_t(RS1) < int64_t(RS2); return next(h, in); }
inline Outcome sltu(Hart& h, const Insn& in) { RD = RS1 < RS2; return next(h, in); }
inline Outcome xor_(Hart& h, const Insn& in) { RD = RS1 ^ RS2; return next(h, in); }
inline Outcome srl(Hart& h, const Insn& in) { RD = RS1 >> (RS2 & 63); return next(h, in); }
inline Outcome sra(Hart& h, const Insn& in) { RD = uint64_t(int64_t(RS1) >> (RS2 & 63)); return next(h, in); }
inline Outcome or_(Hart& h, const Insn& in) { RD = RS1 | RS2; return next(h, in); }
inline Outcome and_(Hart& h, const Insn& in) { RD = RS1 & RS2; return next(h, in); }
inline Outcome addiw(Hart& h, const Insn& in) { RD = sext32(RS1 + uint64_t(IMM)); return next(h, in); }
inline Outcome slliw(Hart& h, const Insn& in) { RD = sext32(uint32_t(RS1) << IMM); return next(h, in); }
inline Outcome srliw(Hart& h, const Insn& in) { RD = sext32(uint32_t(RS1) >> IMM); return next(h, in); }
inline Outcome sraiw(Hart& h, const Insn& in) { RD = uint64_t(int64_t(int32_t(RS1) >> IMM)); return next(h, in); }
inline Outcome addw(Hart& h, const Insn& in) { RD = sext32(RS1 + RS2); return next(h, in); }
inline Outcome subw(Hart& h, const Insn& in) { RD = sext32(RS1 - RS2); return next(h, in); }
inline Outcome sllw(Hart& h, const Insn& in) { RD = sext32(uint32_t(RS1) << (RS2 & 31)); return next(h, in); }
inline Outcome srlw(Hart& h, const Insn& in) { RD = sext32(uint32_t(RS1) >> (RS2 & 31)); return next(h, in); }
inline Outcome sraw(Hart& h, const Insn& in) { RD = uint64_t(int64_t(int32_t(RS1) >> (RS2 & 31))); return next(h, in); }

// Control transfer. With C present, targets need only 2-byte alignment,
// which every encodable target has.
inline Outcome jal(Hart& h, const Insn& in) {
  RD = h.pc_ + in.len;
  h.pc_ += uint64_t(IMM);
  return Outcome::kEndAfter;
}
inline Outcome jalr(Hart& h, const Insn& in) {
  const uint64_t target = (RS1 + uint64_t(IMM)) & ~1ull;
  RD = h.pc_ + in.len;
  h.pc_ = target;
  return Outcome::kEndAfter;
}
inline Outcome branch(Hart& h, const Insn& in, bool taken) {
  h.pc_ += taken ? uint64_t(IMM) : in.len;
  return Outcome::kEndAfter;
}
inline Outcome beq(Hart& h, const Insn& in) { return branch(h, in, RS1 == RS2); }
inline Outcome bne(Hart& h, const Insn& in) { return branch(h, in, RS1 != RS2); }
inline Outcome blt(Hart& h, const Insn& in) { return branch(h, in, int64_t(RS1) < int64_t(RS2)); }
inline Outcome bge(Hart& h, const Insn& in) { return branch(h, in, int64_t(RS1) >= int64_t(RS2)); }
inline Outcome bltu(Hart& h, const Insn& in) { return branch(h, in, RS1 < RS2); }
inline Outcome bgeu(Hart& h, const Insn& in) { return branch(h, in, RS1 >= RS2); }

// Loads (sign or zero extension by the C++ type) and stores.
template <typename T>
inline Outcome load(Hart& h, const Insn& in) {
  T v;
  if (const MemResult r = h.load<T>(RS1 + uint64_t(IMM), v, in); r != MemResult::kOk) return not_done(r);
  if constexpr (std::is_signed_v<T>)
    RD = uint64_t(int64_t(v));
  else
    RD = uint64_t(v);
  return next(h, in);
}
template <typename T>
inline Outcome store(Hart& h, const Insn& in) {
  return after_store(h, in, h.store<T>(RS1 + uint64_t(IMM), T(RS2), in));
}

inline Outcome fence(Hart& h, const Insn& in) { return next(h, in); }
inline Outcome fence_i(Hart& h, const Insn& in) { return h.exec_fence_i(in); }

}  // namespace ttvm::sem

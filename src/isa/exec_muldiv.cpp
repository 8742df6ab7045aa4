// RV64M semantics, with the spec's results for division by zero and
// signed overflow (no traps).
#include <limits>

#include "isa/exec.h"
#include "isa/exec_util.h"

namespace ttvm {
namespace {
using namespace sem;
using i128 = __int128;
using u128 = unsigned __int128;

bool mul(Hart& h, const Insn& in) { RD = RS1 * RS2; return next(h, in); }
bool mulh(Hart& h, const Insn& in) { RD = uint64_t((i128(int64_t(RS1)) * i128(int64_t(RS2))) >> 64); return next(h, in); }
bool mulhsu(Hart& h, const Insn& in) { RD = uint64_t((i128(int64_t(RS1)) * i128(RS2)) >> 64); return next(h, in); }
bool mulhu(Hart& h, const Insn& in) { RD = uint64_t((u128(RS1) * u128(RS2)) >> 64); return next(h, in); }

template <typename S>
S sdiv(S a, S b) {
  if (b == 0) return S(-1);
  if (a == std::numeric_limits<S>::min() && b == -1) return a;
  return a / b;
}
template <typename S>
S srem(S a, S b) {
  if (b == 0) return a;
  if (a == std::numeric_limits<S>::min() && b == -1) return 0;
  return a % b;
}
template <typename U>
U udiv(U a, U b) { return b == 0 ? U(~U(0)) : a / b; }
template <typename U>
U urem(U a, U b) { return b == 0 ? a : a % b; }

bool div(Hart& h, const Insn& in) { RD = uint64_t(sdiv(int64_t(RS1), int64_t(RS2))); return next(h, in); }
bool divu(Hart& h, const Insn& in) { RD = udiv(RS1, RS2); return next(h, in); }
bool rem(Hart& h, const Insn& in) { RD = uint64_t(srem(int64_t(RS1), int64_t(RS2))); return next(h, in); }
bool remu(Hart& h, const Insn& in) { RD = urem(RS1, RS2); return next(h, in); }
bool mulw(Hart& h, const Insn& in) { RD = sext32(uint32_t(RS1) * uint32_t(RS2)); return next(h, in); }
bool divw(Hart& h, const Insn& in) { RD = sext32(uint32_t(sdiv(int32_t(RS1), int32_t(RS2)))); return next(h, in); }
bool divuw(Hart& h, const Insn& in) { RD = sext32(udiv(uint32_t(RS1), uint32_t(RS2))); return next(h, in); }
bool remw(Hart& h, const Insn& in) { RD = sext32(uint32_t(srem(int32_t(RS1), int32_t(RS2)))); return next(h, in); }
bool remuw(Hart& h, const Insn& in) { RD = sext32(urem(uint32_t(RS1), uint32_t(RS2))); return next(h, in); }

}  // namespace

ExecFn exec_fn_muldiv(Op op) {
  switch (op) {
    case Op::kMul: return mul;
    case Op::kMulh: return mulh;
    case Op::kMulhsu: return mulhsu;
    case Op::kMulhu: return mulhu;
    case Op::kDiv: return div;
    case Op::kDivu: return divu;
    case Op::kRem: return rem;
    case Op::kRemu: return remu;
    case Op::kMulw: return mulw;
    case Op::kDivw: return divw;
    case Op::kDivuw: return divuw;
    case Op::kRemw: return remw;
    case Op::kRemuw: return remuw;
    default: return nullptr;
  }
}

}  // namespace ttvm

#pragma once
// RV64M semantics, with the spec's results for division by zero and
// signed overflow (no traps).
#include <limits>

#include "isa/sem_util.h"

namespace ttvm::sem {
using i128 = __int128;
using u128 = unsigned __int128;

inline Outcome mul(Hart& h, const Insn& in) { RD = RS1 * RS2; return next(h, in); }
inline Outcome mulh(Hart& h, const Insn& in) { RD = uint64_t((i128(int64_t(RS1)) * i128(int64_t(RS2))) >> 64); return next(h, in); }
inline Outcome mulhsu(Hart& h, const Insn& in) { RD = uint64_t((i128(int64_t(RS1)) * i128(RS2)) >> 64); return next(h, in); }
inline Outcome mulhu(Hart& h, const Insn& in) { RD = uint64_t((u128(RS1) * u128(RS2)) >> 64); return next(h, in); }

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

inline Outcome div(Hart& h, const Insn& in) { RD = uint64_t(sdiv(int64_t(RS1), int64_t(RS2))); return next(h, in); }
inline Outcome divu(Hart& h, const Insn& in) { RD = udiv(RS1, RS2); return next(h, in); }
inline Outcome rem(Hart& h, const Insn& in) { RD = uint64_t(srem(int64_t(RS1), int64_t(RS2))); return next(h, in); }
inline Outcome remu(Hart& h, const Insn& in) { RD = urem(RS1, RS2); return next(h, in); }
inline Outcome mulw(Hart& h, const Insn& in) { RD = sext32(uint32_t(RS1) * uint32_t(RS2)); return next(h, in); }
inline Outcome divw(Hart& h, const Insn& in) { RD = sext32(uint32_t(sdiv(int32_t(RS1), int32_t(RS2)))); return next(h, in); }
inline Outcome divuw(Hart& h, const Insn& in) { RD = sext32(udiv(uint32_t(RS1), uint32_t(RS2))); return next(h, in); }
inline Outcome remw(Hart& h, const Insn& in) { RD = sext32(uint32_t(srem(int32_t(RS1), int32_t(RS2)))); return next(h, in); }
inline Outcome remuw(Hart& h, const Insn& in) { RD = sext32(urem(uint32_t(RS1), uint32_t(RS2))); return next(h, in); }

}  // namespace ttvm::sem

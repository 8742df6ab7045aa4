#pragma once
// F and D semantics: operand access (NaN-boxing), the rounding mode, the
// FS gate and flag accrual are here; the arithmetic itself is in
// src/isa/fp_math.cpp. Every instruction first checks mstatus.FS, since the
// field can change between two executions of a cached block.
#include <type_traits>

#include "isa/sem_util.h"
#include "isa/fp_math.h"

namespace ttvm::sem {
using fp::Rm;

constexpr uint64_t kBox = 0xffffffff00000000ull;

// A single is only valid in an f register when NaN-boxed; anything else
// reads as the canonical NaN.
template <typename T>
T get(const Hart& h, unsigned r) {
  if constexpr (sizeof(T) == 4)
    return (h.f_[r] & kBox) == kBox ? uint32_t(h.f_[r]) : fp::canonical_nan<uint32_t>();
  else
    return h.f_[r];
}
template <typename T>
void put(Hart& h, unsigned r, T v) {
  h.f_[r] = sizeof(T) == 4 ? kBox | v : v;
  h.fp_dirty();
}
inline void accrue(Hart& h, uint8_t flags) {
  if (flags) {
    h.fflags_ |= flags;
    h.fp_dirty();
  }
}

// The instruction's rounding mode; false when it is dynamic and frm holds a
// reserved value (static reserved values were rejected at decode time).
inline bool rounding(const Hart& h, const Insn& in, Rm& rm) {
  const unsigned m = in.rm == 7 ? h.frm_ : in.rm;
  rm = Rm(m);
  return m <= fp::kRmm;
}

template <typename T>
inline Outcome fload(Hart& h, const Insn& in) {
  if (h.fp_off()) return h.illegal(in);
  T v;
  if (const MemResult r = h.load<T>(RS1 + uint64_t(IMM), v, in); r != MemResult::kOk) return not_done(r);
  put<T>(h, in.rd, v);
  return next(h, in);
}
// Stores move the register's bits unchanged: a single is not unboxed.
template <typename T>
inline Outcome fstore(Hart& h, const Insn& in) {
  if (h.fp_off()) return h.illegal(in);
  return after_store(h, in, h.store<T>(RS1 + uint64_t(IMM), T(h.f_[in.rs2]), in));
}

template <typename T, T (*Fn)(T, T, Rm, uint8_t&)>
inline Outcome arith(Hart& h, const Insn& in) {
  Rm rm;
  if (h.fp_off() || !rounding(h, in, rm)) return h.illegal(in);
  uint8_t fl = 0;
  put<T>(h, in.rd, Fn(get<T>(h, in.rs1), get<T>(h, in.rs2), rm, fl));
  accrue(h, fl);
  return next(h, in);
}

template <typename T>
inline Outcome fsqrt(Hart& h, const Insn& in) {
  Rm rm;
  if (h.fp_off() || !rounding(h, in, rm)) return h.illegal(in);
  uint8_t fl = 0;
  put<T>(h, in.rd, fp::sqrt<T>(get<T>(h, in.rs1), rm, fl));
  accrue(h, fl);
  return next(h, in);
}

template <typename T, bool NegProd, bool NegAdd>
inline Outcome fmadd(Hart& h, const Insn& in) {
  Rm rm;
  if (h.fp_off() || !rounding(h, in, rm)) return h.illegal(in);
  uint8_t fl = 0;
  put<T>(h, in.rd,
         fp::fma<T>(get<T>(h, in.rs1), get<T>(h, in.rs2), get<T>(h, in.rs3), NegProd, NegAdd, rm, fl));
  accrue(h, fl);
  return next(h, in);
}

// Sign injection: rs1's magnitude with a sign from rs2 (as is, negated, or
// XORed with rs1's). Never raises flags, even for NaNs.
enum class Sgn { kCopy, kNeg, kXor };
template <typename T, Sgn K>
inline Outcome fsgnj(Hart& h, const Insn& in) {
  if (h.fp_off()) return h.illegal(in);
  constexpr T kSign = T(1) << (sizeof(T) * 8 - 1);
  const T a = get<T>(h, in.rs1), b = get<T>(h, in.rs2);
  const T s = K == Sgn::kCopy ? b : K == Sgn::kNeg ? T(~b) : T(a ^ b);
  put<T>(h, in.rd, T((a & ~kSign) | (s & kSign)));
  return next(h, in);
}

template <typename T, T (*Fn)(T, T, uint8_t&)>
inline Outcome minmax(Hart& h, const Insn& in) {
  if (h.fp_off()) return h.illegal(in);
  uint8_t fl = 0;
  put<T>(h, in.rd, Fn(get<T>(h, in.rs1), get<T>(h, in.rs2), fl));
  accrue(h, fl);
  return next(h, in);
}

template <typename T, bool (*Fn)(T, T, uint8_t&)>
inline Outcome compare(Hart& h, const Insn& in) {
  if (h.fp_off()) return h.illegal(in);
  uint8_t fl = 0;
  RD = Fn(get<T>(h, in.rs1), get<T>(h, in.rs2), fl);
  accrue(h, fl);
  return next(h, in);
}

template <typename T>
inline Outcome fclass(Hart& h, const Insn& in) {
  if (h.fp_off()) return h.illegal(in);
  RD = fp::classify<T>(get<T>(h, in.rs1));
  return next(h, in);
}

// To integers. 32-bit results are sign-extended on RV64, unsigned ones too.
template <typename T, typename I, I (*Fn)(T, Rm, uint8_t&)>
inline Outcome to_int(Hart& h, const Insn& in) {
  Rm rm;
  if (h.fp_off() || !rounding(h, in, rm)) return h.illegal(in);
  uint8_t fl = 0;
  const I v = Fn(get<T>(h, in.rs1), rm, fl);
  RD = sizeof(I) == 4 ? sext32(uint64_t(v)) : uint64_t(v);
  accrue(h, fl);
  return next(h, in);
}

// From integers: the source is rs1's low 32 bits (w, wu) or all 64.
template <typename T, typename I>
inline Outcome from_int(Hart& h, const Insn& in) {
  Rm rm;
  if (h.fp_off() || !rounding(h, in, rm)) return h.illegal(in);
  uint8_t fl = 0;
  const I v = I(RS1);
  T r;
  if constexpr (std::is_signed_v<I>)
    r = fp::from_i64<T>(int64_t(v), rm, fl);
  else
    r = fp::from_u64<T>(uint64_t(v), rm, fl);
  put<T>(h, in.rd, r);
  accrue(h, fl);
  return next(h, in);
}

inline Outcome fcvt_s_d(Hart& h, const Insn& in) {
  Rm rm;
  if (h.fp_off() || !rounding(h, in, rm)) return h.illegal(in);
  uint8_t fl = 0;
  put<uint32_t>(h, in.rd, fp::f64_to_f32(get<uint64_t>(h, in.rs1), rm, fl));
  accrue(h, fl);
  return next(h, in);
}
// Exact, but the rm field is still checked, as on other implementations.
inline Outcome fcvt_d_s(Hart& h, const Insn& in) {
  Rm rm;
  if (h.fp_off() || !rounding(h, in, rm)) return h.illegal(in);
  uint8_t fl = 0;
  put<uint64_t>(h, in.rd, fp::f32_to_f64(get<uint32_t>(h, in.rs1), fl));
  accrue(h, fl);
  return next(h, in);
}

// Bit moves: no NaN-box check on the way out (fmv.x.w sign-extends the low
// half whatever the upper one holds), boxing on the way in.
inline Outcome fmv_x_w(Hart& h, const Insn& in) {
  if (h.fp_off()) return h.illegal(in);
  RD = sext32(h.f_[in.rs1]);
  return next(h, in);
}
inline Outcome fmv_x_d(Hart& h, const Insn& in) {
  if (h.fp_off()) return h.illegal(in);
  RD = h.f_[in.rs1];
  return next(h, in);
}
inline Outcome fmv_w_x(Hart& h, const Insn& in) {
  if (h.fp_off()) return h.illegal(in);
  put<uint32_t>(h, in.rd, uint32_t(RS1));
  return next(h, in);
}
inline Outcome fmv_d_x(Hart& h, const Insn& in) {
  if (h.fp_off()) return h.illegal(in);
  put<uint64_t>(h, in.rd, RS1);
  return next(h, in);
}

}  // namespace ttvm::sem

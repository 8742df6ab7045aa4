// IEEE 754 binary32 and binary64 arithmetic exactly as the RISC-V F and D
// extensions define it, in integer code: results are bit-exact in all five
// rounding modes, exception flags are accrued as RISC-V specifies (tininess
// after rounding, no NX with NV on conversions), and every NaN result is the
// canonical NaN. No result depends on the host FPU (its only use is a
// starting guess for the integer square root), so neither its rounding
// mode, its flush-to-zero setting nor its NaN propagation can leak into a
// guest (DESIGN.md: determinism).
//
// A format is named by its storage type: uint32_t is binary32, uint64_t is
// binary64. Values are raw bit patterns; NaN-boxing of singles in 64-bit
// registers is the caller's business (src/isa/exec_fp.cpp). Pure functions:
// flags are OR-ed into the `flags` argument, nothing else is touched.
#pragma once
#include <cstdint>

namespace ttvm::fp {

// fflags bits.
enum : uint8_t { kNX = 1, kUF = 2, kOF = 4, kDZ = 8, kNV = 16 };

// Rounding modes, as encoded in frm and in an instruction's rm field.
enum Rm : uint8_t { kRne = 0, kRtz = 1, kRdn = 2, kRup = 3, kRmm = 4 };

template <typename T>
constexpr T canonical_nan() {
  if constexpr (sizeof(T) == 4)
    return T(0x7fc00000u);
  else
    return T(0x7ff8000000000000ull);
}

template <typename T>
bool is_nan(T a);
template <typename T>
bool is_snan(T a);

template <typename T>
T add(T a, T b, Rm rm, uint8_t& flags);
template <typename T>
T sub(T a, T b, Rm rm, uint8_t& flags);
template <typename T>
T mul(T a, T b, Rm rm, uint8_t& flags);
template <typename T>
T div(T a, T b, Rm rm, uint8_t& flags);
template <typename T>
T sqrt(T a, Rm rm, uint8_t& flags);
// (a * b) + c with a single rounding. The product and the addend are negated
// first when asked, which gives fmsub (neg_add), fnmsub (neg_prod) and
// fnmadd (both): the negations are part of the exact value that is rounded.
template <typename T>
T fma(T a, T b, T c, bool neg_prod, bool neg_add, Rm rm, uint8_t& flags);

// IEEE 754-2019 minimumNumber/maximumNumber: -0 < +0, a NaN operand yields
// the other one, two NaNs the canonical NaN; signalling NaNs raise NV.
template <typename T>
T min(T a, T b, uint8_t& flags);
template <typename T>
T max(T a, T b, uint8_t& flags);
// feq is a quiet comparison (NV only for signalling NaNs); flt and fle are
// signalling (NV for any NaN).
template <typename T>
bool eq(T a, T b, uint8_t& flags);
template <typename T>
bool lt(T a, T b, uint8_t& flags);
template <typename T>
bool le(T a, T b, uint8_t& flags);
// The fclass mask: one of bits 0..9 (-inf, -normal, -subnormal, -0, +0,
// +subnormal, +normal, +inf, sNaN, qNaN).
template <typename T>
uint32_t classify(T a);

// To integers: out-of-range values and infinities saturate, NaN gives the
// largest positive value, both with NV only.
template <typename T>
int32_t to_i32(T a, Rm rm, uint8_t& flags);
template <typename T>
uint32_t to_u32(T a, Rm rm, uint8_t& flags);
template <typename T>
int64_t to_i64(T a, Rm rm, uint8_t& flags);
template <typename T>
uint64_t to_u64(T a, Rm rm, uint8_t& flags);
// From integers (32-bit ones are exact in binary64).
template <typename T>
T from_i64(int64_t v, Rm rm, uint8_t& flags);
template <typename T>
T from_u64(uint64_t v, Rm rm, uint8_t& flags);

uint32_t f64_to_f32(uint64_t a, Rm rm, uint8_t& flags);
uint64_t f32_to_f64(uint32_t a, uint8_t& flags);

}  // namespace ttvm::fp

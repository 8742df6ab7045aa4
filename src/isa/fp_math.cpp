// Integer implementation of the RISC-V F/D arithmetic (see fp_math.h).
//
// Every operation follows one plan: deal with NaNs, infinities and zeros by
// the spec's rules; otherwise unpack the finite operands to (sign, exponent,
// significand), compute the exact result -- or a 128-bit truncation of it
// whose lowest bit is "sticky" (ORed with everything shifted out) -- and hand
// that to round_pack(), the one place where rounding, overflow and underflow
// are decided. A sticky bit well below the rounding position keeps every
// rounding decision exact: all that rounding needs is the kept bits, the bit
// below them and whether anything further below is nonzero.
#include "isa/fp_math.h"

#include <cmath>
#include <utility>

namespace ttvm::fp {
namespace {

__extension__ typedef unsigned __int128 u128;

template <typename T>
struct Format;
template <>
struct Format<uint32_t> {
  static constexpr int kExpBits = 8, kFracBits = 23;
};
template <>
struct Format<uint64_t> {
  static constexpr int kExpBits = 11, kFracBits = 52;
};

template <typename T>
struct Tr {
  static constexpr int kM = Format<T>::kFracBits;
  static constexpr int kP = kM + 1;  // precision, with the implicit bit
  static constexpr int kBias = (1 << (Format<T>::kExpBits - 1)) - 1;
  static constexpr int kExpMax = (1 << Format<T>::kExpBits) - 1;  // the all-ones exponent field
  static constexpr T kSign = T(1) << (Format<T>::kExpBits + kM);
  static constexpr T kFrac = (T(1) << kM) - 1;
  static constexpr T kInf = T(kExpMax) << kM;
  static constexpr T kQuiet = T(1) << (kM - 1);
  static constexpr T kMaxFinite = kInf - 1;
};

template <typename T>
bool sign_of(T a) {
  return (a & Tr<T>::kSign) != 0;
}
template <typename T>
int exp_of(T a) {
  return int((a >> Tr<T>::kM) & T(Tr<T>::kExpMax));
}
template <typename T>
bool inf_p(T a) {
  return (a & ~Tr<T>::kSign) == Tr<T>::kInf;
}
template <typename T>
bool zero_p(T a) {
  return (a & ~Tr<T>::kSign) == 0;
}
template <typename T>
T signed_zero(bool sign) {
  return sign ? Tr<T>::kSign : T(0);
}
template <typename T>
T signed_inf(bool sign) {
  return Tr<T>::kInf | signed_zero<T>(sign);
}

int clz128(u128 v) {
  const uint64_t hi = uint64_t(v >> 64);
  return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll(uint64_t(v));
}
// Right shifts that OR everything shifted out into bit 0.
uint64_t shr_jam64(uint64_t v, int n) {
  if (n <= 0) return v;
  if (n >= 64) return v != 0;
  return (v >> n) | ((v << (64 - n)) != 0);
}
u128 shr_jam128(u128 v, int n) {
  if (n <= 0) return v;
  if (n >= 128) return v != 0;
  return (v >> n) | ((v << (128 - n)) != 0);
}

// Whether to add one unit in the last kept place, given that place's parity,
// the discarded bits `r` and the weight `half` of half a unit.
bool round_up(Rm rm, bool sign, bool odd, uint64_t r, uint64_t half) {
  switch (rm) {
    case kRne: return r > half || (r == half && odd);
    case kRtz: return false;
    case kRdn: return sign && r != 0;
    case kRup: return !sign && r != 0;
    case kRmm: return r >= half;
  }
  return false;
}

// A finite nonzero value as sig * 2^exp with sig's top bit at bit 63
// (subnormals are normalized here, so no operation needs a special path).
struct Unpacked {
  bool sign;
  int exp;
  uint64_t sig;
};
template <typename T>
Unpacked unpack(T a) {
  int e = exp_of(a);
  uint64_t s = uint64_t(a & Tr<T>::kFrac);
  if (e == 0)
    e = 1;
  else
    s |= uint64_t(1) << Tr<T>::kM;
  const int n = __builtin_clzll(s);
  return {sign_of(a), e - Tr<T>::kBias - Tr<T>::kM - n, s << n};
}

template <typename T>
T overflow(bool sign, Rm rm, uint8_t& fl) {
  fl |= kOF | kNX;
  // Round-towards modes that point away from infinity stop at the largest
  // finite number.
  const bool to_inf = rm == kRne || rm == kRmm || (rm == kRdn && sign) || (rm == kRup && !sign);
  return signed_zero<T>(sign) | (to_inf ? Tr<T>::kInf : Tr<T>::kMaxFinite);
}

// Rounds sign * sig * 2^exp (sig != 0, exact or with a sticky bit 0) to the
// format, raising NX, UF and OF as RISC-V requires.
template <typename T>
T round_pack(bool sign, int exp, u128 sig, Rm rm, uint8_t& fl) {
  using F = Tr<T>;
  const int n = clz128(sig);
  sig <<= n;
  exp -= n;
  // 64 bits are more than P + 2: fold the rest into the sticky bit.
  uint64_t s = uint64_t(sig >> 64) | (uint64_t(sig) != 0);
  // s's top bit has weight 2^(exp + 127); this is its biased exponent.
  const int be = exp + 127 + F::kBias;
  constexpr int kRound = 64 - F::kP;  // bits below the last kept one of a normal result
  constexpr uint64_t kHalf = uint64_t(1) << (kRound - 1), kMask = (uint64_t(1) << kRound) - 1;
  if (be >= F::kExpMax) return overflow<T>(sign, rm, fl);
  if (be >= 1) {
    uint64_t q = s >> kRound;
    const uint64_t r = s & kMask;
    q += round_up(rm, sign, q & 1, r, kHalf);
    if (r) fl |= kNX;
    // Adding q (which includes the implicit bit) to the exponent field minus
    // one lets a carry out of the significand bump the exponent by itself.
    const T bits = (T(be - 1) << F::kM) + T(q);
    if (exp_of(bits) == F::kExpMax) return overflow<T>(sign, rm, fl);
    return signed_zero<T>(sign) | bits;
  }
  // Below the normal range. RISC-V detects tininess after rounding: the
  // result is tiny unless rounding to P bits with an unbounded exponent
  // would give the smallest normal, which only a value just below it can.
  bool tiny = true;
  if (be == 0) {
    const uint64_t q = s >> kRound;
    if (q + round_up(rm, sign, q & 1, s & kMask, kHalf) == (uint64_t(1) << F::kP)) tiny = false;
  }
  // Shift to the subnormal scale (exponent field 0 means 2^(1 - bias)), at
  // most 62 at once with the rest folded into the sticky bit.
  int shift = kRound + 1 - be;
  if (shift > 62) {
    s = shr_jam64(s, shift - 62);
    shift = 62;
  }
  uint64_t q = s >> shift;
  const uint64_t r = s & ((uint64_t(1) << shift) - 1);
  q += round_up(rm, sign, q & 1, r, uint64_t(1) << (shift - 1));
  if (r) fl |= tiny ? (kNX | kUF) : kNX;
  // A carry into bit M makes the smallest normal, encoded the same way.
  return signed_zero<T>(sign) | T(q);
}

template <typename T>
T invalid(uint8_t& fl) {
  fl |= kNV;
  return canonical_nan<T>();
}
// The result of an operation with a NaN operand: always the canonical NaN,
// with NV if any operand signals.
template <typename T>
T nan_result(bool signalling, uint8_t& fl) {
  if (signalling) fl |= kNV;
  return canonical_nan<T>();
}

// Sum of two nonzero finite values, shared by add and sub.
template <typename T>
T add_finite(Unpacked x, Unpacked y, Rm rm, uint8_t& fl) {
  if (x.exp < y.exp) std::swap(x, y);
  // Leading bits at 126: room for a carry. The operand with the smaller
  // exponent is aligned with a sticky bit; when it loses bits, the other
  // one dominates and the result keeps its top bit at 125 or above, far
  // from the sticky bit.
  u128 mx = u128(x.sig) << 63;
  const u128 my = shr_jam128(u128(y.sig) << 63, x.exp - y.exp);
  const int exp = x.exp - 63;
  if (x.sign == y.sign) return round_pack<T>(x.sign, exp, mx + my, rm, fl);
  // An exact zero difference (only possible when nothing was shifted out)
  // is +0, or -0 when rounding down (IEEE 754 6.3).
  if (mx == my) return signed_zero<T>(rm == kRdn);
  if (mx > my) return round_pack<T>(x.sign, exp, mx - my, rm, fl);
  return round_pack<T>(y.sign, exp, my - mx, rm, fl);
}

template <typename T>
T add_impl(T a, T b, Rm rm, uint8_t& fl) {
  if (is_nan(a) || is_nan(b)) return nan_result<T>(is_snan(a) || is_snan(b), fl);
  const bool sa = sign_of(a), sb = sign_of(b);
  if (inf_p(a)) return inf_p(b) && sa != sb ? invalid<T>(fl) : a;
  if (inf_p(b)) return b;
  if (zero_p(a) && zero_p(b)) return signed_zero<T>(sa == sb ? sa : rm == kRdn);
  if (zero_p(a)) return b;
  if (zero_p(b)) return a;
  return add_finite<T>(unpack(a), unpack(b), rm, fl);
}

// floor(sqrt(n)) of a 128-bit value; `rem_nonzero` tells whether the root
// was exact. Integer Newton iteration from above: from any x >=
// floor(sqrt(n)), x' = (x + n/x) / 2 decreases strictly until it reaches
// floor(sqrt(n)) and never goes below it. The host's sqrt only picks a
// start (with a margin above its few ulps of error) close enough for two
// or three steps; should a start ever fall short, the final check sees it
// and starts again from the top, so the result never depends on the host.
uint64_t isqrt128(u128 n, bool& rem_nonzero) {
  auto newton = [n](u128 x) {
    for (;;) {
      const u128 y = (x + n / x) >> 1;
      if (y >= x) return x;
      x = y;
    }
  };
  constexpr uint64_t kMax = ~uint64_t(0);  // floor(sqrt(n)) <= kMax for any 128-bit n
  const double start = std::sqrt(double(n)) * (1 + 0x1p-40) + 2;
  u128 x = newton(start < 0x1p64 ? uint64_t(start) : kMax);
  if (x < kMax && (x + 1) * (x + 1) <= n) x = newton(kMax);
  rem_nonzero = n != x * x;
  return uint64_t(x);
}

// Rounds a finite value to an integer by `rm`. Returns false when the
// rounded magnitude needs more than 64 bits.
template <typename T>
bool round_to_int(T a, Rm rm, uint64_t& mag, bool& inexact) {
  mag = 0;
  inexact = false;
  if (zero_p(a)) return true;
  const Unpacked x = unpack(a);
  if (x.exp > 0) return false;  // at least 2^64
  // Integer part in the high half, fraction in the low half.
  const u128 v = shr_jam128(u128(x.sig) << 64, -x.exp);
  const uint64_t frac = uint64_t(v);
  const u128 ip = (v >> 64) + round_up(rm, x.sign, (v >> 64) & 1, frac, uint64_t(1) << 63);
  inexact = frac != 0;
  if (ip >> 64) return false;
  mag = uint64_t(ip);
  return true;
}

// Float to integer with saturation: `lo_mag` is the magnitude of the most
// negative result (0 for unsigned), `hi` the largest positive one.
template <typename T>
uint64_t to_int(T a, Rm rm, uint8_t& fl, uint64_t lo_mag, uint64_t hi) {
  const uint64_t lo = uint64_t(0) - lo_mag;
  if (is_nan(a)) {
    fl |= kNV;
    return hi;
  }
  const bool neg = sign_of(a);
  uint64_t mag;
  bool inexact;
  if (inf_p(a) || !round_to_int(a, rm, mag, inexact)) {
    fl |= kNV;
    return neg ? lo : hi;
  }
  // A negative value that rounds to zero is in range even for unsigned
  // results (only NX); one that rounds to -1 or below is not.
  if (neg ? mag > lo_mag : mag > hi) {
    fl |= kNV;
    return neg ? lo : hi;
  }
  if (inexact) fl |= kNX;
  return neg ? uint64_t(0) - mag : mag;
}

template <typename T>
T from_int(bool neg, uint64_t mag, Rm rm, uint8_t& fl) {
  if (mag == 0) return 0;
  return round_pack<T>(neg, 0, mag, rm, fl);
}

// -0 < +0 ordering of two non-NaN values, for min and max.
template <typename T>
bool total_lt(T a, T b) {
  const bool sa = sign_of(a), sb = sign_of(b);
  if (sa != sb) return sa;
  return sa ? a > b : a < b;  // same sign: bit patterns order magnitudes
}
// IEEE ordering (-0 == +0) of two non-NaN values.
template <typename T>
bool ieee_lt(T a, T b) {
  if (zero_p(a) && zero_p(b)) return false;
  return total_lt(a, b);
}
template <typename T>
bool ieee_eq(T a, T b) {
  return a == b || (zero_p(a) && zero_p(b));
}

}  // namespace

template <typename T>
bool is_nan(T a) {
  return (a & ~Tr<T>::kSign) > Tr<T>::kInf;
}
template <typename T>
bool is_snan(T a) {
  return is_nan(a) && !(a & Tr<T>::kQuiet);
}

template <typename T>
T add(T a, T b, Rm rm, uint8_t& fl) {
  return add_impl(a, b, rm, fl);
}
template <typename T>
T sub(T a, T b, Rm rm, uint8_t& fl) {
  return add_impl(a, T(b ^ Tr<T>::kSign), rm, fl);
}

template <typename T>
T mul(T a, T b, Rm rm, uint8_t& fl) {
  if (is_nan(a) || is_nan(b)) return nan_result<T>(is_snan(a) || is_snan(b), fl);
  const bool sign = sign_of(a) != sign_of(b);
  if (inf_p(a) || inf_p(b)) return zero_p(a) || zero_p(b) ? invalid<T>(fl) : signed_inf<T>(sign);
  if (zero_p(a) || zero_p(b)) return signed_zero<T>(sign);
  const Unpacked x = unpack(a), y = unpack(b);
  return round_pack<T>(sign, x.exp + y.exp, u128(x.sig) * y.sig, rm, fl);
}

template <typename T>
T div(T a, T b, Rm rm, uint8_t& fl) {
  if (is_nan(a) || is_nan(b)) return nan_result<T>(is_snan(a) || is_snan(b), fl);
  const bool sign = sign_of(a) != sign_of(b);
  if (inf_p(a)) return inf_p(b) ? invalid<T>(fl) : signed_inf<T>(sign);
  if (inf_p(b)) return signed_zero<T>(sign);
  if (zero_p(b)) {
    if (zero_p(a)) return invalid<T>(fl);
    fl |= kDZ;
    return signed_inf<T>(sign);
  }
  if (zero_p(a)) return signed_zero<T>(sign);
  const Unpacked x = unpack(a), y = unpack(b);
  // 64 or 65 quotient bits, then one more for the sticky remainder.
  const u128 num = u128(x.sig) << 64;
  const u128 q = num / y.sig;
  const bool rem = (num % y.sig) != 0;
  return round_pack<T>(sign, x.exp - y.exp - 65, (q << 1) | rem, rm, fl);
}

template <typename T>
T sqrt(T a, Rm rm, uint8_t& fl) {
  if (is_nan(a)) return nan_result<T>(is_snan(a), fl);
  if (zero_p(a)) return a;  // sqrt(-0) = -0
  if (sign_of(a)) return invalid<T>(fl);
  if (inf_p(a)) return a;
  const Unpacked x = unpack(a);
  // Scale to a 127- or 128-bit radicand with an even exponent, so the root
  // has 64 bits and its exponent is exactly half.
  const int shift = (x.exp & 1) ? 63 : 64;
  bool rem;
  const uint64_t root = isqrt128(u128(x.sig) << shift, rem);
  return round_pack<T>(false, (x.exp - shift) / 2 - 1, (u128(root) << 1) | rem, rm, fl);
}

template <typename T>
T fma(T a, T b, T c, bool neg_prod, bool neg_add, Rm rm, uint8_t& fl) {
  const bool inf_times_zero = (inf_p(a) && zero_p(b)) || (zero_p(a) && inf_p(b));
  // RISC-V requires NV for inf * 0 even when the addend is a quiet NaN.
  if (is_nan(a) || is_nan(b) || is_nan(c))
    return nan_result<T>(is_snan(a) || is_snan(b) || is_snan(c) || inf_times_zero, fl);
  if (inf_times_zero) return invalid<T>(fl);
  const bool sp = (sign_of(a) != sign_of(b)) != neg_prod;
  const bool sc = sign_of(c) != neg_add;
  if (inf_p(a) || inf_p(b)) return inf_p(c) && sc != sp ? invalid<T>(fl) : signed_inf<T>(sp);
  if (inf_p(c)) return signed_inf<T>(sc);
  if (zero_p(a) || zero_p(b)) {
    if (zero_p(c)) return signed_zero<T>(sp == sc ? sp : rm == kRdn);
    return neg_add ? T(c ^ Tr<T>::kSign) : c;
  }
  const Unpacked x = unpack(a), y = unpack(b);
  // The exact product: two 64-bit significands with at least 11 trailing
  // zeros each, so shifting it right by 2 (top bit at 124 or 125) is exact.
  u128 p = (u128(x.sig) * y.sig) >> 2;
  int pe = x.exp + y.exp + 2;
  if (zero_p(c)) return round_pack<T>(sp, pe, p, rm, fl);
  const Unpacked z = unpack(c);
  u128 q = u128(z.sig) << 62;  // top bit at 125
  int qe = z.exp - 62;
  // Align as in add_finite: whichever operand loses bits to the sticky bit
  // is at least 2^20 times smaller than the other (p has 20 or more trailing
  // zeros, q 73), so the sum keeps its top bit far above the sticky bit.
  if (pe >= qe) {
    q = shr_jam128(q, pe - qe);
  } else {
    p = shr_jam128(p, qe - pe);
    pe = qe;
  }
  if (sp == sc) return round_pack<T>(sp, pe, p + q, rm, fl);
  if (p == q) return signed_zero<T>(rm == kRdn);
  if (p > q) return round_pack<T>(sp, pe, p - q, rm, fl);
  return round_pack<T>(sc, pe, q - p, rm, fl);
}

template <typename T>
T min(T a, T b, uint8_t& fl) {
  if (is_snan(a) || is_snan(b)) fl |= kNV;
  if (is_nan(a)) return is_nan(b) ? canonical_nan<T>() : b;
  if (is_nan(b)) return a;
  return total_lt(a, b) ? a : b;
}
template <typename T>
T max(T a, T b, uint8_t& fl) {
  if (is_snan(a) || is_snan(b)) fl |= kNV;
  if (is_nan(a)) return is_nan(b) ? canonical_nan<T>() : b;
  if (is_nan(b)) return a;
  return total_lt(a, b) ? b : a;
}

template <typename T>
bool eq(T a, T b, uint8_t& fl) {
  if (is_nan(a) || is_nan(b)) {
    if (is_snan(a) || is_snan(b)) fl |= kNV;
    return false;
  }
  return ieee_eq(a, b);
}
template <typename T>
bool lt(T a, T b, uint8_t& fl) {
  if (is_nan(a) || is_nan(b)) {
    fl |= kNV;
    return false;
  }
  return ieee_lt(a, b);
}
template <typename T>
bool le(T a, T b, uint8_t& fl) {
  if (is_nan(a) || is_nan(b)) {
    fl |= kNV;
    return false;
  }
  return ieee_eq(a, b) || ieee_lt(a, b);
}

template <typename T>
uint32_t classify(T a) {
  const bool neg = sign_of(a);
  const int e = exp_of(a);
  const bool frac = (a & Tr<T>::kFrac) != 0;
  if (e == Tr<T>::kExpMax) {
    if (!frac) return neg ? 1u << 0 : 1u << 7;
    return (a & Tr<T>::kQuiet) ? 1u << 9 : 1u << 8;
  }
  if (e == 0) {
    if (!frac) return neg ? 1u << 3 : 1u << 4;
    return neg ? 1u << 2 : 1u << 5;
  }
  return neg ? 1u << 1 : 1u << 6;
}

template <typename T>
int32_t to_i32(T a, Rm rm, uint8_t& fl) {
  return int32_t(uint32_t(to_int(a, rm, fl, uint64_t(1) << 31, (uint64_t(1) << 31) - 1)));
}
template <typename T>
uint32_t to_u32(T a, Rm rm, uint8_t& fl) {
  return uint32_t(to_int(a, rm, fl, 0, 0xffffffffull));
}
template <typename T>
int64_t to_i64(T a, Rm rm, uint8_t& fl) {
  return int64_t(to_int(a, rm, fl, uint64_t(1) << 63, (uint64_t(1) << 63) - 1));
}
template <typename T>
uint64_t to_u64(T a, Rm rm, uint8_t& fl) {
  return to_int(a, rm, fl, 0, ~uint64_t(0));
}

template <typename T>
T from_i64(int64_t v, Rm rm, uint8_t& fl) {
  return from_int<T>(v < 0, v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v), rm, fl);
}
template <typename T>
T from_u64(uint64_t v, Rm rm, uint8_t& fl) {
  return from_int<T>(false, v, rm, fl);
}

uint32_t f64_to_f32(uint64_t a, Rm rm, uint8_t& fl) {
  if (is_nan(a)) return nan_result<uint32_t>(is_snan(a), fl);
  if (inf_p(a)) return signed_inf<uint32_t>(sign_of(a));
  if (zero_p(a)) return signed_zero<uint32_t>(sign_of(a));
  const Unpacked x = unpack(a);
  return round_pack<uint32_t>(x.sign, x.exp, x.sig, rm, fl);
}

uint64_t f32_to_f64(uint32_t a, uint8_t& fl) {
  if (is_nan(a)) return nan_result<uint64_t>(is_snan(a), fl);
  if (inf_p(a)) return signed_inf<uint64_t>(sign_of(a));
  if (zero_p(a)) return signed_zero<uint64_t>(sign_of(a));
  const Unpacked x = unpack(a);
  return round_pack<uint64_t>(x.sign, x.exp, x.sig, kRne, fl);  // exact: every single is a double
}

#define TTVM_FP_INSTANTIATE(T)                                            \
  template bool is_nan<T>(T);                                             \
  template bool is_snan<T>(T);                                            \
  template T add<T>(T, T, Rm, uint8_t&);                                  \
  template T sub<T>(T, T, Rm, uint8_t&);                                  \
  template T mul<T>(T, T, Rm, uint8_t&);                                  \
  template T div<T>(T, T, Rm, uint8_t&);                                  \
  template T sqrt<T>(T, Rm, uint8_t&);                                    \
  template T fma<T>(T, T, T, bool, bool, Rm, uint8_t&);                   \
  template T min<T>(T, T, uint8_t&);                                      \
  template T max<T>(T, T, uint8_t&);                                      \
  template bool eq<T>(T, T, uint8_t&);                                    \
  template bool lt<T>(T, T, uint8_t&);                                    \
  template bool le<T>(T, T, uint8_t&);                                    \
  template uint32_t classify<T>(T);                                       \
  template int32_t to_i32<T>(T, Rm, uint8_t&);                            \
  template uint32_t to_u32<T>(T, Rm, uint8_t&);                           \
  template int64_t to_i64<T>(T, Rm, uint8_t&);                            \
  template uint64_t to_u64<T>(T, Rm, uint8_t&);                           \
  template T from_i64<T>(int64_t, Rm, uint8_t&);                          \
  template T from_u64<T>(uint64_t, Rm, uint8_t&);
TTVM_FP_INSTANTIATE(uint32_t)
TTVM_FP_INSTANTIATE(uint64_t)
#undef TTVM_FP_INSTANTIATE

}  // namespace ttvm::fp

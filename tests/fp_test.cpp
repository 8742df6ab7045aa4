// Tests of the integer IEEE 754 arithmetic (src/isa/fp_math.cpp): known
// answers for the RISC-V-specific rules (canonical NaN, tininess after
// rounding, round-to-nearest-max-magnitude, saturating conversions,
// minimumNumber/maximumNumber), and a randomized comparison with the host
// x86-64 SSE unit for the operations and rounding modes where both follow
// IEEE 754 the same way (results and flags; NaN results only as "a NaN").
#include <gtest/gtest.h>

#include <cfenv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <sstream>

#include "isa/fp_math.h"

using namespace ttvm;
using namespace ttvm::fp;

namespace {

constexpr uint32_t kOne32 = 0x3f800000, kQNan32 = 0x7fc00000, kSNan32 = 0x7f800001, kInf32 = 0x7f800000;
constexpr uint64_t kOne64 = 0x3ff0000000000000, kQNan64 = 0x7ff8000000000000, kSNan64 = 0x7ff0000000000001;
constexpr Rm kModes[] = {kRne, kRtz, kRdn, kRup, kRmm};

template <typename T>
struct Result {
  T bits;
  uint8_t flags;
};
template <typename F>
auto run(F f) {
  uint8_t fl = 0;
  auto r = f(fl);
  return Result<decltype(r)>{r, fl};
}

TEST(FpMath, CanonicalNanForEveryNanResult) {
  auto r = run([](uint8_t& f) { return add<uint32_t>(0xffc12345, kOne32, kRne, f); });
  EXPECT_EQ(r.bits, kQNan32);
  EXPECT_EQ(r.flags, 0);
  r = run([](uint8_t& f) { return mul<uint32_t>(kSNan32, kOne32, kRne, f); });
  EXPECT_EQ(r.bits, kQNan32);
  EXPECT_EQ(r.flags, kNV);
  auto d = run([](uint8_t& f) { return f32_to_f64(0x7fc00001, f); });
  EXPECT_EQ(d.bits, kQNan64);
  EXPECT_EQ(d.flags, 0);
  auto s = run([](uint8_t& f) { return f64_to_f32(kSNan64, kRne, f); });
  EXPECT_EQ(s.bits, kQNan32);
  EXPECT_EQ(s.flags, kNV);
}

TEST(FpMath, RoundingModesOnATie) {
  // 1 + 2^-24 lies halfway between 1 and 1 + 2^-23.
  const uint32_t expect[] = {kOne32, kOne32, kOne32, kOne32 + 1, kOne32 + 1};
  for (int m = 0; m < 5; ++m) {
    auto r = run([&](uint8_t& f) { return add<uint32_t>(kOne32, 0x33800000, kModes[m], f); });
    EXPECT_EQ(r.bits, expect[m]) << "rm " << m;
    EXPECT_EQ(r.flags, kNX);
  }
  // Negative: rdn and rmm go away from zero.
  const uint32_t neg[] = {0xbf800000, 0xbf800000, 0xbf800001, 0xbf800000, 0xbf800001};
  for (int m = 0; m < 5; ++m) {
    auto r = run([&](uint8_t& f) { return sub<uint32_t>(0xbf800000, 0x33800000, kModes[m], f); });
    EXPECT_EQ(r.bits, neg[m]) << "rm " << m;
  }
}

TEST(FpMath, OverflowByMode) {
  const uint64_t kMax = 0x7fefffffffffffff, kInf = 0x7ff0000000000000;
  const uint64_t expect[] = {kInf, kMax, kMax, kInf, kInf};
  for (int m = 0; m < 5; ++m) {
    auto r = run([&](uint8_t& f) { return mul<uint64_t>(kMax, 0x4000000000000000, kModes[m], f); });
    EXPECT_EQ(r.bits, expect[m]) << "rm " << m;
    EXPECT_EQ(r.flags, kOF | kNX);
  }
}

TEST(FpMath, TininessAfterRounding) {
  // min normal * (1 - 2^-25), as a double converted to single: with an
  // unbounded exponent it rounds (to nearest) up to the min normal, so it
  // is not tiny and UF stays clear; rounding towards zero it stays tiny.
  auto r = run([](uint8_t& f) { return f64_to_f32(0x380ffffff0000000, kRne, f); });
  EXPECT_EQ(r.bits, 0x00800000u);
  EXPECT_EQ(r.flags, kNX);
  r = run([](uint8_t& f) { return f64_to_f32(0x380ffffff0000000, kRtz, f); });
  EXPECT_EQ(r.bits, 0x007fffffu);
  EXPECT_EQ(r.flags, kUF | kNX);
  // min normal * (1 - 2^-24) is exact at 24 bits: tiny even though the
  // subnormal rounding goes up to the min normal.
  r = run([](uint8_t& f) { return f64_to_f32(0x380fffffe0000000, kRne, f); });
  EXPECT_EQ(r.bits, 0x00800000u);
  EXPECT_EQ(r.flags, kUF | kNX);
  // An exact subnormal result raises nothing.
  r = run([](uint8_t& f) { return mul<uint32_t>(0x00800000, 0x3f000000, kRne, f); });
  EXPECT_EQ(r.bits, 0x00400000u);
  EXPECT_EQ(r.flags, 0);
}

TEST(FpMath, SignedZeros) {
  auto r = run([](uint8_t& f) { return sub<uint64_t>(kOne64, kOne64, kRne, f); });
  EXPECT_EQ(r.bits, 0u);
  r = run([](uint8_t& f) { return sub<uint64_t>(kOne64, kOne64, kRdn, f); });
  EXPECT_EQ(r.bits, 0x8000000000000000u);
  r = run([](uint8_t& f) { return sqrt<uint64_t>(0x8000000000000000, kRne, f); });
  EXPECT_EQ(r.bits, 0x8000000000000000u);
  EXPECT_EQ(r.flags, 0);
  // fnmadd(+0, 5, +0) = -(+0) - (+0) = -0.
  auto s = run([](uint8_t& f) { return fma<uint32_t>(0, 0x40a00000, 0, true, true, kRne, f); });
  EXPECT_EQ(s.bits, 0x80000000u);
}

TEST(FpMath, FmaRoundsOnce) {
  // (1 + 2^-12)^2 - (1 + 2^-11) = 2^-24 exactly; fmul then fadd gives 0.
  auto r = run([](uint8_t& f) { return fma<uint32_t>(0x3f800800, 0x3f800800, 0xbf801000, false, false, kRne, f); });
  EXPECT_EQ(r.bits, 0x33800000u);
  EXPECT_EQ(r.flags, 0);
  // inf * 0 + qNaN raises NV.
  r = run([](uint8_t& f) { return fma<uint32_t>(kInf32, 0, kQNan32, false, false, kRne, f); });
  EXPECT_EQ(r.bits, kQNan32);
  EXPECT_EQ(r.flags, kNV);
  // max * 2 - max = max: the product does not overflow.
  r = run([](uint8_t& f) { return fma<uint32_t>(0x7f7fffff, 0x40000000, 0xff7fffff, false, false, kRne, f); });
  EXPECT_EQ(r.bits, 0x7f7fffffu);
  EXPECT_EQ(r.flags, 0);
}

TEST(FpMath, SaturatingConversions) {
  auto i = run([](uint8_t& f) { return to_i32<uint32_t>(kQNan32 | 0x80000000, kRne, f); });
  EXPECT_EQ(i.bits, INT32_MAX);
  EXPECT_EQ(i.flags, kNV);
  i = run([](uint8_t& f) { return to_i32<uint64_t>(0xc1e0000000100000, kRtz, f); });  // -2^31 - 0.5
  EXPECT_EQ(i.bits, INT32_MIN);
  EXPECT_EQ(i.flags, kNX);
  i = run([](uint8_t& f) { return to_i32<uint64_t>(0xc1e0000000100000, kRmm, f); });
  EXPECT_EQ(i.bits, INT32_MIN);
  EXPECT_EQ(i.flags, kNV);
  auto u = run([](uint8_t& f) { return to_u32<uint32_t>(0xbf000000, kRtz, f); });  // -0.5
  EXPECT_EQ(u.bits, 0u);
  EXPECT_EQ(u.flags, kNX);
  u = run([](uint8_t& f) { return to_u32<uint32_t>(0xbf000000, kRdn, f); });
  EXPECT_EQ(u.bits, 0u);
  EXPECT_EQ(u.flags, kNV);
  auto l = run([](uint8_t& f) { return to_u64<uint64_t>(0x43f0000000000000, kRne, f); });  // 2^64
  EXPECT_EQ(l.bits, UINT64_MAX);
  EXPECT_EQ(l.flags, kNV);
  auto s = run([](uint8_t& f) { return to_i64<uint64_t>(0xc3e0000000000000, kRne, f); });  // -2^63
  EXPECT_EQ(s.bits, INT64_MIN);
  EXPECT_EQ(s.flags, 0);
  auto x = run([](uint8_t& f) { return from_u64<uint32_t>(UINT64_MAX, kRtz, f); });
  EXPECT_EQ(x.bits, 0x5f7fffffu);
  EXPECT_EQ(x.flags, kNX);
  x = run([](uint8_t& f) { return from_i64<uint32_t>(-(int64_t(1) << 24) - 3, kRmm, f); });
  EXPECT_EQ(x.bits, 0xcb800002u);
}

TEST(FpMath, MinMaxAndCompare) {
  uint8_t f = 0;
  EXPECT_EQ(min<uint32_t>(0, 0x80000000, f), 0x80000000u);
  EXPECT_EQ(max<uint32_t>(0x80000000, 0, f), 0u);
  EXPECT_EQ(min<uint32_t>(kQNan32, kOne32, f), kOne32);
  EXPECT_EQ(f, 0);
  EXPECT_EQ(max<uint32_t>(kSNan32, kOne32, f), kOne32);
  EXPECT_EQ(f, kNV);
  f = 0;
  EXPECT_EQ(min<uint64_t>(kQNan64 | 5, kSNan64, f), kQNan64);
  EXPECT_EQ(f, kNV);
  f = 0;
  EXPECT_TRUE(eq<uint32_t>(0, 0x80000000, f));
  EXPECT_FALSE(lt<uint32_t>(0x80000000, 0, f));
  EXPECT_TRUE(le<uint32_t>(0x80000000, 0, f));
  EXPECT_FALSE(eq<uint32_t>(kQNan32, kQNan32, f));
  EXPECT_EQ(f, 0);
  EXPECT_FALSE(le<uint32_t>(kQNan32, kOne32, f));
  EXPECT_EQ(f, kNV);
}

TEST(FpMath, Classify) {
  const uint32_t in[] = {0xff800000, 0xbf800000, 0x80000001, 0x80000000, 0,
                         1,          kOne32,     kInf32,     kSNan32,    kQNan32};
  for (unsigned i = 0; i < 10; ++i) EXPECT_EQ(classify<uint32_t>(in[i]), 1u << i) << i;
  EXPECT_EQ(classify<uint64_t>(0x000fffffffffffff), 1u << 5);
  EXPECT_EQ(classify<uint64_t>(0xfff0000000000001), 1u << 8);
}

// ---- randomized comparison with the host FPU

// Operands that favour the hard cases: zeros, subnormals, the exponent
// range's edges, values near 1, all-ones and single-bit fractions.
template <typename T>
T random_operand(std::mt19937_64& g) {
  constexpr int kM = sizeof(T) == 4 ? 23 : 52, kE = sizeof(T) == 4 ? 8 : 11;
  constexpr uint64_t kEmax = (1u << kE) - 1, kBias = kEmax / 2;
  const uint64_t r = g();
  uint64_t e;
  switch (r & 7) {
    case 0: e = 0; break;
    case 1: e = 1 + (g() % 4); break;
    case 2: e = kEmax - 1 - (g() % 4); break;
    case 3: e = kBias - 30 + (g() % 60); break;
    case 4: e = kEmax; break;
    default: e = g() % (kEmax + 1);
  }
  uint64_t frac;
  switch ((r >> 3) & 7) {
    case 0: frac = 0; break;
    case 1: frac = (uint64_t(1) << kM) - 1 - (g() & 3); break;
    case 2: frac = g() & 0xff; break;
    case 3: frac = uint64_t(1) << (g() % kM); break;
    default: frac = g() & ((uint64_t(1) << kM) - 1);
  }
  if (e == kEmax && (r & 0x100)) frac = 0;  // infinities as often as NaNs
  return T(((r >> 63) << (kE + kM)) | (e << kM) | frac);
}

template <typename T>
using Host = std::conditional_t<sizeof(T) == 4, float, double>;
template <typename T>
Host<T> to_host(T bits) {
  Host<T> v;
  std::memcpy(&v, &bits, sizeof v);
  return v;
}
template <typename T>
T from_host(Host<T> v) {
  T bits;
  std::memcpy(&bits, &v, sizeof v);
  return bits;
}

uint8_t host_flags() {
  const int e = std::fetestexcept(FE_ALL_EXCEPT);
  return uint8_t(((e & FE_INEXACT) ? kNX : 0) | ((e & FE_UNDERFLOW) ? kUF : 0) | ((e & FE_OVERFLOW) ? kOF : 0) |
                 ((e & FE_DIVBYZERO) ? kDZ : 0) | ((e & FE_INVALID) ? kNV : 0));
}
constexpr int kHostMode[] = {FE_TONEAREST, FE_TOWARDZERO, FE_DOWNWARD, FE_UPWARD};

// Compares `ours` with the host computing `host` on the same operands in
// the four rounding modes the host has. The host runs with its operands
// behind volatile so the compiler neither folds nor moves the operation
// out of the rounding-mode window.
template <typename T, typename Ours, typename HostOp>
void compare_with_host(const char* what, Ours ours, HostOp host, int operands) {
  std::mt19937_64 g(12345);
  int failures = 0;
  for (int m = 0; m < 4; ++m) {
    for (int i = 0; i < 40000 && failures < 10; ++i) {
      const T a = random_operand<T>(g), b = random_operand<T>(g), c = random_operand<T>(g);
      uint8_t fl = 0;
      const T r = ours(a, b, c, Rm(m), fl);
      std::fesetround(kHostMode[m]);
      std::feclearexcept(FE_ALL_EXCEPT);
      volatile Host<T> va = to_host(a), vb = to_host(b), vc = to_host(c);
      volatile Host<T> hv = host(va, vb, vc);
      const uint8_t hfl = host_flags();
      std::fesetround(FE_TONEAREST);
      const T h = from_host<T>(hv);
      // The host propagates NaN payloads; RISC-V always returns the
      // canonical NaN.
      const T expect = is_nan(h) ? canonical_nan<T>() : h;
      if (r != expect || fl != hfl) {
        ++failures;
        std::ostringstream in;
        in << std::hex << "a " << uint64_t(a);
        if (operands > 1) in << " b " << uint64_t(b);
        if (operands > 2) in << " c " << uint64_t(c);
        ADD_FAILURE() << what << " rm " << m << " " << in.str() << std::hex << ": got " << uint64_t(r) << " flags "
                      << int(fl) << ", host " << uint64_t(expect) << " flags " << int(hfl);
      }
    }
  }
}

template <typename T>
void compare_arithmetic() {
  using H = Host<T>;
  compare_with_host<T>("add", [](T a, T b, T, Rm rm, uint8_t& f) { return add<T>(a, b, rm, f); },
                       [](H a, H b, H) { return a + b; }, 2);
  compare_with_host<T>("sub", [](T a, T b, T, Rm rm, uint8_t& f) { return sub<T>(a, b, rm, f); },
                       [](H a, H b, H) { return a - b; }, 2);
  compare_with_host<T>("mul", [](T a, T b, T, Rm rm, uint8_t& f) { return mul<T>(a, b, rm, f); },
                       [](H a, H b, H) { return a * b; }, 2);
  compare_with_host<T>("div", [](T a, T b, T, Rm rm, uint8_t& f) { return div<T>(a, b, rm, f); },
                       [](H a, H b, H) { return a / b; }, 2);
  compare_with_host<T>("sqrt", [](T a, T, T, Rm rm, uint8_t& f) { return sqrt<T>(a, rm, f); },
                       [](H a, H, H) { return std::sqrt(a); }, 1);
}

TEST(FpMathVsHost, Single) { compare_arithmetic<uint32_t>(); }
TEST(FpMathVsHost, Double) { compare_arithmetic<uint64_t>(); }

// fma: the host leaves inf*0 + qNaN without NV (RISC-V raises it), so those
// operands are skipped by making the addend a number.
template <typename T>
void compare_fma() {
  using H = Host<T>;
  compare_with_host<T>(
      "fma",
      [](T a, T b, T c, Rm rm, uint8_t& f) {
        if (is_nan(c) && !is_snan(c)) c = 0;
        return fma<T>(a, b, c, false, false, rm, f);
      },
      [](H a, H b, H c) {
        if (std::isnan(c) && !is_snan(from_host<T>(c))) c = 0;
        return std::fma(a, b, c);
      },
      3);
}
TEST(FpMathVsHost, FmaSingle) { compare_fma<uint32_t>(); }
TEST(FpMathVsHost, FmaDouble) { compare_fma<uint64_t>(); }

TEST(FpMathVsHost, NarrowingAndWidening) {
  compare_with_host<uint64_t>(
      "f64_to_f32 (as a double)",
      [](uint64_t a, uint64_t, uint64_t, Rm rm, uint8_t& f) {
        uint8_t ignore = 0;
        return f32_to_f64(f64_to_f32(a, rm, f), ignore);
      },
      [](double a, double, double) {
        volatile float t = float(a);
        return double(t);
      },
      1);
  compare_with_host<uint32_t>(
      "f32_to_f64 (and back)",
      [](uint32_t a, uint32_t, uint32_t, Rm rm, uint8_t& f) {
        uint8_t ignore = 0;
        return f64_to_f32(f32_to_f64(a, f), rm, ignore);
      },
      [](float a, float, float) {
        volatile double t = double(a);
        return float(t);
      },
      1);
}

TEST(FpMathVsHost, FromSignedIntegers) {
  std::mt19937_64 g(7);
  for (int m = 0; m < 4; ++m) {
    for (int i = 0; i < 40000; ++i) {
      const int64_t v = int64_t(g() >> (g() % 64)) * ((g() & 1) ? -1 : 1);
      uint8_t fs = 0, fd = 0;
      const uint32_t s = from_i64<uint32_t>(v, Rm(m), fs);
      const uint64_t d = from_i64<uint64_t>(v, Rm(m), fd);
      std::fesetround(kHostMode[m]);
      std::feclearexcept(FE_ALL_EXCEPT);
      volatile int64_t vv = v;
      volatile float hs = float(vv);
      const uint8_t hfs = host_flags();
      std::feclearexcept(FE_ALL_EXCEPT);
      volatile double hd = double(vv);
      const uint8_t hfd = host_flags();
      std::fesetround(FE_TONEAREST);
      ASSERT_EQ(s, from_host<uint32_t>(hs)) << v << " rm " << m;
      ASSERT_EQ(fs, hfs) << v << " rm " << m;
      ASSERT_EQ(d, from_host<uint64_t>(hd)) << v << " rm " << m;
      ASSERT_EQ(fd, hfd) << v << " rm " << m;
    }
  }
}

}  // namespace

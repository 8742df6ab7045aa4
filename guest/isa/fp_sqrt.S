#include "test.h"
#include "fp.h"

/* fsqrt.s and fsqrt.d: exact and inexact roots in every rounding mode,
 * odd and even exponents, subnormal operands, sqrt(-0) = -0, negative
 * operands and sNaN raising NV, NaNs giving the canonical NaN. */

TEST_BEGIN
  FP_ON

  /* ==== fsqrt.s */
  /* 1: sqrt(4) = 2 exactly */
  FP_S1R(1, fsqrt.s, rne, 0x40800000, 0x40000000, 0)
  /* 2: sqrt(0.25) = 0.5 */
  FP_S1R(2, fsqrt.s, rne, 0x3e800000, 0x3f000000, 0)
  /* 3: sqrt(2^100) = 2^50 */
  FP_S1R(3, fsqrt.s, rne, 0x71800000, 0x58800000, 0)
  /* 4: odd exponent: sqrt(2^-99) */
  FP_S1R(4, fsqrt.s, rne, 0x0e000000, 0x26b504f3, FNX)
  /* 5-9: sqrt(2) (rne, rtz, rdn, rup, rmm) */
  FP_S1R(5, fsqrt.s, rne, 0x40000000, 0x3fb504f3, FNX)
  FP_S1R(6, fsqrt.s, rtz, 0x40000000, 0x3fb504f3, FNX)
  FP_S1R(7, fsqrt.s, rdn, 0x40000000, 0x3fb504f3, FNX)
  FP_S1R(8, fsqrt.s, rup, 0x40000000, 0x3fb504f4, FNX)
  FP_S1R(9, fsqrt.s, rmm, 0x40000000, 0x3fb504f3, FNX)
  /* 10-14: sqrt(3) (rne, rtz, rdn, rup, rmm) */
  FP_S1R(10, fsqrt.s, rne, 0x40400000, 0x3fddb3d7, FNX)
  FP_S1R(11, fsqrt.s, rtz, 0x40400000, 0x3fddb3d7, FNX)
  FP_S1R(12, fsqrt.s, rdn, 0x40400000, 0x3fddb3d7, FNX)
  FP_S1R(13, fsqrt.s, rup, 0x40400000, 0x3fddb3d8, FNX)
  FP_S1R(14, fsqrt.s, rmm, 0x40400000, 0x3fddb3d7, FNX)
  /* 15-19: sqrt(1+ulp): just above 1 (rne, rtz, rdn, rup, rmm) */
  FP_S1R(15, fsqrt.s, rne, 0x3f800001, 0x3f800000, FNX)
  FP_S1R(16, fsqrt.s, rtz, 0x3f800001, 0x3f800000, FNX)
  FP_S1R(17, fsqrt.s, rdn, 0x3f800001, 0x3f800000, FNX)
  FP_S1R(18, fsqrt.s, rup, 0x3f800001, 0x3f800001, FNX)
  FP_S1R(19, fsqrt.s, rmm, 0x3f800001, 0x3f800000, FNX)
  /* 20-24: sqrt(1-half ulp): just below 1 (rne, rtz, rdn, rup, rmm) */
  FP_S1R(20, fsqrt.s, rne, 0x3f7fffff, 0x3f7fffff, FNX)
  FP_S1R(21, fsqrt.s, rtz, 0x3f7fffff, 0x3f7fffff, FNX)
  FP_S1R(22, fsqrt.s, rdn, 0x3f7fffff, 0x3f7fffff, FNX)
  FP_S1R(23, fsqrt.s, rup, 0x3f7fffff, 0x3f800000, FNX)
  FP_S1R(24, fsqrt.s, rmm, 0x3f7fffff, 0x3f7fffff, FNX)
  /* 25-29: sqrt(max) (rne, rtz, rdn, rup, rmm) */
  FP_S1R(25, fsqrt.s, rne, 0x7f7fffff, 0x5f7fffff, FNX)
  FP_S1R(26, fsqrt.s, rtz, 0x7f7fffff, 0x5f7fffff, FNX)
  FP_S1R(27, fsqrt.s, rdn, 0x7f7fffff, 0x5f7fffff, FNX)
  FP_S1R(28, fsqrt.s, rup, 0x7f7fffff, 0x5f800000, FNX)
  FP_S1R(29, fsqrt.s, rmm, 0x7f7fffff, 0x5f7fffff, FNX)
  /* 30: sqrt(smallest subnormal) */
  FP_S1R(30, fsqrt.s, rne, 0x00000001, 0x1a3504f3, FNX)
  /* 31: sqrt(largest subnormal) */
  FP_S1R(31, fsqrt.s, rne, 0x007fffff, 0x1fffffff, FNX)
  /* 32: sqrt(min normal) */
  FP_S1R(32, fsqrt.s, rne, 0x00800000, 0x20000000, 0)
  /* 33: sqrt(+0) = +0 */
  FP_S1R(33, fsqrt.s, rne, 0x00000000, 0x00000000, 0)
  /* 34: sqrt(-0) = -0, no flags */
  FP_S1R(34, fsqrt.s, rne, 0x80000000, 0x80000000, 0)
  /* 35: sqrt(inf) = inf */
  FP_S1R(35, fsqrt.s, rne, 0x7f800000, 0x7f800000, 0)
  /* 36: sqrt(-inf): NV */
  FP_S1R(36, fsqrt.s, rne, 0xff800000, 0x7fc00000, FNV)
  /* 37: sqrt(-1): NV */
  FP_S1R(37, fsqrt.s, rne, 0xbf800000, 0x7fc00000, FNV)
  /* 38: sqrt(-smallest subnormal): NV */
  FP_S1R(38, fsqrt.s, rne, 0x80000001, 0x7fc00000, FNV)
  /* 39: sqrt(-qNaN): canonical NaN, no flags */
  FP_S1R(39, fsqrt.s, rne, 0xffc00000, 0x7fc00000, 0)
  /* 40: sqrt(sNaN): NV */
  FP_S1R(40, fsqrt.s, rne, 0x7f800001, 0x7fc00000, FNV)
  csrwi frm, 3
  /* 41: sqrt(2) with frm = rup */
  FP_S1R(41, fsqrt.s, dyn, 0x40000000, 0x3fb504f4, FNX)
  csrwi frm, 0

  /* ==== fsqrt.d */
  /* 42: sqrt(4) = 2 exactly */
  FP_D1R(42, fsqrt.d, rne, 0x4010000000000000, 0x4000000000000000, 0)
  /* 43: sqrt(0.25) = 0.5 */
  FP_D1R(43, fsqrt.d, rne, 0x3fd0000000000000, 0x3fe0000000000000, 0)
  /* 44: sqrt(2^100) = 2^50 */
  FP_D1R(44, fsqrt.d, rne, 0x4630000000000000, 0x4310000000000000, 0)
  /* 45: odd exponent: sqrt(2^-99) */
  FP_D1R(45, fsqrt.d, rne, 0x39c0000000000000, 0x3cd6a09e667f3bcd, FNX)
  /* 46-50: sqrt(2) (rne, rtz, rdn, rup, rmm) */
  FP_D1R(46, fsqrt.d, rne, 0x4000000000000000, 0x3ff6a09e667f3bcd, FNX)
  FP_D1R(47, fsqrt.d, rtz, 0x4000000000000000, 0x3ff6a09e667f3bcc, FNX)
  FP_D1R(48, fsqrt.d, rdn, 0x4000000000000000, 0x3ff6a09e667f3bcc, FNX)
  FP_D1R(49, fsqrt.d, rup, 0x4000000000000000, 0x3ff6a09e667f3bcd, FNX)
  FP_D1R(50, fsqrt.d, rmm, 0x4000000000000000, 0x3ff6a09e667f3bcd, FNX)
  /* 51-55: sqrt(3) (rne, rtz, rdn, rup, rmm) */
  FP_D1R(51, fsqrt.d, rne, 0x4008000000000000, 0x3ffbb67ae8584caa, FNX)
  FP_D1R(52, fsqrt.d, rtz, 0x4008000000000000, 0x3ffbb67ae8584caa, FNX)
  FP_D1R(53, fsqrt.d, rdn, 0x4008000000000000, 0x3ffbb67ae8584caa, FNX)
  FP_D1R(54, fsqrt.d, rup, 0x4008000000000000, 0x3ffbb67ae8584cab, FNX)
  FP_D1R(55, fsqrt.d, rmm, 0x4008000000000000, 0x3ffbb67ae8584caa, FNX)
  /* 56-60: sqrt(1+ulp): just above 1 (rne, rtz, rdn, rup, rmm) */
  FP_D1R(56, fsqrt.d, rne, 0x3ff0000000000001, 0x3ff0000000000000, FNX)
  FP_D1R(57, fsqrt.d, rtz, 0x3ff0000000000001, 0x3ff0000000000000, FNX)
  FP_D1R(58, fsqrt.d, rdn, 0x3ff0000000000001, 0x3ff0000000000000, FNX)
  FP_D1R(59, fsqrt.d, rup, 0x3ff0000000000001, 0x3ff0000000000001, FNX)
  FP_D1R(60, fsqrt.d, rmm, 0x3ff0000000000001, 0x3ff0000000000000, FNX)
  /* 61-65: sqrt(1-half ulp): just below 1 (rne, rtz, rdn, rup, rmm) */
  FP_D1R(61, fsqrt.d, rne, 0x3fefffffffffffff, 0x3fefffffffffffff, FNX)
  FP_D1R(62, fsqrt.d, rtz, 0x3fefffffffffffff, 0x3fefffffffffffff, FNX)
  FP_D1R(63, fsqrt.d, rdn, 0x3fefffffffffffff, 0x3fefffffffffffff, FNX)
  FP_D1R(64, fsqrt.d, rup, 0x3fefffffffffffff, 0x3ff0000000000000, FNX)
  FP_D1R(65, fsqrt.d, rmm, 0x3fefffffffffffff, 0x3fefffffffffffff, FNX)
  /* 66-70: sqrt(max) (rne, rtz, rdn, rup, rmm) */
  FP_D1R(66, fsqrt.d, rne, 0x7fefffffffffffff, 0x5fefffffffffffff, FNX)
  FP_D1R(67, fsqrt.d, rtz, 0x7fefffffffffffff, 0x5fefffffffffffff, FNX)
  FP_D1R(68, fsqrt.d, rdn, 0x7fefffffffffffff, 0x5fefffffffffffff, FNX)
  FP_D1R(69, fsqrt.d, rup, 0x7fefffffffffffff, 0x5ff0000000000000, FNX)
  FP_D1R(70, fsqrt.d, rmm, 0x7fefffffffffffff, 0x5fefffffffffffff, FNX)
  /* 71: sqrt(smallest subnormal) */
  FP_D1R(71, fsqrt.d, rne, 0x0000000000000001, 0x1e60000000000000, 0)
  /* 72: sqrt(largest subnormal) */
  FP_D1R(72, fsqrt.d, rne, 0x000fffffffffffff, 0x1fffffffffffffff, FNX)
  /* 73: sqrt(min normal) */
  FP_D1R(73, fsqrt.d, rne, 0x0010000000000000, 0x2000000000000000, 0)
  /* 74: sqrt(+0) = +0 */
  FP_D1R(74, fsqrt.d, rne, 0x0000000000000000, 0x0000000000000000, 0)
  /* 75: sqrt(-0) = -0, no flags */
  FP_D1R(75, fsqrt.d, rne, 0x8000000000000000, 0x8000000000000000, 0)
  /* 76: sqrt(inf) = inf */
  FP_D1R(76, fsqrt.d, rne, 0x7ff0000000000000, 0x7ff0000000000000, 0)
  /* 77: sqrt(-inf): NV */
  FP_D1R(77, fsqrt.d, rne, 0xfff0000000000000, 0x7ff8000000000000, FNV)
  /* 78: sqrt(-1): NV */
  FP_D1R(78, fsqrt.d, rne, 0xbff0000000000000, 0x7ff8000000000000, FNV)
  /* 79: sqrt(-smallest subnormal): NV */
  FP_D1R(79, fsqrt.d, rne, 0x8000000000000001, 0x7ff8000000000000, FNV)
  /* 80: sqrt(-qNaN): canonical NaN, no flags */
  FP_D1R(80, fsqrt.d, rne, 0xfff8000000000000, 0x7ff8000000000000, 0)
  /* 81: sqrt(sNaN): NV */
  FP_D1R(81, fsqrt.d, rne, 0x7ff0000000000001, 0x7ff8000000000000, FNV)
  csrwi frm, 3
  /* 82: sqrt(2) with frm = rup */
  FP_D1R(82, fsqrt.d, dyn, 0x4000000000000000, 0x3ff6a09e667f3bcd, FNX)
  csrwi frm, 0

TEST_END

#include "test.h"
#include "fp.h"

/* Fused multiply-add (fmadd, fmsub, fnmsub, fnmadd; single and double):
 * one rounding of the exact a*b+c, shown beside fmul+fadd where the two
 * differ; the negations are applied before rounding; rounding modes; sign
 * of exact zeros; tiny products beside large addends; overflow and
 * underflow of the sum; inf*0 raising NV even with a quiet NaN addend. */

TEST_BEGIN
  FP_ON

  /* ==== single precision */
  /* -- the four forms: a*b+c, a*b-c, -(a*b)+c, -(a*b)-c */
  /* 1: fmadd 1.5, 2, 0.25 */
  FP_S3R(1, fmadd.s, rne, 0x3fc00000, 0x40000000, 0x3e800000, 0x40500000, 0)
  /* 2: fmsub 1.5, 2, 0.25 */
  FP_S3R(2, fmsub.s, rne, 0x3fc00000, 0x40000000, 0x3e800000, 0x40300000, 0)
  /* 3: fnmsub 1.5, 2, 0.25 */
  FP_S3R(3, fnmsub.s, rne, 0x3fc00000, 0x40000000, 0x3e800000, 0xc0300000, 0)
  /* 4: fnmadd 1.5, 2, 0.25 */
  FP_S3R(4, fnmadd.s, rne, 0x3fc00000, 0x40000000, 0x3e800000, 0xc0500000, 0)
  /* -- a single rounding: the exact product is kept */
  /* 5: (1+2^-12)^2 - (1+2^-11) = 2^-24 exactly */
  FP_S3R(5, fmadd.s, rne, 0x3f800800, 0x3f800800, 0xbf801000, 0x33800000, 0)
  /* 6: the same with fmul then fadd rounds the product first */
  li TESTNUM, 6; FP_LOAD_S(f1, 0x3f800800); FP_LOAD_S(f2, 0x3f800800); FP_LOAD_S(f3, 0xbf801000)
  csrw fflags, zero; fmul.s f4, f1, f2; fadd.s f4, f4, f3; fmv.x.d a0, f4; FP_CHECK(BOXED(0x00000000), FNX)
  /* 7: max*2 - max = max: no overflow in the product */
  FP_S3R(7, fmadd.s, rne, 0x7f7fffff, 0x40000000, 0xff7fffff, 0x7f7fffff, 0)
  /* 8: fmul then fadd overflows to inf, then inf - max = inf */
  li TESTNUM, 8; FP_LOAD_S(f1, 0x7f7fffff); FP_LOAD_S(f2, 0x40000000); FP_LOAD_S(f3, 0xff7fffff)
  csrw fflags, zero; fmul.s f4, f1, f2; fadd.s f4, f4, f3; fmv.x.d a0, f4; FP_CHECK(BOXED(0x7f800000), FOF|FNX)
  /* 9: round(1/3)*3 - 1: the rounding error of 1/3 */
  FP_S3R(9, fmadd.s, rne, 0x3eaaaaab, 0x40400000, 0xbf800000, 0x33000000, 0)
  /* 10: 1 - round(1/3)*3 */
  FP_S3R(10, fnmsub.s, rne, 0x3eaaaaab, 0x40400000, 0x3f800000, 0xb3000000, 0)
  /* -- rounding modes */
  /* 11-15: (1+ulp)^2 + half ulp (rne, rtz, rdn, rup, rmm) */
  FP_S3R(11, fmadd.s, rne, 0x3f800001, 0x3f800001, 0x33800000, 0x3f800003, FNX)
  FP_S3R(12, fmadd.s, rtz, 0x3f800001, 0x3f800001, 0x33800000, 0x3f800002, FNX)
  FP_S3R(13, fmadd.s, rdn, 0x3f800001, 0x3f800001, 0x33800000, 0x3f800002, FNX)
  FP_S3R(14, fmadd.s, rup, 0x3f800001, 0x3f800001, 0x33800000, 0x3f800003, FNX)
  FP_S3R(15, fmadd.s, rmm, 0x3f800001, 0x3f800001, 0x33800000, 0x3f800003, FNX)
  /* 16-20: -((1+ulp)^2) - half ulp (rne, rtz, rdn, rup, rmm) */
  FP_S3R(16, fnmadd.s, rne, 0x3f800001, 0x3f800001, 0x33800000, 0xbf800003, FNX)
  FP_S3R(17, fnmadd.s, rtz, 0x3f800001, 0x3f800001, 0x33800000, 0xbf800002, FNX)
  FP_S3R(18, fnmadd.s, rdn, 0x3f800001, 0x3f800001, 0x33800000, 0xbf800003, FNX)
  FP_S3R(19, fnmadd.s, rup, 0x3f800001, 0x3f800001, 0x33800000, 0xbf800002, FNX)
  FP_S3R(20, fnmadd.s, rmm, 0x3f800001, 0x3f800001, 0x33800000, 0xbf800003, FNX)
  /* 21-25: 1 - quarter ulp (rne, rtz, rdn, rup, rmm) */
  FP_S3R(21, fmsub.s, rne, 0x3f800000, 0x3f800000, 0x33000000, 0x3f800000, FNX)
  FP_S3R(22, fmsub.s, rtz, 0x3f800000, 0x3f800000, 0x33000000, 0x3f7fffff, FNX)
  FP_S3R(23, fmsub.s, rdn, 0x3f800000, 0x3f800000, 0x33000000, 0x3f7fffff, FNX)
  FP_S3R(24, fmsub.s, rup, 0x3f800000, 0x3f800000, 0x33000000, 0x3f800000, FNX)
  FP_S3R(25, fmsub.s, rmm, 0x3f800000, 0x3f800000, 0x33000000, 0x3f800000, FNX)
  /* 26-30: 1 + 3*2^-26: a tie (rne, rtz, rdn, rup, rmm) */
  FP_S3R(26, fmadd.s, rne, 0x40400000, 0x32800000, 0x3f800000, 0x3f800000, FNX)
  FP_S3R(27, fmadd.s, rtz, 0x40400000, 0x32800000, 0x3f800000, 0x3f800000, FNX)
  FP_S3R(28, fmadd.s, rdn, 0x40400000, 0x32800000, 0x3f800000, 0x3f800000, FNX)
  FP_S3R(29, fmadd.s, rup, 0x40400000, 0x32800000, 0x3f800000, 0x3f800001, FNX)
  FP_S3R(30, fmadd.s, rmm, 0x40400000, 0x32800000, 0x3f800000, 0x3f800000, FNX)
  /* -- exact zeros take the sign rules of addition */
  /* 31-35: 2*3 - 6 (rne, rtz, rdn, rup, rmm) */
  FP_S3R(31, fmadd.s, rne, 0x40000000, 0x40400000, 0xc0c00000, 0x00000000, 0)
  FP_S3R(32, fmadd.s, rtz, 0x40000000, 0x40400000, 0xc0c00000, 0x00000000, 0)
  FP_S3R(33, fmadd.s, rdn, 0x40000000, 0x40400000, 0xc0c00000, 0x80000000, 0)
  FP_S3R(34, fmadd.s, rup, 0x40000000, 0x40400000, 0xc0c00000, 0x00000000, 0)
  FP_S3R(35, fmadd.s, rmm, 0x40000000, 0x40400000, 0xc0c00000, 0x00000000, 0)
  /* 36: +0*5 + -0 = +0 */
  FP_S3R(36, fmadd.s, rne, 0x00000000, 0x40a00000, 0x80000000, 0x00000000, 0)
  /* 37: +0*5 + -0 = -0 when rounding down */
  FP_S3R(37, fmadd.s, rdn, 0x00000000, 0x40a00000, 0x80000000, 0x80000000, 0)
  /* 38: -0*5 + -0 = -0 */
  FP_S3R(38, fmadd.s, rne, 0x80000000, 0x40a00000, 0x80000000, 0x80000000, 0)
  /* 39: -(+0*5) - +0 = -0 */
  FP_S3R(39, fnmadd.s, rne, 0x00000000, 0x40a00000, 0x00000000, 0x80000000, 0)
  /* 40: +0*5 - +0 = +0 */
  FP_S3R(40, fmsub.s, rne, 0x00000000, 0x40a00000, 0x00000000, 0x00000000, 0)
  /* 41: -(+0*5) + +0 = +0 */
  FP_S3R(41, fnmsub.s, rne, 0x00000000, 0x40a00000, 0x00000000, 0x00000000, 0)
  /* 42: 0*5 + -7 = -7 exactly */
  FP_S3R(42, fmadd.s, rne, 0x00000000, 0x40a00000, 0xc0e00000, 0xc0e00000, 0)
  /* 43: 2*3 + 0 = 6 */
  FP_S3R(43, fmadd.s, rne, 0x40000000, 0x40400000, 0x00000000, 0x40c00000, 0)
  /* -- a tiny product beside a large addend still counts */
  /* 44-48: smallest subnormal squared + 1 (rne, rtz, rdn, rup, rmm) */
  FP_S3R(44, fmadd.s, rne, 0x00000001, 0x00000001, 0x3f800000, 0x3f800000, FNX)
  FP_S3R(45, fmadd.s, rtz, 0x00000001, 0x00000001, 0x3f800000, 0x3f800000, FNX)
  FP_S3R(46, fmadd.s, rdn, 0x00000001, 0x00000001, 0x3f800000, 0x3f800000, FNX)
  FP_S3R(47, fmadd.s, rup, 0x00000001, 0x00000001, 0x3f800000, 0x3f800001, FNX)
  FP_S3R(48, fmadd.s, rmm, 0x00000001, 0x00000001, 0x3f800000, 0x3f800000, FNX)
  /* 49-53: smallest subnormal squared - 1 (rne, rtz, rdn, rup, rmm) */
  FP_S3R(49, fmsub.s, rne, 0x00000001, 0x00000001, 0x3f800000, 0xbf800000, FNX)
  FP_S3R(50, fmsub.s, rtz, 0x00000001, 0x00000001, 0x3f800000, 0xbf7fffff, FNX)
  FP_S3R(51, fmsub.s, rdn, 0x00000001, 0x00000001, 0x3f800000, 0xbf800000, FNX)
  FP_S3R(52, fmsub.s, rup, 0x00000001, 0x00000001, 0x3f800000, 0xbf7fffff, FNX)
  FP_S3R(53, fmsub.s, rmm, 0x00000001, 0x00000001, 0x3f800000, 0xbf800000, FNX)
  /* -- overflow and underflow of the sum */
  /* 54-58: max*1 + max (rne, rtz, rdn, rup, rmm) */
  FP_S3R(54, fmadd.s, rne, 0x7f7fffff, 0x3f800000, 0x7f7fffff, 0x7f800000, FOF|FNX)
  FP_S3R(55, fmadd.s, rtz, 0x7f7fffff, 0x3f800000, 0x7f7fffff, 0x7f7fffff, FOF|FNX)
  FP_S3R(56, fmadd.s, rdn, 0x7f7fffff, 0x3f800000, 0x7f7fffff, 0x7f7fffff, FOF|FNX)
  FP_S3R(57, fmadd.s, rup, 0x7f7fffff, 0x3f800000, 0x7f7fffff, 0x7f800000, FOF|FNX)
  FP_S3R(58, fmadd.s, rmm, 0x7f7fffff, 0x3f800000, 0x7f7fffff, 0x7f800000, FOF|FNX)
  /* 59: min normal * 0.5 + 0: exact subnormal */
  FP_S3R(59, fmadd.s, rne, 0x00800000, 0x3f000000, 0x00000000, 0x00400000, 0)
  /* 60-64: min normal * 0.75 - min normal: exact subnormal (rne, rtz, rdn, rup, rmm) */
  FP_S3R(60, fmadd.s, rne, 0x00800000, 0x3f400000, 0x80800000, 0x80200000, 0)
  FP_S3R(61, fmadd.s, rtz, 0x00800000, 0x3f400000, 0x80800000, 0x80200000, 0)
  FP_S3R(62, fmadd.s, rdn, 0x00800000, 0x3f400000, 0x80800000, 0x80200000, 0)
  FP_S3R(63, fmadd.s, rup, 0x00800000, 0x3f400000, 0x80800000, 0x80200000, 0)
  FP_S3R(64, fmadd.s, rmm, 0x00800000, 0x3f400000, 0x80800000, 0x80200000, 0)
  /* 65: smallest subnormal * 0.5 + 0: underflow to 0 */
  FP_S3R(65, fmadd.s, rne, 0x00000001, 0x3f000000, 0x00000000, 0x00000000, FUF|FNX)
  /* 66: smallest subnormal * 0.5 + smallest subnormal: a tie */
  FP_S3R(66, fmadd.s, rne, 0x00000001, 0x3f000000, 0x00000001, 0x00000002, FUF|FNX)
  /* -- invalid operations and NaNs */
  /* 67: inf*0 + 1: NV */
  FP_S3R(67, fmadd.s, rne, 0x7f800000, 0x00000000, 0x3f800000, 0x7fc00000, FNV)
  /* 68: 0*-inf + qNaN: NV even with a quiet NaN addend */
  FP_S3R(68, fmadd.s, rne, 0x00000000, 0xff800000, 0x7fc00000, 0x7fc00000, FNV)
  /* 69: inf*2 + -inf: NV */
  FP_S3R(69, fmadd.s, rne, 0x7f800000, 0x40000000, 0xff800000, 0x7fc00000, FNV)
  /* 70: inf*2 - inf: NV */
  FP_S3R(70, fmsub.s, rne, 0x7f800000, 0x40000000, 0x7f800000, 0x7fc00000, FNV)
  /* 71: -(inf*2) - -inf: NV */
  FP_S3R(71, fnmadd.s, rne, 0x7f800000, 0x40000000, 0xff800000, 0x7fc00000, FNV)
  /* 72: inf*2 + inf = inf */
  FP_S3R(72, fmadd.s, rne, 0x7f800000, 0x40000000, 0x7f800000, 0x7f800000, 0)
  /* 73: -(inf*2) + max = -inf */
  FP_S3R(73, fnmsub.s, rne, 0x7f800000, 0x40000000, 0x7f7fffff, 0xff800000, 0)
  /* 74: max*2 + -inf = -inf (the product is finite) */
  FP_S3R(74, fmadd.s, rne, 0x7f7fffff, 0x40000000, 0xff800000, 0xff800000, 0)
  /* 75: 1*1 + sNaN: NV */
  FP_S3R(75, fmadd.s, rne, 0x3f800000, 0x3f800000, 0x7f800001, 0x7fc00000, FNV)
  /* 76: qNaN*1 + 1: no flags */
  FP_S3R(76, fmadd.s, rne, 0x7fc00000, 0x3f800000, 0x3f800000, 0x7fc00000, 0)
  /* 77: 1*-sNaN + qNaN: NV */
  FP_S3R(77, fmadd.s, rne, 0x3f800000, 0xff800001, 0x7fc00000, 0x7fc00000, FNV)
  /* 78: qNaN*inf + 0: no flags */
  FP_S3R(78, fmadd.s, rne, 0x7fc00000, 0x7f800000, 0x00000000, 0x7fc00000, 0)

  /* ==== double precision */
  /* -- the four forms: a*b+c, a*b-c, -(a*b)+c, -(a*b)-c */
  /* 79: fmadd 1.5, 2, 0.25 */
  FP_D3R(79, fmadd.d, rne, 0x3ff8000000000000, 0x4000000000000000, 0x3fd0000000000000, 0x400a000000000000, 0)
  /* 80: fmsub 1.5, 2, 0.25 */
  FP_D3R(80, fmsub.d, rne, 0x3ff8000000000000, 0x4000000000000000, 0x3fd0000000000000, 0x4006000000000000, 0)
  /* 81: fnmsub 1.5, 2, 0.25 */
  FP_D3R(81, fnmsub.d, rne, 0x3ff8000000000000, 0x4000000000000000, 0x3fd0000000000000, 0xc006000000000000, 0)
  /* 82: fnmadd 1.5, 2, 0.25 */
  FP_D3R(82, fnmadd.d, rne, 0x3ff8000000000000, 0x4000000000000000, 0x3fd0000000000000, 0xc00a000000000000, 0)
  /* -- a single rounding: the exact product is kept */
  /* 83: (1+2^-27)^2 - (1+2^-26) = 2^-54 exactly */
  FP_D3R(83, fmadd.d, rne, 0x3ff0000002000000, 0x3ff0000002000000, 0xbff0000004000000, 0x3c90000000000000, 0)
  /* 84: the same with fmul then fadd rounds the product first */
  li TESTNUM, 84; FP_LOAD_D(f1, 0x3ff0000002000000); FP_LOAD_D(f2, 0x3ff0000002000000); FP_LOAD_D(f3, 0xbff0000004000000)
  csrw fflags, zero; fmul.d f4, f1, f2; fadd.d f4, f4, f3; fmv.x.d a0, f4; FP_CHECK(0x0000000000000000, FNX)
  /* 85: max*2 - max = max: no overflow in the product */
  FP_D3R(85, fmadd.d, rne, 0x7fefffffffffffff, 0x4000000000000000, 0xffefffffffffffff, 0x7fefffffffffffff, 0)
  /* 86: fmul then fadd overflows to inf, then inf - max = inf */
  li TESTNUM, 86; FP_LOAD_D(f1, 0x7fefffffffffffff); FP_LOAD_D(f2, 0x4000000000000000); FP_LOAD_D(f3, 0xffefffffffffffff)
  csrw fflags, zero; fmul.d f4, f1, f2; fadd.d f4, f4, f3; fmv.x.d a0, f4; FP_CHECK(0x7ff0000000000000, FOF|FNX)
  /* 87: round(1/3)*3 - 1: the rounding error of 1/3 */
  FP_D3R(87, fmadd.d, rne, 0x3fd5555555555555, 0x4008000000000000, 0xbff0000000000000, 0xbc90000000000000, 0)
  /* 88: 1 - round(1/3)*3 */
  FP_D3R(88, fnmsub.d, rne, 0x3fd5555555555555, 0x4008000000000000, 0x3ff0000000000000, 0x3c90000000000000, 0)
  /* -- rounding modes */
  /* 89-93: (1+ulp)^2 + half ulp (rne, rtz, rdn, rup, rmm) */
  FP_D3R(89, fmadd.d, rne, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ca0000000000000, 0x3ff0000000000003, FNX)
  FP_D3R(90, fmadd.d, rtz, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ca0000000000000, 0x3ff0000000000002, FNX)
  FP_D3R(91, fmadd.d, rdn, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ca0000000000000, 0x3ff0000000000002, FNX)
  FP_D3R(92, fmadd.d, rup, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ca0000000000000, 0x3ff0000000000003, FNX)
  FP_D3R(93, fmadd.d, rmm, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ca0000000000000, 0x3ff0000000000003, FNX)
  /* 94-98: -((1+ulp)^2) - half ulp (rne, rtz, rdn, rup, rmm) */
  FP_D3R(94, fnmadd.d, rne, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ca0000000000000, 0xbff0000000000003, FNX)
  FP_D3R(95, fnmadd.d, rtz, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ca0000000000000, 0xbff0000000000002, FNX)
  FP_D3R(96, fnmadd.d, rdn, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ca0000000000000, 0xbff0000000000003, FNX)
  FP_D3R(97, fnmadd.d, rup, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ca0000000000000, 0xbff0000000000002, FNX)
  FP_D3R(98, fnmadd.d, rmm, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ca0000000000000, 0xbff0000000000003, FNX)
  /* 99-103: 1 - quarter ulp (rne, rtz, rdn, rup, rmm) */
  FP_D3R(99, fmsub.d, rne, 0x3ff0000000000000, 0x3ff0000000000000, 0x3c90000000000000, 0x3ff0000000000000, FNX)
  FP_D3R(100, fmsub.d, rtz, 0x3ff0000000000000, 0x3ff0000000000000, 0x3c90000000000000, 0x3fefffffffffffff, FNX)
  FP_D3R(101, fmsub.d, rdn, 0x3ff0000000000000, 0x3ff0000000000000, 0x3c90000000000000, 0x3fefffffffffffff, FNX)
  FP_D3R(102, fmsub.d, rup, 0x3ff0000000000000, 0x3ff0000000000000, 0x3c90000000000000, 0x3ff0000000000000, FNX)
  FP_D3R(103, fmsub.d, rmm, 0x3ff0000000000000, 0x3ff0000000000000, 0x3c90000000000000, 0x3ff0000000000000, FNX)
  /* 104-108: 1 + 3*2^-55: a tie (rne, rtz, rdn, rup, rmm) */
  FP_D3R(104, fmadd.d, rne, 0x4008000000000000, 0x3c80000000000000, 0x3ff0000000000000, 0x3ff0000000000000, FNX)
  FP_D3R(105, fmadd.d, rtz, 0x4008000000000000, 0x3c80000000000000, 0x3ff0000000000000, 0x3ff0000000000000, FNX)
  FP_D3R(106, fmadd.d, rdn, 0x4008000000000000, 0x3c80000000000000, 0x3ff0000000000000, 0x3ff0000000000000, FNX)
  FP_D3R(107, fmadd.d, rup, 0x4008000000000000, 0x3c80000000000000, 0x3ff0000000000000, 0x3ff0000000000001, FNX)
  FP_D3R(108, fmadd.d, rmm, 0x4008000000000000, 0x3c80000000000000, 0x3ff0000000000000, 0x3ff0000000000000, FNX)
  /* -- exact zeros take the sign rules of addition */
  /* 109-113: 2*3 - 6 (rne, rtz, rdn, rup, rmm) */
  FP_D3R(109, fmadd.d, rne, 0x4000000000000000, 0x4008000000000000, 0xc018000000000000, 0x0000000000000000, 0)
  FP_D3R(110, fmadd.d, rtz, 0x4000000000000000, 0x4008000000000000, 0xc018000000000000, 0x0000000000000000, 0)
  FP_D3R(111, fmadd.d, rdn, 0x4000000000000000, 0x4008000000000000, 0xc018000000000000, 0x8000000000000000, 0)
  FP_D3R(112, fmadd.d, rup, 0x4000000000000000, 0x4008000000000000, 0xc018000000000000, 0x0000000000000000, 0)
  FP_D3R(113, fmadd.d, rmm, 0x4000000000000000, 0x4008000000000000, 0xc018000000000000, 0x0000000000000000, 0)
  /* 114: +0*5 + -0 = +0 */
  FP_D3R(114, fmadd.d, rne, 0x0000000000000000, 0x4014000000000000, 0x8000000000000000, 0x0000000000000000, 0)
  /* 115: +0*5 + -0 = -0 when rounding down */
  FP_D3R(115, fmadd.d, rdn, 0x0000000000000000, 0x4014000000000000, 0x8000000000000000, 0x8000000000000000, 0)
  /* 116: -0*5 + -0 = -0 */
  FP_D3R(116, fmadd.d, rne, 0x8000000000000000, 0x4014000000000000, 0x8000000000000000, 0x8000000000000000, 0)
  /* 117: -(+0*5) - +0 = -0 */
  FP_D3R(117, fnmadd.d, rne, 0x0000000000000000, 0x4014000000000000, 0x0000000000000000, 0x8000000000000000, 0)
  /* 118: +0*5 - +0 = +0 */
  FP_D3R(118, fmsub.d, rne, 0x0000000000000000, 0x4014000000000000, 0x0000000000000000, 0x0000000000000000, 0)
  /* 119: -(+0*5) + +0 = +0 */
  FP_D3R(119, fnmsub.d, rne, 0x0000000000000000, 0x4014000000000000, 0x0000000000000000, 0x0000000000000000, 0)
  /* 120: 0*5 + -7 = -7 exactly */
  FP_D3R(120, fmadd.d, rne, 0x0000000000000000, 0x4014000000000000, 0xc01c000000000000, 0xc01c000000000000, 0)
  /* 121: 2*3 + 0 = 6 */
  FP_D3R(121, fmadd.d, rne, 0x4000000000000000, 0x4008000000000000, 0x0000000000000000, 0x4018000000000000, 0)
  /* -- a tiny product beside a large addend still counts */
  /* 122-126: smallest subnormal squared + 1 (rne, rtz, rdn, rup, rmm) */
  FP_D3R(122, fmadd.d, rne, 0x0000000000000001, 0x0000000000000001, 0x3ff0000000000000, 0x3ff0000000000000, FNX)
  FP_D3R(123, fmadd.d, rtz, 0x0000000000000001, 0x0000000000000001, 0x3ff0000000000000, 0x3ff0000000000000, FNX)
  FP_D3R(124, fmadd.d, rdn, 0x0000000000000001, 0x0000000000000001, 0x3ff0000000000000, 0x3ff0000000000000, FNX)
  FP_D3R(125, fmadd.d, rup, 0x0000000000000001, 0x0000000000000001, 0x3ff0000000000000, 0x3ff0000000000001, FNX)
  FP_D3R(126, fmadd.d, rmm, 0x0000000000000001, 0x0000000000000001, 0x3ff0000000000000, 0x3ff0000000000000, FNX)
  /* 127-131: smallest subnormal squared - 1 (rne, rtz, rdn, rup, rmm) */
  FP_D3R(127, fmsub.d, rne, 0x0000000000000001, 0x0000000000000001, 0x3ff0000000000000, 0xbff0000000000000, FNX)
  FP_D3R(128, fmsub.d, rtz, 0x0000000000000001, 0x0000000000000001, 0x3ff0000000000000, 0xbfefffffffffffff, FNX)
  FP_D3R(129, fmsub.d, rdn, 0x0000000000000001, 0x0000000000000001, 0x3ff0000000000000, 0xbff0000000000000, FNX)
  FP_D3R(130, fmsub.d, rup, 0x0000000000000001, 0x0000000000000001, 0x3ff0000000000000, 0xbfefffffffffffff, FNX)
  FP_D3R(131, fmsub.d, rmm, 0x0000000000000001, 0x0000000000000001, 0x3ff0000000000000, 0xbff0000000000000, FNX)
  /* -- overflow and underflow of the sum */
  /* 132-136: max*1 + max (rne, rtz, rdn, rup, rmm) */
  FP_D3R(132, fmadd.d, rne, 0x7fefffffffffffff, 0x3ff0000000000000, 0x7fefffffffffffff, 0x7ff0000000000000, FOF|FNX)
  FP_D3R(133, fmadd.d, rtz, 0x7fefffffffffffff, 0x3ff0000000000000, 0x7fefffffffffffff, 0x7fefffffffffffff, FOF|FNX)
  FP_D3R(134, fmadd.d, rdn, 0x7fefffffffffffff, 0x3ff0000000000000, 0x7fefffffffffffff, 0x7fefffffffffffff, FOF|FNX)
  FP_D3R(135, fmadd.d, rup, 0x7fefffffffffffff, 0x3ff0000000000000, 0x7fefffffffffffff, 0x7ff0000000000000, FOF|FNX)
  FP_D3R(136, fmadd.d, rmm, 0x7fefffffffffffff, 0x3ff0000000000000, 0x7fefffffffffffff, 0x7ff0000000000000, FOF|FNX)
  /* 137: min normal * 0.5 + 0: exact subnormal */
  FP_D3R(137, fmadd.d, rne, 0x0010000000000000, 0x3fe0000000000000, 0x0000000000000000, 0x0008000000000000, 0)
  /* 138-142: min normal * 0.75 - min normal: exact subnormal (rne, rtz, rdn, rup, rmm) */
  FP_D3R(138, fmadd.d, rne, 0x0010000000000000, 0x3fe8000000000000, 0x8010000000000000, 0x8004000000000000, 0)
  FP_D3R(139, fmadd.d, rtz, 0x0010000000000000, 0x3fe8000000000000, 0x8010000000000000, 0x8004000000000000, 0)
  FP_D3R(140, fmadd.d, rdn, 0x0010000000000000, 0x3fe8000000000000, 0x8010000000000000, 0x8004000000000000, 0)
  FP_D3R(141, fmadd.d, rup, 0x0010000000000000, 0x3fe8000000000000, 0x8010000000000000, 0x8004000000000000, 0)
  FP_D3R(142, fmadd.d, rmm, 0x0010000000000000, 0x3fe8000000000000, 0x8010000000000000, 0x8004000000000000, 0)
  /* 143: smallest subnormal * 0.5 + 0: underflow to 0 */
  FP_D3R(143, fmadd.d, rne, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000, 0x0000000000000000, FUF|FNX)
  /* 144: smallest subnormal * 0.5 + smallest subnormal: a tie */
  FP_D3R(144, fmadd.d, rne, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000001, 0x0000000000000002, FUF|FNX)
  /* 145-149: (1-2^-27) * min normal*(1+2^-27) = min normal*(1-2^-54): tiny only when rounding to P bits stays below min normal (rne, rtz, rdn, rup, rmm) */
  FP_D3R(145, fmadd.d, rne, 0x3feffffffc000000, 0x0010000002000000, 0x0000000000000000, 0x0010000000000000, FNX)
  FP_D3R(146, fmadd.d, rtz, 0x3feffffffc000000, 0x0010000002000000, 0x0000000000000000, 0x000fffffffffffff, FUF|FNX)
  FP_D3R(147, fmadd.d, rdn, 0x3feffffffc000000, 0x0010000002000000, 0x0000000000000000, 0x000fffffffffffff, FUF|FNX)
  FP_D3R(148, fmadd.d, rup, 0x3feffffffc000000, 0x0010000002000000, 0x0000000000000000, 0x0010000000000000, FNX)
  FP_D3R(149, fmadd.d, rmm, 0x3feffffffc000000, 0x0010000002000000, 0x0000000000000000, 0x0010000000000000, FNX)
  /* -- invalid operations and NaNs */
  /* 150: inf*0 + 1: NV */
  FP_D3R(150, fmadd.d, rne, 0x7ff0000000000000, 0x0000000000000000, 0x3ff0000000000000, 0x7ff8000000000000, FNV)
  /* 151: 0*-inf + qNaN: NV even with a quiet NaN addend */
  FP_D3R(151, fmadd.d, rne, 0x0000000000000000, 0xfff0000000000000, 0x7ff8000000000000, 0x7ff8000000000000, FNV)
  /* 152: inf*2 + -inf: NV */
  FP_D3R(152, fmadd.d, rne, 0x7ff0000000000000, 0x4000000000000000, 0xfff0000000000000, 0x7ff8000000000000, FNV)
  /* 153: inf*2 - inf: NV */
  FP_D3R(153, fmsub.d, rne, 0x7ff0000000000000, 0x4000000000000000, 0x7ff0000000000000, 0x7ff8000000000000, FNV)
  /* 154: -(inf*2) - -inf: NV */
  FP_D3R(154, fnmadd.d, rne, 0x7ff0000000000000, 0x4000000000000000, 0xfff0000000000000, 0x7ff8000000000000, FNV)
  /* 155: inf*2 + inf = inf */
  FP_D3R(155, fmadd.d, rne, 0x7ff0000000000000, 0x4000000000000000, 0x7ff0000000000000, 0x7ff0000000000000, 0)
  /* 156: -(inf*2) + max = -inf */
  FP_D3R(156, fnmsub.d, rne, 0x7ff0000000000000, 0x4000000000000000, 0x7fefffffffffffff, 0xfff0000000000000, 0)
  /* 157: max*2 + -inf = -inf (the product is finite) */
  FP_D3R(157, fmadd.d, rne, 0x7fefffffffffffff, 0x4000000000000000, 0xfff0000000000000, 0xfff0000000000000, 0)
  /* 158: 1*1 + sNaN: NV */
  FP_D3R(158, fmadd.d, rne, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000001, 0x7ff8000000000000, FNV)
  /* 159: qNaN*1 + 1: no flags */
  FP_D3R(159, fmadd.d, rne, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff8000000000000, 0)
  /* 160: 1*-sNaN + qNaN: NV */
  FP_D3R(160, fmadd.d, rne, 0x3ff0000000000000, 0xfff0000000000001, 0x7ff8000000000000, 0x7ff8000000000000, FNV)
  /* 161: qNaN*inf + 0: no flags */
  FP_D3R(161, fmadd.d, rne, 0x7ff8000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x7ff8000000000000, 0)

TEST_END

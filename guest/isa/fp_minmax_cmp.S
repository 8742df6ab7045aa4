#include "test.h"
#include "fp.h"

/* fmin/fmax (IEEE 754-2019 minimumNumber/maximumNumber: -0 < +0, a NaN
 * operand gives the other operand, two NaNs the canonical NaN, sNaN raises
 * NV) and feq/flt/fle (feq raises NV only for sNaN, flt and fle for any
 * NaN; -0 == +0; NaN compares false), single and double. */

TEST_BEGIN
  FP_ON

  /* ==== fmin.s / fmax.s */
  /* 1: fmin(1, 2) */
  FP_S2(1, fmin.s, 0x3f800000, 0x40000000, 0x3f800000, 0)
  /* 2: fmin(-1, -2) */
  FP_S2(2, fmin.s, 0xbf800000, 0xc0000000, 0xc0000000, 0)
  /* 3: fmin(-0, +0): -0 < +0 */
  FP_S2(3, fmin.s, 0x80000000, 0x00000000, 0x80000000, 0)
  /* 4: fmin(+0, -0) */
  FP_S2(4, fmin.s, 0x00000000, 0x80000000, 0x80000000, 0)
  /* 5: fmin(-inf, smallest subnormal) */
  FP_S2(5, fmin.s, 0xff800000, 0x00000001, 0xff800000, 0)
  /* 6: fmin(qNaN, 1) = 1, no flags */
  FP_S2(6, fmin.s, 0x7fc00000, 0x3f800000, 0x3f800000, 0)
  /* 7: fmin(-3, qNaN) = -3, no flags */
  FP_S2(7, fmin.s, 0xc0400000, 0x7fc54321, 0xc0400000, 0)
  /* 8: fmin(sNaN, 1) = 1, NV */
  FP_S2(8, fmin.s, 0x7f800001, 0x3f800000, 0x3f800000, FNV)
  /* 9: fmin(inf, -sNaN) = inf, NV */
  FP_S2(9, fmin.s, 0x7f800000, 0xff800001, 0x7f800000, FNV)
  /* 10: fmin(qNaN, -qNaN): canonical NaN, no flags */
  FP_S2(10, fmin.s, 0x7fc54321, 0xffc00000, 0x7fc00000, 0)
  /* 11: fmin(sNaN, qNaN): canonical NaN, NV */
  FP_S2(11, fmin.s, 0x7f800001, 0x7fc54321, 0x7fc00000, FNV)
  /* 12: fmin(5, 5) */
  FP_S2(12, fmin.s, 0x40a00000, 0x40a00000, 0x40a00000, 0)
  /* 13: fmax(1, 2) */
  FP_S2(13, fmax.s, 0x3f800000, 0x40000000, 0x40000000, 0)
  /* 14: fmax(-1, -2) */
  FP_S2(14, fmax.s, 0xbf800000, 0xc0000000, 0xbf800000, 0)
  /* 15: fmax(-0, +0): -0 < +0 */
  FP_S2(15, fmax.s, 0x80000000, 0x00000000, 0x00000000, 0)
  /* 16: fmax(+0, -0) */
  FP_S2(16, fmax.s, 0x00000000, 0x80000000, 0x00000000, 0)
  /* 17: fmax(-inf, smallest subnormal) */
  FP_S2(17, fmax.s, 0xff800000, 0x00000001, 0x00000001, 0)
  /* 18: fmax(qNaN, 1) = 1, no flags */
  FP_S2(18, fmax.s, 0x7fc00000, 0x3f800000, 0x3f800000, 0)
  /* 19: fmax(-3, qNaN) = -3, no flags */
  FP_S2(19, fmax.s, 0xc0400000, 0x7fc54321, 0xc0400000, 0)
  /* 20: fmax(sNaN, 1) = 1, NV */
  FP_S2(20, fmax.s, 0x7f800001, 0x3f800000, 0x3f800000, FNV)
  /* 21: fmax(inf, -sNaN) = inf, NV */
  FP_S2(21, fmax.s, 0x7f800000, 0xff800001, 0x7f800000, FNV)
  /* 22: fmax(qNaN, -qNaN): canonical NaN, no flags */
  FP_S2(22, fmax.s, 0x7fc54321, 0xffc00000, 0x7fc00000, 0)
  /* 23: fmax(sNaN, qNaN): canonical NaN, NV */
  FP_S2(23, fmax.s, 0x7f800001, 0x7fc54321, 0x7fc00000, FNV)
  /* 24: fmax(5, 5) */
  FP_S2(24, fmax.s, 0x40a00000, 0x40a00000, 0x40a00000, 0)

  /* ==== feq.s / flt.s / fle.s: feq is quiet, flt and fle signal on any NaN */
  /* 25: feq(1, 1) */
  FP_SX2(25, feq.s, 0x3f800000, 0x3f800000, 1, 0)
  /* 26: feq(1, 2) */
  FP_SX2(26, feq.s, 0x3f800000, 0x40000000, 0, 0)
  /* 27: feq(2, 1) */
  FP_SX2(27, feq.s, 0x40000000, 0x3f800000, 0, 0)
  /* 28: feq(-2, -1) */
  FP_SX2(28, feq.s, 0xc0000000, 0xbf800000, 0, 0)
  /* 29: feq(-0, +0): equal */
  FP_SX2(29, feq.s, 0x80000000, 0x00000000, 1, 0)
  /* 30: feq(-inf, inf) */
  FP_SX2(30, feq.s, 0xff800000, 0x7f800000, 0, 0)
  /* 31: feq(inf, inf) */
  FP_SX2(31, feq.s, 0x7f800000, 0x7f800000, 1, 0)
  /* 32: feq(-subnormal, +subnormal) */
  FP_SX2(32, feq.s, 0x80000001, 0x00000001, 0, 0)
  /* 33: feq(qNaN, 1) */
  FP_SX2(33, feq.s, 0x7fc00000, 0x3f800000, 0, 0)
  /* 34: feq(1, -qNaN) */
  FP_SX2(34, feq.s, 0x3f800000, 0xffc00000, 0, 0)
  /* 35: feq(qNaN, qNaN) */
  FP_SX2(35, feq.s, 0x7fc00000, 0x7fc00000, 0, 0)
  /* 36: feq(sNaN, 1) */
  FP_SX2(36, feq.s, 0x7f800001, 0x3f800000, 0, FNV)
  /* 37: feq(qNaN, sNaN) */
  FP_SX2(37, feq.s, 0x7fc00000, 0x7f800001, 0, FNV)
  /* 38: flt(1, 1) */
  FP_SX2(38, flt.s, 0x3f800000, 0x3f800000, 0, 0)
  /* 39: flt(1, 2) */
  FP_SX2(39, flt.s, 0x3f800000, 0x40000000, 1, 0)
  /* 40: flt(2, 1) */
  FP_SX2(40, flt.s, 0x40000000, 0x3f800000, 0, 0)
  /* 41: flt(-2, -1) */
  FP_SX2(41, flt.s, 0xc0000000, 0xbf800000, 1, 0)
  /* 42: flt(-0, +0): equal */
  FP_SX2(42, flt.s, 0x80000000, 0x00000000, 0, 0)
  /* 43: flt(-inf, inf) */
  FP_SX2(43, flt.s, 0xff800000, 0x7f800000, 1, 0)
  /* 44: flt(inf, inf) */
  FP_SX2(44, flt.s, 0x7f800000, 0x7f800000, 0, 0)
  /* 45: flt(-subnormal, +subnormal) */
  FP_SX2(45, flt.s, 0x80000001, 0x00000001, 1, 0)
  /* 46: flt(qNaN, 1) */
  FP_SX2(46, flt.s, 0x7fc00000, 0x3f800000, 0, FNV)
  /* 47: flt(1, -qNaN) */
  FP_SX2(47, flt.s, 0x3f800000, 0xffc00000, 0, FNV)
  /* 48: flt(qNaN, qNaN) */
  FP_SX2(48, flt.s, 0x7fc00000, 0x7fc00000, 0, FNV)
  /* 49: flt(sNaN, 1) */
  FP_SX2(49, flt.s, 0x7f800001, 0x3f800000, 0, FNV)
  /* 50: flt(qNaN, sNaN) */
  FP_SX2(50, flt.s, 0x7fc00000, 0x7f800001, 0, FNV)
  /* 51: fle(1, 1) */
  FP_SX2(51, fle.s, 0x3f800000, 0x3f800000, 1, 0)
  /* 52: fle(1, 2) */
  FP_SX2(52, fle.s, 0x3f800000, 0x40000000, 1, 0)
  /* 53: fle(2, 1) */
  FP_SX2(53, fle.s, 0x40000000, 0x3f800000, 0, 0)
  /* 54: fle(-2, -1) */
  FP_SX2(54, fle.s, 0xc0000000, 0xbf800000, 1, 0)
  /* 55: fle(-0, +0): equal */
  FP_SX2(55, fle.s, 0x80000000, 0x00000000, 1, 0)
  /* 56: fle(-inf, inf) */
  FP_SX2(56, fle.s, 0xff800000, 0x7f800000, 1, 0)
  /* 57: fle(inf, inf) */
  FP_SX2(57, fle.s, 0x7f800000, 0x7f800000, 1, 0)
  /* 58: fle(-subnormal, +subnormal) */
  FP_SX2(58, fle.s, 0x80000001, 0x00000001, 1, 0)
  /* 59: fle(qNaN, 1) */
  FP_SX2(59, fle.s, 0x7fc00000, 0x3f800000, 0, FNV)
  /* 60: fle(1, -qNaN) */
  FP_SX2(60, fle.s, 0x3f800000, 0xffc00000, 0, FNV)
  /* 61: fle(qNaN, qNaN) */
  FP_SX2(61, fle.s, 0x7fc00000, 0x7fc00000, 0, FNV)
  /* 62: fle(sNaN, 1) */
  FP_SX2(62, fle.s, 0x7f800001, 0x3f800000, 0, FNV)
  /* 63: fle(qNaN, sNaN) */
  FP_SX2(63, fle.s, 0x7fc00000, 0x7f800001, 0, FNV)
  /* 64: feq with rd = x0 still raises NV for a signalling NaN */
  li TESTNUM, 64; FP_LOAD_S(f1, 0x7f800001); csrw fflags, zero; feq.s zero, f1, f1; li a0, 0; FP_CHECK(0, FNV)

  /* ==== fmin.d / fmax.d */
  /* 65: fmin(1, 2) */
  FP_D2(65, fmin.d, 0x3ff0000000000000, 0x4000000000000000, 0x3ff0000000000000, 0)
  /* 66: fmin(-1, -2) */
  FP_D2(66, fmin.d, 0xbff0000000000000, 0xc000000000000000, 0xc000000000000000, 0)
  /* 67: fmin(-0, +0): -0 < +0 */
  FP_D2(67, fmin.d, 0x8000000000000000, 0x0000000000000000, 0x8000000000000000, 0)
  /* 68: fmin(+0, -0) */
  FP_D2(68, fmin.d, 0x0000000000000000, 0x8000000000000000, 0x8000000000000000, 0)
  /* 69: fmin(-inf, smallest subnormal) */
  FP_D2(69, fmin.d, 0xfff0000000000000, 0x0000000000000001, 0xfff0000000000000, 0)
  /* 70: fmin(qNaN, 1) = 1, no flags */
  FP_D2(70, fmin.d, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0)
  /* 71: fmin(-3, qNaN) = -3, no flags */
  FP_D2(71, fmin.d, 0xc008000000000000, 0x7ff8000000054321, 0xc008000000000000, 0)
  /* 72: fmin(sNaN, 1) = 1, NV */
  FP_D2(72, fmin.d, 0x7ff0000000000001, 0x3ff0000000000000, 0x3ff0000000000000, FNV)
  /* 73: fmin(inf, -sNaN) = inf, NV */
  FP_D2(73, fmin.d, 0x7ff0000000000000, 0xfff0000000000001, 0x7ff0000000000000, FNV)
  /* 74: fmin(qNaN, -qNaN): canonical NaN, no flags */
  FP_D2(74, fmin.d, 0x7ff8000000054321, 0xfff8000000000000, 0x7ff8000000000000, 0)
  /* 75: fmin(sNaN, qNaN): canonical NaN, NV */
  FP_D2(75, fmin.d, 0x7ff0000000000001, 0x7ff8000000054321, 0x7ff8000000000000, FNV)
  /* 76: fmin(5, 5) */
  FP_D2(76, fmin.d, 0x4014000000000000, 0x4014000000000000, 0x4014000000000000, 0)
  /* 77: fmax(1, 2) */
  FP_D2(77, fmax.d, 0x3ff0000000000000, 0x4000000000000000, 0x4000000000000000, 0)
  /* 78: fmax(-1, -2) */
  FP_D2(78, fmax.d, 0xbff0000000000000, 0xc000000000000000, 0xbff0000000000000, 0)
  /* 79: fmax(-0, +0): -0 < +0 */
  FP_D2(79, fmax.d, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000, 0)
  /* 80: fmax(+0, -0) */
  FP_D2(80, fmax.d, 0x0000000000000000, 0x8000000000000000, 0x0000000000000000, 0)
  /* 81: fmax(-inf, smallest subnormal) */
  FP_D2(81, fmax.d, 0xfff0000000000000, 0x0000000000000001, 0x0000000000000001, 0)
  /* 82: fmax(qNaN, 1) = 1, no flags */
  FP_D2(82, fmax.d, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0)
  /* 83: fmax(-3, qNaN) = -3, no flags */
  FP_D2(83, fmax.d, 0xc008000000000000, 0x7ff8000000054321, 0xc008000000000000, 0)
  /* 84: fmax(sNaN, 1) = 1, NV */
  FP_D2(84, fmax.d, 0x7ff0000000000001, 0x3ff0000000000000, 0x3ff0000000000000, FNV)
  /* 85: fmax(inf, -sNaN) = inf, NV */
  FP_D2(85, fmax.d, 0x7ff0000000000000, 0xfff0000000000001, 0x7ff0000000000000, FNV)
  /* 86: fmax(qNaN, -qNaN): canonical NaN, no flags */
  FP_D2(86, fmax.d, 0x7ff8000000054321, 0xfff8000000000000, 0x7ff8000000000000, 0)
  /* 87: fmax(sNaN, qNaN): canonical NaN, NV */
  FP_D2(87, fmax.d, 0x7ff0000000000001, 0x7ff8000000054321, 0x7ff8000000000000, FNV)
  /* 88: fmax(5, 5) */
  FP_D2(88, fmax.d, 0x4014000000000000, 0x4014000000000000, 0x4014000000000000, 0)

  /* ==== feq.d / flt.d / fle.d: feq is quiet, flt and fle signal on any NaN */
  /* 89: feq(1, 1) */
  FP_DX2(89, feq.d, 0x3ff0000000000000, 0x3ff0000000000000, 1, 0)
  /* 90: feq(1, 2) */
  FP_DX2(90, feq.d, 0x3ff0000000000000, 0x4000000000000000, 0, 0)
  /* 91: feq(2, 1) */
  FP_DX2(91, feq.d, 0x4000000000000000, 0x3ff0000000000000, 0, 0)
  /* 92: feq(-2, -1) */
  FP_DX2(92, feq.d, 0xc000000000000000, 0xbff0000000000000, 0, 0)
  /* 93: feq(-0, +0): equal */
  FP_DX2(93, feq.d, 0x8000000000000000, 0x0000000000000000, 1, 0)
  /* 94: feq(-inf, inf) */
  FP_DX2(94, feq.d, 0xfff0000000000000, 0x7ff0000000000000, 0, 0)
  /* 95: feq(inf, inf) */
  FP_DX2(95, feq.d, 0x7ff0000000000000, 0x7ff0000000000000, 1, 0)
  /* 96: feq(-subnormal, +subnormal) */
  FP_DX2(96, feq.d, 0x8000000000000001, 0x0000000000000001, 0, 0)
  /* 97: feq(qNaN, 1) */
  FP_DX2(97, feq.d, 0x7ff8000000000000, 0x3ff0000000000000, 0, 0)
  /* 98: feq(1, -qNaN) */
  FP_DX2(98, feq.d, 0x3ff0000000000000, 0xfff8000000000000, 0, 0)
  /* 99: feq(qNaN, qNaN) */
  FP_DX2(99, feq.d, 0x7ff8000000000000, 0x7ff8000000000000, 0, 0)
  /* 100: feq(sNaN, 1) */
  FP_DX2(100, feq.d, 0x7ff0000000000001, 0x3ff0000000000000, 0, FNV)
  /* 101: feq(qNaN, sNaN) */
  FP_DX2(101, feq.d, 0x7ff8000000000000, 0x7ff0000000000001, 0, FNV)
  /* 102: flt(1, 1) */
  FP_DX2(102, flt.d, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
  /* 103: flt(1, 2) */
  FP_DX2(103, flt.d, 0x3ff0000000000000, 0x4000000000000000, 1, 0)
  /* 104: flt(2, 1) */
  FP_DX2(104, flt.d, 0x4000000000000000, 0x3ff0000000000000, 0, 0)
  /* 105: flt(-2, -1) */
  FP_DX2(105, flt.d, 0xc000000000000000, 0xbff0000000000000, 1, 0)
  /* 106: flt(-0, +0): equal */
  FP_DX2(106, flt.d, 0x8000000000000000, 0x0000000000000000, 0, 0)
  /* 107: flt(-inf, inf) */
  FP_DX2(107, flt.d, 0xfff0000000000000, 0x7ff0000000000000, 1, 0)
  /* 108: flt(inf, inf) */
  FP_DX2(108, flt.d, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0)
  /* 109: flt(-subnormal, +subnormal) */
  FP_DX2(109, flt.d, 0x8000000000000001, 0x0000000000000001, 1, 0)
  /* 110: flt(qNaN, 1) */
  FP_DX2(110, flt.d, 0x7ff8000000000000, 0x3ff0000000000000, 0, FNV)
  /* 111: flt(1, -qNaN) */
  FP_DX2(111, flt.d, 0x3ff0000000000000, 0xfff8000000000000, 0, FNV)
  /* 112: flt(qNaN, qNaN) */
  FP_DX2(112, flt.d, 0x7ff8000000000000, 0x7ff8000000000000, 0, FNV)
  /* 113: flt(sNaN, 1) */
  FP_DX2(113, flt.d, 0x7ff0000000000001, 0x3ff0000000000000, 0, FNV)
  /* 114: flt(qNaN, sNaN) */
  FP_DX2(114, flt.d, 0x7ff8000000000000, 0x7ff0000000000001, 0, FNV)
  /* 115: fle(1, 1) */
  FP_DX2(115, fle.d, 0x3ff0000000000000, 0x3ff0000000000000, 1, 0)
  /* 116: fle(1, 2) */
  FP_DX2(116, fle.d, 0x3ff0000000000000, 0x4000000000000000, 1, 0)
  /* 117: fle(2, 1) */
  FP_DX2(117, fle.d, 0x4000000000000000, 0x3ff0000000000000, 0, 0)
  /* 118: fle(-2, -1) */
  FP_DX2(118, fle.d, 0xc000000000000000, 0xbff0000000000000, 1, 0)
  /* 119: fle(-0, +0): equal */
  FP_DX2(119, fle.d, 0x8000000000000000, 0x0000000000000000, 1, 0)
  /* 120: fle(-inf, inf) */
  FP_DX2(120, fle.d, 0xfff0000000000000, 0x7ff0000000000000, 1, 0)
  /* 121: fle(inf, inf) */
  FP_DX2(121, fle.d, 0x7ff0000000000000, 0x7ff0000000000000, 1, 0)
  /* 122: fle(-subnormal, +subnormal) */
  FP_DX2(122, fle.d, 0x8000000000000001, 0x0000000000000001, 1, 0)
  /* 123: fle(qNaN, 1) */
  FP_DX2(123, fle.d, 0x7ff8000000000000, 0x3ff0000000000000, 0, FNV)
  /* 124: fle(1, -qNaN) */
  FP_DX2(124, fle.d, 0x3ff0000000000000, 0xfff8000000000000, 0, FNV)
  /* 125: fle(qNaN, qNaN) */
  FP_DX2(125, fle.d, 0x7ff8000000000000, 0x7ff8000000000000, 0, FNV)
  /* 126: fle(sNaN, 1) */
  FP_DX2(126, fle.d, 0x7ff0000000000001, 0x3ff0000000000000, 0, FNV)
  /* 127: fle(qNaN, sNaN) */
  FP_DX2(127, fle.d, 0x7ff8000000000000, 0x7ff0000000000001, 0, FNV)
  /* 128: feq with rd = x0 still raises NV for a signalling NaN */
  li TESTNUM, 128; FP_LOAD_D(f1, 0x7ff0000000000001); csrw fflags, zero; feq.d zero, f1, f1; li a0, 0; FP_CHECK(0, FNV)

TEST_END

#include "test.h"
#include "fp.h"

/* fclass (all ten classes, single and double), sign injection (fsgnj,
 * fsgnjn, fsgnjx: pure bit operations, NaNs kept, no flags), the fmv moves
 * (fmv.x.w sign-extends the low half without a NaN-box check, fmv.w.x
 * boxes), and NaN-boxing: a single whose upper half is not all ones reads
 * as the canonical NaN in every single-precision instruction. */

TEST_BEGIN
  FP_ON

  /* ==== fclass.s: one bit for each of the ten classes */
  /* 1: -inf */
  FP_SX1(1, fclass.s, 0xff800000, 0x1, 0)
  /* 2: -1.0: negative normal */
  FP_SX1(2, fclass.s, 0xbf800000, 0x2, 0)
  /* 3: -max: negative normal */
  FP_SX1(3, fclass.s, 0xff7fffff, 0x2, 0)
  /* 4: -min normal */
  FP_SX1(4, fclass.s, 0x80800000, 0x2, 0)
  /* 5: -largest subnormal */
  FP_SX1(5, fclass.s, 0x807fffff, 0x4, 0)
  /* 6: -smallest subnormal */
  FP_SX1(6, fclass.s, 0x80000001, 0x4, 0)
  /* 7: -0 */
  FP_SX1(7, fclass.s, 0x80000000, 0x8, 0)
  /* 8: +0 */
  FP_SX1(8, fclass.s, 0x00000000, 0x10, 0)
  /* 9: +smallest subnormal */
  FP_SX1(9, fclass.s, 0x00000001, 0x20, 0)
  /* 10: +largest subnormal */
  FP_SX1(10, fclass.s, 0x007fffff, 0x20, 0)
  /* 11: +min normal */
  FP_SX1(11, fclass.s, 0x00800000, 0x40, 0)
  /* 12: +max */
  FP_SX1(12, fclass.s, 0x7f7fffff, 0x40, 0)
  /* 13: +inf */
  FP_SX1(13, fclass.s, 0x7f800000, 0x80, 0)
  /* 14: sNaN */
  FP_SX1(14, fclass.s, 0x7f800001, 0x100, 0)
  /* 15: -sNaN, all payload bits set */
  FP_SX1(15, fclass.s, 0xffbfffff, 0x100, 0)
  /* 16: canonical qNaN */
  FP_SX1(16, fclass.s, 0x7fc00000, 0x200, 0)
  /* 17: -qNaN with a payload */
  FP_SX1(17, fclass.s, 0xffc00001, 0x200, 0)

  /* ==== fclass.d: one bit for each of the ten classes */
  /* 18: -inf */
  FP_DX1(18, fclass.d, 0xfff0000000000000, 0x1, 0)
  /* 19: -1.0 */
  FP_DX1(19, fclass.d, 0xbff0000000000000, 0x2, 0)
  /* 20: -min normal */
  FP_DX1(20, fclass.d, 0x8010000000000000, 0x2, 0)
  /* 21: -largest subnormal */
  FP_DX1(21, fclass.d, 0x800fffffffffffff, 0x4, 0)
  /* 22: -smallest subnormal */
  FP_DX1(22, fclass.d, 0x8000000000000001, 0x4, 0)
  /* 23: -0 */
  FP_DX1(23, fclass.d, 0x8000000000000000, 0x8, 0)
  /* 24: +0 */
  FP_DX1(24, fclass.d, 0x0000000000000000, 0x10, 0)
  /* 25: +smallest subnormal */
  FP_DX1(25, fclass.d, 0x0000000000000001, 0x20, 0)
  /* 26: +largest subnormal */
  FP_DX1(26, fclass.d, 0x000fffffffffffff, 0x20, 0)
  /* 27: +min normal */
  FP_DX1(27, fclass.d, 0x0010000000000000, 0x40, 0)
  /* 28: +max */
  FP_DX1(28, fclass.d, 0x7fefffffffffffff, 0x40, 0)
  /* 29: +inf */
  FP_DX1(29, fclass.d, 0x7ff0000000000000, 0x80, 0)
  /* 30: sNaN */
  FP_DX1(30, fclass.d, 0x7ff0000000000001, 0x100, 0)
  /* 31: -sNaN, all payload bits set */
  FP_DX1(31, fclass.d, 0xfff7ffffffffffff, 0x100, 0)
  /* 32: canonical qNaN */
  FP_DX1(32, fclass.d, 0x7ff8000000000000, 0x200, 0)
  /* 33: -qNaN with a payload */
  FP_DX1(33, fclass.d, 0xfff8000000000001, 0x200, 0)

  /* ==== fsgnj.s / fsgnjn.s / fsgnjx.s: bit operations, NaNs kept as they are, no flags */
  /* 34: fsgnj(1, -2) */
  FP_S2(34, fsgnj.s, 0x3f800000, 0xc0000000, 0xbf800000, 0)
  /* 35: fsgnj(-1, 2) */
  FP_S2(35, fsgnj.s, 0xbf800000, 0x40000000, 0x3f800000, 0)
  /* 36: fsgnj(-1, -2) */
  FP_S2(36, fsgnj.s, 0xbf800000, 0xc0000000, 0xbf800000, 0)
  /* 37: fsgnj(sNaN, -0: the sNaN keeps its payload, no NV) */
  FP_S2(37, fsgnj.s, 0x7f800001, 0x80000000, 0xff800001, 0)
  /* 38: fsgnj(-sNaN, qNaN) */
  FP_S2(38, fsgnj.s, 0xff800001, 0x7fc00000, 0x7f800001, 0)
  /* 39: fsgnj(+0, -subnormal) */
  FP_S2(39, fsgnj.s, 0x00000000, 0x80000001, 0x80000000, 0)
  /* 40: fsgnjn(1, -2) */
  FP_S2(40, fsgnjn.s, 0x3f800000, 0xc0000000, 0x3f800000, 0)
  /* 41: fsgnjn(-1, 2) */
  FP_S2(41, fsgnjn.s, 0xbf800000, 0x40000000, 0xbf800000, 0)
  /* 42: fsgnjn(-1, -2) */
  FP_S2(42, fsgnjn.s, 0xbf800000, 0xc0000000, 0x3f800000, 0)
  /* 43: fsgnjn(sNaN, -0: the sNaN keeps its payload, no NV) */
  FP_S2(43, fsgnjn.s, 0x7f800001, 0x80000000, 0x7f800001, 0)
  /* 44: fsgnjn(-sNaN, qNaN) */
  FP_S2(44, fsgnjn.s, 0xff800001, 0x7fc00000, 0xff800001, 0)
  /* 45: fsgnjn(+0, -subnormal) */
  FP_S2(45, fsgnjn.s, 0x00000000, 0x80000001, 0x00000000, 0)
  /* 46: fsgnjx(1, -2) */
  FP_S2(46, fsgnjx.s, 0x3f800000, 0xc0000000, 0xbf800000, 0)
  /* 47: fsgnjx(-1, 2) */
  FP_S2(47, fsgnjx.s, 0xbf800000, 0x40000000, 0xbf800000, 0)
  /* 48: fsgnjx(-1, -2) */
  FP_S2(48, fsgnjx.s, 0xbf800000, 0xc0000000, 0x3f800000, 0)
  /* 49: fsgnjx(sNaN, -0: the sNaN keeps its payload, no NV) */
  FP_S2(49, fsgnjx.s, 0x7f800001, 0x80000000, 0xff800001, 0)
  /* 50: fsgnjx(-sNaN, qNaN) */
  FP_S2(50, fsgnjx.s, 0xff800001, 0x7fc00000, 0xff800001, 0)
  /* 51: fsgnjx(+0, -subnormal) */
  FP_S2(51, fsgnjx.s, 0x00000000, 0x80000001, 0x80000000, 0)

  /* ==== fsgnj.d / fsgnjn.d / fsgnjx.d: bit operations, NaNs kept as they are, no flags */
  /* 52: fsgnj(1, -2) */
  FP_D2(52, fsgnj.d, 0x3ff0000000000000, 0xc000000000000000, 0xbff0000000000000, 0)
  /* 53: fsgnj(-1, 2) */
  FP_D2(53, fsgnj.d, 0xbff0000000000000, 0x4000000000000000, 0x3ff0000000000000, 0)
  /* 54: fsgnj(-1, -2) */
  FP_D2(54, fsgnj.d, 0xbff0000000000000, 0xc000000000000000, 0xbff0000000000000, 0)
  /* 55: fsgnj(sNaN, -0: the sNaN keeps its payload, no NV) */
  FP_D2(55, fsgnj.d, 0x7ff0000000000001, 0x8000000000000000, 0xfff0000000000001, 0)
  /* 56: fsgnj(-sNaN, qNaN) */
  FP_D2(56, fsgnj.d, 0xfff0000000000001, 0x7ff8000000000000, 0x7ff0000000000001, 0)
  /* 57: fsgnj(+0, -subnormal) */
  FP_D2(57, fsgnj.d, 0x0000000000000000, 0x8000000000000001, 0x8000000000000000, 0)
  /* 58: fsgnjn(1, -2) */
  FP_D2(58, fsgnjn.d, 0x3ff0000000000000, 0xc000000000000000, 0x3ff0000000000000, 0)
  /* 59: fsgnjn(-1, 2) */
  FP_D2(59, fsgnjn.d, 0xbff0000000000000, 0x4000000000000000, 0xbff0000000000000, 0)
  /* 60: fsgnjn(-1, -2) */
  FP_D2(60, fsgnjn.d, 0xbff0000000000000, 0xc000000000000000, 0x3ff0000000000000, 0)
  /* 61: fsgnjn(sNaN, -0: the sNaN keeps its payload, no NV) */
  FP_D2(61, fsgnjn.d, 0x7ff0000000000001, 0x8000000000000000, 0x7ff0000000000001, 0)
  /* 62: fsgnjn(-sNaN, qNaN) */
  FP_D2(62, fsgnjn.d, 0xfff0000000000001, 0x7ff8000000000000, 0xfff0000000000001, 0)
  /* 63: fsgnjn(+0, -subnormal) */
  FP_D2(63, fsgnjn.d, 0x0000000000000000, 0x8000000000000001, 0x0000000000000000, 0)
  /* 64: fsgnjx(1, -2) */
  FP_D2(64, fsgnjx.d, 0x3ff0000000000000, 0xc000000000000000, 0xbff0000000000000, 0)
  /* 65: fsgnjx(-1, 2) */
  FP_D2(65, fsgnjx.d, 0xbff0000000000000, 0x4000000000000000, 0xbff0000000000000, 0)
  /* 66: fsgnjx(-1, -2) */
  FP_D2(66, fsgnjx.d, 0xbff0000000000000, 0xc000000000000000, 0x3ff0000000000000, 0)
  /* 67: fsgnjx(sNaN, -0: the sNaN keeps its payload, no NV) */
  FP_D2(67, fsgnjx.d, 0x7ff0000000000001, 0x8000000000000000, 0xfff0000000000001, 0)
  /* 68: fsgnjx(-sNaN, qNaN) */
  FP_D2(68, fsgnjx.d, 0xfff0000000000001, 0x7ff8000000000000, 0xfff0000000000001, 0)
  /* 69: fsgnjx(+0, -subnormal) */
  FP_D2(69, fsgnjx.d, 0x0000000000000000, 0x8000000000000001, 0x8000000000000000, 0)

  /* ==== fmv.x.w / fmv.w.x / fmv.x.d / fmv.d.x move bits unchanged */
  /* 70: fmv.w.x takes the low 32 bits of rs1 and NaN-boxes them */
  li TESTNUM, 70; li t0, 0x123456789abcdef0; csrw fflags, zero; fmv.w.x f1, t0
  fmv.x.d a0, f1; FP_CHECK(0xffffffff9abcdef0, 0)
  /* 71: fmv.x.w sign-extends bit 31 */
  li TESTNUM, 71; fmv.x.w a0, f1; FP_CHECK(0xffffffff9abcdef0, 0)
  /* 72: fmv.x.w of a positive value */
  li TESTNUM, 72; FP_LOAD_S(f1, 0x3f800000); fmv.x.w a0, f1; FP_CHECK(0x3f800000, 0)
  /* 73: fmv.x.w does not check the NaN-box: it moves the low half */
  li TESTNUM, 73; FP_LOAD_D(f1, 0x0123456789abcdef); fmv.x.w a0, f1; FP_CHECK(0xffffffff89abcdef, 0)
  /* 74: ... also when bit 31 is clear */
  li TESTNUM, 74; FP_LOAD_D(f1, 0x0000000012345678); fmv.x.w a0, f1; FP_CHECK(0x12345678, 0)
  /* 75: fmv.d.x / fmv.x.d keep a signalling NaN, no flags */
  li TESTNUM, 75; FP_LOAD_D(f1, 0x7ff0000000000001); fmv.x.d a0, f1; FP_CHECK(0x7ff0000000000001, 0)
  /* 76: fmv.w.x keeps a single sNaN (boxed), no flags */
  li TESTNUM, 76; FP_LOAD_S(f1, 0x7f800001); fmv.x.d a0, f1; FP_CHECK(0xffffffff7f800001, 0)
  /* 77: any 64-bit pattern round-trips through fmv.d.x / fmv.x.d */
  li TESTNUM, 77; FP_LOAD_D(f1, 0xdeadbeefcafef00d); fmv.x.d a0, f1; FP_CHECK(0xdeadbeefcafef00d, 0)
  /* 78: fmv.w.x with rd = f0: f0 is a register like the others */
  li TESTNUM, 78; li t0, 0x40490fdb; fmv.w.x f0, t0; fmv.x.d a0, f0; FP_CHECK(0xffffffff40490fdb, 0)

  /* ==== NaN-boxing: a single whose upper 32 bits are not all ones reads
   * as the canonical NaN (f1 holds 1.0 with a zero upper half, f2 = 1.0,
   * f3 = -1.0 properly boxed) */
#define UNBOXED li t0, 0x000000003f800000; fmv.d.x f1, t0; FP_LOAD_S(f2, 0x3f800000); FP_LOAD_S(f3, 0xbf800000); csrw fflags, zero
  /* 79: fadd.s with an unboxed operand: canonical NaN, no flags */
  li TESTNUM, 79; UNBOXED; fadd.s f4, f1, f2; fmv.x.d a0, f4; FP_CHECK(BOXED(0x7fc00000), 0)
  /* 80: upper half 0xfffffffe is not a box either */
  li TESTNUM, 80; li t0, 0xfffffffe3f800000; fmv.d.x f1, t0; csrw fflags, zero
  fmul.s f4, f2, f1; fmv.x.d a0, f4; FP_CHECK(BOXED(0x7fc00000), 0)
  /* 81: fclass.s sees a quiet NaN */
  li TESTNUM, 81; UNBOXED; fclass.s a0, f1; FP_CHECK(0x200, 0)
  /* 82: fsgnj.s: the canonical NaN's magnitude with rs2's sign */
  li TESTNUM, 82; UNBOXED; fsgnj.s f4, f1, f3; fmv.x.d a0, f4; FP_CHECK(BOXED(0xffc00000), 0)
  /* 83: fsgnjn.s with an unboxed rs2: its sign is the canonical NaN's (+), negated */
  li TESTNUM, 83; UNBOXED; fsgnjn.s f4, f2, f1; fmv.x.d a0, f4; FP_CHECK(BOXED(0xbf800000), 0)
  /* 84: fsgnjx.s with an unboxed rs2: sign unchanged */
  li TESTNUM, 84; UNBOXED; fsgnjx.s f4, f3, f1; fmv.x.d a0, f4; FP_CHECK(BOXED(0xbf800000), 0)
  /* 85: fmv.s (fsgnj.s rd, rs, rs) of an unboxed value gives the canonical NaN */
  li TESTNUM, 85; UNBOXED; fmv.s f4, f1; fmv.x.d a0, f4; FP_CHECK(BOXED(0x7fc00000), 0)
  /* 86: feq.s: a quiet NaN, so 0 and no flags */
  li TESTNUM, 86; UNBOXED; feq.s a0, f1, f1; FP_CHECK(0, 0)
  /* 87: flt.s: NV */
  li TESTNUM, 87; UNBOXED; flt.s a0, f2, f1; FP_CHECK(0, FNV)
  /* 88: fcvt.w.s: a NaN, so 2^31-1 and NV */
  li TESTNUM, 88; UNBOXED; fcvt.w.s a0, f1, rtz; FP_CHECK(0x7fffffff, FNV)
  /* 89: fcvt.d.s: the canonical double NaN, no flags */
  li TESTNUM, 89; UNBOXED; fcvt.d.s f4, f1; fmv.x.d a0, f4; FP_CHECK(0x7ff8000000000000, 0)
  /* 90: fmin.s ignores the (quiet) NaN operand */
  li TESTNUM, 90; UNBOXED; fmin.s f4, f1, f3; fmv.x.d a0, f4; FP_CHECK(BOXED(0xbf800000), 0)
  /* 91: fmadd.s with an unboxed addend */
  li TESTNUM, 91; UNBOXED; fmadd.s f4, f2, f3, f1; fmv.x.d a0, f4; FP_CHECK(BOXED(0x7fc00000), 0)
  /* 92: fsqrt.s */
  li TESTNUM, 92; UNBOXED; fsqrt.s f4, f1; fmv.x.d a0, f4; FP_CHECK(BOXED(0x7fc00000), 0)
  /* 93: a double read as a single: 1.0d is not a boxed single */
  li TESTNUM, 93; FP_LOAD_D(f1, 0x3ff0000000000000); csrw fflags, zero
  fadd.s f4, f1, f1; fmv.x.d a0, f4; FP_CHECK(BOXED(0x7fc00000), 0)
  /* 94: a boxed single read as a double is the NaN 0xffffffff3f800000 (quiet): canonical result */
  li TESTNUM, 94; FP_LOAD_S(f1, 0x3f800000); csrw fflags, zero
  fadd.d f4, f1, f1; fmv.x.d a0, f4; FP_CHECK(0x7ff8000000000000, 0)
  /* 95: fsgnj.d of a boxed single is plain bit work: the box's sign bit is replaced */
  li TESTNUM, 95; FP_LOAD_S(f1, 0x3f800000); FP_LOAD_D(f2, 0); csrw fflags, zero
  fsgnj.d f4, f1, f2; fmv.x.d a0, f4; FP_CHECK(0x7fffffff3f800000, 0)
  /* 96: single results are NaN-boxed whatever rd held before */
  li TESTNUM, 96; FP_LOAD_D(f4, 0x0123456789abcdef); li t0, -1; csrw fflags, zero
  fcvt.s.w f4, t0; fmv.x.d a0, f4; FP_CHECK(BOXED(0xbf800000), 0)

TEST_END

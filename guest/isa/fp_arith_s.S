#include "test.h"
#include "fp.h"

/* F/D arithmetic, single precision: fadd, fsub, fmul and fdiv. Each check gives
 * the operands' bit patterns, the rounding mode, and the exact result bits
 * and fflags expected (see fp.h): the five rounding modes on ties and
 * non-ties of both signs, static and dynamic (frm), exact results, signed
 * zeros, overflow by rounding mode, underflow (tininess after rounding,
 * UF only when inexact), subnormal operands and results (never flushed),
 * invalid operations, division by zero and NaNs (always the canonical NaN). */

TEST_BEGIN
  FP_ON

  /* ==== single precision: fadd/fsub/fmul/fdiv */
  /* -- rounding: the five static modes on ties and non-ties, both signs */
  /* 1-5: 1 + 2^-24: a tie between 1 and 1+ulp (rne, rtz, rdn, rup, rmm) */
  FP_S2R(1, fadd.s, rne, 0x3f800000, 0x33800000, 0x3f800000, FNX)
  FP_S2R(2, fadd.s, rtz, 0x3f800000, 0x33800000, 0x3f800000, FNX)
  FP_S2R(3, fadd.s, rdn, 0x3f800000, 0x33800000, 0x3f800000, FNX)
  FP_S2R(4, fadd.s, rup, 0x3f800000, 0x33800000, 0x3f800001, FNX)
  FP_S2R(5, fadd.s, rmm, 0x3f800000, 0x33800000, 0x3f800001, FNX)
  /* 6-10: (1+ulp) + 2^-24: a tie with an odd last bit (rne, rtz, rdn, rup, rmm) */
  FP_S2R(6, fadd.s, rne, 0x3f800001, 0x33800000, 0x3f800002, FNX)
  FP_S2R(7, fadd.s, rtz, 0x3f800001, 0x33800000, 0x3f800001, FNX)
  FP_S2R(8, fadd.s, rdn, 0x3f800001, 0x33800000, 0x3f800001, FNX)
  FP_S2R(9, fadd.s, rup, 0x3f800001, 0x33800000, 0x3f800002, FNX)
  FP_S2R(10, fadd.s, rmm, 0x3f800001, 0x33800000, 0x3f800002, FNX)
  /* 11-15: 1 + 0.75 ulp (rne, rtz, rdn, rup, rmm) */
  FP_S2R(11, fadd.s, rne, 0x3f800000, 0x33c00000, 0x3f800001, FNX)
  FP_S2R(12, fadd.s, rtz, 0x3f800000, 0x33c00000, 0x3f800000, FNX)
  FP_S2R(13, fadd.s, rdn, 0x3f800000, 0x33c00000, 0x3f800000, FNX)
  FP_S2R(14, fadd.s, rup, 0x3f800000, 0x33c00000, 0x3f800001, FNX)
  FP_S2R(15, fadd.s, rmm, 0x3f800000, 0x33c00000, 0x3f800001, FNX)
  /* 16-20: -1 - 2^-24: negative tie (rne, rtz, rdn, rup, rmm) */
  FP_S2R(16, fsub.s, rne, 0xbf800000, 0x33800000, 0xbf800000, FNX)
  FP_S2R(17, fsub.s, rtz, 0xbf800000, 0x33800000, 0xbf800000, FNX)
  FP_S2R(18, fsub.s, rdn, 0xbf800000, 0x33800000, 0xbf800001, FNX)
  FP_S2R(19, fsub.s, rup, 0xbf800000, 0x33800000, 0xbf800000, FNX)
  FP_S2R(20, fsub.s, rmm, 0xbf800000, 0x33800000, 0xbf800001, FNX)
  /* 21-25: -1 - quarter ulp (rne, rtz, rdn, rup, rmm) */
  FP_S2R(21, fsub.s, rne, 0xbf800000, 0x33000000, 0xbf800000, FNX)
  FP_S2R(22, fsub.s, rtz, 0xbf800000, 0x33000000, 0xbf800000, FNX)
  FP_S2R(23, fsub.s, rdn, 0xbf800000, 0x33000000, 0xbf800001, FNX)
  FP_S2R(24, fsub.s, rup, 0xbf800000, 0x33000000, 0xbf800000, FNX)
  FP_S2R(25, fsub.s, rmm, 0xbf800000, 0x33000000, 0xbf800000, FNX)
  /* 26-30: 1/3 (rne, rtz, rdn, rup, rmm) */
  FP_S2R(26, fdiv.s, rne, 0x3f800000, 0x40400000, 0x3eaaaaab, FNX)
  FP_S2R(27, fdiv.s, rtz, 0x3f800000, 0x40400000, 0x3eaaaaaa, FNX)
  FP_S2R(28, fdiv.s, rdn, 0x3f800000, 0x40400000, 0x3eaaaaaa, FNX)
  FP_S2R(29, fdiv.s, rup, 0x3f800000, 0x40400000, 0x3eaaaaab, FNX)
  FP_S2R(30, fdiv.s, rmm, 0x3f800000, 0x40400000, 0x3eaaaaab, FNX)
  /* 31-35: -1/3 (rne, rtz, rdn, rup, rmm) */
  FP_S2R(31, fdiv.s, rne, 0xbf800000, 0x40400000, 0xbeaaaaab, FNX)
  FP_S2R(32, fdiv.s, rtz, 0xbf800000, 0x40400000, 0xbeaaaaaa, FNX)
  FP_S2R(33, fdiv.s, rdn, 0xbf800000, 0x40400000, 0xbeaaaaab, FNX)
  FP_S2R(34, fdiv.s, rup, 0xbf800000, 0x40400000, 0xbeaaaaaa, FNX)
  FP_S2R(35, fdiv.s, rmm, 0xbf800000, 0x40400000, 0xbeaaaaab, FNX)
  /* 36-40: 2/3 (rne, rtz, rdn, rup, rmm) */
  FP_S2R(36, fdiv.s, rne, 0x40000000, 0x40400000, 0x3f2aaaab, FNX)
  FP_S2R(37, fdiv.s, rtz, 0x40000000, 0x40400000, 0x3f2aaaaa, FNX)
  FP_S2R(38, fdiv.s, rdn, 0x40000000, 0x40400000, 0x3f2aaaaa, FNX)
  FP_S2R(39, fdiv.s, rup, 0x40000000, 0x40400000, 0x3f2aaaab, FNX)
  FP_S2R(40, fdiv.s, rmm, 0x40000000, 0x40400000, 0x3f2aaaab, FNX)
  /* 41-45: (1+ulp)^2 = 1 + 2ulp + ulp^2 (rne, rtz, rdn, rup, rmm) */
  FP_S2R(41, fmul.s, rne, 0x3f800001, 0x3f800001, 0x3f800002, FNX)
  FP_S2R(42, fmul.s, rtz, 0x3f800001, 0x3f800001, 0x3f800002, FNX)
  FP_S2R(43, fmul.s, rdn, 0x3f800001, 0x3f800001, 0x3f800002, FNX)
  FP_S2R(44, fmul.s, rup, 0x3f800001, 0x3f800001, 0x3f800003, FNX)
  FP_S2R(45, fmul.s, rmm, 0x3f800001, 0x3f800001, 0x3f800002, FNX)
  /* 46-50: -(1+ulp)(1+3ulp) (rne, rtz, rdn, rup, rmm) */
  FP_S2R(46, fmul.s, rne, 0xbf800001, 0x3f800003, 0xbf800004, FNX)
  FP_S2R(47, fmul.s, rtz, 0xbf800001, 0x3f800003, 0xbf800004, FNX)
  FP_S2R(48, fmul.s, rdn, 0xbf800001, 0x3f800003, 0xbf800005, FNX)
  FP_S2R(49, fmul.s, rup, 0xbf800001, 0x3f800003, 0xbf800004, FNX)
  FP_S2R(50, fmul.s, rmm, 0xbf800001, 0x3f800003, 0xbf800004, FNX)
  /* 51-55: (1+ulp) * 1.5: a tie (rne, rtz, rdn, rup, rmm) */
  FP_S2R(51, fmul.s, rne, 0x3f800001, 0x3fc00000, 0x3fc00002, FNX)
  FP_S2R(52, fmul.s, rtz, 0x3f800001, 0x3fc00000, 0x3fc00001, FNX)
  FP_S2R(53, fmul.s, rdn, 0x3f800001, 0x3fc00000, 0x3fc00001, FNX)
  FP_S2R(54, fmul.s, rup, 0x3f800001, 0x3fc00000, 0x3fc00002, FNX)
  FP_S2R(55, fmul.s, rmm, 0x3f800001, 0x3fc00000, 0x3fc00002, FNX)
  /* -- dynamic rounding mode (rm = dyn reads frm) */
  csrwi frm, 0
  /* 56: 1/3 with frm = rne */
  FP_S2R(56, fdiv.s, dyn, 0x3f800000, 0x40400000, 0x3eaaaaab, FNX)
  /* 57: -1 - 2^-24 with frm = rne */
  FP_S2R(57, fadd.s, dyn, 0xbf800000, 0xb3800000, 0xbf800000, FNX)
  csrwi frm, 1
  /* 58: 1/3 with frm = rtz */
  FP_S2R(58, fdiv.s, dyn, 0x3f800000, 0x40400000, 0x3eaaaaaa, FNX)
  /* 59: -1 - 2^-24 with frm = rtz */
  FP_S2R(59, fadd.s, dyn, 0xbf800000, 0xb3800000, 0xbf800000, FNX)
  csrwi frm, 2
  /* 60: 1/3 with frm = rdn */
  FP_S2R(60, fdiv.s, dyn, 0x3f800000, 0x40400000, 0x3eaaaaaa, FNX)
  /* 61: -1 - 2^-24 with frm = rdn */
  FP_S2R(61, fadd.s, dyn, 0xbf800000, 0xb3800000, 0xbf800001, FNX)
  csrwi frm, 3
  /* 62: 1/3 with frm = rup */
  FP_S2R(62, fdiv.s, dyn, 0x3f800000, 0x40400000, 0x3eaaaaab, FNX)
  /* 63: -1 - 2^-24 with frm = rup */
  FP_S2R(63, fadd.s, dyn, 0xbf800000, 0xb3800000, 0xbf800000, FNX)
  csrwi frm, 4
  /* 64: 1/3 with frm = rmm */
  FP_S2R(64, fdiv.s, dyn, 0x3f800000, 0x40400000, 0x3eaaaaab, FNX)
  /* 65: -1 - 2^-24 with frm = rmm */
  FP_S2R(65, fadd.s, dyn, 0xbf800000, 0xb3800000, 0xbf800001, FNX)
  csrwi frm, 0
  /* -- exact results raise nothing */
  /* 66: 1.5 + 2.25 */
  FP_S2R(66, fadd.s, rne, 0x3fc00000, 0x40100000, 0x40700000, 0)
  /* 67: 3 - 1 */
  FP_S2R(67, fsub.s, rne, 0x40400000, 0x3f800000, 0x40000000, 0)
  /* 68: -1.5 * 4 */
  FP_S2R(68, fmul.s, rne, 0xbfc00000, 0x40800000, 0xc0c00000, 0)
  /* 69: 1 / -8 */
  FP_S2R(69, fdiv.s, rne, 0x3f800000, 0xc1000000, 0xbe000000, 0)
  /* -- signed zeros */
  /* 70: x - x is +0, but -0 when rounding down (rne) */
  FP_S2R(70, fsub.s, rne, 0x3fc00000, 0x3fc00000, 0x00000000, 0)
  /* 71: x - x is +0, but -0 when rounding down (rtz) */
  FP_S2R(71, fsub.s, rtz, 0x3fc00000, 0x3fc00000, 0x00000000, 0)
  /* 72: x - x is +0, but -0 when rounding down (rdn) */
  FP_S2R(72, fsub.s, rdn, 0x3fc00000, 0x3fc00000, 0x80000000, 0)
  /* 73: x - x is +0, but -0 when rounding down (rup) */
  FP_S2R(73, fsub.s, rup, 0x3fc00000, 0x3fc00000, 0x00000000, 0)
  /* 74: x - x is +0, but -0 when rounding down (rmm) */
  FP_S2R(74, fsub.s, rmm, 0x3fc00000, 0x3fc00000, 0x00000000, 0)
  /* 75: -0 + -0 = -0 */
  FP_S2R(75, fadd.s, rne, 0x80000000, 0x80000000, 0x80000000, 0)
  /* 76: +0 + -0 = +0 */
  FP_S2R(76, fadd.s, rne, 0x00000000, 0x80000000, 0x00000000, 0)
  /* 77: +0 + -0 = -0 when rounding down */
  FP_S2R(77, fadd.s, rdn, 0x00000000, 0x80000000, 0x80000000, 0)
  /* 78: -0 - +0 = -0 */
  FP_S2R(78, fsub.s, rne, 0x80000000, 0x00000000, 0x80000000, 0)
  /* 79: -0 * 5 = -0 */
  FP_S2R(79, fmul.s, rne, 0x80000000, 0x40a00000, 0x80000000, 0)
  /* 80: -0 * -0 = +0 */
  FP_S2R(80, fmul.s, rne, 0x80000000, 0x80000000, 0x00000000, 0)
  /* 81: +0 / -3 = -0 */
  FP_S2R(81, fdiv.s, rne, 0x00000000, 0xc0400000, 0x80000000, 0)
  /* 82: x + -0 = x */
  FP_S2R(82, fadd.s, rne, 0x40200000, 0x80000000, 0x40200000, 0)
  /* -- overflow: OF and NX; infinity or the largest finite value by mode */
  /* 83-87: max * 2 (rne, rtz, rdn, rup, rmm) */
  FP_S2R(83, fmul.s, rne, 0x7f7fffff, 0x40000000, 0x7f800000, FOF|FNX)
  FP_S2R(84, fmul.s, rtz, 0x7f7fffff, 0x40000000, 0x7f7fffff, FOF|FNX)
  FP_S2R(85, fmul.s, rdn, 0x7f7fffff, 0x40000000, 0x7f7fffff, FOF|FNX)
  FP_S2R(86, fmul.s, rup, 0x7f7fffff, 0x40000000, 0x7f800000, FOF|FNX)
  FP_S2R(87, fmul.s, rmm, 0x7f7fffff, 0x40000000, 0x7f800000, FOF|FNX)
  /* 88-92: -max * 2 (rne, rtz, rdn, rup, rmm) */
  FP_S2R(88, fmul.s, rne, 0xff7fffff, 0x40000000, 0xff800000, FOF|FNX)
  FP_S2R(89, fmul.s, rtz, 0xff7fffff, 0x40000000, 0xff7fffff, FOF|FNX)
  FP_S2R(90, fmul.s, rdn, 0xff7fffff, 0x40000000, 0xff800000, FOF|FNX)
  FP_S2R(91, fmul.s, rup, 0xff7fffff, 0x40000000, 0xff7fffff, FOF|FNX)
  FP_S2R(92, fmul.s, rmm, 0xff7fffff, 0x40000000, 0xff800000, FOF|FNX)
  /* 93: max + max (rne) */
  FP_S2R(93, fadd.s, rne, 0x7f7fffff, 0x7f7fffff, 0x7f800000, FOF|FNX)
  /* 94: max + max (rtz) */
  FP_S2R(94, fadd.s, rtz, 0x7f7fffff, 0x7f7fffff, 0x7f7fffff, FOF|FNX)
  /* 95: max + max (rup) */
  FP_S2R(95, fadd.s, rup, 0x7f7fffff, 0x7f7fffff, 0x7f800000, FOF|FNX)
  /* 96-100: max + half an ulp: overflows only when rounding up (rne, rtz, rdn, rup, rmm) */
  FP_S2R(96, fadd.s, rne, 0x7f7fffff, 0x73000000, 0x7f800000, FOF|FNX)
  FP_S2R(97, fadd.s, rtz, 0x7f7fffff, 0x73000000, 0x7f7fffff, FNX)
  FP_S2R(98, fadd.s, rdn, 0x7f7fffff, 0x73000000, 0x7f7fffff, FNX)
  FP_S2R(99, fadd.s, rup, 0x7f7fffff, 0x73000000, 0x7f800000, FOF|FNX)
  FP_S2R(100, fadd.s, rmm, 0x7f7fffff, 0x73000000, 0x7f800000, FOF|FNX)
  /* 101: max / 0.5 */
  FP_S2R(101, fdiv.s, rne, 0x7f7fffff, 0x3f000000, 0x7f800000, FOF|FNX)
  /* -- underflow: UF only with NX; tininess detected after rounding */
  /* 102: min normal * 0.5: exact subnormal, no flags */
  FP_S2R(102, fmul.s, rne, 0x00800000, 0x3f000000, 0x00400000, 0)
  /* 103-107: (min normal + 1 ulp) * 0.5: inexact subnormal (rne, rtz, rdn, rup, rmm) */
  FP_S2R(103, fmul.s, rne, 0x00800001, 0x3f000000, 0x00400000, FUF|FNX)
  FP_S2R(104, fmul.s, rtz, 0x00800001, 0x3f000000, 0x00400000, FUF|FNX)
  FP_S2R(105, fmul.s, rdn, 0x00800001, 0x3f000000, 0x00400000, FUF|FNX)
  FP_S2R(106, fmul.s, rup, 0x00800001, 0x3f000000, 0x00400001, FUF|FNX)
  FP_S2R(107, fmul.s, rmm, 0x00800001, 0x3f000000, 0x00400001, FUF|FNX)
  /* 108-112: smallest subnormal * 0.5: tie between 0 and it (rne, rtz, rdn, rup, rmm) */
  FP_S2R(108, fmul.s, rne, 0x00000001, 0x3f000000, 0x00000000, FUF|FNX)
  FP_S2R(109, fmul.s, rtz, 0x00000001, 0x3f000000, 0x00000000, FUF|FNX)
  FP_S2R(110, fmul.s, rdn, 0x00000001, 0x3f000000, 0x00000000, FUF|FNX)
  FP_S2R(111, fmul.s, rup, 0x00000001, 0x3f000000, 0x00000001, FUF|FNX)
  FP_S2R(112, fmul.s, rmm, 0x00000001, 0x3f000000, 0x00000001, FUF|FNX)
  /* 113-117: -smallest subnormal * 0.25 (rne, rtz, rdn, rup, rmm) */
  FP_S2R(113, fmul.s, rne, 0x80000001, 0x3e800000, 0x80000000, FUF|FNX)
  FP_S2R(114, fmul.s, rtz, 0x80000001, 0x3e800000, 0x80000000, FUF|FNX)
  FP_S2R(115, fmul.s, rdn, 0x80000001, 0x3e800000, 0x80000001, FUF|FNX)
  FP_S2R(116, fmul.s, rup, 0x80000001, 0x3e800000, 0x80000000, FUF|FNX)
  FP_S2R(117, fmul.s, rmm, 0x80000001, 0x3e800000, 0x80000000, FUF|FNX)
  /* 118-122: min normal * (1 - half ulp) = just below min normal (rne, rtz, rdn, rup, rmm) */
  FP_S2R(118, fmul.s, rne, 0x00800000, 0x3f7fffff, 0x00800000, FUF|FNX)
  FP_S2R(119, fmul.s, rtz, 0x00800000, 0x3f7fffff, 0x007fffff, FUF|FNX)
  FP_S2R(120, fmul.s, rdn, 0x00800000, 0x3f7fffff, 0x007fffff, FUF|FNX)
  FP_S2R(121, fmul.s, rup, 0x00800000, 0x3f7fffff, 0x00800000, FUF|FNX)
  FP_S2R(122, fmul.s, rmm, 0x00800000, 0x3f7fffff, 0x00800000, FUF|FNX)
  /* 123: min normal / 3 */
  FP_S2R(123, fdiv.s, rne, 0x00800000, 0x40400000, 0x002aaaab, FUF|FNX)
  /* 124: smallest subnormal / 2^20: underflows to zero */
  FP_S2R(124, fdiv.s, rne, 0x00000001, 0x49800000, 0x00000000, FUF|FNX)
  /* -- subnormal operands and results are not flushed */
  /* 125: smallest subnormal + smallest subnormal */
  FP_S2R(125, fadd.s, rne, 0x00000001, 0x00000001, 0x00000002, 0)
  /* 126: largest subnormal + smallest subnormal = min normal */
  FP_S2R(126, fadd.s, rne, 0x007fffff, 0x00000001, 0x00800000, 0)
  /* 127: min normal - smallest subnormal */
  FP_S2R(127, fsub.s, rne, 0x00800000, 0x00000001, 0x007fffff, 0)
  /* 128: smallest subnormal * 2^23 = min normal */
  FP_S2R(128, fmul.s, rne, 0x00000001, 0x4b000000, 0x00800000, 0)
  /* 129: subnormal / 2^-10 */
  FP_S2R(129, fdiv.s, rne, 0x00000003, 0x3a800000, 0x00000c00, 0)
  /* 130: 1 / largest subnormal */
  FP_S2R(130, fdiv.s, rne, 0x3f800000, 0x007fffff, 0x7e800001, FNX)
  /* -- invalid operations, division by zero, NaNs */
  /* 131: inf + -inf: NV, canonical NaN */
  FP_S2R(131, fadd.s, rne, 0x7f800000, 0xff800000, 0x7fc00000, FNV)
  /* 132: inf - inf */
  FP_S2R(132, fsub.s, rne, 0x7f800000, 0x7f800000, 0x7fc00000, FNV)
  /* 133: inf + -max = inf */
  FP_S2R(133, fadd.s, rne, 0x7f800000, 0xff7fffff, 0x7f800000, 0)
  /* 134: 0 * -inf: NV */
  FP_S2R(134, fmul.s, rne, 0x00000000, 0xff800000, 0x7fc00000, FNV)
  /* 135: inf * -2 = -inf */
  FP_S2R(135, fmul.s, rne, 0x7f800000, 0xc0000000, 0xff800000, 0)
  /* 136: 0 / -0: NV */
  FP_S2R(136, fdiv.s, rne, 0x00000000, 0x80000000, 0x7fc00000, FNV)
  /* 137: inf / -inf: NV */
  FP_S2R(137, fdiv.s, rne, 0x7f800000, 0xff800000, 0x7fc00000, FNV)
  /* 138: 1 / +0: DZ, +inf */
  FP_S2R(138, fdiv.s, rne, 0x3f800000, 0x00000000, 0x7f800000, FDZ)
  /* 139: -1 / +0: DZ, -inf */
  FP_S2R(139, fdiv.s, rne, 0xbf800000, 0x00000000, 0xff800000, FDZ)
  /* 140: 1 / -0: DZ, -inf */
  FP_S2R(140, fdiv.s, rne, 0x3f800000, 0x80000000, 0xff800000, FDZ)
  /* 141: inf / 0 = inf, no DZ */
  FP_S2R(141, fdiv.s, rne, 0x7f800000, 0x00000000, 0x7f800000, 0)
  /* 142: 7 / -inf = -0 */
  FP_S2R(142, fdiv.s, rne, 0x40e00000, 0xff800000, 0x80000000, 0)
  /* 143: qNaN + 1: canonical NaN, no flags */
  FP_S2R(143, fadd.s, rne, 0x7fc00000, 0x3f800000, 0x7fc00000, 0)
  /* 144: 1 + sNaN: NV */
  FP_S2R(144, fadd.s, rne, 0x3f800000, 0x7f800001, 0x7fc00000, FNV)
  /* 145: a NaN payload and sign are not propagated */
  FP_S2R(145, fmul.s, rne, 0xffc12345, 0x3f800000, 0x7fc00000, 0)
  /* 146: -sNaN / qNaN: NV */
  FP_S2R(146, fdiv.s, rne, 0xff800001, 0x7fc00000, 0x7fc00000, FNV)
  /* 147: inf - qNaN: no flags */
  FP_S2R(147, fsub.s, rne, 0x7f800000, 0x7fc00000, 0x7fc00000, 0)
  /* 148: 0 * qNaN: no flags */
  FP_S2R(148, fmul.s, rne, 0x00000000, 0x7fc00000, 0x7fc00000, 0)

TEST_END

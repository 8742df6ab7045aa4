#include "test.h"
#include "fp.h"

/* F/D arithmetic, double precision: fadd, fsub, fmul and fdiv. Each check gives
 * the operands' bit patterns, the rounding mode, and the exact result bits
 * and fflags expected (see fp.h): the five rounding modes on ties and
 * non-ties of both signs, static and dynamic (frm), exact results, signed
 * zeros, overflow by rounding mode, underflow (tininess after rounding,
 * UF only when inexact), subnormal operands and results (never flushed),
 * invalid operations, division by zero and NaNs (always the canonical NaN). */

TEST_BEGIN
  FP_ON

  /* ==== double precision: fadd/fsub/fmul/fdiv */
  /* -- rounding: the five static modes on ties and non-ties, both signs */
  /* 1-5: 1 + 2^-53: a tie between 1 and 1+ulp (rne, rtz, rdn, rup, rmm) */
  FP_D2R(1, fadd.d, rne, 0x3ff0000000000000, 0x3ca0000000000000, 0x3ff0000000000000, FNX)
  FP_D2R(2, fadd.d, rtz, 0x3ff0000000000000, 0x3ca0000000000000, 0x3ff0000000000000, FNX)
  FP_D2R(3, fadd.d, rdn, 0x3ff0000000000000, 0x3ca0000000000000, 0x3ff0000000000000, FNX)
  FP_D2R(4, fadd.d, rup, 0x3ff0000000000000, 0x3ca0000000000000, 0x3ff0000000000001, FNX)
  FP_D2R(5, fadd.d, rmm, 0x3ff0000000000000, 0x3ca0000000000000, 0x3ff0000000000001, FNX)
  /* 6-10: (1+ulp) + 2^-53: a tie with an odd last bit (rne, rtz, rdn, rup, rmm) */
  FP_D2R(6, fadd.d, rne, 0x3ff0000000000001, 0x3ca0000000000000, 0x3ff0000000000002, FNX)
  FP_D2R(7, fadd.d, rtz, 0x3ff0000000000001, 0x3ca0000000000000, 0x3ff0000000000001, FNX)
  FP_D2R(8, fadd.d, rdn, 0x3ff0000000000001, 0x3ca0000000000000, 0x3ff0000000000001, FNX)
  FP_D2R(9, fadd.d, rup, 0x3ff0000000000001, 0x3ca0000000000000, 0x3ff0000000000002, FNX)
  FP_D2R(10, fadd.d, rmm, 0x3ff0000000000001, 0x3ca0000000000000, 0x3ff0000000000002, FNX)
  /* 11-15: 1 + 0.75 ulp (rne, rtz, rdn, rup, rmm) */
  FP_D2R(11, fadd.d, rne, 0x3ff0000000000000, 0x3ca8000000000000, 0x3ff0000000000001, FNX)
  FP_D2R(12, fadd.d, rtz, 0x3ff0000000000000, 0x3ca8000000000000, 0x3ff0000000000000, FNX)
  FP_D2R(13, fadd.d, rdn, 0x3ff0000000000000, 0x3ca8000000000000, 0x3ff0000000000000, FNX)
  FP_D2R(14, fadd.d, rup, 0x3ff0000000000000, 0x3ca8000000000000, 0x3ff0000000000001, FNX)
  FP_D2R(15, fadd.d, rmm, 0x3ff0000000000000, 0x3ca8000000000000, 0x3ff0000000000001, FNX)
  /* 16-20: -1 - 2^-53: negative tie (rne, rtz, rdn, rup, rmm) */
  FP_D2R(16, fsub.d, rne, 0xbff0000000000000, 0x3ca0000000000000, 0xbff0000000000000, FNX)
  FP_D2R(17, fsub.d, rtz, 0xbff0000000000000, 0x3ca0000000000000, 0xbff0000000000000, FNX)
  FP_D2R(18, fsub.d, rdn, 0xbff0000000000000, 0x3ca0000000000000, 0xbff0000000000001, FNX)
  FP_D2R(19, fsub.d, rup, 0xbff0000000000000, 0x3ca0000000000000, 0xbff0000000000000, FNX)
  FP_D2R(20, fsub.d, rmm, 0xbff0000000000000, 0x3ca0000000000000, 0xbff0000000000001, FNX)
  /* 21-25: -1 - quarter ulp (rne, rtz, rdn, rup, rmm) */
  FP_D2R(21, fsub.d, rne, 0xbff0000000000000, 0x3c90000000000000, 0xbff0000000000000, FNX)
  FP_D2R(22, fsub.d, rtz, 0xbff0000000000000, 0x3c90000000000000, 0xbff0000000000000, FNX)
  FP_D2R(23, fsub.d, rdn, 0xbff0000000000000, 0x3c90000000000000, 0xbff0000000000001, FNX)
  FP_D2R(24, fsub.d, rup, 0xbff0000000000000, 0x3c90000000000000, 0xbff0000000000000, FNX)
  FP_D2R(25, fsub.d, rmm, 0xbff0000000000000, 0x3c90000000000000, 0xbff0000000000000, FNX)
  /* 26-30: 1/3 (rne, rtz, rdn, rup, rmm) */
  FP_D2R(26, fdiv.d, rne, 0x3ff0000000000000, 0x4008000000000000, 0x3fd5555555555555, FNX)
  FP_D2R(27, fdiv.d, rtz, 0x3ff0000000000000, 0x4008000000000000, 0x3fd5555555555555, FNX)
  FP_D2R(28, fdiv.d, rdn, 0x3ff0000000000000, 0x4008000000000000, 0x3fd5555555555555, FNX)
  FP_D2R(29, fdiv.d, rup, 0x3ff0000000000000, 0x4008000000000000, 0x3fd5555555555556, FNX)
  FP_D2R(30, fdiv.d, rmm, 0x3ff0000000000000, 0x4008000000000000, 0x3fd5555555555555, FNX)
  /* 31-35: -1/3 (rne, rtz, rdn, rup, rmm) */
  FP_D2R(31, fdiv.d, rne, 0xbff0000000000000, 0x4008000000000000, 0xbfd5555555555555, FNX)
  FP_D2R(32, fdiv.d, rtz, 0xbff0000000000000, 0x4008000000000000, 0xbfd5555555555555, FNX)
  FP_D2R(33, fdiv.d, rdn, 0xbff0000000000000, 0x4008000000000000, 0xbfd5555555555556, FNX)
  FP_D2R(34, fdiv.d, rup, 0xbff0000000000000, 0x4008000000000000, 0xbfd5555555555555, FNX)
  FP_D2R(35, fdiv.d, rmm, 0xbff0000000000000, 0x4008000000000000, 0xbfd5555555555555, FNX)
  /* 36-40: 2/3 (rne, rtz, rdn, rup, rmm) */
  FP_D2R(36, fdiv.d, rne, 0x4000000000000000, 0x4008000000000000, 0x3fe5555555555555, FNX)
  FP_D2R(37, fdiv.d, rtz, 0x4000000000000000, 0x4008000000000000, 0x3fe5555555555555, FNX)
  FP_D2R(38, fdiv.d, rdn, 0x4000000000000000, 0x4008000000000000, 0x3fe5555555555555, FNX)
  FP_D2R(39, fdiv.d, rup, 0x4000000000000000, 0x4008000000000000, 0x3fe5555555555556, FNX)
  FP_D2R(40, fdiv.d, rmm, 0x4000000000000000, 0x4008000000000000, 0x3fe5555555555555, FNX)
  /* 41-45: (1+ulp)^2 = 1 + 2ulp + ulp^2 (rne, rtz, rdn, rup, rmm) */
  FP_D2R(41, fmul.d, rne, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000002, FNX)
  FP_D2R(42, fmul.d, rtz, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000002, FNX)
  FP_D2R(43, fmul.d, rdn, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000002, FNX)
  FP_D2R(44, fmul.d, rup, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000003, FNX)
  FP_D2R(45, fmul.d, rmm, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000002, FNX)
  /* 46-50: -(1+ulp)(1+3ulp) (rne, rtz, rdn, rup, rmm) */
  FP_D2R(46, fmul.d, rne, 0xbff0000000000001, 0x3ff0000000000003, 0xbff0000000000004, FNX)
  FP_D2R(47, fmul.d, rtz, 0xbff0000000000001, 0x3ff0000000000003, 0xbff0000000000004, FNX)
  FP_D2R(48, fmul.d, rdn, 0xbff0000000000001, 0x3ff0000000000003, 0xbff0000000000005, FNX)
  FP_D2R(49, fmul.d, rup, 0xbff0000000000001, 0x3ff0000000000003, 0xbff0000000000004, FNX)
  FP_D2R(50, fmul.d, rmm, 0xbff0000000000001, 0x3ff0000000000003, 0xbff0000000000004, FNX)
  /* 51-55: (1+ulp) * 1.5: a tie (rne, rtz, rdn, rup, rmm) */
  FP_D2R(51, fmul.d, rne, 0x3ff0000000000001, 0x3ff8000000000000, 0x3ff8000000000002, FNX)
  FP_D2R(52, fmul.d, rtz, 0x3ff0000000000001, 0x3ff8000000000000, 0x3ff8000000000001, FNX)
  FP_D2R(53, fmul.d, rdn, 0x3ff0000000000001, 0x3ff8000000000000, 0x3ff8000000000001, FNX)
  FP_D2R(54, fmul.d, rup, 0x3ff0000000000001, 0x3ff8000000000000, 0x3ff8000000000002, FNX)
  FP_D2R(55, fmul.d, rmm, 0x3ff0000000000001, 0x3ff8000000000000, 0x3ff8000000000002, FNX)
  /* -- dynamic rounding mode (rm = dyn reads frm) */
  csrwi frm, 0
  /* 56: 1/3 with frm = rne */
  FP_D2R(56, fdiv.d, dyn, 0x3ff0000000000000, 0x4008000000000000, 0x3fd5555555555555, FNX)
  /* 57: -1 - 2^-53 with frm = rne */
  FP_D2R(57, fadd.d, dyn, 0xbff0000000000000, 0xbca0000000000000, 0xbff0000000000000, FNX)
  csrwi frm, 1
  /* 58: 1/3 with frm = rtz */
  FP_D2R(58, fdiv.d, dyn, 0x3ff0000000000000, 0x4008000000000000, 0x3fd5555555555555, FNX)
  /* 59: -1 - 2^-53 with frm = rtz */
  FP_D2R(59, fadd.d, dyn, 0xbff0000000000000, 0xbca0000000000000, 0xbff0000000000000, FNX)
  csrwi frm, 2
  /* 60: 1/3 with frm = rdn */
  FP_D2R(60, fdiv.d, dyn, 0x3ff0000000000000, 0x4008000000000000, 0x3fd5555555555555, FNX)
  /* 61: -1 - 2^-53 with frm = rdn */
  FP_D2R(61, fadd.d, dyn, 0xbff0000000000000, 0xbca0000000000000, 0xbff0000000000001, FNX)
  csrwi frm, 3
  /* 62: 1/3 with frm = rup */
  FP_D2R(62, fdiv.d, dyn, 0x3ff0000000000000, 0x4008000000000000, 0x3fd5555555555556, FNX)
  /* 63: -1 - 2^-53 with frm = rup */
  FP_D2R(63, fadd.d, dyn, 0xbff0000000000000, 0xbca0000000000000, 0xbff0000000000000, FNX)
  csrwi frm, 4
  /* 64: 1/3 with frm = rmm */
  FP_D2R(64, fdiv.d, dyn, 0x3ff0000000000000, 0x4008000000000000, 0x3fd5555555555555, FNX)
  /* 65: -1 - 2^-53 with frm = rmm */
  FP_D2R(65, fadd.d, dyn, 0xbff0000000000000, 0xbca0000000000000, 0xbff0000000000001, FNX)
  csrwi frm, 0
  /* -- exact results raise nothing */
  /* 66: 1.5 + 2.25 */
  FP_D2R(66, fadd.d, rne, 0x3ff8000000000000, 0x4002000000000000, 0x400e000000000000, 0)
  /* 67: 3 - 1 */
  FP_D2R(67, fsub.d, rne, 0x4008000000000000, 0x3ff0000000000000, 0x4000000000000000, 0)
  /* 68: -1.5 * 4 */
  FP_D2R(68, fmul.d, rne, 0xbff8000000000000, 0x4010000000000000, 0xc018000000000000, 0)
  /* 69: 1 / -8 */
  FP_D2R(69, fdiv.d, rne, 0x3ff0000000000000, 0xc020000000000000, 0xbfc0000000000000, 0)
  /* -- signed zeros */
  /* 70: x - x is +0, but -0 when rounding down (rne) */
  FP_D2R(70, fsub.d, rne, 0x3ff8000000000000, 0x3ff8000000000000, 0x0000000000000000, 0)
  /* 71: x - x is +0, but -0 when rounding down (rtz) */
  FP_D2R(71, fsub.d, rtz, 0x3ff8000000000000, 0x3ff8000000000000, 0x0000000000000000, 0)
  /* 72: x - x is +0, but -0 when rounding down (rdn) */
  FP_D2R(72, fsub.d, rdn, 0x3ff8000000000000, 0x3ff8000000000000, 0x8000000000000000, 0)
  /* 73: x - x is +0, but -0 when rounding down (rup) */
  FP_D2R(73, fsub.d, rup, 0x3ff8000000000000, 0x3ff8000000000000, 0x0000000000000000, 0)
  /* 74: x - x is +0, but -0 when rounding down (rmm) */
  FP_D2R(74, fsub.d, rmm, 0x3ff8000000000000, 0x3ff8000000000000, 0x0000000000000000, 0)
  /* 75: -0 + -0 = -0 */
  FP_D2R(75, fadd.d, rne, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000, 0)
  /* 76: +0 + -0 = +0 */
  FP_D2R(76, fadd.d, rne, 0x0000000000000000, 0x8000000000000000, 0x0000000000000000, 0)
  /* 77: +0 + -0 = -0 when rounding down */
  FP_D2R(77, fadd.d, rdn, 0x0000000000000000, 0x8000000000000000, 0x8000000000000000, 0)
  /* 78: -0 - +0 = -0 */
  FP_D2R(78, fsub.d, rne, 0x8000000000000000, 0x0000000000000000, 0x8000000000000000, 0)
  /* 79: -0 * 5 = -0 */
  FP_D2R(79, fmul.d, rne, 0x8000000000000000, 0x4014000000000000, 0x8000000000000000, 0)
  /* 80: -0 * -0 = +0 */
  FP_D2R(80, fmul.d, rne, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000, 0)
  /* 81: +0 / -3 = -0 */
  FP_D2R(81, fdiv.d, rne, 0x0000000000000000, 0xc008000000000000, 0x8000000000000000, 0)
  /* 82: x + -0 = x */
  FP_D2R(82, fadd.d, rne, 0x4004000000000000, 0x8000000000000000, 0x4004000000000000, 0)
  /* -- overflow: OF and NX; infinity or the largest finite value by mode */
  /* 83-87: max * 2 (rne, rtz, rdn, rup, rmm) */
  FP_D2R(83, fmul.d, rne, 0x7fefffffffffffff, 0x4000000000000000, 0x7ff0000000000000, FOF|FNX)
  FP_D2R(84, fmul.d, rtz, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, FOF|FNX)
  FP_D2R(85, fmul.d, rdn, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, FOF|FNX)
  FP_D2R(86, fmul.d, rup, 0x7fefffffffffffff, 0x4000000000000000, 0x7ff0000000000000, FOF|FNX)
  FP_D2R(87, fmul.d, rmm, 0x7fefffffffffffff, 0x4000000000000000, 0x7ff0000000000000, FOF|FNX)
  /* 88-92: -max * 2 (rne, rtz, rdn, rup, rmm) */
  FP_D2R(88, fmul.d, rne, 0xffefffffffffffff, 0x4000000000000000, 0xfff0000000000000, FOF|FNX)
  FP_D2R(89, fmul.d, rtz, 0xffefffffffffffff, 0x4000000000000000, 0xffefffffffffffff, FOF|FNX)
  FP_D2R(90, fmul.d, rdn, 0xffefffffffffffff, 0x4000000000000000, 0xfff0000000000000, FOF|FNX)
  FP_D2R(91, fmul.d, rup, 0xffefffffffffffff, 0x4000000000000000, 0xffefffffffffffff, FOF|FNX)
  FP_D2R(92, fmul.d, rmm, 0xffefffffffffffff, 0x4000000000000000, 0xfff0000000000000, FOF|FNX)
  /* 93: max + max (rne) */
  FP_D2R(93, fadd.d, rne, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x7ff0000000000000, FOF|FNX)
  /* 94: max + max (rtz) */
  FP_D2R(94, fadd.d, rtz, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x7fefffffffffffff, FOF|FNX)
  /* 95: max + max (rup) */
  FP_D2R(95, fadd.d, rup, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x7ff0000000000000, FOF|FNX)
  /* 96-100: max + half an ulp: overflows only when rounding up (rne, rtz, rdn, rup, rmm) */
  FP_D2R(96, fadd.d, rne, 0x7fefffffffffffff, 0x7c90000000000000, 0x7ff0000000000000, FOF|FNX)
  FP_D2R(97, fadd.d, rtz, 0x7fefffffffffffff, 0x7c90000000000000, 0x7fefffffffffffff, FNX)
  FP_D2R(98, fadd.d, rdn, 0x7fefffffffffffff, 0x7c90000000000000, 0x7fefffffffffffff, FNX)
  FP_D2R(99, fadd.d, rup, 0x7fefffffffffffff, 0x7c90000000000000, 0x7ff0000000000000, FOF|FNX)
  FP_D2R(100, fadd.d, rmm, 0x7fefffffffffffff, 0x7c90000000000000, 0x7ff0000000000000, FOF|FNX)
  /* 101: max / 0.5 */
  FP_D2R(101, fdiv.d, rne, 0x7fefffffffffffff, 0x3fe0000000000000, 0x7ff0000000000000, FOF|FNX)
  /* -- underflow: UF only with NX; tininess detected after rounding */
  /* 102: min normal * 0.5: exact subnormal, no flags */
  FP_D2R(102, fmul.d, rne, 0x0010000000000000, 0x3fe0000000000000, 0x0008000000000000, 0)
  /* 103-107: (min normal + 1 ulp) * 0.5: inexact subnormal (rne, rtz, rdn, rup, rmm) */
  FP_D2R(103, fmul.d, rne, 0x0010000000000001, 0x3fe0000000000000, 0x0008000000000000, FUF|FNX)
  FP_D2R(104, fmul.d, rtz, 0x0010000000000001, 0x3fe0000000000000, 0x0008000000000000, FUF|FNX)
  FP_D2R(105, fmul.d, rdn, 0x0010000000000001, 0x3fe0000000000000, 0x0008000000000000, FUF|FNX)
  FP_D2R(106, fmul.d, rup, 0x0010000000000001, 0x3fe0000000000000, 0x0008000000000001, FUF|FNX)
  FP_D2R(107, fmul.d, rmm, 0x0010000000000001, 0x3fe0000000000000, 0x0008000000000001, FUF|FNX)
  /* 108-112: smallest subnormal * 0.5: tie between 0 and it (rne, rtz, rdn, rup, rmm) */
  FP_D2R(108, fmul.d, rne, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000, FUF|FNX)
  FP_D2R(109, fmul.d, rtz, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000, FUF|FNX)
  FP_D2R(110, fmul.d, rdn, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000, FUF|FNX)
  FP_D2R(111, fmul.d, rup, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000001, FUF|FNX)
  FP_D2R(112, fmul.d, rmm, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000001, FUF|FNX)
  /* 113-117: -smallest subnormal * 0.25 (rne, rtz, rdn, rup, rmm) */
  FP_D2R(113, fmul.d, rne, 0x8000000000000001, 0x3fd0000000000000, 0x8000000000000000, FUF|FNX)
  FP_D2R(114, fmul.d, rtz, 0x8000000000000001, 0x3fd0000000000000, 0x8000000000000000, FUF|FNX)
  FP_D2R(115, fmul.d, rdn, 0x8000000000000001, 0x3fd0000000000000, 0x8000000000000001, FUF|FNX)
  FP_D2R(116, fmul.d, rup, 0x8000000000000001, 0x3fd0000000000000, 0x8000000000000000, FUF|FNX)
  FP_D2R(117, fmul.d, rmm, 0x8000000000000001, 0x3fd0000000000000, 0x8000000000000000, FUF|FNX)
  /* 118-122: min normal * (1 - half ulp) = just below min normal (rne, rtz, rdn, rup, rmm) */
  FP_D2R(118, fmul.d, rne, 0x0010000000000000, 0x3fefffffffffffff, 0x0010000000000000, FUF|FNX)
  FP_D2R(119, fmul.d, rtz, 0x0010000000000000, 0x3fefffffffffffff, 0x000fffffffffffff, FUF|FNX)
  FP_D2R(120, fmul.d, rdn, 0x0010000000000000, 0x3fefffffffffffff, 0x000fffffffffffff, FUF|FNX)
  FP_D2R(121, fmul.d, rup, 0x0010000000000000, 0x3fefffffffffffff, 0x0010000000000000, FUF|FNX)
  FP_D2R(122, fmul.d, rmm, 0x0010000000000000, 0x3fefffffffffffff, 0x0010000000000000, FUF|FNX)
  /* 123: min normal / 3 */
  FP_D2R(123, fdiv.d, rne, 0x0010000000000000, 0x4008000000000000, 0x0005555555555555, FUF|FNX)
  /* 124: smallest subnormal / 2^20: underflows to zero */
  FP_D2R(124, fdiv.d, rne, 0x0000000000000001, 0x4130000000000000, 0x0000000000000000, FUF|FNX)
  /* -- subnormal operands and results are not flushed */
  /* 125: smallest subnormal + smallest subnormal */
  FP_D2R(125, fadd.d, rne, 0x0000000000000001, 0x0000000000000001, 0x0000000000000002, 0)
  /* 126: largest subnormal + smallest subnormal = min normal */
  FP_D2R(126, fadd.d, rne, 0x000fffffffffffff, 0x0000000000000001, 0x0010000000000000, 0)
  /* 127: min normal - smallest subnormal */
  FP_D2R(127, fsub.d, rne, 0x0010000000000000, 0x0000000000000001, 0x000fffffffffffff, 0)
  /* 128: smallest subnormal * 2^52 = min normal */
  FP_D2R(128, fmul.d, rne, 0x0000000000000001, 0x4330000000000000, 0x0010000000000000, 0)
  /* 129: subnormal / 2^-10 */
  FP_D2R(129, fdiv.d, rne, 0x0000000000000003, 0x3f50000000000000, 0x0000000000000c00, 0)
  /* 130: 1 / largest subnormal */
  FP_D2R(130, fdiv.d, rne, 0x3ff0000000000000, 0x000fffffffffffff, 0x7fd0000000000001, FNX)
  /* -- invalid operations, division by zero, NaNs */
  /* 131: inf + -inf: NV, canonical NaN */
  FP_D2R(131, fadd.d, rne, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000, FNV)
  /* 132: inf - inf */
  FP_D2R(132, fsub.d, rne, 0x7ff0000000000000, 0x7ff0000000000000, 0x7ff8000000000000, FNV)
  /* 133: inf + -max = inf */
  FP_D2R(133, fadd.d, rne, 0x7ff0000000000000, 0xffefffffffffffff, 0x7ff0000000000000, 0)
  /* 134: 0 * -inf: NV */
  FP_D2R(134, fmul.d, rne, 0x0000000000000000, 0xfff0000000000000, 0x7ff8000000000000, FNV)
  /* 135: inf * -2 = -inf */
  FP_D2R(135, fmul.d, rne, 0x7ff0000000000000, 0xc000000000000000, 0xfff0000000000000, 0)
  /* 136: 0 / -0: NV */
  FP_D2R(136, fdiv.d, rne, 0x0000000000000000, 0x8000000000000000, 0x7ff8000000000000, FNV)
  /* 137: inf / -inf: NV */
  FP_D2R(137, fdiv.d, rne, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000, FNV)
  /* 138: 1 / +0: DZ, +inf */
  FP_D2R(138, fdiv.d, rne, 0x3ff0000000000000, 0x0000000000000000, 0x7ff0000000000000, FDZ)
  /* 139: -1 / +0: DZ, -inf */
  FP_D2R(139, fdiv.d, rne, 0xbff0000000000000, 0x0000000000000000, 0xfff0000000000000, FDZ)
  /* 140: 1 / -0: DZ, -inf */
  FP_D2R(140, fdiv.d, rne, 0x3ff0000000000000, 0x8000000000000000, 0xfff0000000000000, FDZ)
  /* 141: inf / 0 = inf, no DZ */
  FP_D2R(141, fdiv.d, rne, 0x7ff0000000000000, 0x0000000000000000, 0x7ff0000000000000, 0)
  /* 142: 7 / -inf = -0 */
  FP_D2R(142, fdiv.d, rne, 0x401c000000000000, 0xfff0000000000000, 0x8000000000000000, 0)
  /* 143: qNaN + 1: canonical NaN, no flags */
  FP_D2R(143, fadd.d, rne, 0x7ff8000000000000, 0x3ff0000000000000, 0x7ff8000000000000, 0)
  /* 144: 1 + sNaN: NV */
  FP_D2R(144, fadd.d, rne, 0x3ff0000000000000, 0x7ff0000000000001, 0x7ff8000000000000, FNV)
  /* 145: a NaN payload and sign are not propagated */
  FP_D2R(145, fmul.d, rne, 0xfff0123456789abc, 0x3ff0000000000000, 0x7ff8000000000000, FNV)
  /* 146: -sNaN / qNaN: NV */
  FP_D2R(146, fdiv.d, rne, 0xfff0000000000001, 0x7ff8000000000000, 0x7ff8000000000000, FNV)
  /* 147: inf - qNaN: no flags */
  FP_D2R(147, fsub.d, rne, 0x7ff0000000000000, 0x7ff8000000000000, 0x7ff8000000000000, 0)
  /* 148: 0 * qNaN: no flags */
  FP_D2R(148, fmul.d, rne, 0x0000000000000000, 0x7ff8000000000000, 0x7ff8000000000000, 0)

TEST_END

#include "test.h"
#include "fp.h"

/* Conversions: fcvt.{w,wu,l,lu}.{s,d} with every rounding mode, the spec's
 * saturation (out of range and infinities: the nearest bound; NaN: the
 * largest positive value; NV without NX), negatives that round to zero in
 * unsigned conversions, sign extension of 32-bit results; fcvt.{s,d}.{w,wu,
 * l,lu} with rounding (w/wu take rs1's low 32 bits); fcvt.s.d with
 * rounding, overflow and underflow (tininess after rounding); fcvt.d.s
 * (exact); NaNs always give the canonical NaN. */

TEST_BEGIN
  FP_ON

  /* ==== single to integer */
  /* 1-5: fcvt.w.s 1.5 (rne, rtz, rdn, rup, rmm) */
  FP_SX1R(1, fcvt.w.s, rne, 0x3fc00000, 0x0000000000000002, FNX)
  FP_SX1R(2, fcvt.w.s, rtz, 0x3fc00000, 0x0000000000000001, FNX)
  FP_SX1R(3, fcvt.w.s, rdn, 0x3fc00000, 0x0000000000000001, FNX)
  FP_SX1R(4, fcvt.w.s, rup, 0x3fc00000, 0x0000000000000002, FNX)
  FP_SX1R(5, fcvt.w.s, rmm, 0x3fc00000, 0x0000000000000002, FNX)
  /* 6-10: fcvt.w.s 2.5 (rne, rtz, rdn, rup, rmm) */
  FP_SX1R(6, fcvt.w.s, rne, 0x40200000, 0x0000000000000002, FNX)
  FP_SX1R(7, fcvt.w.s, rtz, 0x40200000, 0x0000000000000002, FNX)
  FP_SX1R(8, fcvt.w.s, rdn, 0x40200000, 0x0000000000000002, FNX)
  FP_SX1R(9, fcvt.w.s, rup, 0x40200000, 0x0000000000000003, FNX)
  FP_SX1R(10, fcvt.w.s, rmm, 0x40200000, 0x0000000000000003, FNX)
  /* 11-15: fcvt.w.s -1.5 (rne, rtz, rdn, rup, rmm) */
  FP_SX1R(11, fcvt.w.s, rne, 0xbfc00000, 0xfffffffffffffffe, FNX)
  FP_SX1R(12, fcvt.w.s, rtz, 0xbfc00000, 0xffffffffffffffff, FNX)
  FP_SX1R(13, fcvt.w.s, rdn, 0xbfc00000, 0xfffffffffffffffe, FNX)
  FP_SX1R(14, fcvt.w.s, rup, 0xbfc00000, 0xffffffffffffffff, FNX)
  FP_SX1R(15, fcvt.w.s, rmm, 0xbfc00000, 0xfffffffffffffffe, FNX)
  /* 16-20: fcvt.w.s -2.5 (rne, rtz, rdn, rup, rmm) */
  FP_SX1R(16, fcvt.w.s, rne, 0xc0200000, 0xfffffffffffffffe, FNX)
  FP_SX1R(17, fcvt.w.s, rtz, 0xc0200000, 0xfffffffffffffffe, FNX)
  FP_SX1R(18, fcvt.w.s, rdn, 0xc0200000, 0xfffffffffffffffd, FNX)
  FP_SX1R(19, fcvt.w.s, rup, 0xc0200000, 0xfffffffffffffffe, FNX)
  FP_SX1R(20, fcvt.w.s, rmm, 0xc0200000, 0xfffffffffffffffd, FNX)
  /* 21-25: fcvt.w.s 0.5 (rne, rtz, rdn, rup, rmm) */
  FP_SX1R(21, fcvt.w.s, rne, 0x3f000000, 0x0000000000000000, FNX)
  FP_SX1R(22, fcvt.w.s, rtz, 0x3f000000, 0x0000000000000000, FNX)
  FP_SX1R(23, fcvt.w.s, rdn, 0x3f000000, 0x0000000000000000, FNX)
  FP_SX1R(24, fcvt.w.s, rup, 0x3f000000, 0x0000000000000001, FNX)
  FP_SX1R(25, fcvt.w.s, rmm, 0x3f000000, 0x0000000000000001, FNX)
  /* 26-30: fcvt.w.s -0.5 (rne, rtz, rdn, rup, rmm) */
  FP_SX1R(26, fcvt.w.s, rne, 0xbf000000, 0x0000000000000000, FNX)
  FP_SX1R(27, fcvt.w.s, rtz, 0xbf000000, 0x0000000000000000, FNX)
  FP_SX1R(28, fcvt.w.s, rdn, 0xbf000000, 0xffffffffffffffff, FNX)
  FP_SX1R(29, fcvt.w.s, rup, 0xbf000000, 0x0000000000000000, FNX)
  FP_SX1R(30, fcvt.w.s, rmm, 0xbf000000, 0xffffffffffffffff, FNX)
  /* 31: 7: exact */
  FP_SX1R(31, fcvt.w.s, rne, 0x40e00000, 0x0000000000000007, 0)
  /* 32: -0 = 0, no flags */
  FP_SX1R(32, fcvt.w.s, rne, 0x80000000, 0x0000000000000000, 0)
  /* 33: smallest subnormal: 0, NX */
  FP_SX1R(33, fcvt.w.s, rtz, 0x00000001, 0x0000000000000000, FNX)
  /* 34: smallest subnormal rounded up: 1 */
  FP_SX1R(34, fcvt.w.s, rup, 0x00000001, 0x0000000000000001, FNX)
  /* 35: -smallest subnormal rounded down: -1 */
  FP_SX1R(35, fcvt.w.s, rdn, 0x80000001, 0xffffffffffffffff, FNX)
  /* -- fcvt.w saturates to [-2^31, 2^31-1] with NV only; NaN gives 2^31-1 */
  /* 36: 2^31: NV */
  FP_SX1R(36, fcvt.w.s, rne, 0x4f000000, 0x000000007fffffff, FNV)
  /* 37: -2^31: exact */
  FP_SX1R(37, fcvt.w.s, rne, 0xcf000000, 0xffffffff80000000, 0)
  /* 38: largest single below 2^31 */
  FP_SX1R(38, fcvt.w.s, rne, 0x4effffff, 0x000000007fffff80, 0)
  /* 39: smallest single below -2^31: NV */
  FP_SX1R(39, fcvt.w.s, rne, 0xcf000001, 0xffffffff80000000, FNV)
  /* 40: 1e30: NV */
  FP_SX1R(40, fcvt.w.s, rne, 0x7149f2ca, 0x000000007fffffff, FNV)
  /* 41: +inf: NV, 2^31-1 */
  FP_SX1R(41, fcvt.w.s, rne, 0x7f800000, 0x000000007fffffff, FNV)
  /* 42: -inf: NV, -2^31 */
  FP_SX1R(42, fcvt.w.s, rne, 0xff800000, 0xffffffff80000000, FNV)
  /* 43: qNaN: NV, 2^31-1 */
  FP_SX1R(43, fcvt.w.s, rne, 0x7fc00000, 0x000000007fffffff, FNV)
  /* 44: -qNaN: NV, 2^31-1 (the sign of a NaN does not count) */
  FP_SX1R(44, fcvt.w.s, rne, 0xffc00000, 0x000000007fffffff, FNV)
  /* 45: -sNaN: NV, 2^31-1 */
  FP_SX1R(45, fcvt.w.s, rne, 0xff800001, 0x000000007fffffff, FNV)
  /* -- fcvt.wu: results are sign-extended; negatives that round to 0 are valid */
  /* 46: 3e9: bit 31 set, sign-extended */
  FP_SX1R(46, fcvt.wu.s, rne, 0x4f32d05e, 0xffffffffb2d05e00, 0)
  /* 47: 2^32: NV, 0xffffffff sign-extended */
  FP_SX1R(47, fcvt.wu.s, rne, 0x4f800000, 0xffffffffffffffff, FNV)
  /* 48-52: -0.5: 0 with NX, or NV when it rounds to -1 (rne, rtz, rdn, rup, rmm) */
  FP_SX1R(48, fcvt.wu.s, rne, 0xbf000000, 0x0000000000000000, FNX)
  FP_SX1R(49, fcvt.wu.s, rtz, 0xbf000000, 0x0000000000000000, FNX)
  FP_SX1R(50, fcvt.wu.s, rdn, 0xbf000000, 0x0000000000000000, FNV)
  FP_SX1R(51, fcvt.wu.s, rup, 0xbf000000, 0x0000000000000000, FNX)
  FP_SX1R(52, fcvt.wu.s, rmm, 0xbf000000, 0x0000000000000000, FNV)
  /* 53: -1: NV, 0 */
  FP_SX1R(53, fcvt.wu.s, rne, 0xbf800000, 0x0000000000000000, FNV)
  /* 54: -0.99 rtz: 0, NX */
  FP_SX1R(54, fcvt.wu.s, rtz, 0xbf7d70a4, 0x0000000000000000, FNX)
  /* 55: -0: 0, no flags */
  FP_SX1R(55, fcvt.wu.s, rne, 0x80000000, 0x0000000000000000, 0)
  /* 56: +inf: NV */
  FP_SX1R(56, fcvt.wu.s, rne, 0x7f800000, 0xffffffffffffffff, FNV)
  /* 57: -inf: NV, 0 */
  FP_SX1R(57, fcvt.wu.s, rne, 0xff800000, 0x0000000000000000, FNV)
  /* 58: qNaN: NV, all ones */
  FP_SX1R(58, fcvt.wu.s, rne, 0x7fc00000, 0xffffffffffffffff, FNV)
  /* -- fcvt.l / fcvt.lu */
  /* 59-63: fcvt.l -2.5 (rne, rtz, rdn, rup, rmm) */
  FP_SX1R(59, fcvt.l.s, rne, 0xc0200000, 0xfffffffffffffffe, FNX)
  FP_SX1R(60, fcvt.l.s, rtz, 0xc0200000, 0xfffffffffffffffe, FNX)
  FP_SX1R(61, fcvt.l.s, rdn, 0xc0200000, 0xfffffffffffffffd, FNX)
  FP_SX1R(62, fcvt.l.s, rup, 0xc0200000, 0xfffffffffffffffe, FNX)
  FP_SX1R(63, fcvt.l.s, rmm, 0xc0200000, 0xfffffffffffffffd, FNX)
  /* 64: 2^63: NV */
  FP_SX1R(64, fcvt.l.s, rne, 0x5f000000, 0x7fffffffffffffff, FNV)
  /* 65: -2^63: exact */
  FP_SX1R(65, fcvt.l.s, rne, 0xdf000000, 0x8000000000000000, 0)
  /* 66: largest value below 2^63 */
  FP_SX1R(66, fcvt.l.s, rne, 0x5effffff, 0x7fffff8000000000, 0)
  /* 67: next value below -2^63: NV */
  FP_SX1R(67, fcvt.l.s, rne, 0xdf000001, 0x8000000000000000, FNV)
  /* 68: 2^62 + 2^40 */
  FP_SX1R(68, fcvt.l.s, rne, 0x5e800002, 0x4000010000000000, 0)
  /* 69: -inf: NV, -2^63 */
  FP_SX1R(69, fcvt.l.s, rne, 0xff800000, 0x8000000000000000, FNV)
  /* 70: sNaN: NV, 2^63-1 */
  FP_SX1R(70, fcvt.l.s, rne, 0x7f800001, 0x7fffffffffffffff, FNV)
  /* 71: 2^64: NV, all ones */
  FP_SX1R(71, fcvt.lu.s, rne, 0x5f800000, 0xffffffffffffffff, FNV)
  /* 72: largest value below 2^64 */
  FP_SX1R(72, fcvt.lu.s, rne, 0x5f7fffff, 0xffffff0000000000, 0)
  /* 73: 2^63: in range */
  FP_SX1R(73, fcvt.lu.s, rne, 0x5f000000, 0x8000000000000000, 0)
  /* 74: -1: NV, 0 */
  FP_SX1R(74, fcvt.lu.s, rne, 0xbf800000, 0x0000000000000000, FNV)
  /* 75-79: -0.25 (rne, rtz, rdn, rup, rmm) */
  FP_SX1R(75, fcvt.lu.s, rne, 0xbe800000, 0x0000000000000000, FNX)
  FP_SX1R(76, fcvt.lu.s, rtz, 0xbe800000, 0x0000000000000000, FNX)
  FP_SX1R(77, fcvt.lu.s, rdn, 0xbe800000, 0x0000000000000000, FNV)
  FP_SX1R(78, fcvt.lu.s, rup, 0xbe800000, 0x0000000000000000, FNX)
  FP_SX1R(79, fcvt.lu.s, rmm, 0xbe800000, 0x0000000000000000, FNX)
  /* 80: -qNaN: NV, all ones */
  FP_SX1R(80, fcvt.lu.s, rne, 0xffc00000, 0xffffffffffffffff, FNV)
  /* 81: 12345: exact */
  FP_SX1R(81, fcvt.lu.s, rne, 0x4640e400, 0x0000000000003039, 0)
  csrwi frm, 4
  /* 82: dynamic: fcvt.w -2.5 with frm = rmm */
  FP_SX1R(82, fcvt.w.s, dyn, 0xc0200000, 0xfffffffffffffffd, FNX)
  csrwi frm, 0

  /* ==== integer to single */
  /* 83: 0 = +0 in every mode */
  FP_XSR(83, fcvt.s.l, rne, 0x0000000000000000, 0x00000000, 0)
  FP_XSR(84, fcvt.s.l, rdn, 0x0000000000000000, 0x00000000, 0)
  /* 85: -7 */
  FP_XSR(85, fcvt.s.w, rne, 0xfffffffffffffff9, 0xc0e00000, 0)
  /* 86: fcvt.w uses the low 32 bits: 5 */
  FP_XSR(86, fcvt.s.w, rne, 0xffffffff00000005, 0x40a00000, 0)
  /* 87: low 32 bits 0x80000000 = -2^31 */
  FP_XSR(87, fcvt.s.w, rne, 0x0000000080000000, 0xcf000000, 0)
  /* 88: wu: 2^31 */
  FP_XSR(88, fcvt.s.wu, rne, 0x0000000080000000, 0x4f000000, 0)
  /* 89: wu: 2^32 - 2 (upper bits ignored) */
  FP_XSR(89, fcvt.s.wu, rne, 0xfffffffffffffffe, 0x4f800000, FNX)
  /* 90-94: 2^24 + 1: a tie (rne, rtz, rdn, rup, rmm) */
  FP_XSR(90, fcvt.s.w, rne, 0x0000000001000001, 0x4b800000, FNX)
  FP_XSR(91, fcvt.s.w, rtz, 0x0000000001000001, 0x4b800000, FNX)
  FP_XSR(92, fcvt.s.w, rdn, 0x0000000001000001, 0x4b800000, FNX)
  FP_XSR(93, fcvt.s.w, rup, 0x0000000001000001, 0x4b800001, FNX)
  FP_XSR(94, fcvt.s.w, rmm, 0x0000000001000001, 0x4b800001, FNX)
  /* 95-99: -(2^24 + 3): a tie, odd (rne, rtz, rdn, rup, rmm) */
  FP_XSR(95, fcvt.s.w, rne, 0xfffffffffefffffd, 0xcb800002, FNX)
  FP_XSR(96, fcvt.s.w, rtz, 0xfffffffffefffffd, 0xcb800001, FNX)
  FP_XSR(97, fcvt.s.w, rdn, 0xfffffffffefffffd, 0xcb800002, FNX)
  FP_XSR(98, fcvt.s.w, rup, 0xfffffffffefffffd, 0xcb800001, FNX)
  FP_XSR(99, fcvt.s.w, rmm, 0xfffffffffefffffd, 0xcb800002, FNX)
  /* 100-104: 2^31 - 1 (rne, rtz, rdn, rup, rmm) */
  FP_XSR(100, fcvt.s.w, rne, 0x000000007fffffff, 0x4f000000, FNX)
  FP_XSR(101, fcvt.s.w, rtz, 0x000000007fffffff, 0x4effffff, FNX)
  FP_XSR(102, fcvt.s.w, rdn, 0x000000007fffffff, 0x4effffff, FNX)
  FP_XSR(103, fcvt.s.w, rup, 0x000000007fffffff, 0x4f000000, FNX)
  FP_XSR(104, fcvt.s.w, rmm, 0x000000007fffffff, 0x4f000000, FNX)
  /* 105-109: 2^32 - 1 (rne, rtz, rdn, rup, rmm) */
  FP_XSR(105, fcvt.s.wu, rne, 0x00000000ffffffff, 0x4f800000, FNX)
  FP_XSR(106, fcvt.s.wu, rtz, 0x00000000ffffffff, 0x4f7fffff, FNX)
  FP_XSR(107, fcvt.s.wu, rdn, 0x00000000ffffffff, 0x4f7fffff, FNX)
  FP_XSR(108, fcvt.s.wu, rup, 0x00000000ffffffff, 0x4f800000, FNX)
  FP_XSR(109, fcvt.s.wu, rmm, 0x00000000ffffffff, 0x4f800000, FNX)
  /* 110-114: 2^53 + 1 (rne, rtz, rdn, rup, rmm) */
  FP_XSR(110, fcvt.s.l, rne, 0x0020000000000001, 0x5a000000, FNX)
  FP_XSR(111, fcvt.s.l, rtz, 0x0020000000000001, 0x5a000000, FNX)
  FP_XSR(112, fcvt.s.l, rdn, 0x0020000000000001, 0x5a000000, FNX)
  FP_XSR(113, fcvt.s.l, rup, 0x0020000000000001, 0x5a000001, FNX)
  FP_XSR(114, fcvt.s.l, rmm, 0x0020000000000001, 0x5a000000, FNX)
  /* 115-119: -(2^62 + 2^35 + 1) (rne, rtz, rdn, rup, rmm) */
  FP_XSR(115, fcvt.s.l, rne, 0xbffffff7ffffffff, 0xde800000, FNX)
  FP_XSR(116, fcvt.s.l, rtz, 0xbffffff7ffffffff, 0xde800000, FNX)
  FP_XSR(117, fcvt.s.l, rdn, 0xbffffff7ffffffff, 0xde800001, FNX)
  FP_XSR(118, fcvt.s.l, rup, 0xbffffff7ffffffff, 0xde800000, FNX)
  FP_XSR(119, fcvt.s.l, rmm, 0xbffffff7ffffffff, 0xde800000, FNX)
  /* 120: l: -2^63, exact */
  FP_XSR(120, fcvt.s.l, rne, 0x8000000000000000, 0xdf000000, 0)
  /* 121: l: -1 */
  FP_XSR(121, fcvt.s.l, rne, 0xffffffffffffffff, 0xbf800000, 0)
  /* 122-126: lu: 2^64 - 1 (rne, rtz, rdn, rup, rmm) */
  FP_XSR(122, fcvt.s.lu, rne, 0xffffffffffffffff, 0x5f800000, FNX)
  FP_XSR(123, fcvt.s.lu, rtz, 0xffffffffffffffff, 0x5f7fffff, FNX)
  FP_XSR(124, fcvt.s.lu, rdn, 0xffffffffffffffff, 0x5f7fffff, FNX)
  FP_XSR(125, fcvt.s.lu, rup, 0xffffffffffffffff, 0x5f800000, FNX)
  FP_XSR(126, fcvt.s.lu, rmm, 0xffffffffffffffff, 0x5f800000, FNX)
  /* 127: lu: 2^63 */
  FP_XSR(127, fcvt.s.lu, rne, 0x8000000000000000, 0x5f000000, 0)
  /* 128: lu: 12345 */
  FP_XSR(128, fcvt.s.lu, rne, 0x0000000000003039, 0x4640e400, 0)

  /* ==== double to integer */
  /* 129-133: fcvt.w.d 1.5 (rne, rtz, rdn, rup, rmm) */
  FP_DX1R(129, fcvt.w.d, rne, 0x3ff8000000000000, 0x0000000000000002, FNX)
  FP_DX1R(130, fcvt.w.d, rtz, 0x3ff8000000000000, 0x0000000000000001, FNX)
  FP_DX1R(131, fcvt.w.d, rdn, 0x3ff8000000000000, 0x0000000000000001, FNX)
  FP_DX1R(132, fcvt.w.d, rup, 0x3ff8000000000000, 0x0000000000000002, FNX)
  FP_DX1R(133, fcvt.w.d, rmm, 0x3ff8000000000000, 0x0000000000000002, FNX)
  /* 134-138: fcvt.w.d 2.5 (rne, rtz, rdn, rup, rmm) */
  FP_DX1R(134, fcvt.w.d, rne, 0x4004000000000000, 0x0000000000000002, FNX)
  FP_DX1R(135, fcvt.w.d, rtz, 0x4004000000000000, 0x0000000000000002, FNX)
  FP_DX1R(136, fcvt.w.d, rdn, 0x4004000000000000, 0x0000000000000002, FNX)
  FP_DX1R(137, fcvt.w.d, rup, 0x4004000000000000, 0x0000000000000003, FNX)
  FP_DX1R(138, fcvt.w.d, rmm, 0x4004000000000000, 0x0000000000000003, FNX)
  /* 139-143: fcvt.w.d -1.5 (rne, rtz, rdn, rup, rmm) */
  FP_DX1R(139, fcvt.w.d, rne, 0xbff8000000000000, 0xfffffffffffffffe, FNX)
  FP_DX1R(140, fcvt.w.d, rtz, 0xbff8000000000000, 0xffffffffffffffff, FNX)
  FP_DX1R(141, fcvt.w.d, rdn, 0xbff8000000000000, 0xfffffffffffffffe, FNX)
  FP_DX1R(142, fcvt.w.d, rup, 0xbff8000000000000, 0xffffffffffffffff, FNX)
  FP_DX1R(143, fcvt.w.d, rmm, 0xbff8000000000000, 0xfffffffffffffffe, FNX)
  /* 144-148: fcvt.w.d -2.5 (rne, rtz, rdn, rup, rmm) */
  FP_DX1R(144, fcvt.w.d, rne, 0xc004000000000000, 0xfffffffffffffffe, FNX)
  FP_DX1R(145, fcvt.w.d, rtz, 0xc004000000000000, 0xfffffffffffffffe, FNX)
  FP_DX1R(146, fcvt.w.d, rdn, 0xc004000000000000, 0xfffffffffffffffd, FNX)
  FP_DX1R(147, fcvt.w.d, rup, 0xc004000000000000, 0xfffffffffffffffe, FNX)
  FP_DX1R(148, fcvt.w.d, rmm, 0xc004000000000000, 0xfffffffffffffffd, FNX)
  /* 149-153: fcvt.w.d 0.5 (rne, rtz, rdn, rup, rmm) */
  FP_DX1R(149, fcvt.w.d, rne, 0x3fe0000000000000, 0x0000000000000000, FNX)
  FP_DX1R(150, fcvt.w.d, rtz, 0x3fe0000000000000, 0x0000000000000000, FNX)
  FP_DX1R(151, fcvt.w.d, rdn, 0x3fe0000000000000, 0x0000000000000000, FNX)
  FP_DX1R(152, fcvt.w.d, rup, 0x3fe0000000000000, 0x0000000000000001, FNX)
  FP_DX1R(153, fcvt.w.d, rmm, 0x3fe0000000000000, 0x0000000000000001, FNX)
  /* 154-158: fcvt.w.d -0.5 (rne, rtz, rdn, rup, rmm) */
  FP_DX1R(154, fcvt.w.d, rne, 0xbfe0000000000000, 0x0000000000000000, FNX)
  FP_DX1R(155, fcvt.w.d, rtz, 0xbfe0000000000000, 0x0000000000000000, FNX)
  FP_DX1R(156, fcvt.w.d, rdn, 0xbfe0000000000000, 0xffffffffffffffff, FNX)
  FP_DX1R(157, fcvt.w.d, rup, 0xbfe0000000000000, 0x0000000000000000, FNX)
  FP_DX1R(158, fcvt.w.d, rmm, 0xbfe0000000000000, 0xffffffffffffffff, FNX)
  /* 159: 7: exact */
  FP_DX1R(159, fcvt.w.d, rne, 0x401c000000000000, 0x0000000000000007, 0)
  /* 160: -0 = 0, no flags */
  FP_DX1R(160, fcvt.w.d, rne, 0x8000000000000000, 0x0000000000000000, 0)
  /* 161: smallest subnormal: 0, NX */
  FP_DX1R(161, fcvt.w.d, rtz, 0x0000000000000001, 0x0000000000000000, FNX)
  /* 162: smallest subnormal rounded up: 1 */
  FP_DX1R(162, fcvt.w.d, rup, 0x0000000000000001, 0x0000000000000001, FNX)
  /* 163: -smallest subnormal rounded down: -1 */
  FP_DX1R(163, fcvt.w.d, rdn, 0x8000000000000001, 0xffffffffffffffff, FNX)
  /* -- fcvt.w saturates to [-2^31, 2^31-1] with NV only; NaN gives 2^31-1 */
  /* 164: 2^31: NV */
  FP_DX1R(164, fcvt.w.d, rne, 0x41e0000000000000, 0x000000007fffffff, FNV)
  /* 165: -2^31: exact */
  FP_DX1R(165, fcvt.w.d, rne, 0xc1e0000000000000, 0xffffffff80000000, 0)
  /* 166-170: 2^31 - 0.5: in range unless rounded up (rne, rtz, rdn, rup, rmm) */
  FP_DX1R(166, fcvt.w.d, rne, 0x41dfffffffe00000, 0x000000007fffffff, FNV)
  FP_DX1R(167, fcvt.w.d, rtz, 0x41dfffffffe00000, 0x000000007fffffff, FNX)
  FP_DX1R(168, fcvt.w.d, rdn, 0x41dfffffffe00000, 0x000000007fffffff, FNX)
  FP_DX1R(169, fcvt.w.d, rup, 0x41dfffffffe00000, 0x000000007fffffff, FNV)
  FP_DX1R(170, fcvt.w.d, rmm, 0x41dfffffffe00000, 0x000000007fffffff, FNV)
  /* 171-175: -2^31 - 0.5: in range unless rounded down (rne, rtz, rdn, rup, rmm) */
  FP_DX1R(171, fcvt.w.d, rne, 0xc1e0000000100000, 0xffffffff80000000, FNX)
  FP_DX1R(172, fcvt.w.d, rtz, 0xc1e0000000100000, 0xffffffff80000000, FNX)
  FP_DX1R(173, fcvt.w.d, rdn, 0xc1e0000000100000, 0xffffffff80000000, FNV)
  FP_DX1R(174, fcvt.w.d, rup, 0xc1e0000000100000, 0xffffffff80000000, FNX)
  FP_DX1R(175, fcvt.w.d, rmm, 0xc1e0000000100000, 0xffffffff80000000, FNV)
  /* 176: -2^31 - 1: NV */
  FP_DX1R(176, fcvt.w.d, rne, 0xc1e0000000200000, 0xffffffff80000000, FNV)
  /* 177: 1e30: NV */
  FP_DX1R(177, fcvt.w.d, rne, 0x46293e5939a08cea, 0x000000007fffffff, FNV)
  /* 178: +inf: NV, 2^31-1 */
  FP_DX1R(178, fcvt.w.d, rne, 0x7ff0000000000000, 0x000000007fffffff, FNV)
  /* 179: -inf: NV, -2^31 */
  FP_DX1R(179, fcvt.w.d, rne, 0xfff0000000000000, 0xffffffff80000000, FNV)
  /* 180: qNaN: NV, 2^31-1 */
  FP_DX1R(180, fcvt.w.d, rne, 0x7ff8000000000000, 0x000000007fffffff, FNV)
  /* 181: -qNaN: NV, 2^31-1 (the sign of a NaN does not count) */
  FP_DX1R(181, fcvt.w.d, rne, 0xfff8000000000000, 0x000000007fffffff, FNV)
  /* 182: -sNaN: NV, 2^31-1 */
  FP_DX1R(182, fcvt.w.d, rne, 0xfff0000000000001, 0x000000007fffffff, FNV)
  /* -- fcvt.wu: results are sign-extended; negatives that round to 0 are valid */
  /* 183: 3e9: bit 31 set, sign-extended */
  FP_DX1R(183, fcvt.wu.d, rne, 0x41e65a0bc0000000, 0xffffffffb2d05e00, 0)
  /* 184: 2^32: NV, 0xffffffff sign-extended */
  FP_DX1R(184, fcvt.wu.d, rne, 0x41f0000000000000, 0xffffffffffffffff, FNV)
  /* 185-189: 2^32 - 0.5 (rne, rtz, rdn, rup, rmm) */
  FP_DX1R(185, fcvt.wu.d, rne, 0x41effffffff00000, 0xffffffffffffffff, FNV)
  FP_DX1R(186, fcvt.wu.d, rtz, 0x41effffffff00000, 0xffffffffffffffff, FNX)
  FP_DX1R(187, fcvt.wu.d, rdn, 0x41effffffff00000, 0xffffffffffffffff, FNX)
  FP_DX1R(188, fcvt.wu.d, rup, 0x41effffffff00000, 0xffffffffffffffff, FNV)
  FP_DX1R(189, fcvt.wu.d, rmm, 0x41effffffff00000, 0xffffffffffffffff, FNV)
  /* 190-194: -0.5: 0 with NX, or NV when it rounds to -1 (rne, rtz, rdn, rup, rmm) */
  FP_DX1R(190, fcvt.wu.d, rne, 0xbfe0000000000000, 0x0000000000000000, FNX)
  FP_DX1R(191, fcvt.wu.d, rtz, 0xbfe0000000000000, 0x0000000000000000, FNX)
  FP_DX1R(192, fcvt.wu.d, rdn, 0xbfe0000000000000, 0x0000000000000000, FNV)
  FP_DX1R(193, fcvt.wu.d, rup, 0xbfe0000000000000, 0x0000000000000000, FNX)
  FP_DX1R(194, fcvt.wu.d, rmm, 0xbfe0000000000000, 0x0000000000000000, FNV)
  /* 195: -1: NV, 0 */
  FP_DX1R(195, fcvt.wu.d, rne, 0xbff0000000000000, 0x0000000000000000, FNV)
  /* 196: -0.99 rtz: 0, NX */
  FP_DX1R(196, fcvt.wu.d, rtz, 0xbfefae147ae147ae, 0x0000000000000000, FNX)
  /* 197: -0: 0, no flags */
  FP_DX1R(197, fcvt.wu.d, rne, 0x8000000000000000, 0x0000000000000000, 0)
  /* 198: +inf: NV */
  FP_DX1R(198, fcvt.wu.d, rne, 0x7ff0000000000000, 0xffffffffffffffff, FNV)
  /* 199: -inf: NV, 0 */
  FP_DX1R(199, fcvt.wu.d, rne, 0xfff0000000000000, 0x0000000000000000, FNV)
  /* 200: qNaN: NV, all ones */
  FP_DX1R(200, fcvt.wu.d, rne, 0x7ff8000000000000, 0xffffffffffffffff, FNV)
  /* -- fcvt.l / fcvt.lu */
  /* 201-205: fcvt.l -2.5 (rne, rtz, rdn, rup, rmm) */
  FP_DX1R(201, fcvt.l.d, rne, 0xc004000000000000, 0xfffffffffffffffe, FNX)
  FP_DX1R(202, fcvt.l.d, rtz, 0xc004000000000000, 0xfffffffffffffffe, FNX)
  FP_DX1R(203, fcvt.l.d, rdn, 0xc004000000000000, 0xfffffffffffffffd, FNX)
  FP_DX1R(204, fcvt.l.d, rup, 0xc004000000000000, 0xfffffffffffffffe, FNX)
  FP_DX1R(205, fcvt.l.d, rmm, 0xc004000000000000, 0xfffffffffffffffd, FNX)
  /* 206: 2^63: NV */
  FP_DX1R(206, fcvt.l.d, rne, 0x43e0000000000000, 0x7fffffffffffffff, FNV)
  /* 207: -2^63: exact */
  FP_DX1R(207, fcvt.l.d, rne, 0xc3e0000000000000, 0x8000000000000000, 0)
  /* 208: largest value below 2^63 */
  FP_DX1R(208, fcvt.l.d, rne, 0x43dfffffffffffff, 0x7ffffffffffffc00, 0)
  /* 209: next value below -2^63: NV */
  FP_DX1R(209, fcvt.l.d, rne, 0xc3e0000000000001, 0x8000000000000000, FNV)
  /* 210: 2^62 + 2^40 */
  FP_DX1R(210, fcvt.l.d, rne, 0x43d0000040000000, 0x4000010000000000, 0)
  /* 211: -inf: NV, -2^63 */
  FP_DX1R(211, fcvt.l.d, rne, 0xfff0000000000000, 0x8000000000000000, FNV)
  /* 212: sNaN: NV, 2^63-1 */
  FP_DX1R(212, fcvt.l.d, rne, 0x7ff0000000000001, 0x7fffffffffffffff, FNV)
  /* 213: 2^64: NV, all ones */
  FP_DX1R(213, fcvt.lu.d, rne, 0x43f0000000000000, 0xffffffffffffffff, FNV)
  /* 214: largest value below 2^64 */
  FP_DX1R(214, fcvt.lu.d, rne, 0x43efffffffffffff, 0xfffffffffffff800, 0)
  /* 215: 2^63: in range */
  FP_DX1R(215, fcvt.lu.d, rne, 0x43e0000000000000, 0x8000000000000000, 0)
  /* 216: -1: NV, 0 */
  FP_DX1R(216, fcvt.lu.d, rne, 0xbff0000000000000, 0x0000000000000000, FNV)
  /* 217-221: -0.25 (rne, rtz, rdn, rup, rmm) */
  FP_DX1R(217, fcvt.lu.d, rne, 0xbfd0000000000000, 0x0000000000000000, FNX)
  FP_DX1R(218, fcvt.lu.d, rtz, 0xbfd0000000000000, 0x0000000000000000, FNX)
  FP_DX1R(219, fcvt.lu.d, rdn, 0xbfd0000000000000, 0x0000000000000000, FNV)
  FP_DX1R(220, fcvt.lu.d, rup, 0xbfd0000000000000, 0x0000000000000000, FNX)
  FP_DX1R(221, fcvt.lu.d, rmm, 0xbfd0000000000000, 0x0000000000000000, FNX)
  /* 222: -qNaN: NV, all ones */
  FP_DX1R(222, fcvt.lu.d, rne, 0xfff8000000000000, 0xffffffffffffffff, FNV)
  /* 223: 12345: exact */
  FP_DX1R(223, fcvt.lu.d, rne, 0x40c81c8000000000, 0x0000000000003039, 0)
  csrwi frm, 4
  /* 224: dynamic: fcvt.w -2.5 with frm = rmm */
  FP_DX1R(224, fcvt.w.d, dyn, 0xc004000000000000, 0xfffffffffffffffd, FNX)
  csrwi frm, 0

  /* ==== integer to double */
  /* 225: 0 = +0 in every mode */
  FP_XDR(225, fcvt.d.l, rne, 0x0000000000000000, 0x0000000000000000, 0)
  FP_XDR(226, fcvt.d.l, rdn, 0x0000000000000000, 0x0000000000000000, 0)
  /* 227: -7 */
  FP_XD(227, fcvt.d.w, 0xfffffffffffffff9, 0xc01c000000000000, 0)
  /* 228: fcvt.w uses the low 32 bits: 5 */
  FP_XD(228, fcvt.d.w, 0xffffffff00000005, 0x4014000000000000, 0)
  /* 229: low 32 bits 0x80000000 = -2^31 */
  FP_XD(229, fcvt.d.w, 0x0000000080000000, 0xc1e0000000000000, 0)
  /* 230: wu: 2^31 */
  FP_XD(230, fcvt.d.wu, 0x0000000080000000, 0x41e0000000000000, 0)
  /* 231: wu: 2^32 - 2 (upper bits ignored) */
  FP_XD(231, fcvt.d.wu, 0xfffffffffffffffe, 0x41efffffffc00000, 0)
  /* 232: 2^31-1: exact in double */
  FP_XD(232, fcvt.d.w, 0x000000007fffffff, 0x41dfffffffc00000, 0)
  /* 233: 2^32-1: exact in double */
  FP_XD(233, fcvt.d.wu, 0x00000000ffffffff, 0x41efffffffe00000, 0)
  /* 234-238: 2^53 + 1 (rne, rtz, rdn, rup, rmm) */
  FP_XDR(234, fcvt.d.l, rne, 0x0020000000000001, 0x4340000000000000, FNX)
  FP_XDR(235, fcvt.d.l, rtz, 0x0020000000000001, 0x4340000000000000, FNX)
  FP_XDR(236, fcvt.d.l, rdn, 0x0020000000000001, 0x4340000000000000, FNX)
  FP_XDR(237, fcvt.d.l, rup, 0x0020000000000001, 0x4340000000000001, FNX)
  FP_XDR(238, fcvt.d.l, rmm, 0x0020000000000001, 0x4340000000000001, FNX)
  /* 239-243: -(2^62 + 2^35 + 1) (rne, rtz, rdn, rup, rmm) */
  FP_XDR(239, fcvt.d.l, rne, 0xbffffff7ffffffff, 0xc3d0000002000000, FNX)
  FP_XDR(240, fcvt.d.l, rtz, 0xbffffff7ffffffff, 0xc3d0000002000000, FNX)
  FP_XDR(241, fcvt.d.l, rdn, 0xbffffff7ffffffff, 0xc3d0000002000001, FNX)
  FP_XDR(242, fcvt.d.l, rup, 0xbffffff7ffffffff, 0xc3d0000002000000, FNX)
  FP_XDR(243, fcvt.d.l, rmm, 0xbffffff7ffffffff, 0xc3d0000002000000, FNX)
  /* 244: l: -2^63, exact */
  FP_XDR(244, fcvt.d.l, rne, 0x8000000000000000, 0xc3e0000000000000, 0)
  /* 245: l: -1 */
  FP_XDR(245, fcvt.d.l, rne, 0xffffffffffffffff, 0xbff0000000000000, 0)
  /* 246-250: lu: 2^64 - 1 (rne, rtz, rdn, rup, rmm) */
  FP_XDR(246, fcvt.d.lu, rne, 0xffffffffffffffff, 0x43f0000000000000, FNX)
  FP_XDR(247, fcvt.d.lu, rtz, 0xffffffffffffffff, 0x43efffffffffffff, FNX)
  FP_XDR(248, fcvt.d.lu, rdn, 0xffffffffffffffff, 0x43efffffffffffff, FNX)
  FP_XDR(249, fcvt.d.lu, rup, 0xffffffffffffffff, 0x43f0000000000000, FNX)
  FP_XDR(250, fcvt.d.lu, rmm, 0xffffffffffffffff, 0x43f0000000000000, FNX)
  /* 251: lu: 2^63 */
  FP_XDR(251, fcvt.d.lu, rne, 0x8000000000000000, 0x43e0000000000000, 0)
  /* 252: lu: 12345 */
  FP_XDR(252, fcvt.d.lu, rne, 0x0000000000003039, 0x40c81c8000000000, 0)

  /* ==== fcvt.s.d */
  /* 253: 1.5: exact */
  FP_CVT_SD(253, rne, 0x3ff8000000000000, 0x3fc00000, 0)
  /* 254-258: 1/3 (rne, rtz, rdn, rup, rmm) */
  FP_CVT_SD(254, rne, 0x3fd5555555555555, 0x3eaaaaab, FNX)
  FP_CVT_SD(255, rtz, 0x3fd5555555555555, 0x3eaaaaaa, FNX)
  FP_CVT_SD(256, rdn, 0x3fd5555555555555, 0x3eaaaaaa, FNX)
  FP_CVT_SD(257, rup, 0x3fd5555555555555, 0x3eaaaaab, FNX)
  FP_CVT_SD(258, rmm, 0x3fd5555555555555, 0x3eaaaaab, FNX)
  /* 259-263: -1/3 (rne, rtz, rdn, rup, rmm) */
  FP_CVT_SD(259, rne, 0xbfd5555555555555, 0xbeaaaaab, FNX)
  FP_CVT_SD(260, rtz, 0xbfd5555555555555, 0xbeaaaaaa, FNX)
  FP_CVT_SD(261, rdn, 0xbfd5555555555555, 0xbeaaaaab, FNX)
  FP_CVT_SD(262, rup, 0xbfd5555555555555, 0xbeaaaaaa, FNX)
  FP_CVT_SD(263, rmm, 0xbfd5555555555555, 0xbeaaaaab, FNX)
  /* 264-268: 1 + 2^-24: a tie (rne, rtz, rdn, rup, rmm) */
  FP_CVT_SD(264, rne, 0x3ff0000010000000, 0x3f800000, FNX)
  FP_CVT_SD(265, rtz, 0x3ff0000010000000, 0x3f800000, FNX)
  FP_CVT_SD(266, rdn, 0x3ff0000010000000, 0x3f800000, FNX)
  FP_CVT_SD(267, rup, 0x3ff0000010000000, 0x3f800001, FNX)
  FP_CVT_SD(268, rmm, 0x3ff0000010000000, 0x3f800001, FNX)
  /* 269-273: 1e300: overflow (rne, rtz, rdn, rup, rmm) */
  FP_CVT_SD(269, rne, 0x7e37e43c8800759c, 0x7f800000, FOF|FNX)
  FP_CVT_SD(270, rtz, 0x7e37e43c8800759c, 0x7f7fffff, FOF|FNX)
  FP_CVT_SD(271, rdn, 0x7e37e43c8800759c, 0x7f7fffff, FOF|FNX)
  FP_CVT_SD(272, rup, 0x7e37e43c8800759c, 0x7f800000, FOF|FNX)
  FP_CVT_SD(273, rmm, 0x7e37e43c8800759c, 0x7f800000, FOF|FNX)
  /* 274-278: just above -max single: rounds to -max or overflows (rne, rtz, rdn, rup, rmm) */
  FP_CVT_SD(274, rne, 0xc7effffff0000000, 0xff800000, FOF|FNX)
  FP_CVT_SD(275, rtz, 0xc7effffff0000000, 0xff7fffff, FNX)
  FP_CVT_SD(276, rdn, 0xc7effffff0000000, 0xff800000, FOF|FNX)
  FP_CVT_SD(277, rup, 0xc7effffff0000000, 0xff7fffff, FNX)
  FP_CVT_SD(278, rmm, 0xc7effffff0000000, 0xff800000, FOF|FNX)
  /* 279-283: min normal * (1 - 2^-24): tiny in every mode (rne, rtz, rdn, rup, rmm) */
  FP_CVT_SD(279, rne, 0x380fffffe0000000, 0x00800000, FUF|FNX)
  FP_CVT_SD(280, rtz, 0x380fffffe0000000, 0x007fffff, FUF|FNX)
  FP_CVT_SD(281, rdn, 0x380fffffe0000000, 0x007fffff, FUF|FNX)
  FP_CVT_SD(282, rup, 0x380fffffe0000000, 0x00800000, FUF|FNX)
  FP_CVT_SD(283, rmm, 0x380fffffe0000000, 0x00800000, FUF|FNX)
  /* 284-288: min normal * (1 - 2^-25): not tiny where it rounds to min normal with an unbounded exponent (rne, rtz, rdn, rup, rmm) */
  FP_CVT_SD(284, rne, 0x380ffffff0000000, 0x00800000, FNX)
  FP_CVT_SD(285, rtz, 0x380ffffff0000000, 0x007fffff, FUF|FNX)
  FP_CVT_SD(286, rdn, 0x380ffffff0000000, 0x007fffff, FUF|FNX)
  FP_CVT_SD(287, rup, 0x380ffffff0000000, 0x00800000, FNX)
  FP_CVT_SD(288, rmm, 0x380ffffff0000000, 0x00800000, FNX)
  /* 289-293: -2^-150: half the smallest subnormal (rne, rtz, rdn, rup, rmm) */
  FP_CVT_SD(289, rne, 0xb690000000000000, 0x80000000, FUF|FNX)
  FP_CVT_SD(290, rtz, 0xb690000000000000, 0x80000000, FUF|FNX)
  FP_CVT_SD(291, rdn, 0xb690000000000000, 0x80000001, FUF|FNX)
  FP_CVT_SD(292, rup, 0xb690000000000000, 0x80000000, FUF|FNX)
  FP_CVT_SD(293, rmm, 0xb690000000000000, 0x80000001, FUF|FNX)
  /* 294-298: 1.5 * smallest subnormal (rne, rtz, rdn, rup, rmm) */
  FP_CVT_SD(294, rne, 0x36a8000000000000, 0x00000002, FUF|FNX)
  FP_CVT_SD(295, rtz, 0x36a8000000000000, 0x00000001, FUF|FNX)
  FP_CVT_SD(296, rdn, 0x36a8000000000000, 0x00000001, FUF|FNX)
  FP_CVT_SD(297, rup, 0x36a8000000000000, 0x00000002, FUF|FNX)
  FP_CVT_SD(298, rmm, 0x36a8000000000000, 0x00000002, FUF|FNX)
  /* 299: smallest subnormal: exact */
  FP_CVT_SD(299, rne, 0x36a0000000000000, 0x00000001, 0)
  /* 300: 1e-300: underflow to 0 */
  FP_CVT_SD(300, rne, 0x01a56e1fc2f8f359, 0x00000000, FUF|FNX)
  /* 301: -0 */
  FP_CVT_SD(301, rne, 0x8000000000000000, 0x80000000, 0)
  /* 302: -inf */
  FP_CVT_SD(302, rne, 0xfff0000000000000, 0xff800000, 0)
  /* 303: qNaN with a payload: canonical NaN, no flags */
  FP_CVT_SD(303, rne, 0x7ff8000000012345, 0x7fc00000, 0)
  /* 304: sNaN: NV */
  FP_CVT_SD(304, rne, 0x7ff0000000000001, 0x7fc00000, FNV)
  /* 305: sNaN whose payload would fit a single: NV, canonical NaN */
  FP_CVT_SD(305, rne, 0x7ff0000020000000, 0x7fc00000, FNV)
  csrwi frm, 2
  /* 306: dynamic: -1/3 with frm = rdn */
  FP_CVT_SD(306, dyn, 0xbfd5555555555555, 0xbeaaaaab, FNX)
  csrwi frm, 0

  /* ==== fcvt.d.s: always exact */
  /* 307: round(1/3) as a single */
  FP_CVT_DS(307, 0x3eaaaaab, 0x3fd5555560000000, 0)
  /* 308: max single */
  FP_CVT_DS(308, 0x7f7fffff, 0x47efffffe0000000, 0)
  /* 309: smallest subnormal single: a normal double */
  FP_CVT_DS(309, 0x00000001, 0x36a0000000000000, 0)
  /* 310: -largest subnormal single */
  FP_CVT_DS(310, 0x807fffff, 0xb80fffffc0000000, 0)
  /* 311: -0 */
  FP_CVT_DS(311, 0x80000000, 0x8000000000000000, 0)
  /* 312: inf */
  FP_CVT_DS(312, 0x7f800000, 0x7ff0000000000000, 0)
  /* 313: -qNaN with a payload: canonical NaN, no flags */
  FP_CVT_DS(313, 0xffc00001, 0x7ff8000000000000, 0)
  /* 314: sNaN: NV */
  FP_CVT_DS(314, 0x7fa00000, 0x7ff8000000000000, FNV)

TEST_END

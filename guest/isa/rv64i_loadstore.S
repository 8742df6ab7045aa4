#include "test.h"

/* RV64I loads and stores: lb, lh, lw, ld, lbu, lhu, lwu with sign/zero
 * extension at every aligned offset, negative and extreme (-2048/+2047)
 * displacements, loads into x0 and with rd == rs1; sb, sh, sw, sd writing
 * exactly their width. Misaligned ld/lw/lh/sd/sw/sh (ttvm, like QEMU, performs
 * them in hardware), also across doubleword and page boundaries.
 * Each check: the result register holds the architecturally required
 * value (t6 holds the expected value, gp the check number). */

/* load at base + off, base = ld_data + adj */
#define TEST_LD(n, inst, result, adj, off) \
  TEST_CASE(n, a4, result, la a1, ld_data + adj; li a4, 0x5a5a; inst a4, off(a1))

/* st_buf is preset to two dwords of fill; the store writes val at
 * st_buf + adj + off; both dwords are read back (lo, hi). */
#define TEST_ST(n, inst, lo, hi, val, adj, off) \
  li TESTNUM, n; \
  la a0, st_buf; li a1, 0xaaaaaaaaaaaaaaaa; sd a1, 0(a0); sd a1, 8(a0); \
  la a1, st_buf + adj; li a2, val; inst a2, off(a1); \
  ld a4, 0(a0); li t6, lo; bne a4, t6, fail; \
  ld a4, 8(a0); li t6, hi; bne a4, t6, fail; \
  li t6, val; bne a2, t6, fail

TEST_BEGIN
  .option norvc

  /* ---- LB: every aligned offset in the 16 test bytes */
  /* 1: lb at +0 -> 0x1 */
  TEST_LD(1, lb, 0x0000000000000001, 0, 0)
  /* 2: lb at +1 -> -0x7e */
  TEST_LD(2, lb, 0xffffffffffffff82, 0, 1)
  /* 3: lb at +2 -> 0x7f */
  TEST_LD(3, lb, 0x000000000000007f, 0, 2)
  /* 4: lb at +3 -> -0x1 */
  TEST_LD(4, lb, 0xffffffffffffffff, 0, 3)
  /* 5: lb at +4 -> -0x80 */
  TEST_LD(5, lb, 0xffffffffffffff80, 0, 4)
  /* 6: lb at +5 -> 0x0 */
  TEST_LD(6, lb, 0x0000000000000000, 0, 5)
  /* 7: lb at +6 -> -0x2 */
  TEST_LD(7, lb, 0xfffffffffffffffe, 0, 6)
  /* 8: lb at +7 -> 0x70 */
  TEST_LD(8, lb, 0x0000000000000070, 0, 7)
  /* 9: lb at +8 -> 0x11 */
  TEST_LD(9, lb, 0x0000000000000011, 0, 8)
  /* 10: lb at +9 -> -0x6e */
  TEST_LD(10, lb, 0xffffffffffffff92, 0, 9)
  /* 11: lb at +10 -> 0x33 */
  TEST_LD(11, lb, 0x0000000000000033, 0, 10)
  /* 12: lb at +11 -> -0x3c */
  TEST_LD(12, lb, 0xffffffffffffffc4, 0, 11)
  /* 13: lb at +12 -> 0x55 */
  TEST_LD(13, lb, 0x0000000000000055, 0, 12)
  /* 14: lb at +13 -> -0x1a */
  TEST_LD(14, lb, 0xffffffffffffffe6, 0, 13)
  /* 15: lb at +14 -> 0x77 */
  TEST_LD(15, lb, 0x0000000000000077, 0, 14)
  /* 16: lb at +15 -> 0x8 */
  TEST_LD(16, lb, 0x0000000000000008, 0, 15)
  /* 17: lb with a negative displacement (-8 from ld_data + 16) */
  TEST_LD(17, lb, 0x0000000000000011, 16, -8)
  /* 18: lb with displacement +2047 */
  TEST_LD(18, lb, 0x0000000000000011, 8 - 2047, 2047)
  /* 19: lb with displacement -2048 */
  TEST_LD(19, lb, 0x0000000000000001, 2048, -2048)
  /* 20: lb into x0 is discarded */
  TEST_CASE(20, x0, 0, la a1, ld_data; lb x0, 0(a1); mv a4, x0; bnez a4, fail)
  /* 21: lb with rd == rs1 */
  TEST_CASE(21, a1, 0x0000000000000011, la a1, ld_data + 8; lb a1, 0(a1))
  /* ---- LBU: every aligned offset in the 16 test bytes */
  /* 22: lbu at +0 -> 0x1 */
  TEST_LD(22, lbu, 0x0000000000000001, 0, 0)
  /* 23: lbu at +1 -> 0x82 */
  TEST_LD(23, lbu, 0x0000000000000082, 0, 1)
  /* 24: lbu at +2 -> 0x7f */
  TEST_LD(24, lbu, 0x000000000000007f, 0, 2)
  /* 25: lbu at +3 -> 0xff */
  TEST_LD(25, lbu, 0x00000000000000ff, 0, 3)
  /* 26: lbu at +4 -> 0x80 */
  TEST_LD(26, lbu, 0x0000000000000080, 0, 4)
  /* 27: lbu at +5 -> 0x0 */
  TEST_LD(27, lbu, 0x0000000000000000, 0, 5)
  /* 28: lbu at +6 -> 0xfe */
  TEST_LD(28, lbu, 0x00000000000000fe, 0, 6)
  /* 29: lbu at +7 -> 0x70 */
  TEST_LD(29, lbu, 0x0000000000000070, 0, 7)
  /* 30: lbu at +8 -> 0x11 */
  TEST_LD(30, lbu, 0x0000000000000011, 0, 8)
  /* 31: lbu at +9 -> 0x92 */
  TEST_LD(31, lbu, 0x0000000000000092, 0, 9)
  /* 32: lbu at +10 -> 0x33 */
  TEST_LD(32, lbu, 0x0000000000000033, 0, 10)
  /* 33: lbu at +11 -> 0xc4 */
  TEST_LD(33, lbu, 0x00000000000000c4, 0, 11)
  /* 34: lbu at +12 -> 0x55 */
  TEST_LD(34, lbu, 0x0000000000000055, 0, 12)
  /* 35: lbu at +13 -> 0xe6 */
  TEST_LD(35, lbu, 0x00000000000000e6, 0, 13)
  /* 36: lbu at +14 -> 0x77 */
  TEST_LD(36, lbu, 0x0000000000000077, 0, 14)
  /* 37: lbu at +15 -> 0x8 */
  TEST_LD(37, lbu, 0x0000000000000008, 0, 15)
  /* 38: lbu with a negative displacement (-8 from ld_data + 16) */
  TEST_LD(38, lbu, 0x0000000000000011, 16, -8)
  /* 39: lbu with displacement +2047 */
  TEST_LD(39, lbu, 0x0000000000000011, 8 - 2047, 2047)
  /* 40: lbu with displacement -2048 */
  TEST_LD(40, lbu, 0x0000000000000001, 2048, -2048)
  /* 41: lbu into x0 is discarded */
  TEST_CASE(41, x0, 0, la a1, ld_data; lbu x0, 0(a1); mv a4, x0; bnez a4, fail)
  /* 42: lbu with rd == rs1 */
  TEST_CASE(42, a1, 0x0000000000000011, la a1, ld_data + 8; lbu a1, 0(a1))
  /* ---- LH: every aligned offset in the 16 test bytes */
  /* 43: lh at +0 -> -0x7dff */
  TEST_LD(43, lh, 0xffffffffffff8201, 0, 0)
  /* 44: lh at +2 -> -0x81 */
  TEST_LD(44, lh, 0xffffffffffffff7f, 0, 2)
  /* 45: lh at +4 -> 0x80 */
  TEST_LD(45, lh, 0x0000000000000080, 0, 4)
  /* 46: lh at +6 -> 0x70fe */
  TEST_LD(46, lh, 0x00000000000070fe, 0, 6)
  /* 47: lh at +8 -> -0x6def */
  TEST_LD(47, lh, 0xffffffffffff9211, 0, 8)
  /* 48: lh at +10 -> -0x3bcd */
  TEST_LD(48, lh, 0xffffffffffffc433, 0, 10)
  /* 49: lh at +12 -> -0x19ab */
  TEST_LD(49, lh, 0xffffffffffffe655, 0, 12)
  /* 50: lh at +14 -> 0x877 */
  TEST_LD(50, lh, 0x0000000000000877, 0, 14)
  /* 51: lh with a negative displacement (-8 from ld_data + 16) */
  TEST_LD(51, lh, 0xffffffffffff9211, 16, -8)
  /* 52: lh with displacement +2047 */
  TEST_LD(52, lh, 0xffffffffffff9211, 8 - 2047, 2047)
  /* 53: lh with displacement -2048 */
  TEST_LD(53, lh, 0xffffffffffff8201, 2048, -2048)
  /* 54: lh into x0 is discarded */
  TEST_CASE(54, x0, 0, la a1, ld_data; lh x0, 0(a1); mv a4, x0; bnez a4, fail)
  /* 55: lh with rd == rs1 */
  TEST_CASE(55, a1, 0xffffffffffff9211, la a1, ld_data + 8; lh a1, 0(a1))
  /* ---- LHU: every aligned offset in the 16 test bytes */
  /* 56: lhu at +0 -> 0x8201 */
  TEST_LD(56, lhu, 0x0000000000008201, 0, 0)
  /* 57: lhu at +2 -> 0xff7f */
  TEST_LD(57, lhu, 0x000000000000ff7f, 0, 2)
  /* 58: lhu at +4 -> 0x80 */
  TEST_LD(58, lhu, 0x0000000000000080, 0, 4)
  /* 59: lhu at +6 -> 0x70fe */
  TEST_LD(59, lhu, 0x00000000000070fe, 0, 6)
  /* 60: lhu at +8 -> 0x9211 */
  TEST_LD(60, lhu, 0x0000000000009211, 0, 8)
  /* 61: lhu at +10 -> 0xc433 */
  TEST_LD(61, lhu, 0x000000000000c433, 0, 10)
  /* 62: lhu at +12 -> 0xe655 */
  TEST_LD(62, lhu, 0x000000000000e655, 0, 12)
  /* 63: lhu at +14 -> 0x877 */
  TEST_LD(63, lhu, 0x0000000000000877, 0, 14)
  /* 64: lhu with a negative displacement (-8 from ld_data + 16) */
  TEST_LD(64, lhu, 0x0000000000009211, 16, -8)
  /* 65: lhu with displacement +2047 */
  TEST_LD(65, lhu, 0x0000000000009211, 8 - 2047, 2047)
  /* 66: lhu with displacement -2048 */
  TEST_LD(66, lhu, 0x0000000000008201, 2048, -2048)
  /* 67: lhu into x0 is discarded */
  TEST_CASE(67, x0, 0, la a1, ld_data; lhu x0, 0(a1); mv a4, x0; bnez a4, fail)
  /* 68: lhu with rd == rs1 */
  TEST_CASE(68, a1, 0x0000000000009211, la a1, ld_data + 8; lhu a1, 0(a1))
  /* ---- LW: every aligned offset in the 16 test bytes */
  /* 69: lw at +0 -> 0xffffffffff7f8201 */
  TEST_LD(69, lw, 0xffffffffff7f8201, 0, 0)
  /* 70: lw at +4 -> 0x70fe0080 */
  TEST_LD(70, lw, 0x0000000070fe0080, 0, 4)
  /* 71: lw at +8 -> 0xffffffffc4339211 */
  TEST_LD(71, lw, 0xffffffffc4339211, 0, 8)
  /* 72: lw at +12 -> 0x877e655 */
  TEST_LD(72, lw, 0x000000000877e655, 0, 12)
  /* 73: lw with a negative displacement (-8 from ld_data + 16) */
  TEST_LD(73, lw, 0xffffffffc4339211, 16, -8)
  /* 74: lw with displacement +2047 */
  TEST_LD(74, lw, 0xffffffffc4339211, 8 - 2047, 2047)
  /* 75: lw with displacement -2048 */
  TEST_LD(75, lw, 0xffffffffff7f8201, 2048, -2048)
  /* 76: lw into x0 is discarded */
  TEST_CASE(76, x0, 0, la a1, ld_data; lw x0, 0(a1); mv a4, x0; bnez a4, fail)
  /* 77: lw with rd == rs1 */
  TEST_CASE(77, a1, 0xffffffffc4339211, la a1, ld_data + 8; lw a1, 0(a1))
  /* ---- LWU: every aligned offset in the 16 test bytes */
  /* 78: lwu at +0 -> 0xff7f8201 */
  TEST_LD(78, lwu, 0x00000000ff7f8201, 0, 0)
  /* 79: lwu at +4 -> 0x70fe0080 */
  TEST_LD(79, lwu, 0x0000000070fe0080, 0, 4)
  /* 80: lwu at +8 -> 0xc4339211 */
  TEST_LD(80, lwu, 0x00000000c4339211, 0, 8)
  /* 81: lwu at +12 -> 0x877e655 */
  TEST_LD(81, lwu, 0x000000000877e655, 0, 12)
  /* 82: lwu with a negative displacement (-8 from ld_data + 16) */
  TEST_LD(82, lwu, 0x00000000c4339211, 16, -8)
  /* 83: lwu with displacement +2047 */
  TEST_LD(83, lwu, 0x00000000c4339211, 8 - 2047, 2047)
  /* 84: lwu with displacement -2048 */
  TEST_LD(84, lwu, 0x00000000ff7f8201, 2048, -2048)
  /* 85: lwu into x0 is discarded */
  TEST_CASE(85, x0, 0, la a1, ld_data; lwu x0, 0(a1); mv a4, x0; bnez a4, fail)
  /* 86: lwu with rd == rs1 */
  TEST_CASE(86, a1, 0x00000000c4339211, la a1, ld_data + 8; lwu a1, 0(a1))
  /* ---- LD: every aligned offset in the 16 test bytes */
  /* 87: ld at +0 -> 0x70fe0080ff7f8201 */
  TEST_LD(87, ld, 0x70fe0080ff7f8201, 0, 0)
  /* 88: ld at +8 -> 0x877e655c4339211 */
  TEST_LD(88, ld, 0x0877e655c4339211, 0, 8)
  /* 89: ld with a negative displacement (-8 from ld_data + 16) */
  TEST_LD(89, ld, 0x0877e655c4339211, 16, -8)
  /* 90: ld with displacement +2047 */
  TEST_LD(90, ld, 0x0877e655c4339211, 8 - 2047, 2047)
  /* 91: ld with displacement -2048 */
  TEST_LD(91, ld, 0x70fe0080ff7f8201, 2048, -2048)
  /* 92: ld into x0 is discarded */
  TEST_CASE(92, x0, 0, la a1, ld_data; ld x0, 0(a1); mv a4, x0; bnez a4, fail)
  /* 93: ld with rd == rs1 */
  TEST_CASE(93, a1, 0x0877e655c4339211, la a1, ld_data + 8; ld a1, 0(a1))
  /* ---- SB: every aligned offset, only 1 byte(s) written */
  /* 94: sb of 0x8877665544332211 at +0 */
  TEST_ST(94, sb, 0xaaaaaaaaaaaaaa11, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 0)
  /* 95: sb of 0x8877665544332211 at +1 */
  TEST_ST(95, sb, 0xaaaaaaaaaaaa11aa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 1)
  /* 96: sb of 0x8877665544332211 at +2 */
  TEST_ST(96, sb, 0xaaaaaaaaaa11aaaa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 2)
  /* 97: sb of 0x8877665544332211 at +3 */
  TEST_ST(97, sb, 0xaaaaaaaa11aaaaaa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 3)
  /* 98: sb of 0x8877665544332211 at +4 */
  TEST_ST(98, sb, 0xaaaaaa11aaaaaaaa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 4)
  /* 99: sb of 0x8877665544332211 at +5 */
  TEST_ST(99, sb, 0xaaaa11aaaaaaaaaa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 5)
  /* 100: sb of 0x8877665544332211 at +6 */
  TEST_ST(100, sb, 0xaa11aaaaaaaaaaaa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 6)
  /* 101: sb of 0x8877665544332211 at +7 */
  TEST_ST(101, sb, 0x11aaaaaaaaaaaaaa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 7)
  /* 102: sb of 0x8877665544332211 at +8 */
  TEST_ST(102, sb, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaaaaaaaa11, 0x8877665544332211, 0, 8)
  /* 103: sb of 0x8877665544332211 at +9 */
  TEST_ST(103, sb, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaaaaaa11aa, 0x8877665544332211, 0, 9)
  /* 104: sb of 0x8877665544332211 at +10 */
  TEST_ST(104, sb, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaaaa11aaaa, 0x8877665544332211, 0, 10)
  /* 105: sb of 0x8877665544332211 at +11 */
  TEST_ST(105, sb, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaa11aaaaaa, 0x8877665544332211, 0, 11)
  /* 106: sb of 0x8877665544332211 at +12 */
  TEST_ST(106, sb, 0xaaaaaaaaaaaaaaaa, 0xaaaaaa11aaaaaaaa, 0x8877665544332211, 0, 12)
  /* 107: sb of 0x8877665544332211 at +13 */
  TEST_ST(107, sb, 0xaaaaaaaaaaaaaaaa, 0xaaaa11aaaaaaaaaa, 0x8877665544332211, 0, 13)
  /* 108: sb of 0x8877665544332211 at +14 */
  TEST_ST(108, sb, 0xaaaaaaaaaaaaaaaa, 0xaa11aaaaaaaaaaaa, 0x8877665544332211, 0, 14)
  /* 109: sb of 0x8877665544332211 at +15 */
  TEST_ST(109, sb, 0xaaaaaaaaaaaaaaaa, 0x11aaaaaaaaaaaaaa, 0x8877665544332211, 0, 15)
  /* 110: sb with a negative displacement (-8 from st_buf + 16) */
  TEST_ST(110, sb, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaaaaaaaa11, 0x8877665544332211, 16, -8)
  /* 111: sb with displacement +2047 */
  TEST_ST(111, sb, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaaaaaaaa11, 0x8877665544332211, 8 - 2047, 2047)
  /* 112: sb with displacement -2048 */
  TEST_ST(112, sb, 0xaaaaaaaaaaaaaa11, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 2048, -2048)
  /* 113: sb of x0 stores zeros */
  TEST_CASE(113, a4, 0xaaaaaaaaaaaaaa00, la a0, st_buf; li a1, 0xaaaaaaaaaaaaaaaa; sd a1, 0(a0); sb x0, 0(a0); ld a4, 0(a0))
  /* ---- SH: every aligned offset, only 2 byte(s) written */
  /* 114: sh of 0x8877665544332211 at +0 */
  TEST_ST(114, sh, 0xaaaaaaaaaaaa2211, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 0)
  /* 115: sh of 0x8877665544332211 at +2 */
  TEST_ST(115, sh, 0xaaaaaaaa2211aaaa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 2)
  /* 116: sh of 0x8877665544332211 at +4 */
  TEST_ST(116, sh, 0xaaaa2211aaaaaaaa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 4)
  /* 117: sh of 0x8877665544332211 at +6 */
  TEST_ST(117, sh, 0x2211aaaaaaaaaaaa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 6)
  /* 118: sh of 0x8877665544332211 at +8 */
  TEST_ST(118, sh, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaaaaaa2211, 0x8877665544332211, 0, 8)
  /* 119: sh of 0x8877665544332211 at +10 */
  TEST_ST(119, sh, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaa2211aaaa, 0x8877665544332211, 0, 10)
  /* 120: sh of 0x8877665544332211 at +12 */
  TEST_ST(120, sh, 0xaaaaaaaaaaaaaaaa, 0xaaaa2211aaaaaaaa, 0x8877665544332211, 0, 12)
  /* 121: sh of 0x8877665544332211 at +14 */
  TEST_ST(121, sh, 0xaaaaaaaaaaaaaaaa, 0x2211aaaaaaaaaaaa, 0x8877665544332211, 0, 14)
  /* 122: sh with a negative displacement (-8 from st_buf + 16) */
  TEST_ST(122, sh, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaaaaaa2211, 0x8877665544332211, 16, -8)
  /* 123: sh with displacement +2047 */
  TEST_ST(123, sh, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaaaaaa2211, 0x8877665544332211, 8 - 2047, 2047)
  /* 124: sh with displacement -2048 */
  TEST_ST(124, sh, 0xaaaaaaaaaaaa2211, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 2048, -2048)
  /* 125: sh of x0 stores zeros */
  TEST_CASE(125, a4, 0xaaaaaaaaaaaa0000, la a0, st_buf; li a1, 0xaaaaaaaaaaaaaaaa; sd a1, 0(a0); sh x0, 0(a0); ld a4, 0(a0))
  /* ---- SW: every aligned offset, only 4 byte(s) written */
  /* 126: sw of 0x8877665544332211 at +0 */
  TEST_ST(126, sw, 0xaaaaaaaa44332211, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 0)
  /* 127: sw of 0x8877665544332211 at +4 */
  TEST_ST(127, sw, 0x44332211aaaaaaaa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 4)
  /* 128: sw of 0x8877665544332211 at +8 */
  TEST_ST(128, sw, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaa44332211, 0x8877665544332211, 0, 8)
  /* 129: sw of 0x8877665544332211 at +12 */
  TEST_ST(129, sw, 0xaaaaaaaaaaaaaaaa, 0x44332211aaaaaaaa, 0x8877665544332211, 0, 12)
  /* 130: sw with a negative displacement (-8 from st_buf + 16) */
  TEST_ST(130, sw, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaa44332211, 0x8877665544332211, 16, -8)
  /* 131: sw with displacement +2047 */
  TEST_ST(131, sw, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaa44332211, 0x8877665544332211, 8 - 2047, 2047)
  /* 132: sw with displacement -2048 */
  TEST_ST(132, sw, 0xaaaaaaaa44332211, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 2048, -2048)
  /* 133: sw of x0 stores zeros */
  TEST_CASE(133, a4, 0xaaaaaaaa00000000, la a0, st_buf; li a1, 0xaaaaaaaaaaaaaaaa; sd a1, 0(a0); sw x0, 0(a0); ld a4, 0(a0))
  /* ---- SD: every aligned offset, only 8 byte(s) written */
  /* 134: sd of 0x8877665544332211 at +0 */
  TEST_ST(134, sd, 0x8877665544332211, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 0)
  /* 135: sd of 0x8877665544332211 at +8 */
  TEST_ST(135, sd, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0x8877665544332211, 0, 8)
  /* 136: sd with a negative displacement (-8 from st_buf + 16) */
  TEST_ST(136, sd, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0x8877665544332211, 16, -8)
  /* 137: sd with displacement +2047 */
  TEST_ST(137, sd, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0x8877665544332211, 8 - 2047, 2047)
  /* 138: sd with displacement -2048 */
  TEST_ST(138, sd, 0x8877665544332211, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 2048, -2048)
  /* 139: sd of x0 stores zeros */
  TEST_CASE(139, a4, 0x0000000000000000, la a0, st_buf; li a1, 0xaaaaaaaaaaaaaaaa; sd a1, 0(a0); sd x0, 0(a0); ld a4, 0(a0))
  /* 140: sd with rs2 == rs1 stores the address itself */
  TEST_CASE(140, a4, 0, la a0, st_buf; sd a0, 0(a0); ld a4, 0(a0); sub a4, a4, a0)
  /* 141: store then load forwarding: sb, sh, sw into one dword, ld back */
  TEST_CASE(141, a4, 0x4444444433332211, la a0, st_buf; sd x0, 0(a0); li a1, 0x11; sb a1, 0(a0); li a1, 0x22; sb a1, 1(a0); li a1, 0x3333; sh a1, 2(a0); li a1, 0x44444444; sw a1, 4(a0); ld a4, 0(a0))
  /* 142: lw after sd reads the low word sign-extended (little-endian) */
  TEST_CASE(142, a4, 0xffffffff89abcdef, la a0, st_buf; li a1, 0x0123456789abcdef; sd a1, 0(a0); lw a4, 0(a0))
  /* 143: lhu at +6 after sd reads the top halfword */
  TEST_CASE(143, a4, 0x0123, la a0, st_buf; li a1, 0x0123456789abcdef; sd a1, 0(a0); lhu a4, 6(a0))
  /* ---- misaligned loads (performed, not trapped) */
  /* 144: misaligned lh at +1 -> 0x7f82 */
  TEST_LD(144, lh, 0x0000000000007f82, 0, 1)
  /* 145: misaligned lh at +3 -> -0x7f01 */
  TEST_LD(145, lh, 0xffffffffffff80ff, 0, 3)
  /* 146: misaligned lh at +7 -> 0x1170 (crosses the dword) */
  TEST_LD(146, lh, 0x0000000000001170, 0, 7)
  /* 147: misaligned lh at +9 -> 0x3392 */
  TEST_LD(147, lh, 0x0000000000003392, 0, 9)
  /* 148: misaligned lhu at +1 -> 0x7f82 */
  TEST_LD(148, lhu, 0x0000000000007f82, 0, 1)
  /* 149: misaligned lhu at +3 -> 0x80ff */
  TEST_LD(149, lhu, 0x00000000000080ff, 0, 3)
  /* 150: misaligned lhu at +7 -> 0x1170 (crosses the dword) */
  TEST_LD(150, lhu, 0x0000000000001170, 0, 7)
  /* 151: misaligned lhu at +9 -> 0x3392 */
  TEST_LD(151, lhu, 0x0000000000003392, 0, 9)
  /* 152: misaligned lw at +1 -> 0xffffffff80ff7f82 */
  TEST_LD(152, lw, 0xffffffff80ff7f82, 0, 1)
  /* 153: misaligned lw at +2 -> 0x80ff7f */
  TEST_LD(153, lw, 0x000000000080ff7f, 0, 2)
  /* 154: misaligned lw at +3 -> 0xfffffffffe0080ff */
  TEST_LD(154, lw, 0xfffffffffe0080ff, 0, 3)
  /* 155: misaligned lw at +5 -> 0x1170fe00 (crosses the dword) */
  TEST_LD(155, lw, 0x000000001170fe00, 0, 5)
  /* 156: misaligned lw at +6 -> 0xffffffff921170fe (crosses the dword) */
  TEST_LD(156, lw, 0xffffffff921170fe, 0, 6)
  /* 157: misaligned lw at +7 -> 0x33921170 (crosses the dword) */
  TEST_LD(157, lw, 0x0000000033921170, 0, 7)
  /* 158: misaligned lw at +9 -> 0x55c43392 */
  TEST_LD(158, lw, 0x0000000055c43392, 0, 9)
  /* 159: misaligned lw at +11 -> 0x77e655c4 */
  TEST_LD(159, lw, 0x0000000077e655c4, 0, 11)
  /* 160: misaligned lwu at +1 -> 0x80ff7f82 */
  TEST_LD(160, lwu, 0x0000000080ff7f82, 0, 1)
  /* 161: misaligned lwu at +2 -> 0x80ff7f */
  TEST_LD(161, lwu, 0x000000000080ff7f, 0, 2)
  /* 162: misaligned lwu at +3 -> 0xfe0080ff */
  TEST_LD(162, lwu, 0x00000000fe0080ff, 0, 3)
  /* 163: misaligned lwu at +5 -> 0x1170fe00 (crosses the dword) */
  TEST_LD(163, lwu, 0x000000001170fe00, 0, 5)
  /* 164: misaligned lwu at +6 -> 0x921170fe (crosses the dword) */
  TEST_LD(164, lwu, 0x00000000921170fe, 0, 6)
  /* 165: misaligned lwu at +7 -> 0x33921170 (crosses the dword) */
  TEST_LD(165, lwu, 0x0000000033921170, 0, 7)
  /* 166: misaligned lwu at +9 -> 0x55c43392 */
  TEST_LD(166, lwu, 0x0000000055c43392, 0, 9)
  /* 167: misaligned lwu at +11 -> 0x77e655c4 */
  TEST_LD(167, lwu, 0x0000000077e655c4, 0, 11)
  /* 168: misaligned ld at +1 -> 0x1170fe0080ff7f82 (crosses the dword) */
  TEST_LD(168, ld, 0x1170fe0080ff7f82, 0, 1)
  /* 169: misaligned ld at +2 -> 0x921170fe0080ff7f (crosses the dword) */
  TEST_LD(169, ld, 0x921170fe0080ff7f, 0, 2)
  /* 170: misaligned ld at +3 -> 0x33921170fe0080ff (crosses the dword) */
  TEST_LD(170, ld, 0x33921170fe0080ff, 0, 3)
  /* 171: misaligned ld at +4 -> 0xc433921170fe0080 (crosses the dword) */
  TEST_LD(171, ld, 0xc433921170fe0080, 0, 4)
  /* 172: misaligned ld at +5 -> 0x55c433921170fe00 (crosses the dword) */
  TEST_LD(172, ld, 0x55c433921170fe00, 0, 5)
  /* 173: misaligned ld at +6 -> 0xe655c433921170fe (crosses the dword) */
  TEST_LD(173, ld, 0xe655c433921170fe, 0, 6)
  /* 174: misaligned ld at +7 -> 0x77e655c433921170 (crosses the dword) */
  TEST_LD(174, ld, 0x77e655c433921170, 0, 7)
  /* ---- misaligned stores */
  /* 175: misaligned sh at +1 */
  TEST_ST(175, sh, 0xaaaaaaaaaa2211aa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 1)
  /* 176: misaligned sh at +3 */
  TEST_ST(176, sh, 0xaaaaaa2211aaaaaa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 3)
  /* 177: misaligned sh at +7 (crosses the dword) */
  TEST_ST(177, sh, 0x11aaaaaaaaaaaaaa, 0xaaaaaaaaaaaaaa22, 0x8877665544332211, 0, 7)
  /* 178: misaligned sh at +13 */
  TEST_ST(178, sh, 0xaaaaaaaaaaaaaaaa, 0xaa2211aaaaaaaaaa, 0x8877665544332211, 0, 13)
  /* 179: misaligned sw at +1 */
  TEST_ST(179, sw, 0xaaaaaa44332211aa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 1)
  /* 180: misaligned sw at +2 */
  TEST_ST(180, sw, 0xaaaa44332211aaaa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 2)
  /* 181: misaligned sw at +3 */
  TEST_ST(181, sw, 0xaa44332211aaaaaa, 0xaaaaaaaaaaaaaaaa, 0x8877665544332211, 0, 3)
  /* 182: misaligned sw at +5 (crosses the dword) */
  TEST_ST(182, sw, 0x332211aaaaaaaaaa, 0xaaaaaaaaaaaaaa44, 0x8877665544332211, 0, 5)
  /* 183: misaligned sw at +6 (crosses the dword) */
  TEST_ST(183, sw, 0x2211aaaaaaaaaaaa, 0xaaaaaaaaaaaa4433, 0x8877665544332211, 0, 6)
  /* 184: misaligned sw at +7 (crosses the dword) */
  TEST_ST(184, sw, 0x11aaaaaaaaaaaaaa, 0xaaaaaaaaaa443322, 0x8877665544332211, 0, 7)
  /* 185: misaligned sw at +9 */
  TEST_ST(185, sw, 0xaaaaaaaaaaaaaaaa, 0xaaaaaa44332211aa, 0x8877665544332211, 0, 9)
  /* 186: misaligned sd at +1 (crosses the dword) */
  TEST_ST(186, sd, 0x77665544332211aa, 0xaaaaaaaaaaaaaa88, 0x8877665544332211, 0, 1)
  /* 187: misaligned sd at +2 (crosses the dword) */
  TEST_ST(187, sd, 0x665544332211aaaa, 0xaaaaaaaaaaaa8877, 0x8877665544332211, 0, 2)
  /* 188: misaligned sd at +3 (crosses the dword) */
  TEST_ST(188, sd, 0x5544332211aaaaaa, 0xaaaaaaaaaa887766, 0x8877665544332211, 0, 3)
  /* 189: misaligned sd at +4 (crosses the dword) */
  TEST_ST(189, sd, 0x44332211aaaaaaaa, 0xaaaaaaaa88776655, 0x8877665544332211, 0, 4)
  /* 190: misaligned sd at +5 (crosses the dword) */
  TEST_ST(190, sd, 0x332211aaaaaaaaaa, 0xaaaaaa8877665544, 0x8877665544332211, 0, 5)
  /* 191: misaligned sd at +6 (crosses the dword) */
  TEST_ST(191, sd, 0x2211aaaaaaaaaaaa, 0xaaaa887766554433, 0x8877665544332211, 0, 6)
  /* 192: misaligned sd at +7 (crosses the dword) */
  TEST_ST(192, sd, 0x11aaaaaaaaaaaaaa, 0xaa88776655443322, 0x8877665544332211, 0, 7)
  /* ---- misaligned accesses across a 4 KiB page boundary (pg_end) */
  /* 193: sd across a page boundary, then ld it back across the boundary */
  TEST_CASE(193, a4, 0x0123456789abcdef, la a0, pg_end; li a1, 0x0123456789abcdef; sd a1, -3(a0); ld a4, -3(a0))
  /* 194: ... the bytes landed on both pages (ld of the aligned dword before the boundary) */
  TEST_CASE(194, a4, 0xabcdef0000000000, la a0, pg_end; ld a4, -8(a0))
  /* 195: ... and after it */
  TEST_CASE(195, a4, 0x0000000123456789, la a0, pg_end; ld a4, 0(a0))
  /* 196: lw across a page boundary sign-extends */
  TEST_CASE(196, a4, 0xffffffffabcdef00, la a0, pg_end; lw a4, -4(a0))
  /* 197: lhu across a page boundary */
  TEST_CASE(197, a4, 0x45ef, la a0, pg_end; li a1, 0x45ef; sh a1, -1(a0); lhu a4, -1(a0))
  /* 198: sw across a page boundary, lwu back */
  TEST_CASE(198, a4, 0x89abcdef, la a0, pg_end; li a1, 0x89abcdef; sw a1, -2(a0); lwu a4, -2(a0))

TEST_END

  .data
  .align 4
  .skip 2048
ld_data:
  .byte 0x01, 0x82, 0x7f, 0xff, 0x80, 0x00, 0xfe, 0x70, 0x11, 0x92, 0x33, 0xc4, 0x55, 0xe6, 0x77, 0x08
  .skip 2048
  .align 4
  .skip 2048
st_buf:
  .dword 0, 0
  .skip 2048
  .align 12
  .skip 4088
  .dword 0
pg_end:
  .dword 0

#include "test.h"

/* RV64I 32-bit (*W) immediate instructions: addiw, slliw, srliw, sraiw
 * (every shamt 0..31). They read only the low 32 bits of rs1 and sign-extend
 * the 32-bit result to 64 bits. The register forms are in rv64i_w_reg.S.
 * Each check: the result register holds the architecturally required
 * value (t6 holds the expected value, gp the check number). */

#define TEST_RR(n, inst, result, v1, v2) \
  TEST_CASE(n, a4, result, li a1, v1; li a2, v2; inst a4, a1, a2)
#define TEST_IMM(n, inst, result, v1, imm) \
  TEST_CASE(n, a4, result, li a1, v1; inst a4, a1, imm)

TEST_BEGIN
  .option norvc

  /* ---- ADDIW */
  /* 1: addiw 0x0, 0 -> 0x0 */
  TEST_IMM(1, addiw, 0x0000000000000000, 0x0000000000000000, 0)
  /* 2: addiw 0x1, 1 -> 0x2 */
  TEST_IMM(2, addiw, 0x0000000000000002, 0x0000000000000001, 1)
  /* 3: addiw 0x7fffffff, 1 -> 0xffffffff80000000 (32-bit overflow wraps and sign-extends) */
  TEST_IMM(3, addiw, 0xffffffff80000000, 0x000000007fffffff, 1)
  /* 4: addiw 0x80000000, -1 -> 0x7fffffff (wraps to positive) */
  TEST_IMM(4, addiw, 0x000000007fffffff, 0x0000000080000000, -1)
  /* 5: addiw 0xffffffff, 1 -> 0x0 (carry out of bit 31 dropped) */
  TEST_IMM(5, addiw, 0x0000000000000000, 0x00000000ffffffff, 1)
  /* 6: addiw 0x0, -2048 -> -0x800 */
  TEST_IMM(6, addiw, 0xfffffffffffff800, 0x0000000000000000, -2048)
  /* 7: addiw 0x0, 2047 -> 0x7ff */
  TEST_IMM(7, addiw, 0x00000000000007ff, 0x0000000000000000, 2047)
  /* 8: addiw 0xdeadbeef00000005, 3 -> 0x8 (upper half of rs1 ignored) */
  TEST_IMM(8, addiw, 0x0000000000000008, 0xdeadbeef00000005, 3)
  /* 9: addiw 0xffffffff7ffff800, 2047 -> 0x7fffffff */
  TEST_IMM(9, addiw, 0x000000007fffffff, 0xffffffff7ffff800, 2047)
  /* 10: addiw 0x123456789, 0 -> 0x23456789 (sext.w) */
  TEST_IMM(10, addiw, 0x0000000023456789, 0x0000000123456789, 0)
  /* 11: addiw 0x80000000, 0 -> 0xffffffff80000000 (sext.w of bit 31 set) */
  TEST_IMM(11, addiw, 0xffffffff80000000, 0x0000000080000000, 0)
  /* 12: addiw 0xffffffff7fffffff, 0 -> 0x7fffffff (sext.w drops the upper ones) */
  TEST_IMM(12, addiw, 0x000000007fffffff, 0xffffffff7fffffff, 0)
  /* 13: sext.w pseudo */
  TEST_CASE(13, a4, 0xffffffff87654321, li a1, 0x1234567887654321; sext.w a4, a1)
  /* 14: addiw with rd == rs1 */
  TEST_CASE(14, a1, 0xffffffff80000000, li a1, 0x7fffffff; addiw a1, a1, 1)
  /* 15: addiw with rd == x0 is discarded */
  TEST_CASE(15, x0, 0, li a1, 5; addiw x0, a1, 1; mv a4, x0; bnez a4, fail)
  /* ---- SLLIW: every shamt 0..31 */
  /* 16: slliw 0x123456789abcdef1, 0 */
  TEST_IMM(16, slliw, 0xffffffff9abcdef1, 0x123456789abcdef1, 0)
  /* 17: slliw 0x123456789abcdef1, 1 */
  TEST_IMM(17, slliw, 0x000000003579bde2, 0x123456789abcdef1, 1)
  /* 18: slliw 0x123456789abcdef1, 2 */
  TEST_IMM(18, slliw, 0x000000006af37bc4, 0x123456789abcdef1, 2)
  /* 19: slliw 0x123456789abcdef1, 3 */
  TEST_IMM(19, slliw, 0xffffffffd5e6f788, 0x123456789abcdef1, 3)
  /* 20: slliw 0x123456789abcdef1, 4 */
  TEST_IMM(20, slliw, 0xffffffffabcdef10, 0x123456789abcdef1, 4)
  /* 21: slliw 0x123456789abcdef1, 5 */
  TEST_IMM(21, slliw, 0x00000000579bde20, 0x123456789abcdef1, 5)
  /* 22: slliw 0x123456789abcdef1, 6 */
  TEST_IMM(22, slliw, 0xffffffffaf37bc40, 0x123456789abcdef1, 6)
  /* 23: slliw 0x123456789abcdef1, 7 */
  TEST_IMM(23, slliw, 0x000000005e6f7880, 0x123456789abcdef1, 7)
  /* 24: slliw 0x123456789abcdef1, 8 */
  TEST_IMM(24, slliw, 0xffffffffbcdef100, 0x123456789abcdef1, 8)
  /* 25: slliw 0x123456789abcdef1, 9 */
  TEST_IMM(25, slliw, 0x0000000079bde200, 0x123456789abcdef1, 9)
  /* 26: slliw 0x123456789abcdef1, 10 */
  TEST_IMM(26, slliw, 0xfffffffff37bc400, 0x123456789abcdef1, 10)
  /* 27: slliw 0x123456789abcdef1, 11 */
  TEST_IMM(27, slliw, 0xffffffffe6f78800, 0x123456789abcdef1, 11)
  /* 28: slliw 0x123456789abcdef1, 12 */
  TEST_IMM(28, slliw, 0xffffffffcdef1000, 0x123456789abcdef1, 12)
  /* 29: slliw 0x123456789abcdef1, 13 */
  TEST_IMM(29, slliw, 0xffffffff9bde2000, 0x123456789abcdef1, 13)
  /* 30: slliw 0x123456789abcdef1, 14 */
  TEST_IMM(30, slliw, 0x0000000037bc4000, 0x123456789abcdef1, 14)
  /* 31: slliw 0x123456789abcdef1, 15 */
  TEST_IMM(31, slliw, 0x000000006f788000, 0x123456789abcdef1, 15)
  /* 32: slliw 0x123456789abcdef1, 16 */
  TEST_IMM(32, slliw, 0xffffffffdef10000, 0x123456789abcdef1, 16)
  /* 33: slliw 0x123456789abcdef1, 17 */
  TEST_IMM(33, slliw, 0xffffffffbde20000, 0x123456789abcdef1, 17)
  /* 34: slliw 0x123456789abcdef1, 18 */
  TEST_IMM(34, slliw, 0x000000007bc40000, 0x123456789abcdef1, 18)
  /* 35: slliw 0x123456789abcdef1, 19 */
  TEST_IMM(35, slliw, 0xfffffffff7880000, 0x123456789abcdef1, 19)
  /* 36: slliw 0x123456789abcdef1, 20 */
  TEST_IMM(36, slliw, 0xffffffffef100000, 0x123456789abcdef1, 20)
  /* 37: slliw 0x123456789abcdef1, 21 */
  TEST_IMM(37, slliw, 0xffffffffde200000, 0x123456789abcdef1, 21)
  /* 38: slliw 0x123456789abcdef1, 22 */
  TEST_IMM(38, slliw, 0xffffffffbc400000, 0x123456789abcdef1, 22)
  /* 39: slliw 0x123456789abcdef1, 23 */
  TEST_IMM(39, slliw, 0x0000000078800000, 0x123456789abcdef1, 23)
  /* 40: slliw 0x123456789abcdef1, 24 */
  TEST_IMM(40, slliw, 0xfffffffff1000000, 0x123456789abcdef1, 24)
  /* 41: slliw 0x123456789abcdef1, 25 */
  TEST_IMM(41, slliw, 0xffffffffe2000000, 0x123456789abcdef1, 25)
  /* 42: slliw 0x123456789abcdef1, 26 */
  TEST_IMM(42, slliw, 0xffffffffc4000000, 0x123456789abcdef1, 26)
  /* 43: slliw 0x123456789abcdef1, 27 */
  TEST_IMM(43, slliw, 0xffffffff88000000, 0x123456789abcdef1, 27)
  /* 44: slliw 0x123456789abcdef1, 28 */
  TEST_IMM(44, slliw, 0x0000000010000000, 0x123456789abcdef1, 28)
  /* 45: slliw 0x123456789abcdef1, 29 */
  TEST_IMM(45, slliw, 0x0000000020000000, 0x123456789abcdef1, 29)
  /* 46: slliw 0x123456789abcdef1, 30 */
  TEST_IMM(46, slliw, 0x0000000040000000, 0x123456789abcdef1, 30)
  /* 47: slliw 0x123456789abcdef1, 31 */
  TEST_IMM(47, slliw, 0xffffffff80000000, 0x123456789abcdef1, 31)
  /* 48: slliw 0xfedcba9876543210, 0 */
  TEST_IMM(48, slliw, 0x0000000076543210, 0xfedcba9876543210, 0)
  /* 49: slliw 0xfedcba9876543210, 1 */
  TEST_IMM(49, slliw, 0xffffffffeca86420, 0xfedcba9876543210, 1)
  /* 50: slliw 0xfedcba9876543210, 4 */
  TEST_IMM(50, slliw, 0x0000000065432100, 0xfedcba9876543210, 4)
  /* 51: slliw 0xfedcba9876543210, 31 */
  TEST_IMM(51, slliw, 0x0000000000000000, 0xfedcba9876543210, 31)
  /* 52: slliw with rd == x0 is discarded */
  TEST_CASE(52, x0, 0, li a1, 5; slliw x0, a1, 1; mv a4, x0; bnez a4, fail)
  /* ---- SRLIW: every shamt 0..31 */
  /* 53: srliw 0x123456789abcdef1, 0 */
  TEST_IMM(53, srliw, 0xffffffff9abcdef1, 0x123456789abcdef1, 0)
  /* 54: srliw 0x123456789abcdef1, 1 */
  TEST_IMM(54, srliw, 0x000000004d5e6f78, 0x123456789abcdef1, 1)
  /* 55: srliw 0x123456789abcdef1, 2 */
  TEST_IMM(55, srliw, 0x0000000026af37bc, 0x123456789abcdef1, 2)
  /* 56: srliw 0x123456789abcdef1, 3 */
  TEST_IMM(56, srliw, 0x0000000013579bde, 0x123456789abcdef1, 3)
  /* 57: srliw 0x123456789abcdef1, 4 */
  TEST_IMM(57, srliw, 0x0000000009abcdef, 0x123456789abcdef1, 4)
  /* 58: srliw 0x123456789abcdef1, 5 */
  TEST_IMM(58, srliw, 0x0000000004d5e6f7, 0x123456789abcdef1, 5)
  /* 59: srliw 0x123456789abcdef1, 6 */
  TEST_IMM(59, srliw, 0x00000000026af37b, 0x123456789abcdef1, 6)
  /* 60: srliw 0x123456789abcdef1, 7 */
  TEST_IMM(60, srliw, 0x00000000013579bd, 0x123456789abcdef1, 7)
  /* 61: srliw 0x123456789abcdef1, 8 */
  TEST_IMM(61, srliw, 0x00000000009abcde, 0x123456789abcdef1, 8)
  /* 62: srliw 0x123456789abcdef1, 9 */
  TEST_IMM(62, srliw, 0x00000000004d5e6f, 0x123456789abcdef1, 9)
  /* 63: srliw 0x123456789abcdef1, 10 */
  TEST_IMM(63, srliw, 0x000000000026af37, 0x123456789abcdef1, 10)
  /* 64: srliw 0x123456789abcdef1, 11 */
  TEST_IMM(64, srliw, 0x000000000013579b, 0x123456789abcdef1, 11)
  /* 65: srliw 0x123456789abcdef1, 12 */
  TEST_IMM(65, srliw, 0x000000000009abcd, 0x123456789abcdef1, 12)
  /* 66: srliw 0x123456789abcdef1, 13 */
  TEST_IMM(66, srliw, 0x000000000004d5e6, 0x123456789abcdef1, 13)
  /* 67: srliw 0x123456789abcdef1, 14 */
  TEST_IMM(67, srliw, 0x0000000000026af3, 0x123456789abcdef1, 14)
  /* 68: srliw 0x123456789abcdef1, 15 */
  TEST_IMM(68, srliw, 0x0000000000013579, 0x123456789abcdef1, 15)
  /* 69: srliw 0x123456789abcdef1, 16 */
  TEST_IMM(69, srliw, 0x0000000000009abc, 0x123456789abcdef1, 16)
  /* 70: srliw 0x123456789abcdef1, 17 */
  TEST_IMM(70, srliw, 0x0000000000004d5e, 0x123456789abcdef1, 17)
  /* 71: srliw 0x123456789abcdef1, 18 */
  TEST_IMM(71, srliw, 0x00000000000026af, 0x123456789abcdef1, 18)
  /* 72: srliw 0x123456789abcdef1, 19 */
  TEST_IMM(72, srliw, 0x0000000000001357, 0x123456789abcdef1, 19)
  /* 73: srliw 0x123456789abcdef1, 20 */
  TEST_IMM(73, srliw, 0x00000000000009ab, 0x123456789abcdef1, 20)
  /* 74: srliw 0x123456789abcdef1, 21 */
  TEST_IMM(74, srliw, 0x00000000000004d5, 0x123456789abcdef1, 21)
  /* 75: srliw 0x123456789abcdef1, 22 */
  TEST_IMM(75, srliw, 0x000000000000026a, 0x123456789abcdef1, 22)
  /* 76: srliw 0x123456789abcdef1, 23 */
  TEST_IMM(76, srliw, 0x0000000000000135, 0x123456789abcdef1, 23)
  /* 77: srliw 0x123456789abcdef1, 24 */
  TEST_IMM(77, srliw, 0x000000000000009a, 0x123456789abcdef1, 24)
  /* 78: srliw 0x123456789abcdef1, 25 */
  TEST_IMM(78, srliw, 0x000000000000004d, 0x123456789abcdef1, 25)
  /* 79: srliw 0x123456789abcdef1, 26 */
  TEST_IMM(79, srliw, 0x0000000000000026, 0x123456789abcdef1, 26)
  /* 80: srliw 0x123456789abcdef1, 27 */
  TEST_IMM(80, srliw, 0x0000000000000013, 0x123456789abcdef1, 27)
  /* 81: srliw 0x123456789abcdef1, 28 */
  TEST_IMM(81, srliw, 0x0000000000000009, 0x123456789abcdef1, 28)
  /* 82: srliw 0x123456789abcdef1, 29 */
  TEST_IMM(82, srliw, 0x0000000000000004, 0x123456789abcdef1, 29)
  /* 83: srliw 0x123456789abcdef1, 30 */
  TEST_IMM(83, srliw, 0x0000000000000002, 0x123456789abcdef1, 30)
  /* 84: srliw 0x123456789abcdef1, 31 */
  TEST_IMM(84, srliw, 0x0000000000000001, 0x123456789abcdef1, 31)
  /* 85: srliw 0xfedcba9876543210, 0 */
  TEST_IMM(85, srliw, 0x0000000076543210, 0xfedcba9876543210, 0)
  /* 86: srliw 0xfedcba9876543210, 1 */
  TEST_IMM(86, srliw, 0x000000003b2a1908, 0xfedcba9876543210, 1)
  /* 87: srliw 0xfedcba9876543210, 4 */
  TEST_IMM(87, srliw, 0x0000000007654321, 0xfedcba9876543210, 4)
  /* 88: srliw 0xfedcba9876543210, 31 */
  TEST_IMM(88, srliw, 0x0000000000000000, 0xfedcba9876543210, 31)
  /* 89: srliw with rd == x0 is discarded */
  TEST_CASE(89, x0, 0, li a1, 5; srliw x0, a1, 1; mv a4, x0; bnez a4, fail)
  /* ---- SRAIW: every shamt 0..31 */
  /* 90: sraiw 0x123456789abcdef1, 0 */
  TEST_IMM(90, sraiw, 0xffffffff9abcdef1, 0x123456789abcdef1, 0)
  /* 91: sraiw 0x123456789abcdef1, 1 */
  TEST_IMM(91, sraiw, 0xffffffffcd5e6f78, 0x123456789abcdef1, 1)
  /* 92: sraiw 0x123456789abcdef1, 2 */
  TEST_IMM(92, sraiw, 0xffffffffe6af37bc, 0x123456789abcdef1, 2)
  /* 93: sraiw 0x123456789abcdef1, 3 */
  TEST_IMM(93, sraiw, 0xfffffffff3579bde, 0x123456789abcdef1, 3)
  /* 94: sraiw 0x123456789abcdef1, 4 */
  TEST_IMM(94, sraiw, 0xfffffffff9abcdef, 0x123456789abcdef1, 4)
  /* 95: sraiw 0x123456789abcdef1, 5 */
  TEST_IMM(95, sraiw, 0xfffffffffcd5e6f7, 0x123456789abcdef1, 5)
  /* 96: sraiw 0x123456789abcdef1, 6 */
  TEST_IMM(96, sraiw, 0xfffffffffe6af37b, 0x123456789abcdef1, 6)
  /* 97: sraiw 0x123456789abcdef1, 7 */
  TEST_IMM(97, sraiw, 0xffffffffff3579bd, 0x123456789abcdef1, 7)
  /* 98: sraiw 0x123456789abcdef1, 8 */
  TEST_IMM(98, sraiw, 0xffffffffff9abcde, 0x123456789abcdef1, 8)
  /* 99: sraiw 0x123456789abcdef1, 9 */
  TEST_IMM(99, sraiw, 0xffffffffffcd5e6f, 0x123456789abcdef1, 9)
  /* 100: sraiw 0x123456789abcdef1, 10 */
  TEST_IMM(100, sraiw, 0xffffffffffe6af37, 0x123456789abcdef1, 10)
  /* 101: sraiw 0x123456789abcdef1, 11 */
  TEST_IMM(101, sraiw, 0xfffffffffff3579b, 0x123456789abcdef1, 11)
  /* 102: sraiw 0x123456789abcdef1, 12 */
  TEST_IMM(102, sraiw, 0xfffffffffff9abcd, 0x123456789abcdef1, 12)
  /* 103: sraiw 0x123456789abcdef1, 13 */
  TEST_IMM(103, sraiw, 0xfffffffffffcd5e6, 0x123456789abcdef1, 13)
  /* 104: sraiw 0x123456789abcdef1, 14 */
  TEST_IMM(104, sraiw, 0xfffffffffffe6af3, 0x123456789abcdef1, 14)
  /* 105: sraiw 0x123456789abcdef1, 15 */
  TEST_IMM(105, sraiw, 0xffffffffffff3579, 0x123456789abcdef1, 15)
  /* 106: sraiw 0x123456789abcdef1, 16 */
  TEST_IMM(106, sraiw, 0xffffffffffff9abc, 0x123456789abcdef1, 16)
  /* 107: sraiw 0x123456789abcdef1, 17 */
  TEST_IMM(107, sraiw, 0xffffffffffffcd5e, 0x123456789abcdef1, 17)
  /* 108: sraiw 0x123456789abcdef1, 18 */
  TEST_IMM(108, sraiw, 0xffffffffffffe6af, 0x123456789abcdef1, 18)
  /* 109: sraiw 0x123456789abcdef1, 19 */
  TEST_IMM(109, sraiw, 0xfffffffffffff357, 0x123456789abcdef1, 19)
  /* 110: sraiw 0x123456789abcdef1, 20 */
  TEST_IMM(110, sraiw, 0xfffffffffffff9ab, 0x123456789abcdef1, 20)
  /* 111: sraiw 0x123456789abcdef1, 21 */
  TEST_IMM(111, sraiw, 0xfffffffffffffcd5, 0x123456789abcdef1, 21)
  /* 112: sraiw 0x123456789abcdef1, 22 */
  TEST_IMM(112, sraiw, 0xfffffffffffffe6a, 0x123456789abcdef1, 22)
  /* 113: sraiw 0x123456789abcdef1, 23 */
  TEST_IMM(113, sraiw, 0xffffffffffffff35, 0x123456789abcdef1, 23)
  /* 114: sraiw 0x123456789abcdef1, 24 */
  TEST_IMM(114, sraiw, 0xffffffffffffff9a, 0x123456789abcdef1, 24)
  /* 115: sraiw 0x123456789abcdef1, 25 */
  TEST_IMM(115, sraiw, 0xffffffffffffffcd, 0x123456789abcdef1, 25)
  /* 116: sraiw 0x123456789abcdef1, 26 */
  TEST_IMM(116, sraiw, 0xffffffffffffffe6, 0x123456789abcdef1, 26)
  /* 117: sraiw 0x123456789abcdef1, 27 */
  TEST_IMM(117, sraiw, 0xfffffffffffffff3, 0x123456789abcdef1, 27)
  /* 118: sraiw 0x123456789abcdef1, 28 */
  TEST_IMM(118, sraiw, 0xfffffffffffffff9, 0x123456789abcdef1, 28)
  /* 119: sraiw 0x123456789abcdef1, 29 */
  TEST_IMM(119, sraiw, 0xfffffffffffffffc, 0x123456789abcdef1, 29)
  /* 120: sraiw 0x123456789abcdef1, 30 */
  TEST_IMM(120, sraiw, 0xfffffffffffffffe, 0x123456789abcdef1, 30)
  /* 121: sraiw 0x123456789abcdef1, 31 */
  TEST_IMM(121, sraiw, 0xffffffffffffffff, 0x123456789abcdef1, 31)
  /* 122: sraiw 0xfedcba9876543210, 0 */
  TEST_IMM(122, sraiw, 0x0000000076543210, 0xfedcba9876543210, 0)
  /* 123: sraiw 0xfedcba9876543210, 1 */
  TEST_IMM(123, sraiw, 0x000000003b2a1908, 0xfedcba9876543210, 1)
  /* 124: sraiw 0xfedcba9876543210, 4 */
  TEST_IMM(124, sraiw, 0x0000000007654321, 0xfedcba9876543210, 4)
  /* 125: sraiw 0xfedcba9876543210, 31 */
  TEST_IMM(125, sraiw, 0x0000000000000000, 0xfedcba9876543210, 31)
  /* 126: sraiw with rd == x0 is discarded */
  TEST_CASE(126, x0, 0, li a1, 5; sraiw x0, a1, 1; mv a4, x0; bnez a4, fail)

TEST_END

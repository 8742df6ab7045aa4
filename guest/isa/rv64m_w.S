#include "test.h"

/* RV64M 32-bit forms: mulw, divw, divuw, remw, remuw. They read only
 * the low 32 bits of the sources and sign-extend the 32-bit result, including
 * division by zero (quotient all ones; remainder = sign-extended low word of
 * the dividend) and overflow (-2^31 / -1 = -2^31 sign-extended, remainder 0).
 * Each check: the result register holds the architecturally required
 * value (t6 holds the expected value, gp the check number). */

#define TEST_RR(n, inst, result, v1, v2) \
  TEST_CASE(n, a4, result, li a1, v1; li a2, v2; inst a4, a1, a2)

TEST_BEGIN
  .option norvc

  /* ---- MULW */
  /* 1: mulw 0x3, 0x7 -> 0x15 */
  TEST_RR(1, mulw, 0x0000000000000015, 0x0000000000000003, 0x0000000000000007)
  /* 2: mulw -0x3, 0x7 -> -0x15 */
  TEST_RR(2, mulw, 0xffffffffffffffeb, 0xfffffffffffffffd, 0x0000000000000007)
  /* 3: mulw 0x7fffffff, 0x2 -> -0x2 (result bit 31 set: sign-extended) */
  TEST_RR(3, mulw, 0xfffffffffffffffe, 0x000000007fffffff, 0x0000000000000002)
  /* 4: mulw 0x10000, 0x10000 -> 0x0 (2^32 wraps to 0) */
  TEST_RR(4, mulw, 0x0000000000000000, 0x0000000000010000, 0x0000000000010000)
  /* 5: mulw 0xffffffff, 0xffffffff -> 0x1 */
  TEST_RR(5, mulw, 0x0000000000000001, 0x00000000ffffffff, 0x00000000ffffffff)
  /* 6: mulw 0x5a5a5a5a00000003, 0x5a5a5a5a00000005 -> 0xf (upper halves ignored) */
  TEST_RR(6, mulw, 0x000000000000000f, 0x5a5a5a5a00000003, 0x5a5a5a5a00000005)
  /* 7: mulw 0x12345678, 0x9abcdef0 -> 0x242d2080 */
  TEST_RR(7, mulw, 0x00000000242d2080, 0x0000000012345678, 0x000000009abcdef0)
  /* 8: mulw 0x80000000, -0x1 -> 0xffffffff80000000 */
  TEST_RR(8, mulw, 0xffffffff80000000, 0x0000000080000000, 0xffffffffffffffff)
  /* 9: mulw 0x7fffffff, 0x7fffffff -> 0x1 */
  TEST_RR(9, mulw, 0x0000000000000001, 0x000000007fffffff, 0x000000007fffffff)
  /* 10: mulw with rd == rs1 */
  TEST_CASE(10, a1, 0x0000000000000001, li a1, 0x000000007fffffff; li a2, 0x000000007fffffff; mulw a1, a1, a2)
  /* 11: mulw with rd == rs2 */
  TEST_CASE(11, a2, 0x0000000000000001, li a1, 0x000000007fffffff; li a2, 0x000000007fffffff; mulw a2, a1, a2)
  /* 12: mulw with rs1 == rs2 */
  TEST_CASE(12, a4, 0x0000000000000001, li a1, 0x000000007fffffff; mulw a4, a1, a1)
  /* 13: mulw with rd == x0 is discarded */
  TEST_CASE(13, x0, 0, li a1, 0x000000007fffffff; li a2, 0x000000007fffffff; mulw x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* 14: mulw by x0 (rs2 == x0) */
  TEST_CASE(14, a4, 0x0000000000000000, li a1, 0x000000007fffffff; mulw a4, a1, x0)
  /* ---- DIVW */
  /* 15: divw 0x14, 0x6 -> 0x3 */
  TEST_RR(15, divw, 0x0000000000000003, 0x0000000000000014, 0x0000000000000006)
  /* 16: divw -0x14, 0x6 -> -0x3 */
  TEST_RR(16, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006)
  /* 17: divw 0x14, -0x6 -> -0x3 */
  TEST_RR(17, divw, 0xfffffffffffffffd, 0x0000000000000014, 0xfffffffffffffffa)
  /* 18: divw -0x14, -0x6 -> 0x3 */
  TEST_RR(18, divw, 0x0000000000000003, 0xffffffffffffffec, 0xfffffffffffffffa)
  /* 19: divw 0x1, 0x0 -> -0x1 (by zero) */
  TEST_RR(19, divw, 0xffffffffffffffff, 0x0000000000000001, 0x0000000000000000)
  /* 20: divw -0x1, 0x0 -> -0x1 (by zero) */
  TEST_RR(20, divw, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
  /* 21: divw 0x0, 0x0 -> -0x1 (by zero) */
  TEST_RR(21, divw, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000)
  /* 22: divw 0x80000000, 0x0 -> -0x1 (by zero) */
  TEST_RR(22, divw, 0xffffffffffffffff, 0x0000000080000000, 0x0000000000000000)
  /* 23: divw 0x80000000, -0x1 -> 0xffffffff80000000 (overflow) */
  TEST_RR(23, divw, 0xffffffff80000000, 0x0000000080000000, 0xffffffffffffffff)
  /* 24: divw 0x80000000, 0xffffffff -> 0xffffffff80000000 (overflow: rs2 upper half ignored) */
  TEST_RR(24, divw, 0xffffffff80000000, 0x0000000080000000, 0x00000000ffffffff)
  /* 25: divw 0x5a5a5a5a00000014, 0x5a5a5a5a00000006 -> 0x3 (upper halves ignored) */
  TEST_RR(25, divw, 0x0000000000000003, 0x5a5a5a5a00000014, 0x5a5a5a5a00000006)
  /* 26: divw 0x7fffffff, 0x7fffffff -> 0x1 */
  TEST_RR(26, divw, 0x0000000000000001, 0x000000007fffffff, 0x000000007fffffff)
  /* 27: divw 0xffffffff, 0xffffffff -> 0x1 */
  TEST_RR(27, divw, 0x0000000000000001, 0x00000000ffffffff, 0x00000000ffffffff)
  /* 28: divw 0x7fffffff, 0x1 -> 0x7fffffff */
  TEST_RR(28, divw, 0x000000007fffffff, 0x000000007fffffff, 0x0000000000000001)
  /* 29: divw 0x80000000, 0x1 -> 0xffffffff80000000 */
  TEST_RR(29, divw, 0xffffffff80000000, 0x0000000080000000, 0x0000000000000001)
  /* 30: divw 0x123456789, 0x100000000 -> -0x1 (rs2 low word 0: by zero) */
  TEST_RR(30, divw, 0xffffffffffffffff, 0x0000000123456789, 0x0000000100000000)
  /* 31: divw 0x1234567876543210, 0xfedcba987654321 -> 0x0 */
  TEST_RR(31, divw, 0x0000000000000000, 0x1234567876543210, 0x0fedcba987654321)
  /* 32: divw 0x5a5a5a5a80000000, -0x1 -> 0xffffffff80000000 (overflow with junk upper half) */
  TEST_RR(32, divw, 0xffffffff80000000, 0x5a5a5a5a80000000, 0xffffffffffffffff)
  /* 33: divw -0x7, 0x2 -> -0x3 */
  TEST_RR(33, divw, 0xfffffffffffffffd, 0xfffffffffffffff9, 0x0000000000000002)
  /* 34: divw 0x7, -0x2 -> -0x3 */
  TEST_RR(34, divw, 0xfffffffffffffffd, 0x0000000000000007, 0xfffffffffffffffe)
  /* 35: divw 0xfffffffe, 0x2 -> -0x1 (low word is -2: signed) */
  TEST_RR(35, divw, 0xffffffffffffffff, 0x00000000fffffffe, 0x0000000000000002)
  /* 36: divw 0x100000007, 0x2 -> 0x3 (bit 32 of rs1 ignored) */
  TEST_RR(36, divw, 0x0000000000000003, 0x0000000100000007, 0x0000000000000002)
  /* 37: divw with rd == rs1 */
  TEST_CASE(37, a1, 0x0000000000000003, li a1, 0x0000000100000007; li a2, 0x0000000000000002; divw a1, a1, a2)
  /* 38: divw with rd == rs2 */
  TEST_CASE(38, a2, 0x0000000000000003, li a1, 0x0000000100000007; li a2, 0x0000000000000002; divw a2, a1, a2)
  /* 39: divw with rs1 == rs2 */
  TEST_CASE(39, a4, 0x0000000000000001, li a1, 0x0000000100000007; divw a4, a1, a1)
  /* 40: divw with rd == x0 is discarded */
  TEST_CASE(40, x0, 0, li a1, 0x0000000100000007; li a2, 0x0000000000000002; divw x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* 41: divw by x0 (rs2 == x0) */
  TEST_CASE(41, a4, 0xffffffffffffffff, li a1, 0x0000000100000007; divw a4, a1, x0)
  /* ---- DIVUW */
  /* 42: divuw 0x14, 0x6 -> 0x3 */
  TEST_RR(42, divuw, 0x0000000000000003, 0x0000000000000014, 0x0000000000000006)
  /* 43: divuw -0x14, 0x6 -> 0x2aaaaaa7 */
  TEST_RR(43, divuw, 0x000000002aaaaaa7, 0xffffffffffffffec, 0x0000000000000006)
  /* 44: divuw 0x14, -0x6 -> 0x0 */
  TEST_RR(44, divuw, 0x0000000000000000, 0x0000000000000014, 0xfffffffffffffffa)
  /* 45: divuw -0x14, -0x6 -> 0x0 */
  TEST_RR(45, divuw, 0x0000000000000000, 0xffffffffffffffec, 0xfffffffffffffffa)
  /* 46: divuw 0x1, 0x0 -> -0x1 (by zero: all ones (sign-extended 0xffffffff)) */
  TEST_RR(46, divuw, 0xffffffffffffffff, 0x0000000000000001, 0x0000000000000000)
  /* 47: divuw -0x1, 0x0 -> -0x1 (by zero) */
  TEST_RR(47, divuw, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
  /* 48: divuw 0x0, 0x0 -> -0x1 (by zero) */
  TEST_RR(48, divuw, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000)
  /* 49: divuw 0x80000000, 0x0 -> -0x1 (by zero) */
  TEST_RR(49, divuw, 0xffffffffffffffff, 0x0000000080000000, 0x0000000000000000)
  /* 50: divuw 0x80000000, -0x1 -> 0x0 (unsigned: 0x80000000 / 0xffffffff = 0) */
  TEST_RR(50, divuw, 0x0000000000000000, 0x0000000080000000, 0xffffffffffffffff)
  /* 51: divuw 0x80000000, 0xffffffff -> 0x0 (overflow: rs2 upper half ignored) */
  TEST_RR(51, divuw, 0x0000000000000000, 0x0000000080000000, 0x00000000ffffffff)
  /* 52: divuw 0x5a5a5a5a00000014, 0x5a5a5a5a00000006 -> 0x3 (upper halves ignored) */
  TEST_RR(52, divuw, 0x0000000000000003, 0x5a5a5a5a00000014, 0x5a5a5a5a00000006)
  /* 53: divuw 0x7fffffff, 0x7fffffff -> 0x1 */
  TEST_RR(53, divuw, 0x0000000000000001, 0x000000007fffffff, 0x000000007fffffff)
  /* 54: divuw 0xffffffff, 0xffffffff -> 0x1 */
  TEST_RR(54, divuw, 0x0000000000000001, 0x00000000ffffffff, 0x00000000ffffffff)
  /* 55: divuw 0x7fffffff, 0x1 -> 0x7fffffff */
  TEST_RR(55, divuw, 0x000000007fffffff, 0x000000007fffffff, 0x0000000000000001)
  /* 56: divuw 0x80000000, 0x1 -> 0xffffffff80000000 */
  TEST_RR(56, divuw, 0xffffffff80000000, 0x0000000080000000, 0x0000000000000001)
  /* 57: divuw 0x123456789, 0x100000000 -> -0x1 (rs2 low word 0: by zero) */
  TEST_RR(57, divuw, 0xffffffffffffffff, 0x0000000123456789, 0x0000000100000000)
  /* 58: divuw 0x1234567876543210, 0xfedcba987654321 -> 0x0 */
  TEST_RR(58, divuw, 0x0000000000000000, 0x1234567876543210, 0x0fedcba987654321)
  /* 59: divuw 0x5a5a5a5a80000000, -0x1 -> 0x0 (overflow with junk upper half) */
  TEST_RR(59, divuw, 0x0000000000000000, 0x5a5a5a5a80000000, 0xffffffffffffffff)
  /* 60: divuw -0x7, 0x2 -> 0x7ffffffc */
  TEST_RR(60, divuw, 0x000000007ffffffc, 0xfffffffffffffff9, 0x0000000000000002)
  /* 61: divuw 0x7, -0x2 -> 0x0 */
  TEST_RR(61, divuw, 0x0000000000000000, 0x0000000000000007, 0xfffffffffffffffe)
  /* 62: divuw 0xfffffffe, 0x2 -> 0x7fffffff (unsigned: 0x7fffffff) */
  TEST_RR(62, divuw, 0x000000007fffffff, 0x00000000fffffffe, 0x0000000000000002)
  /* 63: divuw 0x100000007, 0x2 -> 0x3 (bit 32 of rs1 ignored) */
  TEST_RR(63, divuw, 0x0000000000000003, 0x0000000100000007, 0x0000000000000002)
  /* 64: divuw with rd == rs1 */
  TEST_CASE(64, a1, 0x0000000000000003, li a1, 0x0000000100000007; li a2, 0x0000000000000002; divuw a1, a1, a2)
  /* 65: divuw with rd == rs2 */
  TEST_CASE(65, a2, 0x0000000000000003, li a1, 0x0000000100000007; li a2, 0x0000000000000002; divuw a2, a1, a2)
  /* 66: divuw with rs1 == rs2 */
  TEST_CASE(66, a4, 0x0000000000000001, li a1, 0x0000000100000007; divuw a4, a1, a1)
  /* 67: divuw with rd == x0 is discarded */
  TEST_CASE(67, x0, 0, li a1, 0x0000000100000007; li a2, 0x0000000000000002; divuw x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* 68: divuw by x0 (rs2 == x0) */
  TEST_CASE(68, a4, 0xffffffffffffffff, li a1, 0x0000000100000007; divuw a4, a1, x0)
  /* ---- REMW */
  /* 69: remw 0x14, 0x6 -> 0x2 */
  TEST_RR(69, remw, 0x0000000000000002, 0x0000000000000014, 0x0000000000000006)
  /* 70: remw -0x14, 0x6 -> -0x2 */
  TEST_RR(70, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006)
  /* 71: remw 0x14, -0x6 -> 0x2 */
  TEST_RR(71, remw, 0x0000000000000002, 0x0000000000000014, 0xfffffffffffffffa)
  /* 72: remw -0x14, -0x6 -> -0x2 */
  TEST_RR(72, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0xfffffffffffffffa)
  /* 73: remw 0x1, 0x0 -> 0x1 (by zero: dividend) */
  TEST_RR(73, remw, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000)
  /* 74: remw -0x1, 0x0 -> -0x1 (by zero: dividend) */
  TEST_RR(74, remw, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
  /* 75: remw 0x0, 0x0 -> 0x0 (by zero) */
  TEST_RR(75, remw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 76: remw 0x80000000, 0x0 -> 0xffffffff80000000 (by zero: dividend, sign-extended) */
  TEST_RR(76, remw, 0xffffffff80000000, 0x0000000080000000, 0x0000000000000000)
  /* 77: remw 0x80000000, -0x1 -> 0x0 (overflow) */
  TEST_RR(77, remw, 0x0000000000000000, 0x0000000080000000, 0xffffffffffffffff)
  /* 78: remw 0x80000000, 0xffffffff -> 0x0 (overflow: rs2 upper half ignored) */
  TEST_RR(78, remw, 0x0000000000000000, 0x0000000080000000, 0x00000000ffffffff)
  /* 79: remw 0x5a5a5a5a00000014, 0x5a5a5a5a00000006 -> 0x2 (upper halves ignored) */
  TEST_RR(79, remw, 0x0000000000000002, 0x5a5a5a5a00000014, 0x5a5a5a5a00000006)
  /* 80: remw 0x7fffffff, 0x7fffffff -> 0x0 */
  TEST_RR(80, remw, 0x0000000000000000, 0x000000007fffffff, 0x000000007fffffff)
  /* 81: remw 0xffffffff, 0xffffffff -> 0x0 */
  TEST_RR(81, remw, 0x0000000000000000, 0x00000000ffffffff, 0x00000000ffffffff)
  /* 82: remw 0x7fffffff, 0x1 -> 0x0 */
  TEST_RR(82, remw, 0x0000000000000000, 0x000000007fffffff, 0x0000000000000001)
  /* 83: remw 0x80000000, 0x1 -> 0x0 */
  TEST_RR(83, remw, 0x0000000000000000, 0x0000000080000000, 0x0000000000000001)
  /* 84: remw 0x123456789, 0x100000000 -> 0x23456789 (rs2 low word 0: by zero) */
  TEST_RR(84, remw, 0x0000000023456789, 0x0000000123456789, 0x0000000100000000)
  /* 85: remw 0x1234567876543210, 0xfedcba987654321 -> 0x76543210 */
  TEST_RR(85, remw, 0x0000000076543210, 0x1234567876543210, 0x0fedcba987654321)
  /* 86: remw 0x5a5a5a5a80000000, -0x1 -> 0x0 (overflow with junk upper half) */
  TEST_RR(86, remw, 0x0000000000000000, 0x5a5a5a5a80000000, 0xffffffffffffffff)
  /* 87: remw -0x7, 0x2 -> -0x1 */
  TEST_RR(87, remw, 0xffffffffffffffff, 0xfffffffffffffff9, 0x0000000000000002)
  /* 88: remw 0x7, -0x2 -> 0x1 */
  TEST_RR(88, remw, 0x0000000000000001, 0x0000000000000007, 0xfffffffffffffffe)
  /* 89: remw 0xfffffffe, 0x2 -> 0x0 */
  TEST_RR(89, remw, 0x0000000000000000, 0x00000000fffffffe, 0x0000000000000002)
  /* 90: remw 0x100000007, 0x2 -> 0x1 (bit 32 of rs1 ignored) */
  TEST_RR(90, remw, 0x0000000000000001, 0x0000000100000007, 0x0000000000000002)
  /* 91: remw with rd == rs1 */
  TEST_CASE(91, a1, 0x0000000000000001, li a1, 0x0000000100000007; li a2, 0x0000000000000002; remw a1, a1, a2)
  /* 92: remw with rd == rs2 */
  TEST_CASE(92, a2, 0x0000000000000001, li a1, 0x0000000100000007; li a2, 0x0000000000000002; remw a2, a1, a2)
  /* 93: remw with rs1 == rs2 */
  TEST_CASE(93, a4, 0x0000000000000000, li a1, 0x0000000100000007; remw a4, a1, a1)
  /* 94: remw with rd == x0 is discarded */
  TEST_CASE(94, x0, 0, li a1, 0x0000000100000007; li a2, 0x0000000000000002; remw x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* 95: remw by x0 (rs2 == x0) */
  TEST_CASE(95, a4, 0x0000000000000007, li a1, 0x0000000100000007; remw a4, a1, x0)
  /* ---- REMUW */
  /* 96: remuw 0x14, 0x6 -> 0x2 */
  TEST_RR(96, remuw, 0x0000000000000002, 0x0000000000000014, 0x0000000000000006)
  /* 97: remuw -0x14, 0x6 -> 0x2 */
  TEST_RR(97, remuw, 0x0000000000000002, 0xffffffffffffffec, 0x0000000000000006)
  /* 98: remuw 0x14, -0x6 -> 0x14 */
  TEST_RR(98, remuw, 0x0000000000000014, 0x0000000000000014, 0xfffffffffffffffa)
  /* 99: remuw -0x14, -0x6 -> -0x14 */
  TEST_RR(99, remuw, 0xffffffffffffffec, 0xffffffffffffffec, 0xfffffffffffffffa)
  /* 100: remuw 0x1, 0x0 -> 0x1 (by zero) */
  TEST_RR(100, remuw, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000)
  /* 101: remuw -0x1, 0x0 -> -0x1 (by zero: dividend sign-extended) */
  TEST_RR(101, remuw, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
  /* 102: remuw 0x0, 0x0 -> 0x0 (by zero) */
  TEST_RR(102, remuw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 103: remuw 0x80000000, 0x0 -> 0xffffffff80000000 (by zero: dividend sign-extended (0xffffffff80000000)) */
  TEST_RR(103, remuw, 0xffffffff80000000, 0x0000000080000000, 0x0000000000000000)
  /* 104: remuw 0x80000000, -0x1 -> 0xffffffff80000000 (overflow) */
  TEST_RR(104, remuw, 0xffffffff80000000, 0x0000000080000000, 0xffffffffffffffff)
  /* 105: remuw 0x80000000, 0xffffffff -> 0xffffffff80000000 (overflow: rs2 upper half ignored) */
  TEST_RR(105, remuw, 0xffffffff80000000, 0x0000000080000000, 0x00000000ffffffff)
  /* 106: remuw 0x5a5a5a5a00000014, 0x5a5a5a5a00000006 -> 0x2 (upper halves ignored) */
  TEST_RR(106, remuw, 0x0000000000000002, 0x5a5a5a5a00000014, 0x5a5a5a5a00000006)
  /* 107: remuw 0x7fffffff, 0x7fffffff -> 0x0 */
  TEST_RR(107, remuw, 0x0000000000000000, 0x000000007fffffff, 0x000000007fffffff)
  /* 108: remuw 0xffffffff, 0xffffffff -> 0x0 */
  TEST_RR(108, remuw, 0x0000000000000000, 0x00000000ffffffff, 0x00000000ffffffff)
  /* 109: remuw 0x7fffffff, 0x1 -> 0x0 */
  TEST_RR(109, remuw, 0x0000000000000000, 0x000000007fffffff, 0x0000000000000001)
  /* 110: remuw 0x80000000, 0x1 -> 0x0 */
  TEST_RR(110, remuw, 0x0000000000000000, 0x0000000080000000, 0x0000000000000001)
  /* 111: remuw 0x123456789, 0x100000000 -> 0x23456789 (rs2 low word 0: by zero) */
  TEST_RR(111, remuw, 0x0000000023456789, 0x0000000123456789, 0x0000000100000000)
  /* 112: remuw 0x1234567876543210, 0xfedcba987654321 -> 0x76543210 */
  TEST_RR(112, remuw, 0x0000000076543210, 0x1234567876543210, 0x0fedcba987654321)
  /* 113: remuw 0x5a5a5a5a80000000, -0x1 -> 0xffffffff80000000 (overflow with junk upper half) */
  TEST_RR(113, remuw, 0xffffffff80000000, 0x5a5a5a5a80000000, 0xffffffffffffffff)
  /* 114: remuw -0x7, 0x2 -> 0x1 */
  TEST_RR(114, remuw, 0x0000000000000001, 0xfffffffffffffff9, 0x0000000000000002)
  /* 115: remuw 0x7, -0x2 -> 0x7 */
  TEST_RR(115, remuw, 0x0000000000000007, 0x0000000000000007, 0xfffffffffffffffe)
  /* 116: remuw 0xfffffffe, 0x2 -> 0x0 */
  TEST_RR(116, remuw, 0x0000000000000000, 0x00000000fffffffe, 0x0000000000000002)
  /* 117: remuw 0x100000007, 0x2 -> 0x1 (bit 32 of rs1 ignored) */
  TEST_RR(117, remuw, 0x0000000000000001, 0x0000000100000007, 0x0000000000000002)
  /* 118: remuw with rd == rs1 */
  TEST_CASE(118, a1, 0x0000000000000001, li a1, 0x0000000100000007; li a2, 0x0000000000000002; remuw a1, a1, a2)
  /* 119: remuw with rd == rs2 */
  TEST_CASE(119, a2, 0x0000000000000001, li a1, 0x0000000100000007; li a2, 0x0000000000000002; remuw a2, a1, a2)
  /* 120: remuw with rs1 == rs2 */
  TEST_CASE(120, a4, 0x0000000000000000, li a1, 0x0000000100000007; remuw a4, a1, a1)
  /* 121: remuw with rd == x0 is discarded */
  TEST_CASE(121, x0, 0, li a1, 0x0000000100000007; li a2, 0x0000000000000002; remuw x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* 122: remuw by x0 (rs2 == x0) */
  TEST_CASE(122, a4, 0x0000000000000007, li a1, 0x0000000100000007; remuw a4, a1, x0)

TEST_END

#include "test.h"

/* RV64M: mul, mulh, mulhsu, mulhu, div, divu, rem, remu, including
 * division by zero (quotient all ones, remainder = dividend) and signed
 * overflow (-2^63 / -1 = -2^63, remainder 0). The *W forms are in rv64m_w.S.
 * Each check: the result register holds the architecturally required
 * value (t6 holds the expected value, gp the check number). */

#define TEST_RR(n, inst, result, v1, v2) \
  TEST_CASE(n, a4, result, li a1, v1; li a2, v2; inst a4, a1, a2)

TEST_BEGIN
  .option norvc

  /* ---- MUL */
  /* 1: mul 0x0, 0x0 -> 0x0 */
  TEST_RR(1, mul, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 2: mul 0x1, 0x1 -> 0x1 */
  TEST_RR(2, mul, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001)
  /* 3: mul 0x3, 0x7 -> 0x15 */
  TEST_RR(3, mul, 0x0000000000000015, 0x0000000000000003, 0x0000000000000007)
  /* 4: mul -0x1, -0x1 -> 0x1 */
  TEST_RR(4, mul, 0x0000000000000001, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 5: mul -0x1, 0x1 -> -0x1 */
  TEST_RR(5, mul, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000001)
  /* 6: mul 0x8000000000000000, -0x1 -> 0x8000000000000000 */
  TEST_RR(6, mul, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
  /* 7: mul 0x8000000000000000, 0x8000000000000000 -> 0x0 */
  TEST_RR(7, mul, 0x0000000000000000, 0x8000000000000000, 0x8000000000000000)
  /* 8: mul 0x7fffffffffffffff, 0x7fffffffffffffff -> 0x1 */
  TEST_RR(8, mul, 0x0000000000000001, 0x7fffffffffffffff, 0x7fffffffffffffff)
  /* 9: mul 0x7fffffffffffffff, 0x8000000000000000 -> 0x8000000000000000 */
  TEST_RR(9, mul, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000)
  /* 10: mul 0xffffffff, 0xffffffff -> 0xfffffffe00000001 */
  TEST_RR(10, mul, 0xfffffffe00000001, 0x00000000ffffffff, 0x00000000ffffffff)
  /* 11: mul 0x123456789abcdef, 0xfedcba9876543210 -> 0x2236d88fe5618cf0 */
  TEST_RR(11, mul, 0x2236d88fe5618cf0, 0x0123456789abcdef, 0xfedcba9876543210)
  /* 12: mul -0x3, 0x5 -> -0xf */
  TEST_RR(12, mul, 0xfffffffffffffff1, 0xfffffffffffffffd, 0x0000000000000005)
  /* 13: mul 0x100000000, 0x100000000 -> 0x0 (2^64 wraps to 0) */
  TEST_RR(13, mul, 0x0000000000000000, 0x0000000100000000, 0x0000000100000000)
  /* 14: mul 0xaaaaaaaaaaaaaaab, 0x2fe7d -> 0xff7f */
  TEST_RR(14, mul, 0x000000000000ff7f, 0xaaaaaaaaaaaaaaab, 0x000000000002fe7d)
  /* 15: mul with rd == rs1 */
  TEST_CASE(15, a1, 0x000000000000ff7f, li a1, 0xaaaaaaaaaaaaaaab; li a2, 0x000000000002fe7d; mul a1, a1, a2)
  /* 16: mul with rd == rs2 */
  TEST_CASE(16, a2, 0x000000000000ff7f, li a1, 0xaaaaaaaaaaaaaaab; li a2, 0x000000000002fe7d; mul a2, a1, a2)
  /* 17: mul with rs1 == rs2 */
  TEST_CASE(17, a4, 0x8e38e38e38e38e39, li a1, 0xaaaaaaaaaaaaaaab; mul a4, a1, a1)
  /* 18: mul with rd == x0 is discarded */
  TEST_CASE(18, x0, 0, li a1, 0xaaaaaaaaaaaaaaab; li a2, 0x000000000002fe7d; mul x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* 19: mul by x0 (rs2 == x0) */
  TEST_CASE(19, a4, 0x0000000000000000, li a1, 0xaaaaaaaaaaaaaaab; mul a4, a1, x0)
  /* ---- MULH */
  /* 20: mulh 0x0, 0x0 -> 0x0 */
  TEST_RR(20, mulh, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 21: mulh 0x1, 0x1 -> 0x0 */
  TEST_RR(21, mulh, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001)
  /* 22: mulh 0x3, 0x7 -> 0x0 */
  TEST_RR(22, mulh, 0x0000000000000000, 0x0000000000000003, 0x0000000000000007)
  /* 23: mulh -0x1, -0x1 -> 0x0 */
  TEST_RR(23, mulh, 0x0000000000000000, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 24: mulh -0x1, 0x1 -> -0x1 (-1 * 1: high half all ones) */
  TEST_RR(24, mulh, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000001)
  /* 25: mulh 0x8000000000000000, -0x1 -> 0x0 */
  TEST_RR(25, mulh, 0x0000000000000000, 0x8000000000000000, 0xffffffffffffffff)
  /* 26: mulh 0x8000000000000000, 0x8000000000000000 -> 0x4000000000000000 */
  TEST_RR(26, mulh, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
  /* 27: mulh 0x7fffffffffffffff, 0x7fffffffffffffff -> 0x3fffffffffffffff */
  TEST_RR(27, mulh, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff)
  /* 28: mulh 0x7fffffffffffffff, 0x8000000000000000 -> 0xc000000000000000 */
  TEST_RR(28, mulh, 0xc000000000000000, 0x7fffffffffffffff, 0x8000000000000000)
  /* 29: mulh 0xffffffff, 0xffffffff -> 0x0 */
  TEST_RR(29, mulh, 0x0000000000000000, 0x00000000ffffffff, 0x00000000ffffffff)
  /* 30: mulh 0x123456789abcdef, 0xfedcba9876543210 -> 0xfffeb49923cc0953 */
  TEST_RR(30, mulh, 0xfffeb49923cc0953, 0x0123456789abcdef, 0xfedcba9876543210)
  /* 31: mulh -0x3, 0x5 -> -0x1 */
  TEST_RR(31, mulh, 0xffffffffffffffff, 0xfffffffffffffffd, 0x0000000000000005)
  /* 32: mulh 0x100000000, 0x100000000 -> 0x1 */
  TEST_RR(32, mulh, 0x0000000000000001, 0x0000000100000000, 0x0000000100000000)
  /* 33: mulh 0xaaaaaaaaaaaaaaab, 0x2fe7d -> -0xff7f */
  TEST_RR(33, mulh, 0xffffffffffff0081, 0xaaaaaaaaaaaaaaab, 0x000000000002fe7d)
  /* 34: mulh -0x1, 0x8000000000000000 -> 0x0 */
  TEST_RR(34, mulh, 0x0000000000000000, 0xffffffffffffffff, 0x8000000000000000)
  /* 35: mulh with rd == rs1 */
  TEST_CASE(35, a1, 0x0000000000000000, li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; mulh a1, a1, a2)
  /* 36: mulh with rd == rs2 */
  TEST_CASE(36, a2, 0x0000000000000000, li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; mulh a2, a1, a2)
  /* 37: mulh with rs1 == rs2 */
  TEST_CASE(37, a4, 0x0000000000000000, li a1, 0xffffffffffffffff; mulh a4, a1, a1)
  /* 38: mulh with rd == x0 is discarded */
  TEST_CASE(38, x0, 0, li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; mulh x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* 39: mulh by x0 (rs2 == x0) */
  TEST_CASE(39, a4, 0x0000000000000000, li a1, 0xffffffffffffffff; mulh a4, a1, x0)
  /* ---- MULHSU */
  /* 40: mulhsu 0x0, 0x0 -> 0x0 */
  TEST_RR(40, mulhsu, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 41: mulhsu 0x1, 0x1 -> 0x0 */
  TEST_RR(41, mulhsu, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001)
  /* 42: mulhsu 0x3, 0x7 -> 0x0 */
  TEST_RR(42, mulhsu, 0x0000000000000000, 0x0000000000000003, 0x0000000000000007)
  /* 43: mulhsu -0x1, -0x1 -> -0x1 (rs2 unsigned: -1 * (2^64-1)) */
  TEST_RR(43, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 44: mulhsu -0x1, 0x1 -> -0x1 */
  TEST_RR(44, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000001)
  /* 45: mulhsu 0x8000000000000000, -0x1 -> 0x8000000000000000 */
  TEST_RR(45, mulhsu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
  /* 46: mulhsu 0x8000000000000000, 0x8000000000000000 -> 0xc000000000000000 */
  TEST_RR(46, mulhsu, 0xc000000000000000, 0x8000000000000000, 0x8000000000000000)
  /* 47: mulhsu 0x7fffffffffffffff, 0x7fffffffffffffff -> 0x3fffffffffffffff */
  TEST_RR(47, mulhsu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff)
  /* 48: mulhsu 0x7fffffffffffffff, 0x8000000000000000 -> 0x3fffffffffffffff */
  TEST_RR(48, mulhsu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000)
  /* 49: mulhsu 0xffffffff, 0xffffffff -> 0x0 */
  TEST_RR(49, mulhsu, 0x0000000000000000, 0x00000000ffffffff, 0x00000000ffffffff)
  /* 50: mulhsu 0x123456789abcdef, 0xfedcba9876543210 -> 0x121fa00ad77d742 */
  TEST_RR(50, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210)
  /* 51: mulhsu -0x3, 0x5 -> -0x1 */
  TEST_RR(51, mulhsu, 0xffffffffffffffff, 0xfffffffffffffffd, 0x0000000000000005)
  /* 52: mulhsu 0x100000000, 0x100000000 -> 0x1 */
  TEST_RR(52, mulhsu, 0x0000000000000001, 0x0000000100000000, 0x0000000100000000)
  /* 53: mulhsu 0xaaaaaaaaaaaaaaab, 0x2fe7d -> -0xff7f */
  TEST_RR(53, mulhsu, 0xffffffffffff0081, 0xaaaaaaaaaaaaaaab, 0x000000000002fe7d)
  /* 54: mulhsu -0x1, -0x1 -> -0x1 (rs2 unsigned: -1 * (2^64-1)) */
  TEST_RR(54, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 55: mulhsu 0x1, -0x1 -> 0x0 (1 * (2^64-1): high 0) */
  TEST_RR(55, mulhsu, 0x0000000000000000, 0x0000000000000001, 0xffffffffffffffff)
  /* 56: mulhsu 0x8000000000000000, -0x1 -> 0x8000000000000000 */
  TEST_RR(56, mulhsu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
  /* 57: mulhsu with rd == rs1 */
  TEST_CASE(57, a1, 0x8000000000000000, li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; mulhsu a1, a1, a2)
  /* 58: mulhsu with rd == rs2 */
  TEST_CASE(58, a2, 0x8000000000000000, li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; mulhsu a2, a1, a2)
  /* 59: mulhsu with rs1 == rs2 */
  TEST_CASE(59, a4, 0xc000000000000000, li a1, 0x8000000000000000; mulhsu a4, a1, a1)
  /* 60: mulhsu with rd == x0 is discarded */
  TEST_CASE(60, x0, 0, li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; mulhsu x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* 61: mulhsu by x0 (rs2 == x0) */
  TEST_CASE(61, a4, 0x0000000000000000, li a1, 0x8000000000000000; mulhsu a4, a1, x0)
  /* ---- MULHU */
  /* 62: mulhu 0x0, 0x0 -> 0x0 */
  TEST_RR(62, mulhu, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 63: mulhu 0x1, 0x1 -> 0x0 */
  TEST_RR(63, mulhu, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001)
  /* 64: mulhu 0x3, 0x7 -> 0x0 */
  TEST_RR(64, mulhu, 0x0000000000000000, 0x0000000000000003, 0x0000000000000007)
  /* 65: mulhu -0x1, -0x1 -> -0x2 */
  TEST_RR(65, mulhu, 0xfffffffffffffffe, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 66: mulhu -0x1, 0x1 -> 0x0 */
  TEST_RR(66, mulhu, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000001)
  /* 67: mulhu 0x8000000000000000, -0x1 -> 0x7fffffffffffffff */
  TEST_RR(67, mulhu, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff)
  /* 68: mulhu 0x8000000000000000, 0x8000000000000000 -> 0x4000000000000000 */
  TEST_RR(68, mulhu, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
  /* 69: mulhu 0x7fffffffffffffff, 0x7fffffffffffffff -> 0x3fffffffffffffff */
  TEST_RR(69, mulhu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff)
  /* 70: mulhu 0x7fffffffffffffff, 0x8000000000000000 -> 0x3fffffffffffffff */
  TEST_RR(70, mulhu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000)
  /* 71: mulhu 0xffffffff, 0xffffffff -> 0x0 */
  TEST_RR(71, mulhu, 0x0000000000000000, 0x00000000ffffffff, 0x00000000ffffffff)
  /* 72: mulhu 0x123456789abcdef, 0xfedcba9876543210 -> 0x121fa00ad77d742 */
  TEST_RR(72, mulhu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210)
  /* 73: mulhu -0x3, 0x5 -> 0x4 */
  TEST_RR(73, mulhu, 0x0000000000000004, 0xfffffffffffffffd, 0x0000000000000005)
  /* 74: mulhu 0x100000000, 0x100000000 -> 0x1 */
  TEST_RR(74, mulhu, 0x0000000000000001, 0x0000000100000000, 0x0000000100000000)
  /* 75: mulhu 0xaaaaaaaaaaaaaaab, 0x2fe7d -> 0x1fefe */
  TEST_RR(75, mulhu, 0x000000000001fefe, 0xaaaaaaaaaaaaaaab, 0x000000000002fe7d)
  /* 76: mulhu -0x1, -0x1 -> -0x2 ((2^64-1)^2) */
  TEST_RR(76, mulhu, 0xfffffffffffffffe, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 77: mulhu with rd == rs1 */
  TEST_CASE(77, a1, 0xfffffffffffffffe, li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mulhu a1, a1, a2)
  /* 78: mulhu with rd == rs2 */
  TEST_CASE(78, a2, 0xfffffffffffffffe, li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mulhu a2, a1, a2)
  /* 79: mulhu with rs1 == rs2 */
  TEST_CASE(79, a4, 0xfffffffffffffffe, li a1, 0xffffffffffffffff; mulhu a4, a1, a1)
  /* 80: mulhu with rd == x0 is discarded */
  TEST_CASE(80, x0, 0, li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mulhu x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* 81: mulhu by x0 (rs2 == x0) */
  TEST_CASE(81, a4, 0x0000000000000000, li a1, 0xffffffffffffffff; mulhu a4, a1, x0)
  /* ---- DIV */
  /* 82: div 0x14, 0x6 -> 0x3 */
  TEST_RR(82, div, 0x0000000000000003, 0x0000000000000014, 0x0000000000000006)
  /* 83: div -0x14, 0x6 -> -0x3 */
  TEST_RR(83, div, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006)
  /* 84: div 0x14, -0x6 -> -0x3 */
  TEST_RR(84, div, 0xfffffffffffffffd, 0x0000000000000014, 0xfffffffffffffffa)
  /* 85: div -0x14, -0x6 -> 0x3 */
  TEST_RR(85, div, 0x0000000000000003, 0xffffffffffffffec, 0xfffffffffffffffa)
  /* 86: div 0x0, 0x1 -> 0x0 */
  TEST_RR(86, div, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001)
  /* 87: div 0x1, 0x0 -> -0x1 (by zero) */
  TEST_RR(87, div, 0xffffffffffffffff, 0x0000000000000001, 0x0000000000000000)
  /* 88: div -0x1, 0x0 -> -0x1 (by zero) */
  TEST_RR(88, div, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
  /* 89: div 0x0, 0x0 -> -0x1 (by zero) */
  TEST_RR(89, div, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000)
  /* 90: div 0x8000000000000000, 0x0 -> -0x1 (by zero) */
  TEST_RR(90, div, 0xffffffffffffffff, 0x8000000000000000, 0x0000000000000000)
  /* 91: div 0x8000000000000000, -0x1 -> 0x8000000000000000 (signed overflow) */
  TEST_RR(91, div, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
  /* 92: div 0x8000000000000000, 0x1 -> 0x8000000000000000 */
  TEST_RR(92, div, 0x8000000000000000, 0x8000000000000000, 0x0000000000000001)
  /* 93: div 0x7fffffffffffffff, -0x1 -> 0x8000000000000001 */
  TEST_RR(93, div, 0x8000000000000001, 0x7fffffffffffffff, 0xffffffffffffffff)
  /* 94: div 0x7fffffffffffffff, 0x7fffffffffffffff -> 0x1 */
  TEST_RR(94, div, 0x0000000000000001, 0x7fffffffffffffff, 0x7fffffffffffffff)
  /* 95: div 0x8000000000000000, 0x8000000000000000 -> 0x1 */
  TEST_RR(95, div, 0x0000000000000001, 0x8000000000000000, 0x8000000000000000)
  /* 96: div 0x123456789abcdef, 0x10 -> 0x123456789abcde */
  TEST_RR(96, div, 0x00123456789abcde, 0x0123456789abcdef, 0x0000000000000010)
  /* 97: div -0x7, 0x2 -> -0x3 (truncates toward zero) */
  TEST_RR(97, div, 0xfffffffffffffffd, 0xfffffffffffffff9, 0x0000000000000002)
  /* 98: div 0x7, -0x2 -> -0x3 */
  TEST_RR(98, div, 0xfffffffffffffffd, 0x0000000000000007, 0xfffffffffffffffe)
  /* 99: div 0x5, 0x7 -> 0x0 */
  TEST_RR(99, div, 0x0000000000000000, 0x0000000000000005, 0x0000000000000007)
  /* 100: div -0x5, 0x7 -> 0x0 */
  TEST_RR(100, div, 0x0000000000000000, 0xfffffffffffffffb, 0x0000000000000007)
  /* 101: div 0xfedcba9876543210, 0x12345678 -> 0xfffffffff0000000 */
  TEST_RR(101, div, 0xfffffffff0000000, 0xfedcba9876543210, 0x0000000012345678)
  /* 102: div 0x8000000000000000, 0x2 -> 0xc000000000000000 */
  TEST_RR(102, div, 0xc000000000000000, 0x8000000000000000, 0x0000000000000002)
  /* 103: div with rd == rs1 */
  TEST_CASE(103, a1, 0xc000000000000000, li a1, 0x8000000000000000; li a2, 0x0000000000000002; div a1, a1, a2)
  /* 104: div with rd == rs2 */
  TEST_CASE(104, a2, 0xc000000000000000, li a1, 0x8000000000000000; li a2, 0x0000000000000002; div a2, a1, a2)
  /* 105: div with rs1 == rs2 */
  TEST_CASE(105, a4, 0x0000000000000001, li a1, 0x8000000000000000; div a4, a1, a1)
  /* 106: div with rd == x0 is discarded */
  TEST_CASE(106, x0, 0, li a1, 0x8000000000000000; li a2, 0x0000000000000002; div x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* 107: div by x0 (rs2 == x0) */
  TEST_CASE(107, a4, 0xffffffffffffffff, li a1, 0x8000000000000000; div a4, a1, x0)
  /* ---- DIVU */
  /* 108: divu 0x14, 0x6 -> 0x3 */
  TEST_RR(108, divu, 0x0000000000000003, 0x0000000000000014, 0x0000000000000006)
  /* 109: divu -0x14, 0x6 -> 0x2aaaaaaaaaaaaaa7 */
  TEST_RR(109, divu, 0x2aaaaaaaaaaaaaa7, 0xffffffffffffffec, 0x0000000000000006)
  /* 110: divu 0x14, -0x6 -> 0x0 */
  TEST_RR(110, divu, 0x0000000000000000, 0x0000000000000014, 0xfffffffffffffffa)
  /* 111: divu -0x14, -0x6 -> 0x0 */
  TEST_RR(111, divu, 0x0000000000000000, 0xffffffffffffffec, 0xfffffffffffffffa)
  /* 112: divu 0x0, 0x1 -> 0x0 */
  TEST_RR(112, divu, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001)
  /* 113: divu 0x1, 0x0 -> -0x1 (by zero: all ones) */
  TEST_RR(113, divu, 0xffffffffffffffff, 0x0000000000000001, 0x0000000000000000)
  /* 114: divu -0x1, 0x0 -> -0x1 (by zero) */
  TEST_RR(114, divu, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
  /* 115: divu 0x0, 0x0 -> -0x1 (by zero: all ones) */
  TEST_RR(115, divu, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000)
  /* 116: divu 0x8000000000000000, 0x0 -> -0x1 (by zero) */
  TEST_RR(116, divu, 0xffffffffffffffff, 0x8000000000000000, 0x0000000000000000)
  /* 117: divu 0x8000000000000000, -0x1 -> 0x0 (unsigned: 2^63 / (2^64-1) = 0) */
  TEST_RR(117, divu, 0x0000000000000000, 0x8000000000000000, 0xffffffffffffffff)
  /* 118: divu 0x8000000000000000, 0x1 -> 0x8000000000000000 */
  TEST_RR(118, divu, 0x8000000000000000, 0x8000000000000000, 0x0000000000000001)
  /* 119: divu 0x7fffffffffffffff, -0x1 -> 0x0 */
  TEST_RR(119, divu, 0x0000000000000000, 0x7fffffffffffffff, 0xffffffffffffffff)
  /* 120: divu 0x7fffffffffffffff, 0x7fffffffffffffff -> 0x1 */
  TEST_RR(120, divu, 0x0000000000000001, 0x7fffffffffffffff, 0x7fffffffffffffff)
  /* 121: divu 0x8000000000000000, 0x8000000000000000 -> 0x1 */
  TEST_RR(121, divu, 0x0000000000000001, 0x8000000000000000, 0x8000000000000000)
  /* 122: divu 0x123456789abcdef, 0x10 -> 0x123456789abcde */
  TEST_RR(122, divu, 0x00123456789abcde, 0x0123456789abcdef, 0x0000000000000010)
  /* 123: divu -0x7, 0x2 -> 0x7ffffffffffffffc */
  TEST_RR(123, divu, 0x7ffffffffffffffc, 0xfffffffffffffff9, 0x0000000000000002)
  /* 124: divu 0x7, -0x2 -> 0x0 */
  TEST_RR(124, divu, 0x0000000000000000, 0x0000000000000007, 0xfffffffffffffffe)
  /* 125: divu 0x5, 0x7 -> 0x0 */
  TEST_RR(125, divu, 0x0000000000000000, 0x0000000000000005, 0x0000000000000007)
  /* 126: divu -0x5, 0x7 -> 0x2492492492492491 */
  TEST_RR(126, divu, 0x2492492492492491, 0xfffffffffffffffb, 0x0000000000000007)
  /* 127: divu 0xfedcba9876543210, 0x12345678 -> 0xe00000077 */
  TEST_RR(127, divu, 0x0000000e00000077, 0xfedcba9876543210, 0x0000000012345678)
  /* 128: divu 0x8000000000000000, 0x2 -> 0x4000000000000000 */
  TEST_RR(128, divu, 0x4000000000000000, 0x8000000000000000, 0x0000000000000002)
  /* 129: divu -0x1, 0x1 -> -0x1 */
  TEST_RR(129, divu, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000001)
  /* 130: divu -0x1, 0x2 -> 0x7fffffffffffffff */
  TEST_RR(130, divu, 0x7fffffffffffffff, 0xffffffffffffffff, 0x0000000000000002)
  /* 131: divu with rd == rs1 */
  TEST_CASE(131, a1, 0x7fffffffffffffff, li a1, 0xffffffffffffffff; li a2, 0x0000000000000002; divu a1, a1, a2)
  /* 132: divu with rd == rs2 */
  TEST_CASE(132, a2, 0x7fffffffffffffff, li a1, 0xffffffffffffffff; li a2, 0x0000000000000002; divu a2, a1, a2)
  /* 133: divu with rs1 == rs2 */
  TEST_CASE(133, a4, 0x0000000000000001, li a1, 0xffffffffffffffff; divu a4, a1, a1)
  /* 134: divu with rd == x0 is discarded */
  TEST_CASE(134, x0, 0, li a1, 0xffffffffffffffff; li a2, 0x0000000000000002; divu x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* 135: divu by x0 (rs2 == x0) */
  TEST_CASE(135, a4, 0xffffffffffffffff, li a1, 0xffffffffffffffff; divu a4, a1, x0)
  /* ---- REM */
  /* 136: rem 0x14, 0x6 -> 0x2 */
  TEST_RR(136, rem, 0x0000000000000002, 0x0000000000000014, 0x0000000000000006)
  /* 137: rem -0x14, 0x6 -> -0x2 */
  TEST_RR(137, rem, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006)
  /* 138: rem 0x14, -0x6 -> 0x2 */
  TEST_RR(138, rem, 0x0000000000000002, 0x0000000000000014, 0xfffffffffffffffa)
  /* 139: rem -0x14, -0x6 -> -0x2 */
  TEST_RR(139, rem, 0xfffffffffffffffe, 0xffffffffffffffec, 0xfffffffffffffffa)
  /* 140: rem 0x0, 0x1 -> 0x0 */
  TEST_RR(140, rem, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001)
  /* 141: rem 0x1, 0x0 -> 0x1 (by zero) */
  TEST_RR(141, rem, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000)
  /* 142: rem -0x1, 0x0 -> -0x1 (by zero) */
  TEST_RR(142, rem, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
  /* 143: rem 0x0, 0x0 -> 0x0 (by zero) */
  TEST_RR(143, rem, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 144: rem 0x8000000000000000, 0x0 -> 0x8000000000000000 (by zero) */
  TEST_RR(144, rem, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000)
  /* 145: rem 0x8000000000000000, -0x1 -> 0x0 (signed overflow) */
  TEST_RR(145, rem, 0x0000000000000000, 0x8000000000000000, 0xffffffffffffffff)
  /* 146: rem 0x8000000000000000, 0x1 -> 0x0 */
  TEST_RR(146, rem, 0x0000000000000000, 0x8000000000000000, 0x0000000000000001)
  /* 147: rem 0x7fffffffffffffff, -0x1 -> 0x0 */
  TEST_RR(147, rem, 0x0000000000000000, 0x7fffffffffffffff, 0xffffffffffffffff)
  /* 148: rem 0x7fffffffffffffff, 0x7fffffffffffffff -> 0x0 */
  TEST_RR(148, rem, 0x0000000000000000, 0x7fffffffffffffff, 0x7fffffffffffffff)
  /* 149: rem 0x8000000000000000, 0x8000000000000000 -> 0x0 */
  TEST_RR(149, rem, 0x0000000000000000, 0x8000000000000000, 0x8000000000000000)
  /* 150: rem 0x123456789abcdef, 0x10 -> 0xf */
  TEST_RR(150, rem, 0x000000000000000f, 0x0123456789abcdef, 0x0000000000000010)
  /* 151: rem -0x7, 0x2 -> -0x1 (sign follows the dividend) */
  TEST_RR(151, rem, 0xffffffffffffffff, 0xfffffffffffffff9, 0x0000000000000002)
  /* 152: rem 0x7, -0x2 -> 0x1 (sign follows the dividend) */
  TEST_RR(152, rem, 0x0000000000000001, 0x0000000000000007, 0xfffffffffffffffe)
  /* 153: rem 0x5, 0x7 -> 0x5 */
  TEST_RR(153, rem, 0x0000000000000005, 0x0000000000000005, 0x0000000000000007)
  /* 154: rem -0x5, 0x7 -> -0x5 */
  TEST_RR(154, rem, 0xfffffffffffffffb, 0xfffffffffffffffb, 0x0000000000000007)
  /* 155: rem 0xfedcba9876543210, 0x12345678 -> 0xfffffffff6543210 */
  TEST_RR(155, rem, 0xfffffffff6543210, 0xfedcba9876543210, 0x0000000012345678)
  /* 156: rem 0x8000000000000000, 0x2 -> 0x0 */
  TEST_RR(156, rem, 0x0000000000000000, 0x8000000000000000, 0x0000000000000002)
  /* 157: rem with rd == rs1 */
  TEST_CASE(157, a1, 0x0000000000000000, li a1, 0x8000000000000000; li a2, 0x0000000000000002; rem a1, a1, a2)
  /* 158: rem with rd == rs2 */
  TEST_CASE(158, a2, 0x0000000000000000, li a1, 0x8000000000000000; li a2, 0x0000000000000002; rem a2, a1, a2)
  /* 159: rem with rs1 == rs2 */
  TEST_CASE(159, a4, 0x0000000000000000, li a1, 0x8000000000000000; rem a4, a1, a1)
  /* 160: rem with rd == x0 is discarded */
  TEST_CASE(160, x0, 0, li a1, 0x8000000000000000; li a2, 0x0000000000000002; rem x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* 161: rem by x0 (rs2 == x0) */
  TEST_CASE(161, a4, 0x8000000000000000, li a1, 0x8000000000000000; rem a4, a1, x0)
  /* ---- REMU */
  /* 162: remu 0x14, 0x6 -> 0x2 */
  TEST_RR(162, remu, 0x0000000000000002, 0x0000000000000014, 0x0000000000000006)
  /* 163: remu -0x14, 0x6 -> 0x2 */
  TEST_RR(163, remu, 0x0000000000000002, 0xffffffffffffffec, 0x0000000000000006)
  /* 164: remu 0x14, -0x6 -> 0x14 */
  TEST_RR(164, remu, 0x0000000000000014, 0x0000000000000014, 0xfffffffffffffffa)
  /* 165: remu -0x14, -0x6 -> -0x14 */
  TEST_RR(165, remu, 0xffffffffffffffec, 0xffffffffffffffec, 0xfffffffffffffffa)
  /* 166: remu 0x0, 0x1 -> 0x0 */
  TEST_RR(166, remu, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001)
  /* 167: remu 0x1, 0x0 -> 0x1 (by zero: dividend) */
  TEST_RR(167, remu, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000)
  /* 168: remu -0x1, 0x0 -> -0x1 (by zero: dividend) */
  TEST_RR(168, remu, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
  /* 169: remu 0x0, 0x0 -> 0x0 (by zero: dividend) */
  TEST_RR(169, remu, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 170: remu 0x8000000000000000, 0x0 -> 0x8000000000000000 (by zero: dividend) */
  TEST_RR(170, remu, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000)
  /* 171: remu 0x8000000000000000, -0x1 -> 0x8000000000000000 */
  TEST_RR(171, remu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
  /* 172: remu 0x8000000000000000, 0x1 -> 0x0 */
  TEST_RR(172, remu, 0x0000000000000000, 0x8000000000000000, 0x0000000000000001)
  /* 173: remu 0x7fffffffffffffff, -0x1 -> 0x7fffffffffffffff */
  TEST_RR(173, remu, 0x7fffffffffffffff, 0x7fffffffffffffff, 0xffffffffffffffff)
  /* 174: remu 0x7fffffffffffffff, 0x7fffffffffffffff -> 0x0 */
  TEST_RR(174, remu, 0x0000000000000000, 0x7fffffffffffffff, 0x7fffffffffffffff)
  /* 175: remu 0x8000000000000000, 0x8000000000000000 -> 0x0 */
  TEST_RR(175, remu, 0x0000000000000000, 0x8000000000000000, 0x8000000000000000)
  /* 176: remu 0x123456789abcdef, 0x10 -> 0xf */
  TEST_RR(176, remu, 0x000000000000000f, 0x0123456789abcdef, 0x0000000000000010)
  /* 177: remu -0x7, 0x2 -> 0x1 */
  TEST_RR(177, remu, 0x0000000000000001, 0xfffffffffffffff9, 0x0000000000000002)
  /* 178: remu 0x7, -0x2 -> 0x7 */
  TEST_RR(178, remu, 0x0000000000000007, 0x0000000000000007, 0xfffffffffffffffe)
  /* 179: remu 0x5, 0x7 -> 0x5 */
  TEST_RR(179, remu, 0x0000000000000005, 0x0000000000000005, 0x0000000000000007)
  /* 180: remu -0x5, 0x7 -> 0x4 */
  TEST_RR(180, remu, 0x0000000000000004, 0xfffffffffffffffb, 0x0000000000000007)
  /* 181: remu 0xfedcba9876543210, 0x12345678 -> 0x48 */
  TEST_RR(181, remu, 0x0000000000000048, 0xfedcba9876543210, 0x0000000012345678)
  /* 182: remu 0x8000000000000000, 0x2 -> 0x0 */
  TEST_RR(182, remu, 0x0000000000000000, 0x8000000000000000, 0x0000000000000002)
  /* 183: remu -0x1, 0xa -> 0x5 */
  TEST_RR(183, remu, 0x0000000000000005, 0xffffffffffffffff, 0x000000000000000a)
  /* 184: remu with rd == rs1 */
  TEST_CASE(184, a1, 0x0000000000000005, li a1, 0xffffffffffffffff; li a2, 0x000000000000000a; remu a1, a1, a2)
  /* 185: remu with rd == rs2 */
  TEST_CASE(185, a2, 0x0000000000000005, li a1, 0xffffffffffffffff; li a2, 0x000000000000000a; remu a2, a1, a2)
  /* 186: remu with rs1 == rs2 */
  TEST_CASE(186, a4, 0x0000000000000000, li a1, 0xffffffffffffffff; remu a4, a1, a1)
  /* 187: remu with rd == x0 is discarded */
  TEST_CASE(187, x0, 0, li a1, 0xffffffffffffffff; li a2, 0x000000000000000a; remu x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* 188: remu by x0 (rs2 == x0) */
  TEST_CASE(188, a4, 0xffffffffffffffff, li a1, 0xffffffffffffffff; remu a4, a1, x0)

TEST_END

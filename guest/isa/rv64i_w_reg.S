#include "test.h"

/* RV64I 32-bit (*W) register instructions: addw, subw, sllw, srlw, sraw
 * (every amount 0..31 from rs2[4:0]). They read only the low 32 bits of the
 * sources and sign-extend the 32-bit result to 64 bits. The immediate forms
 * are in rv64i_w_imm.S.
 * Each check: the result register holds the architecturally required
 * value (t6 holds the expected value, gp the check number). */

#define TEST_RR(n, inst, result, v1, v2) \
  TEST_CASE(n, a4, result, li a1, v1; li a2, v2; inst a4, a1, a2)
#define TEST_IMM(n, inst, result, v1, imm) \
  TEST_CASE(n, a4, result, li a1, v1; inst a4, a1, imm)

TEST_BEGIN
  .option norvc

  /* ---- SLLW: every amount rs2[4:0], junk in rs2[63:5] (incl. bit 5) */
  /* 1: sllw 0x123456789abcdef1 by rs2 = 0x0 (amount 0) */
  TEST_RR(1, sllw, 0xffffffff9abcdef1, 0x123456789abcdef1, 0x0000000000000000)
  /* 2: sllw 0x123456789abcdef1 by rs2 = 0x21 (amount 1) */
  TEST_RR(2, sllw, 0x000000003579bde2, 0x123456789abcdef1, 0x0000000000000021)
  /* 3: sllw 0x123456789abcdef1 by rs2 = -0x1e (amount 2) */
  TEST_RR(3, sllw, 0x000000006af37bc4, 0x123456789abcdef1, 0xffffffffffffffe2)
  /* 4: sllw 0x123456789abcdef1 by rs2 = 0x2468a3 (amount 3) */
  TEST_RR(4, sllw, 0xffffffffd5e6f788, 0x123456789abcdef1, 0x00000000002468a3)
  /* 5: sllw 0x123456789abcdef1 by rs2 = 0x64 (amount 4) */
  TEST_RR(5, sllw, 0xffffffffabcdef10, 0x123456789abcdef1, 0x0000000000000064)
  /* 6: sllw 0x123456789abcdef1 by rs2 = 0x5 (amount 5) */
  TEST_RR(6, sllw, 0x00000000579bde20, 0x123456789abcdef1, 0x0000000000000005)
  /* 7: sllw 0x123456789abcdef1 by rs2 = 0x26 (amount 6) */
  TEST_RR(7, sllw, 0xffffffffaf37bc40, 0x123456789abcdef1, 0x0000000000000026)
  /* 8: sllw 0x123456789abcdef1 by rs2 = -0x19 (amount 7) */
  TEST_RR(8, sllw, 0x000000005e6f7880, 0x123456789abcdef1, 0xffffffffffffffe7)
  /* 9: sllw 0x123456789abcdef1 by rs2 = 0x2468a8 (amount 8) */
  TEST_RR(9, sllw, 0xffffffffbcdef100, 0x123456789abcdef1, 0x00000000002468a8)
  /* 10: sllw 0x123456789abcdef1 by rs2 = 0x69 (amount 9) */
  TEST_RR(10, sllw, 0x0000000079bde200, 0x123456789abcdef1, 0x0000000000000069)
  /* 11: sllw 0x123456789abcdef1 by rs2 = 0xa (amount 10) */
  TEST_RR(11, sllw, 0xfffffffff37bc400, 0x123456789abcdef1, 0x000000000000000a)
  /* 12: sllw 0x123456789abcdef1 by rs2 = 0x2b (amount 11) */
  TEST_RR(12, sllw, 0xffffffffe6f78800, 0x123456789abcdef1, 0x000000000000002b)
  /* 13: sllw 0x123456789abcdef1 by rs2 = -0x14 (amount 12) */
  TEST_RR(13, sllw, 0xffffffffcdef1000, 0x123456789abcdef1, 0xffffffffffffffec)
  /* 14: sllw 0x123456789abcdef1 by rs2 = 0x2468ad (amount 13) */
  TEST_RR(14, sllw, 0xffffffff9bde2000, 0x123456789abcdef1, 0x00000000002468ad)
  /* 15: sllw 0x123456789abcdef1 by rs2 = 0x6e (amount 14) */
  TEST_RR(15, sllw, 0x0000000037bc4000, 0x123456789abcdef1, 0x000000000000006e)
  /* 16: sllw 0x123456789abcdef1 by rs2 = 0xf (amount 15) */
  TEST_RR(16, sllw, 0x000000006f788000, 0x123456789abcdef1, 0x000000000000000f)
  /* 17: sllw 0x123456789abcdef1 by rs2 = 0x30 (amount 16) */
  TEST_RR(17, sllw, 0xffffffffdef10000, 0x123456789abcdef1, 0x0000000000000030)
  /* 18: sllw 0x123456789abcdef1 by rs2 = -0xf (amount 17) */
  TEST_RR(18, sllw, 0xffffffffbde20000, 0x123456789abcdef1, 0xfffffffffffffff1)
  /* 19: sllw 0x123456789abcdef1 by rs2 = 0x2468b2 (amount 18) */
  TEST_RR(19, sllw, 0x000000007bc40000, 0x123456789abcdef1, 0x00000000002468b2)
  /* 20: sllw 0x123456789abcdef1 by rs2 = 0x73 (amount 19) */
  TEST_RR(20, sllw, 0xfffffffff7880000, 0x123456789abcdef1, 0x0000000000000073)
  /* 21: sllw 0x123456789abcdef1 by rs2 = 0x14 (amount 20) */
  TEST_RR(21, sllw, 0xffffffffef100000, 0x123456789abcdef1, 0x0000000000000014)
  /* 22: sllw 0x123456789abcdef1 by rs2 = 0x35 (amount 21) */
  TEST_RR(22, sllw, 0xffffffffde200000, 0x123456789abcdef1, 0x0000000000000035)
  /* 23: sllw 0x123456789abcdef1 by rs2 = -0xa (amount 22) */
  TEST_RR(23, sllw, 0xffffffffbc400000, 0x123456789abcdef1, 0xfffffffffffffff6)
  /* 24: sllw 0x123456789abcdef1 by rs2 = 0x2468b7 (amount 23) */
  TEST_RR(24, sllw, 0x0000000078800000, 0x123456789abcdef1, 0x00000000002468b7)
  /* 25: sllw 0x123456789abcdef1 by rs2 = 0x78 (amount 24) */
  TEST_RR(25, sllw, 0xfffffffff1000000, 0x123456789abcdef1, 0x0000000000000078)
  /* 26: sllw 0x123456789abcdef1 by rs2 = 0x19 (amount 25) */
  TEST_RR(26, sllw, 0xffffffffe2000000, 0x123456789abcdef1, 0x0000000000000019)
  /* 27: sllw 0x123456789abcdef1 by rs2 = 0x3a (amount 26) */
  TEST_RR(27, sllw, 0xffffffffc4000000, 0x123456789abcdef1, 0x000000000000003a)
  /* 28: sllw 0x123456789abcdef1 by rs2 = -0x5 (amount 27) */
  TEST_RR(28, sllw, 0xffffffff88000000, 0x123456789abcdef1, 0xfffffffffffffffb)
  /* 29: sllw 0x123456789abcdef1 by rs2 = 0x2468bc (amount 28) */
  TEST_RR(29, sllw, 0x0000000010000000, 0x123456789abcdef1, 0x00000000002468bc)
  /* 30: sllw 0x123456789abcdef1 by rs2 = 0x7d (amount 29) */
  TEST_RR(30, sllw, 0x0000000020000000, 0x123456789abcdef1, 0x000000000000007d)
  /* 31: sllw 0x123456789abcdef1 by rs2 = 0x1e (amount 30) */
  TEST_RR(31, sllw, 0x0000000040000000, 0x123456789abcdef1, 0x000000000000001e)
  /* 32: sllw 0x123456789abcdef1 by rs2 = 0x3f (amount 31) */
  TEST_RR(32, sllw, 0xffffffff80000000, 0x123456789abcdef1, 0x000000000000003f)
  /* 33: sllw 0xfedcba9876543210, 0 */
  TEST_RR(33, sllw, 0x0000000076543210, 0xfedcba9876543210, 0)
  /* 34: sllw 0xfedcba9876543210, 1 */
  TEST_RR(34, sllw, 0xffffffffeca86420, 0xfedcba9876543210, 1)
  /* 35: sllw 0xfedcba9876543210, 31 */
  TEST_RR(35, sllw, 0x0000000000000000, 0xfedcba9876543210, 31)
  /* 36: sllw with rd == rs2 */
  TEST_CASE(36, a2, 0x000000005e6f7880, li a1, 0x123456789abcdef1; li a2, 7; sllw a2, a1, a2)
  /* 37: sllw with rd == x0 is discarded */
  TEST_CASE(37, x0, 0, li a1, 5; li a2, 1; sllw x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* ---- SRLW: every amount rs2[4:0], junk in rs2[63:5] (incl. bit 5) */
  /* 38: srlw 0x123456789abcdef1 by rs2 = 0x0 (amount 0) */
  TEST_RR(38, srlw, 0xffffffff9abcdef1, 0x123456789abcdef1, 0x0000000000000000)
  /* 39: srlw 0x123456789abcdef1 by rs2 = 0x21 (amount 1) */
  TEST_RR(39, srlw, 0x000000004d5e6f78, 0x123456789abcdef1, 0x0000000000000021)
  /* 40: srlw 0x123456789abcdef1 by rs2 = -0x1e (amount 2) */
  TEST_RR(40, srlw, 0x0000000026af37bc, 0x123456789abcdef1, 0xffffffffffffffe2)
  /* 41: srlw 0x123456789abcdef1 by rs2 = 0x2468a3 (amount 3) */
  TEST_RR(41, srlw, 0x0000000013579bde, 0x123456789abcdef1, 0x00000000002468a3)
  /* 42: srlw 0x123456789abcdef1 by rs2 = 0x64 (amount 4) */
  TEST_RR(42, srlw, 0x0000000009abcdef, 0x123456789abcdef1, 0x0000000000000064)
  /* 43: srlw 0x123456789abcdef1 by rs2 = 0x5 (amount 5) */
  TEST_RR(43, srlw, 0x0000000004d5e6f7, 0x123456789abcdef1, 0x0000000000000005)
  /* 44: srlw 0x123456789abcdef1 by rs2 = 0x26 (amount 6) */
  TEST_RR(44, srlw, 0x00000000026af37b, 0x123456789abcdef1, 0x0000000000000026)
  /* 45: srlw 0x123456789abcdef1 by rs2 = -0x19 (amount 7) */
  TEST_RR(45, srlw, 0x00000000013579bd, 0x123456789abcdef1, 0xffffffffffffffe7)
  /* 46: srlw 0x123456789abcdef1 by rs2 = 0x2468a8 (amount 8) */
  TEST_RR(46, srlw, 0x00000000009abcde, 0x123456789abcdef1, 0x00000000002468a8)
  /* 47: srlw 0x123456789abcdef1 by rs2 = 0x69 (amount 9) */
  TEST_RR(47, srlw, 0x00000000004d5e6f, 0x123456789abcdef1, 0x0000000000000069)
  /* 48: srlw 0x123456789abcdef1 by rs2 = 0xa (amount 10) */
  TEST_RR(48, srlw, 0x000000000026af37, 0x123456789abcdef1, 0x000000000000000a)
  /* 49: srlw 0x123456789abcdef1 by rs2 = 0x2b (amount 11) */
  TEST_RR(49, srlw, 0x000000000013579b, 0x123456789abcdef1, 0x000000000000002b)
  /* 50: srlw 0x123456789abcdef1 by rs2 = -0x14 (amount 12) */
  TEST_RR(50, srlw, 0x000000000009abcd, 0x123456789abcdef1, 0xffffffffffffffec)
  /* 51: srlw 0x123456789abcdef1 by rs2 = 0x2468ad (amount 13) */
  TEST_RR(51, srlw, 0x000000000004d5e6, 0x123456789abcdef1, 0x00000000002468ad)
  /* 52: srlw 0x123456789abcdef1 by rs2 = 0x6e (amount 14) */
  TEST_RR(52, srlw, 0x0000000000026af3, 0x123456789abcdef1, 0x000000000000006e)
  /* 53: srlw 0x123456789abcdef1 by rs2 = 0xf (amount 15) */
  TEST_RR(53, srlw, 0x0000000000013579, 0x123456789abcdef1, 0x000000000000000f)
  /* 54: srlw 0x123456789abcdef1 by rs2 = 0x30 (amount 16) */
  TEST_RR(54, srlw, 0x0000000000009abc, 0x123456789abcdef1, 0x0000000000000030)
  /* 55: srlw 0x123456789abcdef1 by rs2 = -0xf (amount 17) */
  TEST_RR(55, srlw, 0x0000000000004d5e, 0x123456789abcdef1, 0xfffffffffffffff1)
  /* 56: srlw 0x123456789abcdef1 by rs2 = 0x2468b2 (amount 18) */
  TEST_RR(56, srlw, 0x00000000000026af, 0x123456789abcdef1, 0x00000000002468b2)
  /* 57: srlw 0x123456789abcdef1 by rs2 = 0x73 (amount 19) */
  TEST_RR(57, srlw, 0x0000000000001357, 0x123456789abcdef1, 0x0000000000000073)
  /* 58: srlw 0x123456789abcdef1 by rs2 = 0x14 (amount 20) */
  TEST_RR(58, srlw, 0x00000000000009ab, 0x123456789abcdef1, 0x0000000000000014)
  /* 59: srlw 0x123456789abcdef1 by rs2 = 0x35 (amount 21) */
  TEST_RR(59, srlw, 0x00000000000004d5, 0x123456789abcdef1, 0x0000000000000035)
  /* 60: srlw 0x123456789abcdef1 by rs2 = -0xa (amount 22) */
  TEST_RR(60, srlw, 0x000000000000026a, 0x123456789abcdef1, 0xfffffffffffffff6)
  /* 61: srlw 0x123456789abcdef1 by rs2 = 0x2468b7 (amount 23) */
  TEST_RR(61, srlw, 0x0000000000000135, 0x123456789abcdef1, 0x00000000002468b7)
  /* 62: srlw 0x123456789abcdef1 by rs2 = 0x78 (amount 24) */
  TEST_RR(62, srlw, 0x000000000000009a, 0x123456789abcdef1, 0x0000000000000078)
  /* 63: srlw 0x123456789abcdef1 by rs2 = 0x19 (amount 25) */
  TEST_RR(63, srlw, 0x000000000000004d, 0x123456789abcdef1, 0x0000000000000019)
  /* 64: srlw 0x123456789abcdef1 by rs2 = 0x3a (amount 26) */
  TEST_RR(64, srlw, 0x0000000000000026, 0x123456789abcdef1, 0x000000000000003a)
  /* 65: srlw 0x123456789abcdef1 by rs2 = -0x5 (amount 27) */
  TEST_RR(65, srlw, 0x0000000000000013, 0x123456789abcdef1, 0xfffffffffffffffb)
  /* 66: srlw 0x123456789abcdef1 by rs2 = 0x2468bc (amount 28) */
  TEST_RR(66, srlw, 0x0000000000000009, 0x123456789abcdef1, 0x00000000002468bc)
  /* 67: srlw 0x123456789abcdef1 by rs2 = 0x7d (amount 29) */
  TEST_RR(67, srlw, 0x0000000000000004, 0x123456789abcdef1, 0x000000000000007d)
  /* 68: srlw 0x123456789abcdef1 by rs2 = 0x1e (amount 30) */
  TEST_RR(68, srlw, 0x0000000000000002, 0x123456789abcdef1, 0x000000000000001e)
  /* 69: srlw 0x123456789abcdef1 by rs2 = 0x3f (amount 31) */
  TEST_RR(69, srlw, 0x0000000000000001, 0x123456789abcdef1, 0x000000000000003f)
  /* 70: srlw 0xfedcba9876543210, 0 */
  TEST_RR(70, srlw, 0x0000000076543210, 0xfedcba9876543210, 0)
  /* 71: srlw 0xfedcba9876543210, 1 */
  TEST_RR(71, srlw, 0x000000003b2a1908, 0xfedcba9876543210, 1)
  /* 72: srlw 0xfedcba9876543210, 31 */
  TEST_RR(72, srlw, 0x0000000000000000, 0xfedcba9876543210, 31)
  /* 73: srlw with rd == rs2 */
  TEST_CASE(73, a2, 0x00000000013579bd, li a1, 0x123456789abcdef1; li a2, 7; srlw a2, a1, a2)
  /* 74: srlw with rd == x0 is discarded */
  TEST_CASE(74, x0, 0, li a1, 5; li a2, 1; srlw x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* ---- SRAW: every amount rs2[4:0], junk in rs2[63:5] (incl. bit 5) */
  /* 75: sraw 0x123456789abcdef1 by rs2 = 0x0 (amount 0) */
  TEST_RR(75, sraw, 0xffffffff9abcdef1, 0x123456789abcdef1, 0x0000000000000000)
  /* 76: sraw 0x123456789abcdef1 by rs2 = 0x21 (amount 1) */
  TEST_RR(76, sraw, 0xffffffffcd5e6f78, 0x123456789abcdef1, 0x0000000000000021)
  /* 77: sraw 0x123456789abcdef1 by rs2 = -0x1e (amount 2) */
  TEST_RR(77, sraw, 0xffffffffe6af37bc, 0x123456789abcdef1, 0xffffffffffffffe2)
  /* 78: sraw 0x123456789abcdef1 by rs2 = 0x2468a3 (amount 3) */
  TEST_RR(78, sraw, 0xfffffffff3579bde, 0x123456789abcdef1, 0x00000000002468a3)
  /* 79: sraw 0x123456789abcdef1 by rs2 = 0x64 (amount 4) */
  TEST_RR(79, sraw, 0xfffffffff9abcdef, 0x123456789abcdef1, 0x0000000000000064)
  /* 80: sraw 0x123456789abcdef1 by rs2 = 0x5 (amount 5) */
  TEST_RR(80, sraw, 0xfffffffffcd5e6f7, 0x123456789abcdef1, 0x0000000000000005)
  /* 81: sraw 0x123456789abcdef1 by rs2 = 0x26 (amount 6) */
  TEST_RR(81, sraw, 0xfffffffffe6af37b, 0x123456789abcdef1, 0x0000000000000026)
  /* 82: sraw 0x123456789abcdef1 by rs2 = -0x19 (amount 7) */
  TEST_RR(82, sraw, 0xffffffffff3579bd, 0x123456789abcdef1, 0xffffffffffffffe7)
  /* 83: sraw 0x123456789abcdef1 by rs2 = 0x2468a8 (amount 8) */
  TEST_RR(83, sraw, 0xffffffffff9abcde, 0x123456789abcdef1, 0x00000000002468a8)
  /* 84: sraw 0x123456789abcdef1 by rs2 = 0x69 (amount 9) */
  TEST_RR(84, sraw, 0xffffffffffcd5e6f, 0x123456789abcdef1, 0x0000000000000069)
  /* 85: sraw 0x123456789abcdef1 by rs2 = 0xa (amount 10) */
  TEST_RR(85, sraw, 0xffffffffffe6af37, 0x123456789abcdef1, 0x000000000000000a)
  /* 86: sraw 0x123456789abcdef1 by rs2 = 0x2b (amount 11) */
  TEST_RR(86, sraw, 0xfffffffffff3579b, 0x123456789abcdef1, 0x000000000000002b)
  /* 87: sraw 0x123456789abcdef1 by rs2 = -0x14 (amount 12) */
  TEST_RR(87, sraw, 0xfffffffffff9abcd, 0x123456789abcdef1, 0xffffffffffffffec)
  /* 88: sraw 0x123456789abcdef1 by rs2 = 0x2468ad (amount 13) */
  TEST_RR(88, sraw, 0xfffffffffffcd5e6, 0x123456789abcdef1, 0x00000000002468ad)
  /* 89: sraw 0x123456789abcdef1 by rs2 = 0x6e (amount 14) */
  TEST_RR(89, sraw, 0xfffffffffffe6af3, 0x123456789abcdef1, 0x000000000000006e)
  /* 90: sraw 0x123456789abcdef1 by rs2 = 0xf (amount 15) */
  TEST_RR(90, sraw, 0xffffffffffff3579, 0x123456789abcdef1, 0x000000000000000f)
  /* 91: sraw 0x123456789abcdef1 by rs2 = 0x30 (amount 16) */
  TEST_RR(91, sraw, 0xffffffffffff9abc, 0x123456789abcdef1, 0x0000000000000030)
  /* 92: sraw 0x123456789abcdef1 by rs2 = -0xf (amount 17) */
  TEST_RR(92, sraw, 0xffffffffffffcd5e, 0x123456789abcdef1, 0xfffffffffffffff1)
  /* 93: sraw 0x123456789abcdef1 by rs2 = 0x2468b2 (amount 18) */
  TEST_RR(93, sraw, 0xffffffffffffe6af, 0x123456789abcdef1, 0x00000000002468b2)
  /* 94: sraw 0x123456789abcdef1 by rs2 = 0x73 (amount 19) */
  TEST_RR(94, sraw, 0xfffffffffffff357, 0x123456789abcdef1, 0x0000000000000073)
  /* 95: sraw 0x123456789abcdef1 by rs2 = 0x14 (amount 20) */
  TEST_RR(95, sraw, 0xfffffffffffff9ab, 0x123456789abcdef1, 0x0000000000000014)
  /* 96: sraw 0x123456789abcdef1 by rs2 = 0x35 (amount 21) */
  TEST_RR(96, sraw, 0xfffffffffffffcd5, 0x123456789abcdef1, 0x0000000000000035)
  /* 97: sraw 0x123456789abcdef1 by rs2 = -0xa (amount 22) */
  TEST_RR(97, sraw, 0xfffffffffffffe6a, 0x123456789abcdef1, 0xfffffffffffffff6)
  /* 98: sraw 0x123456789abcdef1 by rs2 = 0x2468b7 (amount 23) */
  TEST_RR(98, sraw, 0xffffffffffffff35, 0x123456789abcdef1, 0x00000000002468b7)
  /* 99: sraw 0x123456789abcdef1 by rs2 = 0x78 (amount 24) */
  TEST_RR(99, sraw, 0xffffffffffffff9a, 0x123456789abcdef1, 0x0000000000000078)
  /* 100: sraw 0x123456789abcdef1 by rs2 = 0x19 (amount 25) */
  TEST_RR(100, sraw, 0xffffffffffffffcd, 0x123456789abcdef1, 0x0000000000000019)
  /* 101: sraw 0x123456789abcdef1 by rs2 = 0x3a (amount 26) */
  TEST_RR(101, sraw, 0xffffffffffffffe6, 0x123456789abcdef1, 0x000000000000003a)
  /* 102: sraw 0x123456789abcdef1 by rs2 = -0x5 (amount 27) */
  TEST_RR(102, sraw, 0xfffffffffffffff3, 0x123456789abcdef1, 0xfffffffffffffffb)
  /* 103: sraw 0x123456789abcdef1 by rs2 = 0x2468bc (amount 28) */
  TEST_RR(103, sraw, 0xfffffffffffffff9, 0x123456789abcdef1, 0x00000000002468bc)
  /* 104: sraw 0x123456789abcdef1 by rs2 = 0x7d (amount 29) */
  TEST_RR(104, sraw, 0xfffffffffffffffc, 0x123456789abcdef1, 0x000000000000007d)
  /* 105: sraw 0x123456789abcdef1 by rs2 = 0x1e (amount 30) */
  TEST_RR(105, sraw, 0xfffffffffffffffe, 0x123456789abcdef1, 0x000000000000001e)
  /* 106: sraw 0x123456789abcdef1 by rs2 = 0x3f (amount 31) */
  TEST_RR(106, sraw, 0xffffffffffffffff, 0x123456789abcdef1, 0x000000000000003f)
  /* 107: sraw 0xfedcba9876543210, 0 */
  TEST_RR(107, sraw, 0x0000000076543210, 0xfedcba9876543210, 0)
  /* 108: sraw 0xfedcba9876543210, 1 */
  TEST_RR(108, sraw, 0x000000003b2a1908, 0xfedcba9876543210, 1)
  /* 109: sraw 0xfedcba9876543210, 31 */
  TEST_RR(109, sraw, 0x0000000000000000, 0xfedcba9876543210, 31)
  /* 110: sraw with rd == rs2 */
  TEST_CASE(110, a2, 0xffffffffff3579bd, li a1, 0x123456789abcdef1; li a2, 7; sraw a2, a1, a2)
  /* 111: sraw with rd == x0 is discarded */
  TEST_CASE(111, x0, 0, li a1, 5; li a2, 1; sraw x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* ---- ADDW */
  /* 112: addw 0x0, 0x0 -> 0x0 */
  TEST_RR(112, addw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 113: addw 0x1, 0x2 -> 0x3 */
  TEST_RR(113, addw, 0x0000000000000003, 0x0000000000000001, 0x0000000000000002)
  /* 114: addw 0x7fffffff, 0x1 -> 0xffffffff80000000 (overflow sign-extends) */
  TEST_RR(114, addw, 0xffffffff80000000, 0x000000007fffffff, 0x0000000000000001)
  /* 115: addw 0xffffffff, 0x1 -> 0x0 (carry dropped) */
  TEST_RR(115, addw, 0x0000000000000000, 0x00000000ffffffff, 0x0000000000000001)
  /* 116: addw 0x80000000, 0x80000000 -> 0x0 (-2^31 + -2^31 = 0) */
  TEST_RR(116, addw, 0x0000000000000000, 0x0000000080000000, 0x0000000080000000)
  /* 117: addw 0xdeadbeef00000001, 0x1234500000002 -> 0x3 (upper halves ignored) */
  TEST_RR(117, addw, 0x0000000000000003, 0xdeadbeef00000001, 0x0001234500000002)
  /* 118: addw -0x1, -0x1 -> -0x2 */
  TEST_RR(118, addw, 0xfffffffffffffffe, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 119: addw 0x7fffffff, 0x7fffffff -> -0x2 */
  TEST_RR(119, addw, 0xfffffffffffffffe, 0x000000007fffffff, 0x000000007fffffff)
  /* 120: addw with rd == rs1 == rs2 */
  TEST_CASE(120, a1, 0x0000000000000002, li a1, 0x0000000080000001; addw a1, a1, a1)
  /* 121: addw with rd == x0 is discarded */
  TEST_CASE(121, x0, 0, li a1, 5; li a2, 1; addw x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* 122: addw with rs1 == x0 */
  TEST_CASE(122, a4, 0xffffffffffffffff, li a2, 0x1ffffffff; addw a4, x0, a2)
  /* ---- SUBW */
  /* 123: subw 0x0, 0x0 -> 0x0 */
  TEST_RR(123, subw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 124: subw 0x3, 0x1 -> 0x2 */
  TEST_RR(124, subw, 0x0000000000000002, 0x0000000000000003, 0x0000000000000001)
  /* 125: subw 0x0, 0x1 -> -0x1 */
  TEST_RR(125, subw, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000001)
  /* 126: subw 0x80000000, 0x1 -> 0x7fffffff (wraps to 0x7fffffff) */
  TEST_RR(126, subw, 0x000000007fffffff, 0x0000000080000000, 0x0000000000000001)
  /* 127: subw 0x7fffffff, -0x1 -> 0xffffffff80000000 (wraps to -2^31) */
  TEST_RR(127, subw, 0xffffffff80000000, 0x000000007fffffff, 0xffffffffffffffff)
  /* 128: subw 0xdeadbeef0000000a, 0x5555555500000003 -> 0x7 (upper halves ignored) */
  TEST_RR(128, subw, 0x0000000000000007, 0xdeadbeef0000000a, 0x5555555500000003)
  /* 129: subw 0x100000000, 0x1 -> -0x1 (bit 32 ignored: 0 - 1 = -1) */
  TEST_RR(129, subw, 0xffffffffffffffff, 0x0000000100000000, 0x0000000000000001)
  /* 130: subw with rd == rs1 == rs2 */
  TEST_CASE(130, a1, 0x0000000000000000, li a1, 0x0000000080000001; subw a1, a1, a1)
  /* 131: subw with rd == x0 is discarded */
  TEST_CASE(131, x0, 0, li a1, 5; li a2, 1; subw x0, a1, a2; mv a4, x0; bnez a4, fail)
  /* 132: subw with rs1 == x0 */
  TEST_CASE(132, a4, 0x0000000000000001, li a2, 0x1ffffffff; subw a4, x0, a2)

TEST_END

#include "test.h"

/* RV64I immediate shifts by every amount 0..63: slli, srli, srai
 * (6-bit shamt). The register forms are in rv64i_shift_reg.S.
 * Each check: the result register holds the architecturally required
 * value (t6 holds the expected value, gp the check number). */

#define TEST_SHI(n, inst, result, v, sh) \
  TEST_CASE(n, a4, result, li a1, v; inst a4, a1, sh)
#define TEST_SHR(n, inst, result, v, amt) \
  TEST_CASE(n, a4, result, li a1, v; li a2, amt; inst a4, a1, a2)

TEST_BEGIN
  .option norvc

  /* ---- SLLI: every shamt */
  /* 1: slli 0x8123456789abcdef, 0 */
  TEST_SHI(1, slli, 0x8123456789abcdef, 0x8123456789abcdef, 0)
  /* 2: slli 0x8123456789abcdef, 1 */
  TEST_SHI(2, slli, 0x02468acf13579bde, 0x8123456789abcdef, 1)
  /* 3: slli 0x8123456789abcdef, 2 */
  TEST_SHI(3, slli, 0x048d159e26af37bc, 0x8123456789abcdef, 2)
  /* 4: slli 0x8123456789abcdef, 3 */
  TEST_SHI(4, slli, 0x091a2b3c4d5e6f78, 0x8123456789abcdef, 3)
  /* 5: slli 0x8123456789abcdef, 4 */
  TEST_SHI(5, slli, 0x123456789abcdef0, 0x8123456789abcdef, 4)
  /* 6: slli 0x8123456789abcdef, 5 */
  TEST_SHI(6, slli, 0x2468acf13579bde0, 0x8123456789abcdef, 5)
  /* 7: slli 0x8123456789abcdef, 6 */
  TEST_SHI(7, slli, 0x48d159e26af37bc0, 0x8123456789abcdef, 6)
  /* 8: slli 0x8123456789abcdef, 7 */
  TEST_SHI(8, slli, 0x91a2b3c4d5e6f780, 0x8123456789abcdef, 7)
  /* 9: slli 0x8123456789abcdef, 8 */
  TEST_SHI(9, slli, 0x23456789abcdef00, 0x8123456789abcdef, 8)
  /* 10: slli 0x8123456789abcdef, 9 */
  TEST_SHI(10, slli, 0x468acf13579bde00, 0x8123456789abcdef, 9)
  /* 11: slli 0x8123456789abcdef, 10 */
  TEST_SHI(11, slli, 0x8d159e26af37bc00, 0x8123456789abcdef, 10)
  /* 12: slli 0x8123456789abcdef, 11 */
  TEST_SHI(12, slli, 0x1a2b3c4d5e6f7800, 0x8123456789abcdef, 11)
  /* 13: slli 0x8123456789abcdef, 12 */
  TEST_SHI(13, slli, 0x3456789abcdef000, 0x8123456789abcdef, 12)
  /* 14: slli 0x8123456789abcdef, 13 */
  TEST_SHI(14, slli, 0x68acf13579bde000, 0x8123456789abcdef, 13)
  /* 15: slli 0x8123456789abcdef, 14 */
  TEST_SHI(15, slli, 0xd159e26af37bc000, 0x8123456789abcdef, 14)
  /* 16: slli 0x8123456789abcdef, 15 */
  TEST_SHI(16, slli, 0xa2b3c4d5e6f78000, 0x8123456789abcdef, 15)
  /* 17: slli 0x8123456789abcdef, 16 */
  TEST_SHI(17, slli, 0x456789abcdef0000, 0x8123456789abcdef, 16)
  /* 18: slli 0x8123456789abcdef, 17 */
  TEST_SHI(18, slli, 0x8acf13579bde0000, 0x8123456789abcdef, 17)
  /* 19: slli 0x8123456789abcdef, 18 */
  TEST_SHI(19, slli, 0x159e26af37bc0000, 0x8123456789abcdef, 18)
  /* 20: slli 0x8123456789abcdef, 19 */
  TEST_SHI(20, slli, 0x2b3c4d5e6f780000, 0x8123456789abcdef, 19)
  /* 21: slli 0x8123456789abcdef, 20 */
  TEST_SHI(21, slli, 0x56789abcdef00000, 0x8123456789abcdef, 20)
  /* 22: slli 0x8123456789abcdef, 21 */
  TEST_SHI(22, slli, 0xacf13579bde00000, 0x8123456789abcdef, 21)
  /* 23: slli 0x8123456789abcdef, 22 */
  TEST_SHI(23, slli, 0x59e26af37bc00000, 0x8123456789abcdef, 22)
  /* 24: slli 0x8123456789abcdef, 23 */
  TEST_SHI(24, slli, 0xb3c4d5e6f7800000, 0x8123456789abcdef, 23)
  /* 25: slli 0x8123456789abcdef, 24 */
  TEST_SHI(25, slli, 0x6789abcdef000000, 0x8123456789abcdef, 24)
  /* 26: slli 0x8123456789abcdef, 25 */
  TEST_SHI(26, slli, 0xcf13579bde000000, 0x8123456789abcdef, 25)
  /* 27: slli 0x8123456789abcdef, 26 */
  TEST_SHI(27, slli, 0x9e26af37bc000000, 0x8123456789abcdef, 26)
  /* 28: slli 0x8123456789abcdef, 27 */
  TEST_SHI(28, slli, 0x3c4d5e6f78000000, 0x8123456789abcdef, 27)
  /* 29: slli 0x8123456789abcdef, 28 */
  TEST_SHI(29, slli, 0x789abcdef0000000, 0x8123456789abcdef, 28)
  /* 30: slli 0x8123456789abcdef, 29 */
  TEST_SHI(30, slli, 0xf13579bde0000000, 0x8123456789abcdef, 29)
  /* 31: slli 0x8123456789abcdef, 30 */
  TEST_SHI(31, slli, 0xe26af37bc0000000, 0x8123456789abcdef, 30)
  /* 32: slli 0x8123456789abcdef, 31 */
  TEST_SHI(32, slli, 0xc4d5e6f780000000, 0x8123456789abcdef, 31)
  /* 33: slli 0x8123456789abcdef, 32 */
  TEST_SHI(33, slli, 0x89abcdef00000000, 0x8123456789abcdef, 32)
  /* 34: slli 0x8123456789abcdef, 33 */
  TEST_SHI(34, slli, 0x13579bde00000000, 0x8123456789abcdef, 33)
  /* 35: slli 0x8123456789abcdef, 34 */
  TEST_SHI(35, slli, 0x26af37bc00000000, 0x8123456789abcdef, 34)
  /* 36: slli 0x8123456789abcdef, 35 */
  TEST_SHI(36, slli, 0x4d5e6f7800000000, 0x8123456789abcdef, 35)
  /* 37: slli 0x8123456789abcdef, 36 */
  TEST_SHI(37, slli, 0x9abcdef000000000, 0x8123456789abcdef, 36)
  /* 38: slli 0x8123456789abcdef, 37 */
  TEST_SHI(38, slli, 0x3579bde000000000, 0x8123456789abcdef, 37)
  /* 39: slli 0x8123456789abcdef, 38 */
  TEST_SHI(39, slli, 0x6af37bc000000000, 0x8123456789abcdef, 38)
  /* 40: slli 0x8123456789abcdef, 39 */
  TEST_SHI(40, slli, 0xd5e6f78000000000, 0x8123456789abcdef, 39)
  /* 41: slli 0x8123456789abcdef, 40 */
  TEST_SHI(41, slli, 0xabcdef0000000000, 0x8123456789abcdef, 40)
  /* 42: slli 0x8123456789abcdef, 41 */
  TEST_SHI(42, slli, 0x579bde0000000000, 0x8123456789abcdef, 41)
  /* 43: slli 0x8123456789abcdef, 42 */
  TEST_SHI(43, slli, 0xaf37bc0000000000, 0x8123456789abcdef, 42)
  /* 44: slli 0x8123456789abcdef, 43 */
  TEST_SHI(44, slli, 0x5e6f780000000000, 0x8123456789abcdef, 43)
  /* 45: slli 0x8123456789abcdef, 44 */
  TEST_SHI(45, slli, 0xbcdef00000000000, 0x8123456789abcdef, 44)
  /* 46: slli 0x8123456789abcdef, 45 */
  TEST_SHI(46, slli, 0x79bde00000000000, 0x8123456789abcdef, 45)
  /* 47: slli 0x8123456789abcdef, 46 */
  TEST_SHI(47, slli, 0xf37bc00000000000, 0x8123456789abcdef, 46)
  /* 48: slli 0x8123456789abcdef, 47 */
  TEST_SHI(48, slli, 0xe6f7800000000000, 0x8123456789abcdef, 47)
  /* 49: slli 0x8123456789abcdef, 48 */
  TEST_SHI(49, slli, 0xcdef000000000000, 0x8123456789abcdef, 48)
  /* 50: slli 0x8123456789abcdef, 49 */
  TEST_SHI(50, slli, 0x9bde000000000000, 0x8123456789abcdef, 49)
  /* 51: slli 0x8123456789abcdef, 50 */
  TEST_SHI(51, slli, 0x37bc000000000000, 0x8123456789abcdef, 50)
  /* 52: slli 0x8123456789abcdef, 51 */
  TEST_SHI(52, slli, 0x6f78000000000000, 0x8123456789abcdef, 51)
  /* 53: slli 0x8123456789abcdef, 52 */
  TEST_SHI(53, slli, 0xdef0000000000000, 0x8123456789abcdef, 52)
  /* 54: slli 0x8123456789abcdef, 53 */
  TEST_SHI(54, slli, 0xbde0000000000000, 0x8123456789abcdef, 53)
  /* 55: slli 0x8123456789abcdef, 54 */
  TEST_SHI(55, slli, 0x7bc0000000000000, 0x8123456789abcdef, 54)
  /* 56: slli 0x8123456789abcdef, 55 */
  TEST_SHI(56, slli, 0xf780000000000000, 0x8123456789abcdef, 55)
  /* 57: slli 0x8123456789abcdef, 56 */
  TEST_SHI(57, slli, 0xef00000000000000, 0x8123456789abcdef, 56)
  /* 58: slli 0x8123456789abcdef, 57 */
  TEST_SHI(58, slli, 0xde00000000000000, 0x8123456789abcdef, 57)
  /* 59: slli 0x8123456789abcdef, 58 */
  TEST_SHI(59, slli, 0xbc00000000000000, 0x8123456789abcdef, 58)
  /* 60: slli 0x8123456789abcdef, 59 */
  TEST_SHI(60, slli, 0x7800000000000000, 0x8123456789abcdef, 59)
  /* 61: slli 0x8123456789abcdef, 60 */
  TEST_SHI(61, slli, 0xf000000000000000, 0x8123456789abcdef, 60)
  /* 62: slli 0x8123456789abcdef, 61 */
  TEST_SHI(62, slli, 0xe000000000000000, 0x8123456789abcdef, 61)
  /* 63: slli 0x8123456789abcdef, 62 */
  TEST_SHI(63, slli, 0xc000000000000000, 0x8123456789abcdef, 62)
  /* 64: slli 0x8123456789abcdef, 63 */
  TEST_SHI(64, slli, 0x8000000000000000, 0x8123456789abcdef, 63)
  /* 65: slli 0x7edcba9876543210, 1 */
  TEST_SHI(65, slli, 0xfdb97530eca86420, 0x7edcba9876543210, 1)
  /* 66: slli 0x7edcba9876543210, 31 */
  TEST_SHI(66, slli, 0x3b2a190800000000, 0x7edcba9876543210, 31)
  /* 67: slli 0x7edcba9876543210, 32 */
  TEST_SHI(67, slli, 0x7654321000000000, 0x7edcba9876543210, 32)
  /* 68: slli 0x7edcba9876543210, 63 */
  TEST_SHI(68, slli, 0x0000000000000000, 0x7edcba9876543210, 63)
  /* 69: slli with rd == rs1 */
  TEST_CASE(69, a1, 0x68acf13579bde000, li a1, 0x8123456789abcdef; slli a1, a1, 13)
  /* 70: slli with rd == x0 is discarded */
  TEST_CASE(70, x0, 0, li a1, 0x8123456789abcdef; slli x0, a1, 3; mv a4, x0; bnez a4, fail)
  /* ---- SRLI: every shamt */
  /* 71: srli 0x8123456789abcdef, 0 */
  TEST_SHI(71, srli, 0x8123456789abcdef, 0x8123456789abcdef, 0)
  /* 72: srli 0x8123456789abcdef, 1 */
  TEST_SHI(72, srli, 0x4091a2b3c4d5e6f7, 0x8123456789abcdef, 1)
  /* 73: srli 0x8123456789abcdef, 2 */
  TEST_SHI(73, srli, 0x2048d159e26af37b, 0x8123456789abcdef, 2)
  /* 74: srli 0x8123456789abcdef, 3 */
  TEST_SHI(74, srli, 0x102468acf13579bd, 0x8123456789abcdef, 3)
  /* 75: srli 0x8123456789abcdef, 4 */
  TEST_SHI(75, srli, 0x08123456789abcde, 0x8123456789abcdef, 4)
  /* 76: srli 0x8123456789abcdef, 5 */
  TEST_SHI(76, srli, 0x04091a2b3c4d5e6f, 0x8123456789abcdef, 5)
  /* 77: srli 0x8123456789abcdef, 6 */
  TEST_SHI(77, srli, 0x02048d159e26af37, 0x8123456789abcdef, 6)
  /* 78: srli 0x8123456789abcdef, 7 */
  TEST_SHI(78, srli, 0x0102468acf13579b, 0x8123456789abcdef, 7)
  /* 79: srli 0x8123456789abcdef, 8 */
  TEST_SHI(79, srli, 0x008123456789abcd, 0x8123456789abcdef, 8)
  /* 80: srli 0x8123456789abcdef, 9 */
  TEST_SHI(80, srli, 0x004091a2b3c4d5e6, 0x8123456789abcdef, 9)
  /* 81: srli 0x8123456789abcdef, 10 */
  TEST_SHI(81, srli, 0x002048d159e26af3, 0x8123456789abcdef, 10)
  /* 82: srli 0x8123456789abcdef, 11 */
  TEST_SHI(82, srli, 0x00102468acf13579, 0x8123456789abcdef, 11)
  /* 83: srli 0x8123456789abcdef, 12 */
  TEST_SHI(83, srli, 0x0008123456789abc, 0x8123456789abcdef, 12)
  /* 84: srli 0x8123456789abcdef, 13 */
  TEST_SHI(84, srli, 0x0004091a2b3c4d5e, 0x8123456789abcdef, 13)
  /* 85: srli 0x8123456789abcdef, 14 */
  TEST_SHI(85, srli, 0x0002048d159e26af, 0x8123456789abcdef, 14)
  /* 86: srli 0x8123456789abcdef, 15 */
  TEST_SHI(86, srli, 0x000102468acf1357, 0x8123456789abcdef, 15)
  /* 87: srli 0x8123456789abcdef, 16 */
  TEST_SHI(87, srli, 0x00008123456789ab, 0x8123456789abcdef, 16)
  /* 88: srli 0x8123456789abcdef, 17 */
  TEST_SHI(88, srli, 0x00004091a2b3c4d5, 0x8123456789abcdef, 17)
  /* 89: srli 0x8123456789abcdef, 18 */
  TEST_SHI(89, srli, 0x00002048d159e26a, 0x8123456789abcdef, 18)
  /* 90: srli 0x8123456789abcdef, 19 */
  TEST_SHI(90, srli, 0x0000102468acf135, 0x8123456789abcdef, 19)
  /* 91: srli 0x8123456789abcdef, 20 */
  TEST_SHI(91, srli, 0x000008123456789a, 0x8123456789abcdef, 20)
  /* 92: srli 0x8123456789abcdef, 21 */
  TEST_SHI(92, srli, 0x000004091a2b3c4d, 0x8123456789abcdef, 21)
  /* 93: srli 0x8123456789abcdef, 22 */
  TEST_SHI(93, srli, 0x000002048d159e26, 0x8123456789abcdef, 22)
  /* 94: srli 0x8123456789abcdef, 23 */
  TEST_SHI(94, srli, 0x00000102468acf13, 0x8123456789abcdef, 23)
  /* 95: srli 0x8123456789abcdef, 24 */
  TEST_SHI(95, srli, 0x0000008123456789, 0x8123456789abcdef, 24)
  /* 96: srli 0x8123456789abcdef, 25 */
  TEST_SHI(96, srli, 0x0000004091a2b3c4, 0x8123456789abcdef, 25)
  /* 97: srli 0x8123456789abcdef, 26 */
  TEST_SHI(97, srli, 0x0000002048d159e2, 0x8123456789abcdef, 26)
  /* 98: srli 0x8123456789abcdef, 27 */
  TEST_SHI(98, srli, 0x000000102468acf1, 0x8123456789abcdef, 27)
  /* 99: srli 0x8123456789abcdef, 28 */
  TEST_SHI(99, srli, 0x0000000812345678, 0x8123456789abcdef, 28)
  /* 100: srli 0x8123456789abcdef, 29 */
  TEST_SHI(100, srli, 0x00000004091a2b3c, 0x8123456789abcdef, 29)
  /* 101: srli 0x8123456789abcdef, 30 */
  TEST_SHI(101, srli, 0x00000002048d159e, 0x8123456789abcdef, 30)
  /* 102: srli 0x8123456789abcdef, 31 */
  TEST_SHI(102, srli, 0x0000000102468acf, 0x8123456789abcdef, 31)
  /* 103: srli 0x8123456789abcdef, 32 */
  TEST_SHI(103, srli, 0x0000000081234567, 0x8123456789abcdef, 32)
  /* 104: srli 0x8123456789abcdef, 33 */
  TEST_SHI(104, srli, 0x000000004091a2b3, 0x8123456789abcdef, 33)
  /* 105: srli 0x8123456789abcdef, 34 */
  TEST_SHI(105, srli, 0x000000002048d159, 0x8123456789abcdef, 34)
  /* 106: srli 0x8123456789abcdef, 35 */
  TEST_SHI(106, srli, 0x00000000102468ac, 0x8123456789abcdef, 35)
  /* 107: srli 0x8123456789abcdef, 36 */
  TEST_SHI(107, srli, 0x0000000008123456, 0x8123456789abcdef, 36)
  /* 108: srli 0x8123456789abcdef, 37 */
  TEST_SHI(108, srli, 0x0000000004091a2b, 0x8123456789abcdef, 37)
  /* 109: srli 0x8123456789abcdef, 38 */
  TEST_SHI(109, srli, 0x0000000002048d15, 0x8123456789abcdef, 38)
  /* 110: srli 0x8123456789abcdef, 39 */
  TEST_SHI(110, srli, 0x000000000102468a, 0x8123456789abcdef, 39)
  /* 111: srli 0x8123456789abcdef, 40 */
  TEST_SHI(111, srli, 0x0000000000812345, 0x8123456789abcdef, 40)
  /* 112: srli 0x8123456789abcdef, 41 */
  TEST_SHI(112, srli, 0x00000000004091a2, 0x8123456789abcdef, 41)
  /* 113: srli 0x8123456789abcdef, 42 */
  TEST_SHI(113, srli, 0x00000000002048d1, 0x8123456789abcdef, 42)
  /* 114: srli 0x8123456789abcdef, 43 */
  TEST_SHI(114, srli, 0x0000000000102468, 0x8123456789abcdef, 43)
  /* 115: srli 0x8123456789abcdef, 44 */
  TEST_SHI(115, srli, 0x0000000000081234, 0x8123456789abcdef, 44)
  /* 116: srli 0x8123456789abcdef, 45 */
  TEST_SHI(116, srli, 0x000000000004091a, 0x8123456789abcdef, 45)
  /* 117: srli 0x8123456789abcdef, 46 */
  TEST_SHI(117, srli, 0x000000000002048d, 0x8123456789abcdef, 46)
  /* 118: srli 0x8123456789abcdef, 47 */
  TEST_SHI(118, srli, 0x0000000000010246, 0x8123456789abcdef, 47)
  /* 119: srli 0x8123456789abcdef, 48 */
  TEST_SHI(119, srli, 0x0000000000008123, 0x8123456789abcdef, 48)
  /* 120: srli 0x8123456789abcdef, 49 */
  TEST_SHI(120, srli, 0x0000000000004091, 0x8123456789abcdef, 49)
  /* 121: srli 0x8123456789abcdef, 50 */
  TEST_SHI(121, srli, 0x0000000000002048, 0x8123456789abcdef, 50)
  /* 122: srli 0x8123456789abcdef, 51 */
  TEST_SHI(122, srli, 0x0000000000001024, 0x8123456789abcdef, 51)
  /* 123: srli 0x8123456789abcdef, 52 */
  TEST_SHI(123, srli, 0x0000000000000812, 0x8123456789abcdef, 52)
  /* 124: srli 0x8123456789abcdef, 53 */
  TEST_SHI(124, srli, 0x0000000000000409, 0x8123456789abcdef, 53)
  /* 125: srli 0x8123456789abcdef, 54 */
  TEST_SHI(125, srli, 0x0000000000000204, 0x8123456789abcdef, 54)
  /* 126: srli 0x8123456789abcdef, 55 */
  TEST_SHI(126, srli, 0x0000000000000102, 0x8123456789abcdef, 55)
  /* 127: srli 0x8123456789abcdef, 56 */
  TEST_SHI(127, srli, 0x0000000000000081, 0x8123456789abcdef, 56)
  /* 128: srli 0x8123456789abcdef, 57 */
  TEST_SHI(128, srli, 0x0000000000000040, 0x8123456789abcdef, 57)
  /* 129: srli 0x8123456789abcdef, 58 */
  TEST_SHI(129, srli, 0x0000000000000020, 0x8123456789abcdef, 58)
  /* 130: srli 0x8123456789abcdef, 59 */
  TEST_SHI(130, srli, 0x0000000000000010, 0x8123456789abcdef, 59)
  /* 131: srli 0x8123456789abcdef, 60 */
  TEST_SHI(131, srli, 0x0000000000000008, 0x8123456789abcdef, 60)
  /* 132: srli 0x8123456789abcdef, 61 */
  TEST_SHI(132, srli, 0x0000000000000004, 0x8123456789abcdef, 61)
  /* 133: srli 0x8123456789abcdef, 62 */
  TEST_SHI(133, srli, 0x0000000000000002, 0x8123456789abcdef, 62)
  /* 134: srli 0x8123456789abcdef, 63 */
  TEST_SHI(134, srli, 0x0000000000000001, 0x8123456789abcdef, 63)
  /* 135: srli 0x7edcba9876543210, 1 */
  TEST_SHI(135, srli, 0x3f6e5d4c3b2a1908, 0x7edcba9876543210, 1)
  /* 136: srli 0x7edcba9876543210, 31 */
  TEST_SHI(136, srli, 0x00000000fdb97530, 0x7edcba9876543210, 31)
  /* 137: srli 0x7edcba9876543210, 32 */
  TEST_SHI(137, srli, 0x000000007edcba98, 0x7edcba9876543210, 32)
  /* 138: srli 0x7edcba9876543210, 63 */
  TEST_SHI(138, srli, 0x0000000000000000, 0x7edcba9876543210, 63)
  /* 139: srli with rd == rs1 */
  TEST_CASE(139, a1, 0x0004091a2b3c4d5e, li a1, 0x8123456789abcdef; srli a1, a1, 13)
  /* 140: srli with rd == x0 is discarded */
  TEST_CASE(140, x0, 0, li a1, 0x8123456789abcdef; srli x0, a1, 3; mv a4, x0; bnez a4, fail)
  /* ---- SRAI: every shamt */
  /* 141: srai 0x8123456789abcdef, 0 */
  TEST_SHI(141, srai, 0x8123456789abcdef, 0x8123456789abcdef, 0)
  /* 142: srai 0x8123456789abcdef, 1 */
  TEST_SHI(142, srai, 0xc091a2b3c4d5e6f7, 0x8123456789abcdef, 1)
  /* 143: srai 0x8123456789abcdef, 2 */
  TEST_SHI(143, srai, 0xe048d159e26af37b, 0x8123456789abcdef, 2)
  /* 144: srai 0x8123456789abcdef, 3 */
  TEST_SHI(144, srai, 0xf02468acf13579bd, 0x8123456789abcdef, 3)
  /* 145: srai 0x8123456789abcdef, 4 */
  TEST_SHI(145, srai, 0xf8123456789abcde, 0x8123456789abcdef, 4)
  /* 146: srai 0x8123456789abcdef, 5 */
  TEST_SHI(146, srai, 0xfc091a2b3c4d5e6f, 0x8123456789abcdef, 5)
  /* 147: srai 0x8123456789abcdef, 6 */
  TEST_SHI(147, srai, 0xfe048d159e26af37, 0x8123456789abcdef, 6)
  /* 148: srai 0x8123456789abcdef, 7 */
  TEST_SHI(148, srai, 0xff02468acf13579b, 0x8123456789abcdef, 7)
  /* 149: srai 0x8123456789abcdef, 8 */
  TEST_SHI(149, srai, 0xff8123456789abcd, 0x8123456789abcdef, 8)
  /* 150: srai 0x8123456789abcdef, 9 */
  TEST_SHI(150, srai, 0xffc091a2b3c4d5e6, 0x8123456789abcdef, 9)
  /* 151: srai 0x8123456789abcdef, 10 */
  TEST_SHI(151, srai, 0xffe048d159e26af3, 0x8123456789abcdef, 10)
  /* 152: srai 0x8123456789abcdef, 11 */
  TEST_SHI(152, srai, 0xfff02468acf13579, 0x8123456789abcdef, 11)
  /* 153: srai 0x8123456789abcdef, 12 */
  TEST_SHI(153, srai, 0xfff8123456789abc, 0x8123456789abcdef, 12)
  /* 154: srai 0x8123456789abcdef, 13 */
  TEST_SHI(154, srai, 0xfffc091a2b3c4d5e, 0x8123456789abcdef, 13)
  /* 155: srai 0x8123456789abcdef, 14 */
  TEST_SHI(155, srai, 0xfffe048d159e26af, 0x8123456789abcdef, 14)
  /* 156: srai 0x8123456789abcdef, 15 */
  TEST_SHI(156, srai, 0xffff02468acf1357, 0x8123456789abcdef, 15)
  /* 157: srai 0x8123456789abcdef, 16 */
  TEST_SHI(157, srai, 0xffff8123456789ab, 0x8123456789abcdef, 16)
  /* 158: srai 0x8123456789abcdef, 17 */
  TEST_SHI(158, srai, 0xffffc091a2b3c4d5, 0x8123456789abcdef, 17)
  /* 159: srai 0x8123456789abcdef, 18 */
  TEST_SHI(159, srai, 0xffffe048d159e26a, 0x8123456789abcdef, 18)
  /* 160: srai 0x8123456789abcdef, 19 */
  TEST_SHI(160, srai, 0xfffff02468acf135, 0x8123456789abcdef, 19)
  /* 161: srai 0x8123456789abcdef, 20 */
  TEST_SHI(161, srai, 0xfffff8123456789a, 0x8123456789abcdef, 20)
  /* 162: srai 0x8123456789abcdef, 21 */
  TEST_SHI(162, srai, 0xfffffc091a2b3c4d, 0x8123456789abcdef, 21)
  /* 163: srai 0x8123456789abcdef, 22 */
  TEST_SHI(163, srai, 0xfffffe048d159e26, 0x8123456789abcdef, 22)
  /* 164: srai 0x8123456789abcdef, 23 */
  TEST_SHI(164, srai, 0xffffff02468acf13, 0x8123456789abcdef, 23)
  /* 165: srai 0x8123456789abcdef, 24 */
  TEST_SHI(165, srai, 0xffffff8123456789, 0x8123456789abcdef, 24)
  /* 166: srai 0x8123456789abcdef, 25 */
  TEST_SHI(166, srai, 0xffffffc091a2b3c4, 0x8123456789abcdef, 25)
  /* 167: srai 0x8123456789abcdef, 26 */
  TEST_SHI(167, srai, 0xffffffe048d159e2, 0x8123456789abcdef, 26)
  /* 168: srai 0x8123456789abcdef, 27 */
  TEST_SHI(168, srai, 0xfffffff02468acf1, 0x8123456789abcdef, 27)
  /* 169: srai 0x8123456789abcdef, 28 */
  TEST_SHI(169, srai, 0xfffffff812345678, 0x8123456789abcdef, 28)
  /* 170: srai 0x8123456789abcdef, 29 */
  TEST_SHI(170, srai, 0xfffffffc091a2b3c, 0x8123456789abcdef, 29)
  /* 171: srai 0x8123456789abcdef, 30 */
  TEST_SHI(171, srai, 0xfffffffe048d159e, 0x8123456789abcdef, 30)
  /* 172: srai 0x8123456789abcdef, 31 */
  TEST_SHI(172, srai, 0xffffffff02468acf, 0x8123456789abcdef, 31)
  /* 173: srai 0x8123456789abcdef, 32 */
  TEST_SHI(173, srai, 0xffffffff81234567, 0x8123456789abcdef, 32)
  /* 174: srai 0x8123456789abcdef, 33 */
  TEST_SHI(174, srai, 0xffffffffc091a2b3, 0x8123456789abcdef, 33)
  /* 175: srai 0x8123456789abcdef, 34 */
  TEST_SHI(175, srai, 0xffffffffe048d159, 0x8123456789abcdef, 34)
  /* 176: srai 0x8123456789abcdef, 35 */
  TEST_SHI(176, srai, 0xfffffffff02468ac, 0x8123456789abcdef, 35)
  /* 177: srai 0x8123456789abcdef, 36 */
  TEST_SHI(177, srai, 0xfffffffff8123456, 0x8123456789abcdef, 36)
  /* 178: srai 0x8123456789abcdef, 37 */
  TEST_SHI(178, srai, 0xfffffffffc091a2b, 0x8123456789abcdef, 37)
  /* 179: srai 0x8123456789abcdef, 38 */
  TEST_SHI(179, srai, 0xfffffffffe048d15, 0x8123456789abcdef, 38)
  /* 180: srai 0x8123456789abcdef, 39 */
  TEST_SHI(180, srai, 0xffffffffff02468a, 0x8123456789abcdef, 39)
  /* 181: srai 0x8123456789abcdef, 40 */
  TEST_SHI(181, srai, 0xffffffffff812345, 0x8123456789abcdef, 40)
  /* 182: srai 0x8123456789abcdef, 41 */
  TEST_SHI(182, srai, 0xffffffffffc091a2, 0x8123456789abcdef, 41)
  /* 183: srai 0x8123456789abcdef, 42 */
  TEST_SHI(183, srai, 0xffffffffffe048d1, 0x8123456789abcdef, 42)
  /* 184: srai 0x8123456789abcdef, 43 */
  TEST_SHI(184, srai, 0xfffffffffff02468, 0x8123456789abcdef, 43)
  /* 185: srai 0x8123456789abcdef, 44 */
  TEST_SHI(185, srai, 0xfffffffffff81234, 0x8123456789abcdef, 44)
  /* 186: srai 0x8123456789abcdef, 45 */
  TEST_SHI(186, srai, 0xfffffffffffc091a, 0x8123456789abcdef, 45)
  /* 187: srai 0x8123456789abcdef, 46 */
  TEST_SHI(187, srai, 0xfffffffffffe048d, 0x8123456789abcdef, 46)
  /* 188: srai 0x8123456789abcdef, 47 */
  TEST_SHI(188, srai, 0xffffffffffff0246, 0x8123456789abcdef, 47)
  /* 189: srai 0x8123456789abcdef, 48 */
  TEST_SHI(189, srai, 0xffffffffffff8123, 0x8123456789abcdef, 48)
  /* 190: srai 0x8123456789abcdef, 49 */
  TEST_SHI(190, srai, 0xffffffffffffc091, 0x8123456789abcdef, 49)
  /* 191: srai 0x8123456789abcdef, 50 */
  TEST_SHI(191, srai, 0xffffffffffffe048, 0x8123456789abcdef, 50)
  /* 192: srai 0x8123456789abcdef, 51 */
  TEST_SHI(192, srai, 0xfffffffffffff024, 0x8123456789abcdef, 51)
  /* 193: srai 0x8123456789abcdef, 52 */
  TEST_SHI(193, srai, 0xfffffffffffff812, 0x8123456789abcdef, 52)
  /* 194: srai 0x8123456789abcdef, 53 */
  TEST_SHI(194, srai, 0xfffffffffffffc09, 0x8123456789abcdef, 53)
  /* 195: srai 0x8123456789abcdef, 54 */
  TEST_SHI(195, srai, 0xfffffffffffffe04, 0x8123456789abcdef, 54)
  /* 196: srai 0x8123456789abcdef, 55 */
  TEST_SHI(196, srai, 0xffffffffffffff02, 0x8123456789abcdef, 55)
  /* 197: srai 0x8123456789abcdef, 56 */
  TEST_SHI(197, srai, 0xffffffffffffff81, 0x8123456789abcdef, 56)
  /* 198: srai 0x8123456789abcdef, 57 */
  TEST_SHI(198, srai, 0xffffffffffffffc0, 0x8123456789abcdef, 57)
  /* 199: srai 0x8123456789abcdef, 58 */
  TEST_SHI(199, srai, 0xffffffffffffffe0, 0x8123456789abcdef, 58)
  /* 200: srai 0x8123456789abcdef, 59 */
  TEST_SHI(200, srai, 0xfffffffffffffff0, 0x8123456789abcdef, 59)
  /* 201: srai 0x8123456789abcdef, 60 */
  TEST_SHI(201, srai, 0xfffffffffffffff8, 0x8123456789abcdef, 60)
  /* 202: srai 0x8123456789abcdef, 61 */
  TEST_SHI(202, srai, 0xfffffffffffffffc, 0x8123456789abcdef, 61)
  /* 203: srai 0x8123456789abcdef, 62 */
  TEST_SHI(203, srai, 0xfffffffffffffffe, 0x8123456789abcdef, 62)
  /* 204: srai 0x8123456789abcdef, 63 */
  TEST_SHI(204, srai, 0xffffffffffffffff, 0x8123456789abcdef, 63)
  /* 205: srai 0x7edcba9876543210, 1 */
  TEST_SHI(205, srai, 0x3f6e5d4c3b2a1908, 0x7edcba9876543210, 1)
  /* 206: srai 0x7edcba9876543210, 31 */
  TEST_SHI(206, srai, 0x00000000fdb97530, 0x7edcba9876543210, 31)
  /* 207: srai 0x7edcba9876543210, 32 */
  TEST_SHI(207, srai, 0x000000007edcba98, 0x7edcba9876543210, 32)
  /* 208: srai 0x7edcba9876543210, 63 */
  TEST_SHI(208, srai, 0x0000000000000000, 0x7edcba9876543210, 63)
  /* 209: srai with rd == rs1 */
  TEST_CASE(209, a1, 0xfffc091a2b3c4d5e, li a1, 0x8123456789abcdef; srai a1, a1, 13)
  /* 210: srai with rd == x0 is discarded */
  TEST_CASE(210, x0, 0, li a1, 0x8123456789abcdef; srai x0, a1, 3; mv a4, x0; bnez a4, fail)

TEST_END

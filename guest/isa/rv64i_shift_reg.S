#include "test.h"

/* RV64I register shifts by every amount 0..63: sll, srl, sra (amount =
 * rs2[5:0], upper bits of rs2 ignored). The immediate forms are in
 * rv64i_shift_imm.S.
 * Each check: the result register holds the architecturally required
 * value (t6 holds the expected value, gp the check number). */

#define TEST_SHI(n, inst, result, v, sh) \
  TEST_CASE(n, a4, result, li a1, v; inst a4, a1, sh)
#define TEST_SHR(n, inst, result, v, amt) \
  TEST_CASE(n, a4, result, li a1, v; li a2, amt; inst a4, a1, a2)

TEST_BEGIN
  .option norvc

  /* ---- SLL: every amount in rs2[5:0], junk in rs2[63:6] */
  /* 1: sll 0x8123456789abcdef by rs2 = 0x0 (amount 0) */
  TEST_SHR(1, sll, 0x8123456789abcdef, 0x8123456789abcdef, 0x0000000000000000)
  /* 2: sll 0x8123456789abcdef by rs2 = 0x41 (amount 1) */
  TEST_SHR(2, sll, 0x02468acf13579bde, 0x8123456789abcdef, 0x0000000000000041)
  /* 3: sll 0x8123456789abcdef by rs2 = -0x3e (amount 2) */
  TEST_SHR(3, sll, 0x048d159e26af37bc, 0x8123456789abcdef, 0xffffffffffffffc2)
  /* 4: sll 0x8123456789abcdef by rs2 = 0x48d159e243 (amount 3) */
  TEST_SHR(4, sll, 0x091a2b3c4d5e6f78, 0x8123456789abcdef, 0x00000048d159e243)
  /* 5: sll 0x8123456789abcdef by rs2 = 0x8000000000000004 (amount 4) */
  TEST_SHR(5, sll, 0x123456789abcdef0, 0x8123456789abcdef, 0x8000000000000004)
  /* 6: sll 0x8123456789abcdef by rs2 = 0xffc5 (amount 5) */
  TEST_SHR(6, sll, 0x2468acf13579bde0, 0x8123456789abcdef, 0x000000000000ffc5)
  /* 7: sll 0x8123456789abcdef by rs2 = 0x6 (amount 6) */
  TEST_SHR(7, sll, 0x48d159e26af37bc0, 0x8123456789abcdef, 0x0000000000000006)
  /* 8: sll 0x8123456789abcdef by rs2 = 0x47 (amount 7) */
  TEST_SHR(8, sll, 0x91a2b3c4d5e6f780, 0x8123456789abcdef, 0x0000000000000047)
  /* 9: sll 0x8123456789abcdef by rs2 = -0x38 (amount 8) */
  TEST_SHR(9, sll, 0x23456789abcdef00, 0x8123456789abcdef, 0xffffffffffffffc8)
  /* 10: sll 0x8123456789abcdef by rs2 = 0x48d159e249 (amount 9) */
  TEST_SHR(10, sll, 0x468acf13579bde00, 0x8123456789abcdef, 0x00000048d159e249)
  /* 11: sll 0x8123456789abcdef by rs2 = 0x800000000000000a (amount 10) */
  TEST_SHR(11, sll, 0x8d159e26af37bc00, 0x8123456789abcdef, 0x800000000000000a)
  /* 12: sll 0x8123456789abcdef by rs2 = 0xffcb (amount 11) */
  TEST_SHR(12, sll, 0x1a2b3c4d5e6f7800, 0x8123456789abcdef, 0x000000000000ffcb)
  /* 13: sll 0x8123456789abcdef by rs2 = 0xc (amount 12) */
  TEST_SHR(13, sll, 0x3456789abcdef000, 0x8123456789abcdef, 0x000000000000000c)
  /* 14: sll 0x8123456789abcdef by rs2 = 0x4d (amount 13) */
  TEST_SHR(14, sll, 0x68acf13579bde000, 0x8123456789abcdef, 0x000000000000004d)
  /* 15: sll 0x8123456789abcdef by rs2 = -0x32 (amount 14) */
  TEST_SHR(15, sll, 0xd159e26af37bc000, 0x8123456789abcdef, 0xffffffffffffffce)
  /* 16: sll 0x8123456789abcdef by rs2 = 0x48d159e24f (amount 15) */
  TEST_SHR(16, sll, 0xa2b3c4d5e6f78000, 0x8123456789abcdef, 0x00000048d159e24f)
  /* 17: sll 0x8123456789abcdef by rs2 = 0x8000000000000010 (amount 16) */
  TEST_SHR(17, sll, 0x456789abcdef0000, 0x8123456789abcdef, 0x8000000000000010)
  /* 18: sll 0x8123456789abcdef by rs2 = 0xffd1 (amount 17) */
  TEST_SHR(18, sll, 0x8acf13579bde0000, 0x8123456789abcdef, 0x000000000000ffd1)
  /* 19: sll 0x8123456789abcdef by rs2 = 0x12 (amount 18) */
  TEST_SHR(19, sll, 0x159e26af37bc0000, 0x8123456789abcdef, 0x0000000000000012)
  /* 20: sll 0x8123456789abcdef by rs2 = 0x53 (amount 19) */
  TEST_SHR(20, sll, 0x2b3c4d5e6f780000, 0x8123456789abcdef, 0x0000000000000053)
  /* 21: sll 0x8123456789abcdef by rs2 = -0x2c (amount 20) */
  TEST_SHR(21, sll, 0x56789abcdef00000, 0x8123456789abcdef, 0xffffffffffffffd4)
  /* 22: sll 0x8123456789abcdef by rs2 = 0x48d159e255 (amount 21) */
  TEST_SHR(22, sll, 0xacf13579bde00000, 0x8123456789abcdef, 0x00000048d159e255)
  /* 23: sll 0x8123456789abcdef by rs2 = 0x8000000000000016 (amount 22) */
  TEST_SHR(23, sll, 0x59e26af37bc00000, 0x8123456789abcdef, 0x8000000000000016)
  /* 24: sll 0x8123456789abcdef by rs2 = 0xffd7 (amount 23) */
  TEST_SHR(24, sll, 0xb3c4d5e6f7800000, 0x8123456789abcdef, 0x000000000000ffd7)
  /* 25: sll 0x8123456789abcdef by rs2 = 0x18 (amount 24) */
  TEST_SHR(25, sll, 0x6789abcdef000000, 0x8123456789abcdef, 0x0000000000000018)
  /* 26: sll 0x8123456789abcdef by rs2 = 0x59 (amount 25) */
  TEST_SHR(26, sll, 0xcf13579bde000000, 0x8123456789abcdef, 0x0000000000000059)
  /* 27: sll 0x8123456789abcdef by rs2 = -0x26 (amount 26) */
  TEST_SHR(27, sll, 0x9e26af37bc000000, 0x8123456789abcdef, 0xffffffffffffffda)
  /* 28: sll 0x8123456789abcdef by rs2 = 0x48d159e25b (amount 27) */
  TEST_SHR(28, sll, 0x3c4d5e6f78000000, 0x8123456789abcdef, 0x00000048d159e25b)
  /* 29: sll 0x8123456789abcdef by rs2 = 0x800000000000001c (amount 28) */
  TEST_SHR(29, sll, 0x789abcdef0000000, 0x8123456789abcdef, 0x800000000000001c)
  /* 30: sll 0x8123456789abcdef by rs2 = 0xffdd (amount 29) */
  TEST_SHR(30, sll, 0xf13579bde0000000, 0x8123456789abcdef, 0x000000000000ffdd)
  /* 31: sll 0x8123456789abcdef by rs2 = 0x1e (amount 30) */
  TEST_SHR(31, sll, 0xe26af37bc0000000, 0x8123456789abcdef, 0x000000000000001e)
  /* 32: sll 0x8123456789abcdef by rs2 = 0x5f (amount 31) */
  TEST_SHR(32, sll, 0xc4d5e6f780000000, 0x8123456789abcdef, 0x000000000000005f)
  /* 33: sll 0x8123456789abcdef by rs2 = -0x20 (amount 32) */
  TEST_SHR(33, sll, 0x89abcdef00000000, 0x8123456789abcdef, 0xffffffffffffffe0)
  /* 34: sll 0x8123456789abcdef by rs2 = 0x48d159e261 (amount 33) */
  TEST_SHR(34, sll, 0x13579bde00000000, 0x8123456789abcdef, 0x00000048d159e261)
  /* 35: sll 0x8123456789abcdef by rs2 = 0x8000000000000022 (amount 34) */
  TEST_SHR(35, sll, 0x26af37bc00000000, 0x8123456789abcdef, 0x8000000000000022)
  /* 36: sll 0x8123456789abcdef by rs2 = 0xffe3 (amount 35) */
  TEST_SHR(36, sll, 0x4d5e6f7800000000, 0x8123456789abcdef, 0x000000000000ffe3)
  /* 37: sll 0x8123456789abcdef by rs2 = 0x24 (amount 36) */
  TEST_SHR(37, sll, 0x9abcdef000000000, 0x8123456789abcdef, 0x0000000000000024)
  /* 38: sll 0x8123456789abcdef by rs2 = 0x65 (amount 37) */
  TEST_SHR(38, sll, 0x3579bde000000000, 0x8123456789abcdef, 0x0000000000000065)
  /* 39: sll 0x8123456789abcdef by rs2 = -0x1a (amount 38) */
  TEST_SHR(39, sll, 0x6af37bc000000000, 0x8123456789abcdef, 0xffffffffffffffe6)
  /* 40: sll 0x8123456789abcdef by rs2 = 0x48d159e267 (amount 39) */
  TEST_SHR(40, sll, 0xd5e6f78000000000, 0x8123456789abcdef, 0x00000048d159e267)
  /* 41: sll 0x8123456789abcdef by rs2 = 0x8000000000000028 (amount 40) */
  TEST_SHR(41, sll, 0xabcdef0000000000, 0x8123456789abcdef, 0x8000000000000028)
  /* 42: sll 0x8123456789abcdef by rs2 = 0xffe9 (amount 41) */
  TEST_SHR(42, sll, 0x579bde0000000000, 0x8123456789abcdef, 0x000000000000ffe9)
  /* 43: sll 0x8123456789abcdef by rs2 = 0x2a (amount 42) */
  TEST_SHR(43, sll, 0xaf37bc0000000000, 0x8123456789abcdef, 0x000000000000002a)
  /* 44: sll 0x8123456789abcdef by rs2 = 0x6b (amount 43) */
  TEST_SHR(44, sll, 0x5e6f780000000000, 0x8123456789abcdef, 0x000000000000006b)
  /* 45: sll 0x8123456789abcdef by rs2 = -0x14 (amount 44) */
  TEST_SHR(45, sll, 0xbcdef00000000000, 0x8123456789abcdef, 0xffffffffffffffec)
  /* 46: sll 0x8123456789abcdef by rs2 = 0x48d159e26d (amount 45) */
  TEST_SHR(46, sll, 0x79bde00000000000, 0x8123456789abcdef, 0x00000048d159e26d)
  /* 47: sll 0x8123456789abcdef by rs2 = 0x800000000000002e (amount 46) */
  TEST_SHR(47, sll, 0xf37bc00000000000, 0x8123456789abcdef, 0x800000000000002e)
  /* 48: sll 0x8123456789abcdef by rs2 = 0xffef (amount 47) */
  TEST_SHR(48, sll, 0xe6f7800000000000, 0x8123456789abcdef, 0x000000000000ffef)
  /* 49: sll 0x8123456789abcdef by rs2 = 0x30 (amount 48) */
  TEST_SHR(49, sll, 0xcdef000000000000, 0x8123456789abcdef, 0x0000000000000030)
  /* 50: sll 0x8123456789abcdef by rs2 = 0x71 (amount 49) */
  TEST_SHR(50, sll, 0x9bde000000000000, 0x8123456789abcdef, 0x0000000000000071)
  /* 51: sll 0x8123456789abcdef by rs2 = -0xe (amount 50) */
  TEST_SHR(51, sll, 0x37bc000000000000, 0x8123456789abcdef, 0xfffffffffffffff2)
  /* 52: sll 0x8123456789abcdef by rs2 = 0x48d159e273 (amount 51) */
  TEST_SHR(52, sll, 0x6f78000000000000, 0x8123456789abcdef, 0x00000048d159e273)
  /* 53: sll 0x8123456789abcdef by rs2 = 0x8000000000000034 (amount 52) */
  TEST_SHR(53, sll, 0xdef0000000000000, 0x8123456789abcdef, 0x8000000000000034)
  /* 54: sll 0x8123456789abcdef by rs2 = 0xfff5 (amount 53) */
  TEST_SHR(54, sll, 0xbde0000000000000, 0x8123456789abcdef, 0x000000000000fff5)
  /* 55: sll 0x8123456789abcdef by rs2 = 0x36 (amount 54) */
  TEST_SHR(55, sll, 0x7bc0000000000000, 0x8123456789abcdef, 0x0000000000000036)
  /* 56: sll 0x8123456789abcdef by rs2 = 0x77 (amount 55) */
  TEST_SHR(56, sll, 0xf780000000000000, 0x8123456789abcdef, 0x0000000000000077)
  /* 57: sll 0x8123456789abcdef by rs2 = -0x8 (amount 56) */
  TEST_SHR(57, sll, 0xef00000000000000, 0x8123456789abcdef, 0xfffffffffffffff8)
  /* 58: sll 0x8123456789abcdef by rs2 = 0x48d159e279 (amount 57) */
  TEST_SHR(58, sll, 0xde00000000000000, 0x8123456789abcdef, 0x00000048d159e279)
  /* 59: sll 0x8123456789abcdef by rs2 = 0x800000000000003a (amount 58) */
  TEST_SHR(59, sll, 0xbc00000000000000, 0x8123456789abcdef, 0x800000000000003a)
  /* 60: sll 0x8123456789abcdef by rs2 = 0xfffb (amount 59) */
  TEST_SHR(60, sll, 0x7800000000000000, 0x8123456789abcdef, 0x000000000000fffb)
  /* 61: sll 0x8123456789abcdef by rs2 = 0x3c (amount 60) */
  TEST_SHR(61, sll, 0xf000000000000000, 0x8123456789abcdef, 0x000000000000003c)
  /* 62: sll 0x8123456789abcdef by rs2 = 0x7d (amount 61) */
  TEST_SHR(62, sll, 0xe000000000000000, 0x8123456789abcdef, 0x000000000000007d)
  /* 63: sll 0x8123456789abcdef by rs2 = -0x2 (amount 62) */
  TEST_SHR(63, sll, 0xc000000000000000, 0x8123456789abcdef, 0xfffffffffffffffe)
  /* 64: sll 0x8123456789abcdef by rs2 = 0x48d159e27f (amount 63) */
  TEST_SHR(64, sll, 0x8000000000000000, 0x8123456789abcdef, 0x00000048d159e27f)
  /* 65: sll 0x7edcba9876543210, 1 */
  TEST_SHR(65, sll, 0xfdb97530eca86420, 0x7edcba9876543210, 1)
  /* 66: sll 0x7edcba9876543210, 31 */
  TEST_SHR(66, sll, 0x3b2a190800000000, 0x7edcba9876543210, 31)
  /* 67: sll 0x7edcba9876543210, 32 */
  TEST_SHR(67, sll, 0x7654321000000000, 0x7edcba9876543210, 32)
  /* 68: sll 0x7edcba9876543210, 63 */
  TEST_SHR(68, sll, 0x0000000000000000, 0x7edcba9876543210, 63)
  /* 69: sll with rd == rs2 (amount read before write) */
  TEST_CASE(69, a2, 0x9abcdef000000000, li a1, 0x8123456789abcdef; li a2, 36; sll a2, a1, a2)
  /* 70: sll with rs1 == rs2 == rd */
  TEST_CASE(70, a1, 0xe6f7800000000000, li a1, 0x8123456789abcdef; sll a1, a1, a1)
  /* ---- SRL: every amount in rs2[5:0], junk in rs2[63:6] */
  /* 71: srl 0x8123456789abcdef by rs2 = 0x0 (amount 0) */
  TEST_SHR(71, srl, 0x8123456789abcdef, 0x8123456789abcdef, 0x0000000000000000)
  /* 72: srl 0x8123456789abcdef by rs2 = 0x41 (amount 1) */
  TEST_SHR(72, srl, 0x4091a2b3c4d5e6f7, 0x8123456789abcdef, 0x0000000000000041)
  /* 73: srl 0x8123456789abcdef by rs2 = -0x3e (amount 2) */
  TEST_SHR(73, srl, 0x2048d159e26af37b, 0x8123456789abcdef, 0xffffffffffffffc2)
  /* 74: srl 0x8123456789abcdef by rs2 = 0x48d159e243 (amount 3) */
  TEST_SHR(74, srl, 0x102468acf13579bd, 0x8123456789abcdef, 0x00000048d159e243)
  /* 75: srl 0x8123456789abcdef by rs2 = 0x8000000000000004 (amount 4) */
  TEST_SHR(75, srl, 0x08123456789abcde, 0x8123456789abcdef, 0x8000000000000004)
  /* 76: srl 0x8123456789abcdef by rs2 = 0xffc5 (amount 5) */
  TEST_SHR(76, srl, 0x04091a2b3c4d5e6f, 0x8123456789abcdef, 0x000000000000ffc5)
  /* 77: srl 0x8123456789abcdef by rs2 = 0x6 (amount 6) */
  TEST_SHR(77, srl, 0x02048d159e26af37, 0x8123456789abcdef, 0x0000000000000006)
  /* 78: srl 0x8123456789abcdef by rs2 = 0x47 (amount 7) */
  TEST_SHR(78, srl, 0x0102468acf13579b, 0x8123456789abcdef, 0x0000000000000047)
  /* 79: srl 0x8123456789abcdef by rs2 = -0x38 (amount 8) */
  TEST_SHR(79, srl, 0x008123456789abcd, 0x8123456789abcdef, 0xffffffffffffffc8)
  /* 80: srl 0x8123456789abcdef by rs2 = 0x48d159e249 (amount 9) */
  TEST_SHR(80, srl, 0x004091a2b3c4d5e6, 0x8123456789abcdef, 0x00000048d159e249)
  /* 81: srl 0x8123456789abcdef by rs2 = 0x800000000000000a (amount 10) */
  TEST_SHR(81, srl, 0x002048d159e26af3, 0x8123456789abcdef, 0x800000000000000a)
  /* 82: srl 0x8123456789abcdef by rs2 = 0xffcb (amount 11) */
  TEST_SHR(82, srl, 0x00102468acf13579, 0x8123456789abcdef, 0x000000000000ffcb)
  /* 83: srl 0x8123456789abcdef by rs2 = 0xc (amount 12) */
  TEST_SHR(83, srl, 0x0008123456789abc, 0x8123456789abcdef, 0x000000000000000c)
  /* 84: srl 0x8123456789abcdef by rs2 = 0x4d (amount 13) */
  TEST_SHR(84, srl, 0x0004091a2b3c4d5e, 0x8123456789abcdef, 0x000000000000004d)
  /* 85: srl 0x8123456789abcdef by rs2 = -0x32 (amount 14) */
  TEST_SHR(85, srl, 0x0002048d159e26af, 0x8123456789abcdef, 0xffffffffffffffce)
  /* 86: srl 0x8123456789abcdef by rs2 = 0x48d159e24f (amount 15) */
  TEST_SHR(86, srl, 0x000102468acf1357, 0x8123456789abcdef, 0x00000048d159e24f)
  /* 87: srl 0x8123456789abcdef by rs2 = 0x8000000000000010 (amount 16) */
  TEST_SHR(87, srl, 0x00008123456789ab, 0x8123456789abcdef, 0x8000000000000010)
  /* 88: srl 0x8123456789abcdef by rs2 = 0xffd1 (amount 17) */
  TEST_SHR(88, srl, 0x00004091a2b3c4d5, 0x8123456789abcdef, 0x000000000000ffd1)
  /* 89: srl 0x8123456789abcdef by rs2 = 0x12 (amount 18) */
  TEST_SHR(89, srl, 0x00002048d159e26a, 0x8123456789abcdef, 0x0000000000000012)
  /* 90: srl 0x8123456789abcdef by rs2 = 0x53 (amount 19) */
  TEST_SHR(90, srl, 0x0000102468acf135, 0x8123456789abcdef, 0x0000000000000053)
  /* 91: srl 0x8123456789abcdef by rs2 = -0x2c (amount 20) */
  TEST_SHR(91, srl, 0x000008123456789a, 0x8123456789abcdef, 0xffffffffffffffd4)
  /* 92: srl 0x8123456789abcdef by rs2 = 0x48d159e255 (amount 21) */
  TEST_SHR(92, srl, 0x000004091a2b3c4d, 0x8123456789abcdef, 0x00000048d159e255)
  /* 93: srl 0x8123456789abcdef by rs2 = 0x8000000000000016 (amount 22) */
  TEST_SHR(93, srl, 0x000002048d159e26, 0x8123456789abcdef, 0x8000000000000016)
  /* 94: srl 0x8123456789abcdef by rs2 = 0xffd7 (amount 23) */
  TEST_SHR(94, srl, 0x00000102468acf13, 0x8123456789abcdef, 0x000000000000ffd7)
  /* 95: srl 0x8123456789abcdef by rs2 = 0x18 (amount 24) */
  TEST_SHR(95, srl, 0x0000008123456789, 0x8123456789abcdef, 0x0000000000000018)
  /* 96: srl 0x8123456789abcdef by rs2 = 0x59 (amount 25) */
  TEST_SHR(96, srl, 0x0000004091a2b3c4, 0x8123456789abcdef, 0x0000000000000059)
  /* 97: srl 0x8123456789abcdef by rs2 = -0x26 (amount 26) */
  TEST_SHR(97, srl, 0x0000002048d159e2, 0x8123456789abcdef, 0xffffffffffffffda)
  /* 98: srl 0x8123456789abcdef by rs2 = 0x48d159e25b (amount 27) */
  TEST_SHR(98, srl, 0x000000102468acf1, 0x8123456789abcdef, 0x00000048d159e25b)
  /* 99: srl 0x8123456789abcdef by rs2 = 0x800000000000001c (amount 28) */
  TEST_SHR(99, srl, 0x0000000812345678, 0x8123456789abcdef, 0x800000000000001c)
  /* 100: srl 0x8123456789abcdef by rs2 = 0xffdd (amount 29) */
  TEST_SHR(100, srl, 0x00000004091a2b3c, 0x8123456789abcdef, 0x000000000000ffdd)
  /* 101: srl 0x8123456789abcdef by rs2 = 0x1e (amount 30) */
  TEST_SHR(101, srl, 0x00000002048d159e, 0x8123456789abcdef, 0x000000000000001e)
  /* 102: srl 0x8123456789abcdef by rs2 = 0x5f (amount 31) */
  TEST_SHR(102, srl, 0x0000000102468acf, 0x8123456789abcdef, 0x000000000000005f)
  /* 103: srl 0x8123456789abcdef by rs2 = -0x20 (amount 32) */
  TEST_SHR(103, srl, 0x0000000081234567, 0x8123456789abcdef, 0xffffffffffffffe0)
  /* 104: srl 0x8123456789abcdef by rs2 = 0x48d159e261 (amount 33) */
  TEST_SHR(104, srl, 0x000000004091a2b3, 0x8123456789abcdef, 0x00000048d159e261)
  /* 105: srl 0x8123456789abcdef by rs2 = 0x8000000000000022 (amount 34) */
  TEST_SHR(105, srl, 0x000000002048d159, 0x8123456789abcdef, 0x8000000000000022)
  /* 106: srl 0x8123456789abcdef by rs2 = 0xffe3 (amount 35) */
  TEST_SHR(106, srl, 0x00000000102468ac, 0x8123456789abcdef, 0x000000000000ffe3)
  /* 107: srl 0x8123456789abcdef by rs2 = 0x24 (amount 36) */
  TEST_SHR(107, srl, 0x0000000008123456, 0x8123456789abcdef, 0x0000000000000024)
  /* 108: srl 0x8123456789abcdef by rs2 = 0x65 (amount 37) */
  TEST_SHR(108, srl, 0x0000000004091a2b, 0x8123456789abcdef, 0x0000000000000065)
  /* 109: srl 0x8123456789abcdef by rs2 = -0x1a (amount 38) */
  TEST_SHR(109, srl, 0x0000000002048d15, 0x8123456789abcdef, 0xffffffffffffffe6)
  /* 110: srl 0x8123456789abcdef by rs2 = 0x48d159e267 (amount 39) */
  TEST_SHR(110, srl, 0x000000000102468a, 0x8123456789abcdef, 0x00000048d159e267)
  /* 111: srl 0x8123456789abcdef by rs2 = 0x8000000000000028 (amount 40) */
  TEST_SHR(111, srl, 0x0000000000812345, 0x8123456789abcdef, 0x8000000000000028)
  /* 112: srl 0x8123456789abcdef by rs2 = 0xffe9 (amount 41) */
  TEST_SHR(112, srl, 0x00000000004091a2, 0x8123456789abcdef, 0x000000000000ffe9)
  /* 113: srl 0x8123456789abcdef by rs2 = 0x2a (amount 42) */
  TEST_SHR(113, srl, 0x00000000002048d1, 0x8123456789abcdef, 0x000000000000002a)
  /* 114: srl 0x8123456789abcdef by rs2 = 0x6b (amount 43) */
  TEST_SHR(114, srl, 0x0000000000102468, 0x8123456789abcdef, 0x000000000000006b)
  /* 115: srl 0x8123456789abcdef by rs2 = -0x14 (amount 44) */
  TEST_SHR(115, srl, 0x0000000000081234, 0x8123456789abcdef, 0xffffffffffffffec)
  /* 116: srl 0x8123456789abcdef by rs2 = 0x48d159e26d (amount 45) */
  TEST_SHR(116, srl, 0x000000000004091a, 0x8123456789abcdef, 0x00000048d159e26d)
  /* 117: srl 0x8123456789abcdef by rs2 = 0x800000000000002e (amount 46) */
  TEST_SHR(117, srl, 0x000000000002048d, 0x8123456789abcdef, 0x800000000000002e)
  /* 118: srl 0x8123456789abcdef by rs2 = 0xffef (amount 47) */
  TEST_SHR(118, srl, 0x0000000000010246, 0x8123456789abcdef, 0x000000000000ffef)
  /* 119: srl 0x8123456789abcdef by rs2 = 0x30 (amount 48) */
  TEST_SHR(119, srl, 0x0000000000008123, 0x8123456789abcdef, 0x0000000000000030)
  /* 120: srl 0x8123456789abcdef by rs2 = 0x71 (amount 49) */
  TEST_SHR(120, srl, 0x0000000000004091, 0x8123456789abcdef, 0x0000000000000071)
  /* 121: srl 0x8123456789abcdef by rs2 = -0xe (amount 50) */
  TEST_SHR(121, srl, 0x0000000000002048, 0x8123456789abcdef, 0xfffffffffffffff2)
  /* 122: srl 0x8123456789abcdef by rs2 = 0x48d159e273 (amount 51) */
  TEST_SHR(122, srl, 0x0000000000001024, 0x8123456789abcdef, 0x00000048d159e273)
  /* 123: srl 0x8123456789abcdef by rs2 = 0x8000000000000034 (amount 52) */
  TEST_SHR(123, srl, 0x0000000000000812, 0x8123456789abcdef, 0x8000000000000034)
  /* 124: srl 0x8123456789abcdef by rs2 = 0xfff5 (amount 53) */
  TEST_SHR(124, srl, 0x0000000000000409, 0x8123456789abcdef, 0x000000000000fff5)
  /* 125: srl 0x8123456789abcdef by rs2 = 0x36 (amount 54) */
  TEST_SHR(125, srl, 0x0000000000000204, 0x8123456789abcdef, 0x0000000000000036)
  /* 126: srl 0x8123456789abcdef by rs2 = 0x77 (amount 55) */
  TEST_SHR(126, srl, 0x0000000000000102, 0x8123456789abcdef, 0x0000000000000077)
  /* 127: srl 0x8123456789abcdef by rs2 = -0x8 (amount 56) */
  TEST_SHR(127, srl, 0x0000000000000081, 0x8123456789abcdef, 0xfffffffffffffff8)
  /* 128: srl 0x8123456789abcdef by rs2 = 0x48d159e279 (amount 57) */
  TEST_SHR(128, srl, 0x0000000000000040, 0x8123456789abcdef, 0x00000048d159e279)
  /* 129: srl 0x8123456789abcdef by rs2 = 0x800000000000003a (amount 58) */
  TEST_SHR(129, srl, 0x0000000000000020, 0x8123456789abcdef, 0x800000000000003a)
  /* 130: srl 0x8123456789abcdef by rs2 = 0xfffb (amount 59) */
  TEST_SHR(130, srl, 0x0000000000000010, 0x8123456789abcdef, 0x000000000000fffb)
  /* 131: srl 0x8123456789abcdef by rs2 = 0x3c (amount 60) */
  TEST_SHR(131, srl, 0x0000000000000008, 0x8123456789abcdef, 0x000000000000003c)
  /* 132: srl 0x8123456789abcdef by rs2 = 0x7d (amount 61) */
  TEST_SHR(132, srl, 0x0000000000000004, 0x8123456789abcdef, 0x000000000000007d)
  /* 133: srl 0x8123456789abcdef by rs2 = -0x2 (amount 62) */
  TEST_SHR(133, srl, 0x0000000000000002, 0x8123456789abcdef, 0xfffffffffffffffe)
  /* 134: srl 0x8123456789abcdef by rs2 = 0x48d159e27f (amount 63) */
  TEST_SHR(134, srl, 0x0000000000000001, 0x8123456789abcdef, 0x00000048d159e27f)
  /* 135: srl 0x7edcba9876543210, 1 */
  TEST_SHR(135, srl, 0x3f6e5d4c3b2a1908, 0x7edcba9876543210, 1)
  /* 136: srl 0x7edcba9876543210, 31 */
  TEST_SHR(136, srl, 0x00000000fdb97530, 0x7edcba9876543210, 31)
  /* 137: srl 0x7edcba9876543210, 32 */
  TEST_SHR(137, srl, 0x000000007edcba98, 0x7edcba9876543210, 32)
  /* 138: srl 0x7edcba9876543210, 63 */
  TEST_SHR(138, srl, 0x0000000000000000, 0x7edcba9876543210, 63)
  /* 139: srl with rd == rs2 (amount read before write) */
  TEST_CASE(139, a2, 0x0000000008123456, li a1, 0x8123456789abcdef; li a2, 36; srl a2, a1, a2)
  /* 140: srl with rs1 == rs2 == rd */
  TEST_CASE(140, a1, 0x0000000000010246, li a1, 0x8123456789abcdef; srl a1, a1, a1)
  /* ---- SRA: every amount in rs2[5:0], junk in rs2[63:6] */
  /* 141: sra 0x8123456789abcdef by rs2 = 0x0 (amount 0) */
  TEST_SHR(141, sra, 0x8123456789abcdef, 0x8123456789abcdef, 0x0000000000000000)
  /* 142: sra 0x8123456789abcdef by rs2 = 0x41 (amount 1) */
  TEST_SHR(142, sra, 0xc091a2b3c4d5e6f7, 0x8123456789abcdef, 0x0000000000000041)
  /* 143: sra 0x8123456789abcdef by rs2 = -0x3e (amount 2) */
  TEST_SHR(143, sra, 0xe048d159e26af37b, 0x8123456789abcdef, 0xffffffffffffffc2)
  /* 144: sra 0x8123456789abcdef by rs2 = 0x48d159e243 (amount 3) */
  TEST_SHR(144, sra, 0xf02468acf13579bd, 0x8123456789abcdef, 0x00000048d159e243)
  /* 145: sra 0x8123456789abcdef by rs2 = 0x8000000000000004 (amount 4) */
  TEST_SHR(145, sra, 0xf8123456789abcde, 0x8123456789abcdef, 0x8000000000000004)
  /* 146: sra 0x8123456789abcdef by rs2 = 0xffc5 (amount 5) */
  TEST_SHR(146, sra, 0xfc091a2b3c4d5e6f, 0x8123456789abcdef, 0x000000000000ffc5)
  /* 147: sra 0x8123456789abcdef by rs2 = 0x6 (amount 6) */
  TEST_SHR(147, sra, 0xfe048d159e26af37, 0x8123456789abcdef, 0x0000000000000006)
  /* 148: sra 0x8123456789abcdef by rs2 = 0x47 (amount 7) */
  TEST_SHR(148, sra, 0xff02468acf13579b, 0x8123456789abcdef, 0x0000000000000047)
  /* 149: sra 0x8123456789abcdef by rs2 = -0x38 (amount 8) */
  TEST_SHR(149, sra, 0xff8123456789abcd, 0x8123456789abcdef, 0xffffffffffffffc8)
  /* 150: sra 0x8123456789abcdef by rs2 = 0x48d159e249 (amount 9) */
  TEST_SHR(150, sra, 0xffc091a2b3c4d5e6, 0x8123456789abcdef, 0x00000048d159e249)
  /* 151: sra 0x8123456789abcdef by rs2 = 0x800000000000000a (amount 10) */
  TEST_SHR(151, sra, 0xffe048d159e26af3, 0x8123456789abcdef, 0x800000000000000a)
  /* 152: sra 0x8123456789abcdef by rs2 = 0xffcb (amount 11) */
  TEST_SHR(152, sra, 0xfff02468acf13579, 0x8123456789abcdef, 0x000000000000ffcb)
  /* 153: sra 0x8123456789abcdef by rs2 = 0xc (amount 12) */
  TEST_SHR(153, sra, 0xfff8123456789abc, 0x8123456789abcdef, 0x000000000000000c)
  /* 154: sra 0x8123456789abcdef by rs2 = 0x4d (amount 13) */
  TEST_SHR(154, sra, 0xfffc091a2b3c4d5e, 0x8123456789abcdef, 0x000000000000004d)
  /* 155: sra 0x8123456789abcdef by rs2 = -0x32 (amount 14) */
  TEST_SHR(155, sra, 0xfffe048d159e26af, 0x8123456789abcdef, 0xffffffffffffffce)
  /* 156: sra 0x8123456789abcdef by rs2 = 0x48d159e24f (amount 15) */
  TEST_SHR(156, sra, 0xffff02468acf1357, 0x8123456789abcdef, 0x00000048d159e24f)
  /* 157: sra 0x8123456789abcdef by rs2 = 0x8000000000000010 (amount 16) */
  TEST_SHR(157, sra, 0xffff8123456789ab, 0x8123456789abcdef, 0x8000000000000010)
  /* 158: sra 0x8123456789abcdef by rs2 = 0xffd1 (amount 17) */
  TEST_SHR(158, sra, 0xffffc091a2b3c4d5, 0x8123456789abcdef, 0x000000000000ffd1)
  /* 159: sra 0x8123456789abcdef by rs2 = 0x12 (amount 18) */
  TEST_SHR(159, sra, 0xffffe048d159e26a, 0x8123456789abcdef, 0x0000000000000012)
  /* 160: sra 0x8123456789abcdef by rs2 = 0x53 (amount 19) */
  TEST_SHR(160, sra, 0xfffff02468acf135, 0x8123456789abcdef, 0x0000000000000053)
  /* 161: sra 0x8123456789abcdef by rs2 = -0x2c (amount 20) */
  TEST_SHR(161, sra, 0xfffff8123456789a, 0x8123456789abcdef, 0xffffffffffffffd4)
  /* 162: sra 0x8123456789abcdef by rs2 = 0x48d159e255 (amount 21) */
  TEST_SHR(162, sra, 0xfffffc091a2b3c4d, 0x8123456789abcdef, 0x00000048d159e255)
  /* 163: sra 0x8123456789abcdef by rs2 = 0x8000000000000016 (amount 22) */
  TEST_SHR(163, sra, 0xfffffe048d159e26, 0x8123456789abcdef, 0x8000000000000016)
  /* 164: sra 0x8123456789abcdef by rs2 = 0xffd7 (amount 23) */
  TEST_SHR(164, sra, 0xffffff02468acf13, 0x8123456789abcdef, 0x000000000000ffd7)
  /* 165: sra 0x8123456789abcdef by rs2 = 0x18 (amount 24) */
  TEST_SHR(165, sra, 0xffffff8123456789, 0x8123456789abcdef, 0x0000000000000018)
  /* 166: sra 0x8123456789abcdef by rs2 = 0x59 (amount 25) */
  TEST_SHR(166, sra, 0xffffffc091a2b3c4, 0x8123456789abcdef, 0x0000000000000059)
  /* 167: sra 0x8123456789abcdef by rs2 = -0x26 (amount 26) */
  TEST_SHR(167, sra, 0xffffffe048d159e2, 0x8123456789abcdef, 0xffffffffffffffda)
  /* 168: sra 0x8123456789abcdef by rs2 = 0x48d159e25b (amount 27) */
  TEST_SHR(168, sra, 0xfffffff02468acf1, 0x8123456789abcdef, 0x00000048d159e25b)
  /* 169: sra 0x8123456789abcdef by rs2 = 0x800000000000001c (amount 28) */
  TEST_SHR(169, sra, 0xfffffff812345678, 0x8123456789abcdef, 0x800000000000001c)
  /* 170: sra 0x8123456789abcdef by rs2 = 0xffdd (amount 29) */
  TEST_SHR(170, sra, 0xfffffffc091a2b3c, 0x8123456789abcdef, 0x000000000000ffdd)
  /* 171: sra 0x8123456789abcdef by rs2 = 0x1e (amount 30) */
  TEST_SHR(171, sra, 0xfffffffe048d159e, 0x8123456789abcdef, 0x000000000000001e)
  /* 172: sra 0x8123456789abcdef by rs2 = 0x5f (amount 31) */
  TEST_SHR(172, sra, 0xffffffff02468acf, 0x8123456789abcdef, 0x000000000000005f)
  /* 173: sra 0x8123456789abcdef by rs2 = -0x20 (amount 32) */
  TEST_SHR(173, sra, 0xffffffff81234567, 0x8123456789abcdef, 0xffffffffffffffe0)
  /* 174: sra 0x8123456789abcdef by rs2 = 0x48d159e261 (amount 33) */
  TEST_SHR(174, sra, 0xffffffffc091a2b3, 0x8123456789abcdef, 0x00000048d159e261)
  /* 175: sra 0x8123456789abcdef by rs2 = 0x8000000000000022 (amount 34) */
  TEST_SHR(175, sra, 0xffffffffe048d159, 0x8123456789abcdef, 0x8000000000000022)
  /* 176: sra 0x8123456789abcdef by rs2 = 0xffe3 (amount 35) */
  TEST_SHR(176, sra, 0xfffffffff02468ac, 0x8123456789abcdef, 0x000000000000ffe3)
  /* 177: sra 0x8123456789abcdef by rs2 = 0x24 (amount 36) */
  TEST_SHR(177, sra, 0xfffffffff8123456, 0x8123456789abcdef, 0x0000000000000024)
  /* 178: sra 0x8123456789abcdef by rs2 = 0x65 (amount 37) */
  TEST_SHR(178, sra, 0xfffffffffc091a2b, 0x8123456789abcdef, 0x0000000000000065)
  /* 179: sra 0x8123456789abcdef by rs2 = -0x1a (amount 38) */
  TEST_SHR(179, sra, 0xfffffffffe048d15, 0x8123456789abcdef, 0xffffffffffffffe6)
  /* 180: sra 0x8123456789abcdef by rs2 = 0x48d159e267 (amount 39) */
  TEST_SHR(180, sra, 0xffffffffff02468a, 0x8123456789abcdef, 0x00000048d159e267)
  /* 181: sra 0x8123456789abcdef by rs2 = 0x8000000000000028 (amount 40) */
  TEST_SHR(181, sra, 0xffffffffff812345, 0x8123456789abcdef, 0x8000000000000028)
  /* 182: sra 0x8123456789abcdef by rs2 = 0xffe9 (amount 41) */
  TEST_SHR(182, sra, 0xffffffffffc091a2, 0x8123456789abcdef, 0x000000000000ffe9)
  /* 183: sra 0x8123456789abcdef by rs2 = 0x2a (amount 42) */
  TEST_SHR(183, sra, 0xffffffffffe048d1, 0x8123456789abcdef, 0x000000000000002a)
  /* 184: sra 0x8123456789abcdef by rs2 = 0x6b (amount 43) */
  TEST_SHR(184, sra, 0xfffffffffff02468, 0x8123456789abcdef, 0x000000000000006b)
  /* 185: sra 0x8123456789abcdef by rs2 = -0x14 (amount 44) */
  TEST_SHR(185, sra, 0xfffffffffff81234, 0x8123456789abcdef, 0xffffffffffffffec)
  /* 186: sra 0x8123456789abcdef by rs2 = 0x48d159e26d (amount 45) */
  TEST_SHR(186, sra, 0xfffffffffffc091a, 0x8123456789abcdef, 0x00000048d159e26d)
  /* 187: sra 0x8123456789abcdef by rs2 = 0x800000000000002e (amount 46) */
  TEST_SHR(187, sra, 0xfffffffffffe048d, 0x8123456789abcdef, 0x800000000000002e)
  /* 188: sra 0x8123456789abcdef by rs2 = 0xffef (amount 47) */
  TEST_SHR(188, sra, 0xffffffffffff0246, 0x8123456789abcdef, 0x000000000000ffef)
  /* 189: sra 0x8123456789abcdef by rs2 = 0x30 (amount 48) */
  TEST_SHR(189, sra, 0xffffffffffff8123, 0x8123456789abcdef, 0x0000000000000030)
  /* 190: sra 0x8123456789abcdef by rs2 = 0x71 (amount 49) */
  TEST_SHR(190, sra, 0xffffffffffffc091, 0x8123456789abcdef, 0x0000000000000071)
  /* 191: sra 0x8123456789abcdef by rs2 = -0xe (amount 50) */
  TEST_SHR(191, sra, 0xffffffffffffe048, 0x8123456789abcdef, 0xfffffffffffffff2)
  /* 192: sra 0x8123456789abcdef by rs2 = 0x48d159e273 (amount 51) */
  TEST_SHR(192, sra, 0xfffffffffffff024, 0x8123456789abcdef, 0x00000048d159e273)
  /* 193: sra 0x8123456789abcdef by rs2 = 0x8000000000000034 (amount 52) */
  TEST_SHR(193, sra, 0xfffffffffffff812, 0x8123456789abcdef, 0x8000000000000034)
  /* 194: sra 0x8123456789abcdef by rs2 = 0xfff5 (amount 53) */
  TEST_SHR(194, sra, 0xfffffffffffffc09, 0x8123456789abcdef, 0x000000000000fff5)
  /* 195: sra 0x8123456789abcdef by rs2 = 0x36 (amount 54) */
  TEST_SHR(195, sra, 0xfffffffffffffe04, 0x8123456789abcdef, 0x0000000000000036)
  /* 196: sra 0x8123456789abcdef by rs2 = 0x77 (amount 55) */
  TEST_SHR(196, sra, 0xffffffffffffff02, 0x8123456789abcdef, 0x0000000000000077)
  /* 197: sra 0x8123456789abcdef by rs2 = -0x8 (amount 56) */
  TEST_SHR(197, sra, 0xffffffffffffff81, 0x8123456789abcdef, 0xfffffffffffffff8)
  /* 198: sra 0x8123456789abcdef by rs2 = 0x48d159e279 (amount 57) */
  TEST_SHR(198, sra, 0xffffffffffffffc0, 0x8123456789abcdef, 0x00000048d159e279)
  /* 199: sra 0x8123456789abcdef by rs2 = 0x800000000000003a (amount 58) */
  TEST_SHR(199, sra, 0xffffffffffffffe0, 0x8123456789abcdef, 0x800000000000003a)
  /* 200: sra 0x8123456789abcdef by rs2 = 0xfffb (amount 59) */
  TEST_SHR(200, sra, 0xfffffffffffffff0, 0x8123456789abcdef, 0x000000000000fffb)
  /* 201: sra 0x8123456789abcdef by rs2 = 0x3c (amount 60) */
  TEST_SHR(201, sra, 0xfffffffffffffff8, 0x8123456789abcdef, 0x000000000000003c)
  /* 202: sra 0x8123456789abcdef by rs2 = 0x7d (amount 61) */
  TEST_SHR(202, sra, 0xfffffffffffffffc, 0x8123456789abcdef, 0x000000000000007d)
  /* 203: sra 0x8123456789abcdef by rs2 = -0x2 (amount 62) */
  TEST_SHR(203, sra, 0xfffffffffffffffe, 0x8123456789abcdef, 0xfffffffffffffffe)
  /* 204: sra 0x8123456789abcdef by rs2 = 0x48d159e27f (amount 63) */
  TEST_SHR(204, sra, 0xffffffffffffffff, 0x8123456789abcdef, 0x00000048d159e27f)
  /* 205: sra 0x7edcba9876543210, 1 */
  TEST_SHR(205, sra, 0x3f6e5d4c3b2a1908, 0x7edcba9876543210, 1)
  /* 206: sra 0x7edcba9876543210, 31 */
  TEST_SHR(206, sra, 0x00000000fdb97530, 0x7edcba9876543210, 31)
  /* 207: sra 0x7edcba9876543210, 32 */
  TEST_SHR(207, sra, 0x000000007edcba98, 0x7edcba9876543210, 32)
  /* 208: sra 0x7edcba9876543210, 63 */
  TEST_SHR(208, sra, 0x0000000000000000, 0x7edcba9876543210, 63)
  /* 209: sra with rd == rs2 (amount read before write) */
  TEST_CASE(209, a2, 0xfffffffff8123456, li a1, 0x8123456789abcdef; li a2, 36; sra a2, a1, a2)
  /* 210: sra with rs1 == rs2 == rd */
  TEST_CASE(210, a1, 0xffffffffffff0246, li a1, 0x8123456789abcdef; sra a1, a1, a1)

TEST_END

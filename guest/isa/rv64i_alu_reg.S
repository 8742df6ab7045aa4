#include "test.h"

/* RV64I register-register integer instructions (OP: add, sub, sll, slt,
 * sltu, xor, srl, sra, or, and) with register aliasing and x0, common
 * pseudo-instructions, x0 hardwired to zero, and FENCE as a no-op.
 * The immediate forms are in rv64i_alu_imm.S.
 * Each check: the result register holds the architecturally required
 * value (t6 holds the expected value, gp the check number). */

#define TEST_RR(n, inst, result, v1, v2) \
  TEST_CASE(n, a4, result, li a1, v1; li a2, v2; inst a4, a1, a2)
/* rd == rs1 */
#define TEST_RR_D1(n, inst, result, v1, v2) \
  TEST_CASE(n, a1, result, li a1, v1; li a2, v2; inst a1, a1, a2)
/* rd == rs2 */
#define TEST_RR_D2(n, inst, result, v1, v2) \
  TEST_CASE(n, a2, result, li a1, v1; li a2, v2; inst a2, a1, a2)
/* rd == rs1 == rs2 */
#define TEST_RR_D12(n, inst, result, v1) \
  TEST_CASE(n, a1, result, li a1, v1; inst a1, a1, a1)
/* rs1 == x0 */
#define TEST_RR_Z1(n, inst, result, v2) \
  TEST_CASE(n, a4, result, li a2, v2; inst a4, x0, a2)
/* rs2 == x0 */
#define TEST_RR_Z2(n, inst, result, v1) \
  TEST_CASE(n, a4, result, li a1, v1; inst a4, a1, x0)
/* rd == x0: the result is discarded, x0 still reads 0 */
#define TEST_RR_ZD(n, inst, v1, v2) \
  TEST_CASE(n, x0, 0, li a1, v1; li a2, v2; inst x0, a1, a2; mv a4, x0; bnez a4, fail)
/* the source registers keep their values */
#define TEST_RR_SRC(n, inst, v1, v2) \
  TEST_CASE(n, a1, v1, li a1, v1; li a2, v2; inst a4, a1, a2; li t5, v2; bne a2, t5, fail)

#define TEST_IMM(n, inst, result, v1, imm) \
  TEST_CASE(n, a4, result, li a1, v1; inst a4, a1, imm)
#define TEST_IMM_D1(n, inst, result, v1, imm) \
  TEST_CASE(n, a1, result, li a1, v1; inst a1, a1, imm)
#define TEST_IMM_Z1(n, inst, result, imm) \
  TEST_CASE(n, a4, result, inst a4, x0, imm)
#define TEST_IMM_ZD(n, inst, v1, imm) \
  TEST_CASE(n, x0, 0, li a1, v1; inst x0, a1, imm; mv a4, x0; bnez a4, fail)
#define TEST_IMM_SRC(n, inst, v1, imm) \
  TEST_CASE(n, a1, v1, li a1, v1; inst a4, a1, imm)

TEST_BEGIN
  /* Only 32-bit encodings here: RVC is covered by rvc.S. */
  .option norvc

  /* ---- ADD */
  /* 1: add 0x0, 0x0 -> 0x0 */
  TEST_RR(1, add, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 2: add 0x1, 0x1 -> 0x2 */
  TEST_RR(2, add, 0x0000000000000002, 0x0000000000000001, 0x0000000000000001)
  /* 3: add 0x3, 0x7 -> 0xa */
  TEST_RR(3, add, 0x000000000000000a, 0x0000000000000003, 0x0000000000000007)
  /* 4: add -0x1, 0x1 -> 0x0 */
  TEST_RR(4, add, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000001)
  /* 5: add 0x7fffffffffffffff, 0x1 -> 0x8000000000000000 (signed overflow wraps) */
  TEST_RR(5, add, 0x8000000000000000, 0x7fffffffffffffff, 0x0000000000000001)
  /* 6: add 0x8000000000000000, 0x8000000000000000 -> 0x0 (carry out dropped) */
  TEST_RR(6, add, 0x0000000000000000, 0x8000000000000000, 0x8000000000000000)
  /* 7: add 0xffffffff, 0x1 -> 0x100000000 (no 32-bit truncation) */
  TEST_RR(7, add, 0x0000000100000000, 0x00000000ffffffff, 0x0000000000000001)
  /* 8: add 0x7fffffff, 0x7fffffff -> 0xfffffffe */
  TEST_RR(8, add, 0x00000000fffffffe, 0x000000007fffffff, 0x000000007fffffff)
  /* 9: add 0x123456789abcdef, 0xfedcba9876543210 -> -0x1 */
  TEST_RR(9, add, 0xffffffffffffffff, 0x0123456789abcdef, 0xfedcba9876543210)
  /* 10: add -0x5, -0x7 -> -0xc */
  TEST_RR(10, add, 0xfffffffffffffff4, 0xfffffffffffffffb, 0xfffffffffffffff9)
  /* 11: add with rd == rs1 */
  TEST_RR_D1(11, add, 0x000000000000000a, 0x0000000000000003, 0x0000000000000007)
  /* 12: add with rd == rs2 */
  TEST_RR_D2(12, add, 0x000000000000000a, 0x0000000000000003, 0x0000000000000007)
  /* 13: add with rd == rs1 == rs2 */
  TEST_RR_D12(13, add, 0x0000000000000006, 0x0000000000000003)
  /* 14: add with rs1 == x0 */
  TEST_RR_Z1(14, add, 0x0000000000000007, 0x0000000000000007)
  /* 15: add with rs2 == x0 */
  TEST_RR_Z2(15, add, 0x0000000000000003, 0x0000000000000003)
  /* 16: add with rd == x0 is discarded */
  TEST_RR_ZD(16, add, 0x0000000000000003, 0x0000000000000007)
  /* 17: add leaves rs1 and rs2 unchanged */
  TEST_RR_SRC(17, add, 0x0000000000000003, 0x0000000000000007)
  /* ---- SUB */
  /* 18: sub 0x0, 0x0 -> 0x0 */
  TEST_RR(18, sub, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 19: sub 0x1, 0x1 -> 0x0 */
  TEST_RR(19, sub, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001)
  /* 20: sub 0x3, 0x7 -> -0x4 */
  TEST_RR(20, sub, 0xfffffffffffffffc, 0x0000000000000003, 0x0000000000000007)
  /* 21: sub 0x0, 0x1 -> -0x1 */
  TEST_RR(21, sub, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000001)
  /* 22: sub 0x8000000000000000, 0x1 -> 0x7fffffffffffffff (wraps) */
  TEST_RR(22, sub, 0x7fffffffffffffff, 0x8000000000000000, 0x0000000000000001)
  /* 23: sub 0x7fffffffffffffff, -0x1 -> 0x8000000000000000 */
  TEST_RR(23, sub, 0x8000000000000000, 0x7fffffffffffffff, 0xffffffffffffffff)
  /* 24: sub 0x100000000, 0x1 -> 0xffffffff (borrow across bit 32) */
  TEST_RR(24, sub, 0x00000000ffffffff, 0x0000000100000000, 0x0000000000000001)
  /* 25: sub -0x1, -0x1 -> 0x0 */
  TEST_RR(25, sub, 0x0000000000000000, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 26: sub 0x123456789abcdef, 0xfedcba9876543210 -> 0x2468acf13579bdf */
  TEST_RR(26, sub, 0x02468acf13579bdf, 0x0123456789abcdef, 0xfedcba9876543210)
  /* 27: sub with rd == rs1 */
  TEST_RR_D1(27, sub, 0xfffffffffffffffc, 0x0000000000000003, 0x0000000000000007)
  /* 28: sub with rd == rs2 */
  TEST_RR_D2(28, sub, 0xfffffffffffffffc, 0x0000000000000003, 0x0000000000000007)
  /* 29: sub with rd == rs1 == rs2 */
  TEST_RR_D12(29, sub, 0x0000000000000000, 0x0000000000000003)
  /* 30: sub with rs1 == x0 */
  TEST_RR_Z1(30, sub, 0xfffffffffffffff9, 0x0000000000000007)
  /* 31: sub with rs2 == x0 */
  TEST_RR_Z2(31, sub, 0x0000000000000003, 0x0000000000000003)
  /* 32: sub with rd == x0 is discarded */
  TEST_RR_ZD(32, sub, 0x0000000000000003, 0x0000000000000007)
  /* 33: sub leaves rs1 and rs2 unchanged */
  TEST_RR_SRC(33, sub, 0x0000000000000003, 0x0000000000000007)
  /* ---- SLL */
  /* 34: sll 0x1, 0x0 -> 0x1 */
  TEST_RR(34, sll, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000)
  /* 35: sll 0x1, 0x1 -> 0x2 */
  TEST_RR(35, sll, 0x0000000000000002, 0x0000000000000001, 0x0000000000000001)
  /* 36: sll 0x1, 0x3f -> 0x8000000000000000 */
  TEST_RR(36, sll, 0x8000000000000000, 0x0000000000000001, 0x000000000000003f)
  /* 37: sll 0x1, 0x40 -> 0x1 (only rs2[5:0] counts: 64 -> 0) */
  TEST_RR(37, sll, 0x0000000000000001, 0x0000000000000001, 0x0000000000000040)
  /* 38: sll 0x123456789abcdef, 0x4 -> 0x123456789abcdef0 */
  TEST_RR(38, sll, 0x123456789abcdef0, 0x0123456789abcdef, 0x0000000000000004)
  /* 39: sll 0x123456789abcdef, -0x3c -> 0x123456789abcdef0 (upper bits of rs2 ignored) */
  TEST_RR(39, sll, 0x123456789abcdef0, 0x0123456789abcdef, 0xffffffffffffffc4)
  /* 40: sll -0x1, 0x20 -> 0xffffffff00000000 */
  TEST_RR(40, sll, 0xffffffff00000000, 0xffffffffffffffff, 0x0000000000000020)
  /* 41: sll -0x1, -0x1 -> 0x8000000000000000 (rs2 = -1 shifts by 63) */
  TEST_RR(41, sll, 0x8000000000000000, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 42: sll 0x123456789abcdef, 0x123456789abcdef1 -> 0x9bde000000000000 */
  TEST_RR(42, sll, 0x9bde000000000000, 0x0123456789abcdef, 0x123456789abcdef1)
  /* 43: sll with rd == rs1 */
  TEST_RR_D1(43, sll, 0x8000000000000000, 0x0000000000000001, 0x000000000000003f)
  /* 44: sll with rd == rs2 */
  TEST_RR_D2(44, sll, 0x8000000000000000, 0x0000000000000001, 0x000000000000003f)
  /* 45: sll with rd == rs1 == rs2 */
  TEST_RR_D12(45, sll, 0x0000000000000002, 0x0000000000000001)
  /* 46: sll with rs1 == x0 */
  TEST_RR_Z1(46, sll, 0x0000000000000000, 0x000000000000003f)
  /* 47: sll with rs2 == x0 */
  TEST_RR_Z2(47, sll, 0x0000000000000001, 0x0000000000000001)
  /* 48: sll with rd == x0 is discarded */
  TEST_RR_ZD(48, sll, 0x0000000000000001, 0x000000000000003f)
  /* 49: sll leaves rs1 and rs2 unchanged */
  TEST_RR_SRC(49, sll, 0x0000000000000001, 0x000000000000003f)
  /* ---- SLT */
  /* 50: slt 0x0, 0x0 -> 0x0 */
  TEST_RR(50, slt, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 51: slt 0x0, 0x1 -> 0x1 */
  TEST_RR(51, slt, 0x0000000000000001, 0x0000000000000000, 0x0000000000000001)
  /* 52: slt 0x1, 0x0 -> 0x0 */
  TEST_RR(52, slt, 0x0000000000000000, 0x0000000000000001, 0x0000000000000000)
  /* 53: slt -0x1, 0x0 -> 0x1 */
  TEST_RR(53, slt, 0x0000000000000001, 0xffffffffffffffff, 0x0000000000000000)
  /* 54: slt 0x0, -0x1 -> 0x0 */
  TEST_RR(54, slt, 0x0000000000000000, 0x0000000000000000, 0xffffffffffffffff)
  /* 55: slt 0x8000000000000000, 0x7fffffffffffffff -> 0x1 */
  TEST_RR(55, slt, 0x0000000000000001, 0x8000000000000000, 0x7fffffffffffffff)
  /* 56: slt 0x7fffffffffffffff, 0x8000000000000000 -> 0x0 */
  TEST_RR(56, slt, 0x0000000000000000, 0x7fffffffffffffff, 0x8000000000000000)
  /* 57: slt -0x2, -0x1 -> 0x1 */
  TEST_RR(57, slt, 0x0000000000000001, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 58: slt -0x1, -0x2 -> 0x0 */
  TEST_RR(58, slt, 0x0000000000000000, 0xffffffffffffffff, 0xfffffffffffffffe)
  /* 59: slt 0x80000000, 0x7fffffff -> 0x0 (compares 64 bits, not 32) */
  TEST_RR(59, slt, 0x0000000000000000, 0x0000000080000000, 0x000000007fffffff)
  /* 60: slt 0xffffffff, 0x100000000 -> 0x1 */
  TEST_RR(60, slt, 0x0000000000000001, 0x00000000ffffffff, 0x0000000100000000)
  /* 61: slt with rd == rs1 */
  TEST_RR_D1(61, slt, 0x0000000000000000, 0x0000000000000001, 0x0000000000000000)
  /* 62: slt with rd == rs2 */
  TEST_RR_D2(62, slt, 0x0000000000000000, 0x0000000000000001, 0x0000000000000000)
  /* 63: slt with rd == rs1 == rs2 */
  TEST_RR_D12(63, slt, 0x0000000000000000, 0x0000000000000001)
  /* 64: slt with rs1 == x0 */
  TEST_RR_Z1(64, slt, 0x0000000000000000, 0x0000000000000000)
  /* 65: slt with rs2 == x0 */
  TEST_RR_Z2(65, slt, 0x0000000000000000, 0x0000000000000001)
  /* 66: slt with rd == x0 is discarded */
  TEST_RR_ZD(66, slt, 0x0000000000000001, 0x0000000000000000)
  /* 67: slt leaves rs1 and rs2 unchanged */
  TEST_RR_SRC(67, slt, 0x0000000000000001, 0x0000000000000000)
  /* ---- SLTU */
  /* 68: sltu 0x0, 0x0 -> 0x0 */
  TEST_RR(68, sltu, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 69: sltu 0x0, 0x1 -> 0x1 */
  TEST_RR(69, sltu, 0x0000000000000001, 0x0000000000000000, 0x0000000000000001)
  /* 70: sltu 0x1, 0x0 -> 0x0 */
  TEST_RR(70, sltu, 0x0000000000000000, 0x0000000000000001, 0x0000000000000000)
  /* 71: sltu -0x1, 0x0 -> 0x0 */
  TEST_RR(71, sltu, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000)
  /* 72: sltu 0x0, -0x1 -> 0x1 (snez idiom with rs1 = x0 is sltu rd, x0, rs2) */
  TEST_RR(72, sltu, 0x0000000000000001, 0x0000000000000000, 0xffffffffffffffff)
  /* 73: sltu 0x8000000000000000, 0x7fffffffffffffff -> 0x0 */
  TEST_RR(73, sltu, 0x0000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
  /* 74: sltu 0x7fffffffffffffff, 0x8000000000000000 -> 0x1 */
  TEST_RR(74, sltu, 0x0000000000000001, 0x7fffffffffffffff, 0x8000000000000000)
  /* 75: sltu -0x2, -0x1 -> 0x1 */
  TEST_RR(75, sltu, 0x0000000000000001, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 76: sltu -0x1, -0x2 -> 0x0 */
  TEST_RR(76, sltu, 0x0000000000000000, 0xffffffffffffffff, 0xfffffffffffffffe)
  /* 77: sltu 0xffffffff, 0x100000000 -> 0x1 */
  TEST_RR(77, sltu, 0x0000000000000001, 0x00000000ffffffff, 0x0000000100000000)
  /* 78: sltu with rd == rs1 */
  TEST_RR_D1(78, sltu, 0x0000000000000000, 0x0000000000000001, 0x0000000000000000)
  /* 79: sltu with rd == rs2 */
  TEST_RR_D2(79, sltu, 0x0000000000000000, 0x0000000000000001, 0x0000000000000000)
  /* 80: sltu with rd == rs1 == rs2 */
  TEST_RR_D12(80, sltu, 0x0000000000000000, 0x0000000000000001)
  /* 81: sltu with rs1 == x0 */
  TEST_RR_Z1(81, sltu, 0x0000000000000000, 0x0000000000000000)
  /* 82: sltu with rs2 == x0 */
  TEST_RR_Z2(82, sltu, 0x0000000000000000, 0x0000000000000001)
  /* 83: sltu with rd == x0 is discarded */
  TEST_RR_ZD(83, sltu, 0x0000000000000001, 0x0000000000000000)
  /* 84: sltu leaves rs1 and rs2 unchanged */
  TEST_RR_SRC(84, sltu, 0x0000000000000001, 0x0000000000000000)
  /* ---- XOR */
  /* 85: xor 0xff00ff00ff00ff00, 0xf0f0f0f0f0f0f0f -> 0xf00ff00ff00ff00f */
  TEST_RR(85, xor, 0xf00ff00ff00ff00f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f)
  /* 86: xor 0x0, 0x0 -> 0x0 */
  TEST_RR(86, xor, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 87: xor 0x123456789abcdef, -0x1 -> 0xfedcba9876543210 */
  TEST_RR(87, xor, 0xfedcba9876543210, 0x0123456789abcdef, 0xffffffffffffffff)
  /* 88: xor -0x1, -0x1 -> 0x0 */
  TEST_RR(88, xor, 0x0000000000000000, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 89: xor 0x8000000000000001, 0x8000000000000000 -> 0x1 */
  TEST_RR(89, xor, 0x0000000000000001, 0x8000000000000001, 0x8000000000000000)
  /* 90: xor with rd == rs1 */
  TEST_RR_D1(90, xor, 0xfedcba9876543210, 0x0123456789abcdef, 0xffffffffffffffff)
  /* 91: xor with rd == rs2 */
  TEST_RR_D2(91, xor, 0xfedcba9876543210, 0x0123456789abcdef, 0xffffffffffffffff)
  /* 92: xor with rd == rs1 == rs2 */
  TEST_RR_D12(92, xor, 0x0000000000000000, 0x0123456789abcdef)
  /* 93: xor with rs1 == x0 */
  TEST_RR_Z1(93, xor, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 94: xor with rs2 == x0 */
  TEST_RR_Z2(94, xor, 0x0123456789abcdef, 0x0123456789abcdef)
  /* 95: xor with rd == x0 is discarded */
  TEST_RR_ZD(95, xor, 0x0123456789abcdef, 0xffffffffffffffff)
  /* 96: xor leaves rs1 and rs2 unchanged */
  TEST_RR_SRC(96, xor, 0x0123456789abcdef, 0xffffffffffffffff)
  /* ---- SRL */
  /* 97: srl 0x8000000000000000, 0x0 -> 0x8000000000000000 */
  TEST_RR(97, srl, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000)
  /* 98: srl 0x8000000000000000, 0x1 -> 0x4000000000000000 */
  TEST_RR(98, srl, 0x4000000000000000, 0x8000000000000000, 0x0000000000000001)
  /* 99: srl 0x8000000000000000, 0x3f -> 0x1 */
  TEST_RR(99, srl, 0x0000000000000001, 0x8000000000000000, 0x000000000000003f)
  /* 100: srl 0x8000000000000000, 0x40 -> 0x8000000000000000 (only rs2[5:0] counts) */
  TEST_RR(100, srl, 0x8000000000000000, 0x8000000000000000, 0x0000000000000040)
  /* 101: srl -0x1, 0x20 -> 0xffffffff (zero-fills from bit 63) */
  TEST_RR(101, srl, 0x00000000ffffffff, 0xffffffffffffffff, 0x0000000000000020)
  /* 102: srl -0x1, -0x1 -> 0x1 */
  TEST_RR(102, srl, 0x0000000000000001, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 103: srl 0x123456789abcdef, -0x7c -> 0x123456789abcde */
  TEST_RR(103, srl, 0x00123456789abcde, 0x0123456789abcdef, 0xffffffffffffff84)
  /* 104: srl 0xfedcba9876543210, 0x1f -> 0x1fdb97530 */
  TEST_RR(104, srl, 0x00000001fdb97530, 0xfedcba9876543210, 0x000000000000001f)
  /* 105: srl with rd == rs1 */
  TEST_RR_D1(105, srl, 0x0000000000000001, 0x8000000000000000, 0x000000000000003f)
  /* 106: srl with rd == rs2 */
  TEST_RR_D2(106, srl, 0x0000000000000001, 0x8000000000000000, 0x000000000000003f)
  /* 107: srl with rd == rs1 == rs2 */
  TEST_RR_D12(107, srl, 0x8000000000000000, 0x8000000000000000)
  /* 108: srl with rs1 == x0 */
  TEST_RR_Z1(108, srl, 0x0000000000000000, 0x000000000000003f)
  /* 109: srl with rs2 == x0 */
  TEST_RR_Z2(109, srl, 0x8000000000000000, 0x8000000000000000)
  /* 110: srl with rd == x0 is discarded */
  TEST_RR_ZD(110, srl, 0x8000000000000000, 0x000000000000003f)
  /* 111: srl leaves rs1 and rs2 unchanged */
  TEST_RR_SRC(111, srl, 0x8000000000000000, 0x000000000000003f)
  /* ---- SRA */
  /* 112: sra 0x8000000000000000, 0x0 -> 0x8000000000000000 */
  TEST_RR(112, sra, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000)
  /* 113: sra 0x8000000000000000, 0x1 -> 0xc000000000000000 */
  TEST_RR(113, sra, 0xc000000000000000, 0x8000000000000000, 0x0000000000000001)
  /* 114: sra 0x8000000000000000, 0x3f -> -0x1 (sign-fills) */
  TEST_RR(114, sra, 0xffffffffffffffff, 0x8000000000000000, 0x000000000000003f)
  /* 115: sra 0x8000000000000000, 0x40 -> 0x8000000000000000 */
  TEST_RR(115, sra, 0x8000000000000000, 0x8000000000000000, 0x0000000000000040)
  /* 116: sra 0x7fffffffffffffff, 0x3e -> 0x1 */
  TEST_RR(116, sra, 0x0000000000000001, 0x7fffffffffffffff, 0x000000000000003e)
  /* 117: sra -0x1, -0x1 -> -0x1 */
  TEST_RR(117, sra, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 118: sra 0xfedcba9876543210, -0x7c -> 0xffedcba987654321 */
  TEST_RR(118, sra, 0xffedcba987654321, 0xfedcba9876543210, 0xffffffffffffff84)
  /* 119: sra 0x80000000, 0x1f -> 0x1 (bit 31 is not the sign) */
  TEST_RR(119, sra, 0x0000000000000001, 0x0000000080000000, 0x000000000000001f)
  /* 120: sra 0xfedcba9876543210, 0x20 -> 0xfffffffffedcba98 */
  TEST_RR(120, sra, 0xfffffffffedcba98, 0xfedcba9876543210, 0x0000000000000020)
  /* 121: sra with rd == rs1 */
  TEST_RR_D1(121, sra, 0xffffffffffffffff, 0x8000000000000000, 0x000000000000003f)
  /* 122: sra with rd == rs2 */
  TEST_RR_D2(122, sra, 0xffffffffffffffff, 0x8000000000000000, 0x000000000000003f)
  /* 123: sra with rd == rs1 == rs2 */
  TEST_RR_D12(123, sra, 0x8000000000000000, 0x8000000000000000)
  /* 124: sra with rs1 == x0 */
  TEST_RR_Z1(124, sra, 0x0000000000000000, 0x000000000000003f)
  /* 125: sra with rs2 == x0 */
  TEST_RR_Z2(125, sra, 0x8000000000000000, 0x8000000000000000)
  /* 126: sra with rd == x0 is discarded */
  TEST_RR_ZD(126, sra, 0x8000000000000000, 0x000000000000003f)
  /* 127: sra leaves rs1 and rs2 unchanged */
  TEST_RR_SRC(127, sra, 0x8000000000000000, 0x000000000000003f)
  /* ---- OR */
  /* 128: or 0xff00ff00ff00ff00, 0xf0f0f0f0f0f0f0f -> 0xff0fff0fff0fff0f */
  TEST_RR(128, or, 0xff0fff0fff0fff0f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f)
  /* 129: or 0x0, 0x0 -> 0x0 */
  TEST_RR(129, or, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
  /* 130: or 0x123456789abcdef, -0x1 -> -0x1 */
  TEST_RR(130, or, 0xffffffffffffffff, 0x0123456789abcdef, 0xffffffffffffffff)
  /* 131: or 0x8000000000000000, 0x1 -> 0x8000000000000001 */
  TEST_RR(131, or, 0x8000000000000001, 0x8000000000000000, 0x0000000000000001)
  /* 132: or 0xff00ff00ff00ff, 0xff00ff00ff00ff00 -> -0x1 */
  TEST_RR(132, or, 0xffffffffffffffff, 0x00ff00ff00ff00ff, 0xff00ff00ff00ff00)
  /* 133: or with rd == rs1 */
  TEST_RR_D1(133, or, 0xffffffffffffffff, 0x0123456789abcdef, 0xffffffffffffffff)
  /* 134: or with rd == rs2 */
  TEST_RR_D2(134, or, 0xffffffffffffffff, 0x0123456789abcdef, 0xffffffffffffffff)
  /* 135: or with rd == rs1 == rs2 */
  TEST_RR_D12(135, or, 0x0123456789abcdef, 0x0123456789abcdef)
  /* 136: or with rs1 == x0 */
  TEST_RR_Z1(136, or, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 137: or with rs2 == x0 */
  TEST_RR_Z2(137, or, 0x0123456789abcdef, 0x0123456789abcdef)
  /* 138: or with rd == x0 is discarded */
  TEST_RR_ZD(138, or, 0x0123456789abcdef, 0xffffffffffffffff)
  /* 139: or leaves rs1 and rs2 unchanged */
  TEST_RR_SRC(139, or, 0x0123456789abcdef, 0xffffffffffffffff)
  /* ---- AND */
  /* 140: and 0xff00ff00ff00ff00, 0xf0f0f0f0f0f0f0f -> 0xf000f000f000f00 */
  TEST_RR(140, and, 0x0f000f000f000f00, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f)
  /* 141: and 0x0, -0x1 -> 0x0 */
  TEST_RR(141, and, 0x0000000000000000, 0x0000000000000000, 0xffffffffffffffff)
  /* 142: and 0x123456789abcdef, -0x1 -> 0x123456789abcdef */
  TEST_RR(142, and, 0x0123456789abcdef, 0x0123456789abcdef, 0xffffffffffffffff)
  /* 143: and 0x8000000000000001, 0xc000000000000003 -> 0x8000000000000001 */
  TEST_RR(143, and, 0x8000000000000001, 0x8000000000000001, 0xc000000000000003)
  /* 144: and 0xff00ff00ff00ff, 0xff00ff00ff00ff00 -> 0x0 */
  TEST_RR(144, and, 0x0000000000000000, 0x00ff00ff00ff00ff, 0xff00ff00ff00ff00)
  /* 145: and with rd == rs1 */
  TEST_RR_D1(145, and, 0x0123456789abcdef, 0x0123456789abcdef, 0xffffffffffffffff)
  /* 146: and with rd == rs2 */
  TEST_RR_D2(146, and, 0x0123456789abcdef, 0x0123456789abcdef, 0xffffffffffffffff)
  /* 147: and with rd == rs1 == rs2 */
  TEST_RR_D12(147, and, 0x0123456789abcdef, 0x0123456789abcdef)
  /* 148: and with rs1 == x0 */
  TEST_RR_Z1(148, and, 0x0000000000000000, 0xffffffffffffffff)
  /* 149: and with rs2 == x0 */
  TEST_RR_Z2(149, and, 0x0000000000000000, 0x0123456789abcdef)
  /* 150: and with rd == x0 is discarded */
  TEST_RR_ZD(150, and, 0x0123456789abcdef, 0xffffffffffffffff)
  /* 151: and leaves rs1 and rs2 unchanged */
  TEST_RR_SRC(151, and, 0x0123456789abcdef, 0xffffffffffffffff)
  /* ---- pseudo-instructions built from the above */
  /* 152: nop (addi x0, x0, 0) changes nothing */
  TEST_CASE(152, a4, 7, li a4, 7; nop; addi x0, x0, 0)
  /* 153: not = xori -1 */
  TEST_CASE(153, a4, 0xfedcba9876543210, li a1, 0x0123456789abcdef; not a4, a1)
  /* 154: neg = sub rd, x0, rs */
  TEST_CASE(154, a4, -5, li a1, 5; neg a4, a1)
  /* 155: seqz = sltiu 1 on zero */
  TEST_CASE(155, a4, 1, li a1, 0; seqz a4, a1)
  /* 156: seqz on 0x100000000 (upper bits count) */
  TEST_CASE(156, a4, 0, li a1, 0x100000000; seqz a4, a1)
  /* 157: snez on 0x8000000000000000 */
  TEST_CASE(157, a4, 1, li a1, 0x8000000000000000; snez a4, a1)
  /* 158: sltz on -1 */
  TEST_CASE(158, a4, 1, li a1, -1; sltz a4, a1)
  /* 159: sgtz on 0x7fffffffffffffff */
  TEST_CASE(159, a4, 1, li a1, 0x7fffffffffffffff; sgtz a4, a1)
  /* ---- x0 is hardwired to zero */
  /* 160: addi x0 then read x0 as a source */
  TEST_CASE(160, a4, 5, addi x0, x0, 7; addi a4, x0, 5)
  /* 161: add x0 then use x0 twice as sources */
  TEST_CASE(161, a4, 0, li a1, 9; add x0, a1, a1; add a4, x0, x0)
  /* 162: ori x0, x0, -1 does not make x0 all-ones */
  TEST_CASE(162, a4, 0, ori x0, x0, -1; sltu a4, x0, x0; or a4, a4, x0)
  /* 163: x0 with every bit pattern pushed at it still compares equal to zero */
  TEST_CASE(163, x0, 0, li a1, -1; xor x0, a1, x0; sub x0, x0, a1; sll x0, a1, a1)
  /* ---- FENCE: a no-op for a single hart; registers are untouched */
  /* 164: fence (iorw, iorw) */
  TEST_CASE(164, a4, 0x1234, li a4, 0x1234; fence; fence iorw, iorw)
  /* 165: fence r, r / w, w / rw, rw / i, o */
  TEST_CASE(165, a4, 0x1234, li a4, 0x1234; fence r, r; fence w, w; fence rw, rw; fence i, o)
  /* 166: fence.tso */
  TEST_CASE(166, a4, 0x1234, li a4, 0x1234; fence.tso)
  /* 167: pause hint (fence w, 0) */
  TEST_CASE(167, a4, 0x1234, li a4, 0x1234; .word 0x0100000f)
  /* 168: fence with nonzero rd/rs1 fields (reserved, must be ignored) */
  TEST_CASE(168, a4, 0x1234, li a4, 0x1234; .word 0x0ff5858f)
  /* 169: fence orders a store before a load from the same address */
  TEST_CASE(169, a4, 0x55, la a1, fence_word; li a2, 0x55; sw a2, 0(a1); fence rw, rw; lw a4, 0(a1))

TEST_END

  .data
  .align 3
fence_word: .word 0

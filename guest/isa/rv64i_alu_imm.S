#include "test.h"

/* RV64I integer computational instructions with immediates: LUI, AUIPC
 * and OP-IMM (addi, slti, sltiu, xori, ori, andi), incl. rd == x0 and
 * rd == rs1. The register forms are in rv64i_alu_reg.S, shifts by every
 * amount in rv64i_shift_imm.S / rv64i_shift_reg.S, the *W forms in
 * rv64i_w_imm.S / rv64i_w_reg.S.
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

  /* ---- LUI: imm << 12, sign-extended from bit 31 */
  /* 1: lui 0x0 -> 0x0000000000000000 */
  TEST_CASE(1, a4, 0x0000000000000000, li a4, -1; lui a4, 0x0)
  /* 2: lui 0x1 -> 0x0000000000001000 */
  TEST_CASE(2, a4, 0x0000000000001000, li a4, -1; lui a4, 0x1)
  /* 3: lui 0x12345 -> 0x0000000012345000 */
  TEST_CASE(3, a4, 0x0000000012345000, li a4, -1; lui a4, 0x12345)
  /* 4: lui 0x7ffff -> 0x000000007ffff000 */
  TEST_CASE(4, a4, 0x000000007ffff000, li a4, -1; lui a4, 0x7ffff)
  /* 5: lui 0x80000 -> 0xffffffff80000000 */
  TEST_CASE(5, a4, 0xffffffff80000000, li a4, -1; lui a4, 0x80000)
  /* 6: lui 0xfffff -> 0xfffffffffffff000 */
  TEST_CASE(6, a4, 0xfffffffffffff000, li a4, -1; lui a4, 0xfffff)
  /* 7: lui 0xabcde -> 0xffffffffabcde000 */
  TEST_CASE(7, a4, 0xffffffffabcde000, li a4, -1; lui a4, 0xabcde)
  /* 8: lui to x0 is discarded */
  TEST_CASE(8, x0, 0, lui x0, 0x12345; mv a4, x0; bnez a4, fail)
  /* ---- AUIPC: pc + (imm << 12 sign-extended); result minus the address of the auipc */
  /* 9: auipc 0x0 -> pc + 0x0 */
  TEST_CASE(9, a4, 0x0000000000000000, 1: auipc a4, 0x0; lla a1, 1b; sub a4, a4, a1)
  /* 10: auipc 0x1 -> pc + 0x1000 */
  TEST_CASE(10, a4, 0x0000000000001000, 1: auipc a4, 0x1; lla a1, 1b; sub a4, a4, a1)
  /* 11: auipc 0x12345 -> pc + 0x12345000 */
  TEST_CASE(11, a4, 0x0000000012345000, 1: auipc a4, 0x12345; lla a1, 1b; sub a4, a4, a1)
  /* 12: auipc 0x7ffff -> pc + 0x7ffff000 */
  TEST_CASE(12, a4, 0x000000007ffff000, 1: auipc a4, 0x7ffff; lla a1, 1b; sub a4, a4, a1)
  /* 13: auipc 0x80000 -> pc + 0xffffffff80000000 */
  TEST_CASE(13, a4, 0xffffffff80000000, 1: auipc a4, 0x80000; lla a1, 1b; sub a4, a4, a1)
  /* 14: auipc 0xfffff -> pc + -0x1000 */
  TEST_CASE(14, a4, 0xfffffffffffff000, 1: auipc a4, 0xfffff; lla a1, 1b; sub a4, a4, a1)
  /* 15: auipc 0 gives the absolute address of the instruction */
  TEST_CASE(15, a4, 0, 1: auipc a4, 0; li a1, 0; lla a1, 1b; sub a4, a4, a1)
  /* 16: auipc 0x80000 from 0x8000xxxx gives a small positive address (pc - 2^31) */
  TEST_CASE(16, a4, 0, 1: auipc a4, 0x80000; lla a1, 1b; li a2, 0x80000000; sub a1, a1, a2; sub a4, a4, a1)
  /* 17: auipc to x0 is discarded */
  TEST_CASE(17, x0, 0, auipc x0, 0x12345; mv a4, x0; bnez a4, fail)
  /* ---- ADDI */
  /* 18: addi 0x0, 0 -> 0x0 */
  TEST_IMM(18, addi, 0x0000000000000000, 0x0000000000000000, 0)
  /* 19: addi 0x1, 1 -> 0x2 */
  TEST_IMM(19, addi, 0x0000000000000002, 0x0000000000000001, 1)
  /* 20: addi 0x3, 7 -> 0xa */
  TEST_IMM(20, addi, 0x000000000000000a, 0x0000000000000003, 7)
  /* 21: addi 0x0, -2048 -> -0x800 */
  TEST_IMM(21, addi, 0xfffffffffffff800, 0x0000000000000000, -2048)
  /* 22: addi 0x0, 2047 -> 0x7ff */
  TEST_IMM(22, addi, 0x00000000000007ff, 0x0000000000000000, 2047)
  /* 23: addi -0x1, 1 -> 0x0 */
  TEST_IMM(23, addi, 0x0000000000000000, 0xffffffffffffffff, 1)
  /* 24: addi 0x7fffffffffffffff, 1 -> 0x8000000000000000 (wraps) */
  TEST_IMM(24, addi, 0x8000000000000000, 0x7fffffffffffffff, 1)
  /* 25: addi 0x8000000000000000, -1 -> 0x7fffffffffffffff (wraps) */
  TEST_IMM(25, addi, 0x7fffffffffffffff, 0x8000000000000000, -1)
  /* 26: addi 0xffffffff, 1 -> 0x100000000 (carry into bit 32, no 32-bit truncation) */
  TEST_IMM(26, addi, 0x0000000100000000, 0x00000000ffffffff, 1)
  /* 27: addi 0x7fffffff, 2047 -> 0x800007fe */
  TEST_IMM(27, addi, 0x00000000800007fe, 0x000000007fffffff, 2047)
  /* 28: addi 0x5, -6 -> -0x1 */
  TEST_IMM(28, addi, 0xffffffffffffffff, 0x0000000000000005, -6)
  /* 29: addi 0x123456789, -2048 -> 0x123455f89 */
  TEST_IMM(29, addi, 0x0000000123455f89, 0x0000000123456789, -2048)
  /* 30: addi with rd == rs1 */
  TEST_IMM_D1(30, addi, 0x0000000000000002, 0x0000000000000001, 1)
  /* 31: addi with rs1 == x0 */
  TEST_IMM_Z1(31, addi, 0xfffffffffffffffb, -5)
  /* 32: addi with rd == x0 is discarded */
  TEST_IMM_ZD(32, addi, 0x0000000000000001, 1)
  /* 33: addi leaves rs1 unchanged */
  TEST_IMM_SRC(33, addi, 0x0000000000000001, 1)
  /* ---- SLTI */
  /* 34: slti 0x0, 0 -> 0x0 */
  TEST_IMM(34, slti, 0x0000000000000000, 0x0000000000000000, 0)
  /* 35: slti -0x1, 0 -> 0x1 */
  TEST_IMM(35, slti, 0x0000000000000001, 0xffffffffffffffff, 0)
  /* 36: slti 0x0, -1 -> 0x0 */
  TEST_IMM(36, slti, 0x0000000000000000, 0x0000000000000000, -1)
  /* 37: slti 0x1, 1 -> 0x0 */
  TEST_IMM(37, slti, 0x0000000000000000, 0x0000000000000001, 1)
  /* 38: slti 0x0, 1 -> 0x1 */
  TEST_IMM(38, slti, 0x0000000000000001, 0x0000000000000000, 1)
  /* 39: slti -0x801, -2048 -> 0x1 */
  TEST_IMM(39, slti, 0x0000000000000001, 0xfffffffffffff7ff, -2048)
  /* 40: slti -0x800, -2048 -> 0x0 */
  TEST_IMM(40, slti, 0x0000000000000000, 0xfffffffffffff800, -2048)
  /* 41: slti -0x7ff, -2048 -> 0x0 */
  TEST_IMM(41, slti, 0x0000000000000000, 0xfffffffffffff801, -2048)
  /* 42: slti 0x7fffffffffffffff, 2047 -> 0x0 */
  TEST_IMM(42, slti, 0x0000000000000000, 0x7fffffffffffffff, 2047)
  /* 43: slti 0x8000000000000000, -2048 -> 0x1 (most negative) */
  TEST_IMM(43, slti, 0x0000000000000001, 0x8000000000000000, -2048)
  /* 44: slti 0x7fe, 2047 -> 0x1 */
  TEST_IMM(44, slti, 0x0000000000000001, 0x00000000000007fe, 2047)
  /* 45: slti 0xffffffff, 0 -> 0x0 (compares 64 bits) */
  TEST_IMM(45, slti, 0x0000000000000000, 0x00000000ffffffff, 0)
  /* 46: slti with rd == rs1 */
  TEST_IMM_D1(46, slti, 0x0000000000000001, 0xffffffffffffffff, 0)
  /* 47: slti with rs1 == x0 */
  TEST_IMM_Z1(47, slti, 0x0000000000000000, -5)
  /* 48: slti with rd == x0 is discarded */
  TEST_IMM_ZD(48, slti, 0xffffffffffffffff, 0)
  /* 49: slti leaves rs1 unchanged */
  TEST_IMM_SRC(49, slti, 0xffffffffffffffff, 0)
  /* ---- SLTIU */
  /* 50: sltiu 0x0, 0 -> 0x0 */
  TEST_IMM(50, sltiu, 0x0000000000000000, 0x0000000000000000, 0)
  /* 51: sltiu 0x0, 1 -> 0x1 */
  TEST_IMM(51, sltiu, 0x0000000000000001, 0x0000000000000000, 1)
  /* 52: sltiu 0x1, 1 -> 0x0 */
  TEST_IMM(52, sltiu, 0x0000000000000000, 0x0000000000000001, 1)
  /* 53: sltiu 0x0, -1 -> 0x1 (imm -1 is 0xffff...ffff unsigned) */
  TEST_IMM(53, sltiu, 0x0000000000000001, 0x0000000000000000, -1)
  /* 54: sltiu 0x7fffffffffffffff, -1 -> 0x1 (everything but all-ones is below it) */
  TEST_IMM(54, sltiu, 0x0000000000000001, 0x7fffffffffffffff, -1)
  /* 55: sltiu -0x2, -1 -> 0x1 */
  TEST_IMM(55, sltiu, 0x0000000000000001, 0xfffffffffffffffe, -1)
  /* 56: sltiu -0x1, -1 -> 0x0 (all-ones is not below itself) */
  TEST_IMM(56, sltiu, 0x0000000000000000, 0xffffffffffffffff, -1)
  /* 57: sltiu -0x1, 0 -> 0x0 */
  TEST_IMM(57, sltiu, 0x0000000000000000, 0xffffffffffffffff, 0)
  /* 58: sltiu 0x800, -2048 -> 0x1 */
  TEST_IMM(58, sltiu, 0x0000000000000001, 0x0000000000000800, -2048)
  /* 59: sltiu -0x800, -2048 -> 0x0 */
  TEST_IMM(59, sltiu, 0x0000000000000000, 0xfffffffffffff800, -2048)
  /* 60: sltiu -0x801, -2048 -> 0x1 (sign-extended imm compared unsigned) */
  TEST_IMM(60, sltiu, 0x0000000000000001, 0xfffffffffffff7ff, -2048)
  /* 61: sltiu 0x7fe, 2047 -> 0x1 */
  TEST_IMM(61, sltiu, 0x0000000000000001, 0x00000000000007fe, 2047)
  /* 62: sltiu 0x8000000000000000, 0 -> 0x0 */
  TEST_IMM(62, sltiu, 0x0000000000000000, 0x8000000000000000, 0)
  /* 63: sltiu with rd == rs1 */
  TEST_IMM_D1(63, sltiu, 0x0000000000000001, 0x0000000000000000, 1)
  /* 64: sltiu with rs1 == x0 */
  TEST_IMM_Z1(64, sltiu, 0x0000000000000001, -5)
  /* 65: sltiu with rd == x0 is discarded */
  TEST_IMM_ZD(65, sltiu, 0x0000000000000000, 1)
  /* 66: sltiu leaves rs1 unchanged */
  TEST_IMM_SRC(66, sltiu, 0x0000000000000000, 1)
  /* ---- XORI */
  /* 67: xori 0xff00ff00ff00ff, 240 -> 0xff00ff00ff000f */
  TEST_IMM(67, xori, 0x00ff00ff00ff000f, 0x00ff00ff00ff00ff, 240)
  /* 68: xori 0xff00ff00ff00ff, -1 -> 0xff00ff00ff00ff00 (xori -1 is not) */
  TEST_IMM(68, xori, 0xff00ff00ff00ff00, 0x00ff00ff00ff00ff, -1)
  /* 69: xori 0x0, -2048 -> -0x800 */
  TEST_IMM(69, xori, 0xfffffffffffff800, 0x0000000000000000, -2048)
  /* 70: xori 0x123456789abcdef, 2047 -> 0x123456789abca10 */
  TEST_IMM(70, xori, 0x0123456789abca10, 0x0123456789abcdef, 2047)
  /* 71: xori -0x1, -1 -> 0x0 */
  TEST_IMM(71, xori, 0x0000000000000000, 0xffffffffffffffff, -1)
  /* 72: xori 0xf0f0f0f0f0f0f0f0, -1808 -> 0xf0f0f0f0f0f0800 */
  TEST_IMM(72, xori, 0x0f0f0f0f0f0f0800, 0xf0f0f0f0f0f0f0f0, -1808)
  /* 73: xori with rd == rs1 */
  TEST_IMM_D1(73, xori, 0xff00ff00ff00ff00, 0x00ff00ff00ff00ff, -1)
  /* 74: xori with rs1 == x0 */
  TEST_IMM_Z1(74, xori, 0xfffffffffffffffb, -5)
  /* 75: xori with rd == x0 is discarded */
  TEST_IMM_ZD(75, xori, 0x00ff00ff00ff00ff, -1)
  /* 76: xori leaves rs1 unchanged */
  TEST_IMM_SRC(76, xori, 0x00ff00ff00ff00ff, -1)
  /* ---- ORI */
  /* 77: ori 0xff00ff00ff00ff, 240 -> 0xff00ff00ff00ff */
  TEST_IMM(77, ori, 0x00ff00ff00ff00ff, 0x00ff00ff00ff00ff, 240)
  /* 78: ori 0x0, -1 -> -0x1 */
  TEST_IMM(78, ori, 0xffffffffffffffff, 0x0000000000000000, -1)
  /* 79: ori 0x0, -2048 -> -0x800 */
  TEST_IMM(79, ori, 0xfffffffffffff800, 0x0000000000000000, -2048)
  /* 80: ori 0x1000000000000000, 2047 -> 0x10000000000007ff */
  TEST_IMM(80, ori, 0x10000000000007ff, 0x1000000000000000, 2047)
  /* 81: ori 0x123456789abcdef, 0 -> 0x123456789abcdef */
  TEST_IMM(81, ori, 0x0123456789abcdef, 0x0123456789abcdef, 0)
  /* 82: ori 0x8000000000000000, 1365 -> 0x8000000000000555 */
  TEST_IMM(82, ori, 0x8000000000000555, 0x8000000000000000, 1365)
  /* 83: ori with rd == rs1 */
  TEST_IMM_D1(83, ori, 0xffffffffffffffff, 0x0000000000000000, -1)
  /* 84: ori with rs1 == x0 */
  TEST_IMM_Z1(84, ori, 0xfffffffffffffffb, -5)
  /* 85: ori with rd == x0 is discarded */
  TEST_IMM_ZD(85, ori, 0x0000000000000000, -1)
  /* 86: ori leaves rs1 unchanged */
  TEST_IMM_SRC(86, ori, 0x0000000000000000, -1)
  /* ---- ANDI */
  /* 87: andi 0xff00ff00ff00ff, 240 -> 0xf0 */
  TEST_IMM(87, andi, 0x00000000000000f0, 0x00ff00ff00ff00ff, 240)
  /* 88: andi -0x1, -2048 -> -0x800 (sign-extended imm keeps the upper bits) */
  TEST_IMM(88, andi, 0xfffffffffffff800, 0xffffffffffffffff, -2048)
  /* 89: andi -0x1, 2047 -> 0x7ff */
  TEST_IMM(89, andi, 0x00000000000007ff, 0xffffffffffffffff, 2047)
  /* 90: andi 0x123456789abcdef, -1 -> 0x123456789abcdef */
  TEST_IMM(90, andi, 0x0123456789abcdef, 0x0123456789abcdef, -1)
  /* 91: andi 0x123456789abcdef, 0 -> 0x0 */
  TEST_IMM(91, andi, 0x0000000000000000, 0x0123456789abcdef, 0)
  /* 92: andi -0xf01, 1807 -> 0xf */
  TEST_IMM(92, andi, 0x000000000000000f, 0xfffffffffffff0ff, 1807)
  /* 93: andi with rd == rs1 */
  TEST_IMM_D1(93, andi, 0xfffffffffffff800, 0xffffffffffffffff, -2048)
  /* 94: andi with rs1 == x0 */
  TEST_IMM_Z1(94, andi, 0x0000000000000000, -5)
  /* 95: andi with rd == x0 is discarded */
  TEST_IMM_ZD(95, andi, 0xffffffffffffffff, -2048)
  /* 96: andi leaves rs1 unchanged */
  TEST_IMM_SRC(96, andi, 0xffffffffffffffff, -2048)

TEST_END

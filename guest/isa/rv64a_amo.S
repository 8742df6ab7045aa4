#include "test.h"

/* RV64A AMOs: amoswap, amoadd, amoxor, amoand, amoor, amomin, amomax,
 * amominu, amomaxu in .w and .d forms (plus aq/rl variants). Each check
 * verifies both the old value returned in rd (sign-extended for .w) and the
 * memory contents afterwards (the whole doubleword, so a .w AMO must leave
 * the other half alone). Misaligned AMOs are in rv64a_misaligned.S.
 * Each check: the result register holds the architecturally required
 * value (t6 holds the expected value, gp the check number). */

/* AMO .d on amo_buf: mem = init; rd = inst(src); check rd == old, mem == new */
#define TEST_AMO_D(n, inst, old, new, init, src) \
  li TESTNUM, n; \
  la a0, amo_buf; li a1, init; sd a1, 0(a0); li a2, src; \
  inst a3, a2, (a0); \
  li t6, old; bne a3, t6, fail; \
  ld a4, 0(a0); li t6, new; bne a4, t6, fail; \
  li t6, src; bne a2, t6, fail

/* AMO .w on the word at amo_buf + off (0 or 4): the dword is preset to
 * init, the check reads back the whole dword (newd). */
#define TEST_AMO_W(n, inst, old, newd, init, src, off) \
  li TESTNUM, n; \
  la a0, amo_buf; li a1, init; sd a1, 0(a0); li a2, src; addi a5, a0, off; \
  inst a3, a2, (a5); \
  li t6, old; bne a3, t6, fail; \
  ld a4, 0(a0); li t6, newd; bne a4, t6, fail

TEST_BEGIN
  .option norvc

  /* ---- AMOSWAP.D */
  /* 1: amoswap.d mem 0x123456789abcdef, rs2 0xfedcba9876543210 -> old 0x123456789abcdef, mem 0xfedcba9876543210 */
  TEST_AMO_D(1, amoswap.d, 0x0123456789abcdef, 0xfedcba9876543210, 0x0123456789abcdef, 0xfedcba9876543210)
  /* 2: amoswap.d mem 0x7fffffffffffffff, rs2 0x1 -> old 0x7fffffffffffffff, mem 0x1 */
  TEST_AMO_D(2, amoswap.d, 0x7fffffffffffffff, 0x0000000000000001, 0x7fffffffffffffff, 0x0000000000000001)
  /* 3: amoswap.d mem 0x8000000000000000, rs2 0x7fffffffffffffff -> old 0x8000000000000000, mem 0x7fffffffffffffff */
  TEST_AMO_D(3, amoswap.d, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
  /* 4: amoswap.d mem -0x1, rs2 0x0 -> old -0x1, mem 0x0 */
  TEST_AMO_D(4, amoswap.d, 0xffffffffffffffff, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000)
  /* 5: amoswap.d mem 0x0, rs2 -0x1 -> old 0x0, mem -0x1 */
  TEST_AMO_D(5, amoswap.d, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000, 0xffffffffffffffff)
  /* 6: amoswap.d mem 0x5, rs2 0x5 -> old 0x5, mem 0x5 */
  TEST_AMO_D(6, amoswap.d, 0x0000000000000005, 0x0000000000000005, 0x0000000000000005, 0x0000000000000005)
  /* 7: amoswap.d mem -0x2, rs2 -0x1 -> old -0x2, mem -0x1 */
  TEST_AMO_D(7, amoswap.d, 0xfffffffffffffffe, 0xffffffffffffffff, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 8: amoswap.d mem 0xffffffff, rs2 0x100000000 -> old 0xffffffff, mem 0x100000000 */
  TEST_AMO_D(8, amoswap.d, 0x00000000ffffffff, 0x0000000100000000, 0x00000000ffffffff, 0x0000000100000000)
  /* ---- AMOSWAP.W */
  /* 9: amoswap.w at +0: word 0x89abcdef, rs2 0xdeadbeef76543210 -> old 0xffffffff89abcdef (sign-extended), word 0x76543210, other half kept */
  TEST_AMO_W(9, amoswap.w, 0xffffffff89abcdef, 0xa5a5a5a576543210, 0xa5a5a5a589abcdef, 0xdeadbeef76543210, 0)
  /* 10: amoswap.w at +4: word 0x7fffffff, rs2 0x1 -> old 0x7fffffff (sign-extended), word 0x1, other half kept */
  TEST_AMO_W(10, amoswap.w, 0x000000007fffffff, 0x00000001a5a5a5a5, 0x7fffffffa5a5a5a5, 0x0000000000000001, 4)
  /* 11: amoswap.w at +0: word 0x80000000, rs2 0x7fffffff -> old 0xffffffff80000000 (sign-extended), word 0x7fffffff, other half kept */
  TEST_AMO_W(11, amoswap.w, 0xffffffff80000000, 0xa5a5a5a57fffffff, 0xa5a5a5a580000000, 0x000000007fffffff, 0)
  /* 12: amoswap.w at +4: word 0xffffffff, rs2 0xffffffff00000000 -> old -0x1 (sign-extended), word 0x0, other half kept */
  TEST_AMO_W(12, amoswap.w, 0xffffffffffffffff, 0x00000000a5a5a5a5, 0xffffffffa5a5a5a5, 0xffffffff00000000, 4)
  /* 13: amoswap.w at +0: word 0x0, rs2 0xffffffff -> old 0x0 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(13, amoswap.w, 0x0000000000000000, 0xa5a5a5a5ffffffff, 0xa5a5a5a500000000, 0x00000000ffffffff, 0)
  /* 14: amoswap.w at +4: word 0xfffffffe, rs2 0xffffffff -> old -0x2 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(14, amoswap.w, 0xfffffffffffffffe, 0xffffffffa5a5a5a5, 0xfffffffea5a5a5a5, 0x00000000ffffffff, 4)
  /* 15: amoswap.w at +0: word 0x5, rs2 0x1234567800000005 -> old 0x5 (sign-extended), word 0x5, other half kept */
  TEST_AMO_W(15, amoswap.w, 0x0000000000000005, 0xa5a5a5a500000005, 0xa5a5a5a500000005, 0x1234567800000005, 0)
  /* ---- AMOADD.D */
  /* 16: amoadd.d mem 0x123456789abcdef, rs2 0xfedcba9876543210 -> old 0x123456789abcdef, mem -0x1 */
  TEST_AMO_D(16, amoadd.d, 0x0123456789abcdef, 0xffffffffffffffff, 0x0123456789abcdef, 0xfedcba9876543210)
  /* 17: amoadd.d mem 0x7fffffffffffffff, rs2 0x1 -> old 0x7fffffffffffffff, mem 0x8000000000000000 */
  TEST_AMO_D(17, amoadd.d, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff, 0x0000000000000001)
  /* 18: amoadd.d mem 0x8000000000000000, rs2 0x7fffffffffffffff -> old 0x8000000000000000, mem -0x1 */
  TEST_AMO_D(18, amoadd.d, 0x8000000000000000, 0xffffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
  /* 19: amoadd.d mem -0x1, rs2 0x0 -> old -0x1, mem -0x1 */
  TEST_AMO_D(19, amoadd.d, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
  /* 20: amoadd.d mem 0x0, rs2 -0x1 -> old 0x0, mem -0x1 */
  TEST_AMO_D(20, amoadd.d, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000, 0xffffffffffffffff)
  /* 21: amoadd.d mem 0x5, rs2 0x5 -> old 0x5, mem 0xa */
  TEST_AMO_D(21, amoadd.d, 0x0000000000000005, 0x000000000000000a, 0x0000000000000005, 0x0000000000000005)
  /* 22: amoadd.d mem -0x2, rs2 -0x1 -> old -0x2, mem -0x3 */
  TEST_AMO_D(22, amoadd.d, 0xfffffffffffffffe, 0xfffffffffffffffd, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 23: amoadd.d mem 0xffffffff, rs2 0x100000000 -> old 0xffffffff, mem 0x1ffffffff */
  TEST_AMO_D(23, amoadd.d, 0x00000000ffffffff, 0x00000001ffffffff, 0x00000000ffffffff, 0x0000000100000000)
  /* ---- AMOADD.W */
  /* 24: amoadd.w at +0: word 0x89abcdef, rs2 0xdeadbeef76543210 -> old 0xffffffff89abcdef (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(24, amoadd.w, 0xffffffff89abcdef, 0xa5a5a5a5ffffffff, 0xa5a5a5a589abcdef, 0xdeadbeef76543210, 0)
  /* 25: amoadd.w at +4: word 0x7fffffff, rs2 0x1 -> old 0x7fffffff (sign-extended), word 0x80000000, other half kept */
  TEST_AMO_W(25, amoadd.w, 0x000000007fffffff, 0x80000000a5a5a5a5, 0x7fffffffa5a5a5a5, 0x0000000000000001, 4)
  /* 26: amoadd.w at +0: word 0x80000000, rs2 0x7fffffff -> old 0xffffffff80000000 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(26, amoadd.w, 0xffffffff80000000, 0xa5a5a5a5ffffffff, 0xa5a5a5a580000000, 0x000000007fffffff, 0)
  /* 27: amoadd.w at +4: word 0xffffffff, rs2 0xffffffff00000000 -> old -0x1 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(27, amoadd.w, 0xffffffffffffffff, 0xffffffffa5a5a5a5, 0xffffffffa5a5a5a5, 0xffffffff00000000, 4)
  /* 28: amoadd.w at +0: word 0x0, rs2 0xffffffff -> old 0x0 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(28, amoadd.w, 0x0000000000000000, 0xa5a5a5a5ffffffff, 0xa5a5a5a500000000, 0x00000000ffffffff, 0)
  /* 29: amoadd.w at +4: word 0xfffffffe, rs2 0xffffffff -> old -0x2 (sign-extended), word 0xfffffffd, other half kept */
  TEST_AMO_W(29, amoadd.w, 0xfffffffffffffffe, 0xfffffffda5a5a5a5, 0xfffffffea5a5a5a5, 0x00000000ffffffff, 4)
  /* 30: amoadd.w at +0: word 0x5, rs2 0x1234567800000005 -> old 0x5 (sign-extended), word 0xa, other half kept */
  TEST_AMO_W(30, amoadd.w, 0x0000000000000005, 0xa5a5a5a50000000a, 0xa5a5a5a500000005, 0x1234567800000005, 0)
  /* ---- AMOXOR.D */
  /* 31: amoxor.d mem 0x123456789abcdef, rs2 0xfedcba9876543210 -> old 0x123456789abcdef, mem -0x1 */
  TEST_AMO_D(31, amoxor.d, 0x0123456789abcdef, 0xffffffffffffffff, 0x0123456789abcdef, 0xfedcba9876543210)
  /* 32: amoxor.d mem 0x7fffffffffffffff, rs2 0x1 -> old 0x7fffffffffffffff, mem 0x7ffffffffffffffe */
  TEST_AMO_D(32, amoxor.d, 0x7fffffffffffffff, 0x7ffffffffffffffe, 0x7fffffffffffffff, 0x0000000000000001)
  /* 33: amoxor.d mem 0x8000000000000000, rs2 0x7fffffffffffffff -> old 0x8000000000000000, mem -0x1 */
  TEST_AMO_D(33, amoxor.d, 0x8000000000000000, 0xffffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
  /* 34: amoxor.d mem -0x1, rs2 0x0 -> old -0x1, mem -0x1 */
  TEST_AMO_D(34, amoxor.d, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
  /* 35: amoxor.d mem 0x0, rs2 -0x1 -> old 0x0, mem -0x1 */
  TEST_AMO_D(35, amoxor.d, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000, 0xffffffffffffffff)
  /* 36: amoxor.d mem 0x5, rs2 0x5 -> old 0x5, mem 0x0 */
  TEST_AMO_D(36, amoxor.d, 0x0000000000000005, 0x0000000000000000, 0x0000000000000005, 0x0000000000000005)
  /* 37: amoxor.d mem -0x2, rs2 -0x1 -> old -0x2, mem 0x1 */
  TEST_AMO_D(37, amoxor.d, 0xfffffffffffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 38: amoxor.d mem 0xffffffff, rs2 0x100000000 -> old 0xffffffff, mem 0x1ffffffff */
  TEST_AMO_D(38, amoxor.d, 0x00000000ffffffff, 0x00000001ffffffff, 0x00000000ffffffff, 0x0000000100000000)
  /* ---- AMOXOR.W */
  /* 39: amoxor.w at +0: word 0x89abcdef, rs2 0xdeadbeef76543210 -> old 0xffffffff89abcdef (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(39, amoxor.w, 0xffffffff89abcdef, 0xa5a5a5a5ffffffff, 0xa5a5a5a589abcdef, 0xdeadbeef76543210, 0)
  /* 40: amoxor.w at +4: word 0x7fffffff, rs2 0x1 -> old 0x7fffffff (sign-extended), word 0x7ffffffe, other half kept */
  TEST_AMO_W(40, amoxor.w, 0x000000007fffffff, 0x7ffffffea5a5a5a5, 0x7fffffffa5a5a5a5, 0x0000000000000001, 4)
  /* 41: amoxor.w at +0: word 0x80000000, rs2 0x7fffffff -> old 0xffffffff80000000 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(41, amoxor.w, 0xffffffff80000000, 0xa5a5a5a5ffffffff, 0xa5a5a5a580000000, 0x000000007fffffff, 0)
  /* 42: amoxor.w at +4: word 0xffffffff, rs2 0xffffffff00000000 -> old -0x1 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(42, amoxor.w, 0xffffffffffffffff, 0xffffffffa5a5a5a5, 0xffffffffa5a5a5a5, 0xffffffff00000000, 4)
  /* 43: amoxor.w at +0: word 0x0, rs2 0xffffffff -> old 0x0 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(43, amoxor.w, 0x0000000000000000, 0xa5a5a5a5ffffffff, 0xa5a5a5a500000000, 0x00000000ffffffff, 0)
  /* 44: amoxor.w at +4: word 0xfffffffe, rs2 0xffffffff -> old -0x2 (sign-extended), word 0x1, other half kept */
  TEST_AMO_W(44, amoxor.w, 0xfffffffffffffffe, 0x00000001a5a5a5a5, 0xfffffffea5a5a5a5, 0x00000000ffffffff, 4)
  /* 45: amoxor.w at +0: word 0x5, rs2 0x1234567800000005 -> old 0x5 (sign-extended), word 0x0, other half kept */
  TEST_AMO_W(45, amoxor.w, 0x0000000000000005, 0xa5a5a5a500000000, 0xa5a5a5a500000005, 0x1234567800000005, 0)
  /* ---- AMOAND.D */
  /* 46: amoand.d mem 0x123456789abcdef, rs2 0xfedcba9876543210 -> old 0x123456789abcdef, mem 0x0 */
  TEST_AMO_D(46, amoand.d, 0x0123456789abcdef, 0x0000000000000000, 0x0123456789abcdef, 0xfedcba9876543210)
  /* 47: amoand.d mem 0x7fffffffffffffff, rs2 0x1 -> old 0x7fffffffffffffff, mem 0x1 */
  TEST_AMO_D(47, amoand.d, 0x7fffffffffffffff, 0x0000000000000001, 0x7fffffffffffffff, 0x0000000000000001)
  /* 48: amoand.d mem 0x8000000000000000, rs2 0x7fffffffffffffff -> old 0x8000000000000000, mem 0x0 */
  TEST_AMO_D(48, amoand.d, 0x8000000000000000, 0x0000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
  /* 49: amoand.d mem -0x1, rs2 0x0 -> old -0x1, mem 0x0 */
  TEST_AMO_D(49, amoand.d, 0xffffffffffffffff, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000)
  /* 50: amoand.d mem 0x0, rs2 -0x1 -> old 0x0, mem 0x0 */
  TEST_AMO_D(50, amoand.d, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0xffffffffffffffff)
  /* 51: amoand.d mem 0x5, rs2 0x5 -> old 0x5, mem 0x5 */
  TEST_AMO_D(51, amoand.d, 0x0000000000000005, 0x0000000000000005, 0x0000000000000005, 0x0000000000000005)
  /* 52: amoand.d mem -0x2, rs2 -0x1 -> old -0x2, mem -0x2 */
  TEST_AMO_D(52, amoand.d, 0xfffffffffffffffe, 0xfffffffffffffffe, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 53: amoand.d mem 0xffffffff, rs2 0x100000000 -> old 0xffffffff, mem 0x0 */
  TEST_AMO_D(53, amoand.d, 0x00000000ffffffff, 0x0000000000000000, 0x00000000ffffffff, 0x0000000100000000)
  /* ---- AMOAND.W */
  /* 54: amoand.w at +0: word 0x89abcdef, rs2 0xdeadbeef76543210 -> old 0xffffffff89abcdef (sign-extended), word 0x0, other half kept */
  TEST_AMO_W(54, amoand.w, 0xffffffff89abcdef, 0xa5a5a5a500000000, 0xa5a5a5a589abcdef, 0xdeadbeef76543210, 0)
  /* 55: amoand.w at +4: word 0x7fffffff, rs2 0x1 -> old 0x7fffffff (sign-extended), word 0x1, other half kept */
  TEST_AMO_W(55, amoand.w, 0x000000007fffffff, 0x00000001a5a5a5a5, 0x7fffffffa5a5a5a5, 0x0000000000000001, 4)
  /* 56: amoand.w at +0: word 0x80000000, rs2 0x7fffffff -> old 0xffffffff80000000 (sign-extended), word 0x0, other half kept */
  TEST_AMO_W(56, amoand.w, 0xffffffff80000000, 0xa5a5a5a500000000, 0xa5a5a5a580000000, 0x000000007fffffff, 0)
  /* 57: amoand.w at +4: word 0xffffffff, rs2 0xffffffff00000000 -> old -0x1 (sign-extended), word 0x0, other half kept */
  TEST_AMO_W(57, amoand.w, 0xffffffffffffffff, 0x00000000a5a5a5a5, 0xffffffffa5a5a5a5, 0xffffffff00000000, 4)
  /* 58: amoand.w at +0: word 0x0, rs2 0xffffffff -> old 0x0 (sign-extended), word 0x0, other half kept */
  TEST_AMO_W(58, amoand.w, 0x0000000000000000, 0xa5a5a5a500000000, 0xa5a5a5a500000000, 0x00000000ffffffff, 0)
  /* 59: amoand.w at +4: word 0xfffffffe, rs2 0xffffffff -> old -0x2 (sign-extended), word 0xfffffffe, other half kept */
  TEST_AMO_W(59, amoand.w, 0xfffffffffffffffe, 0xfffffffea5a5a5a5, 0xfffffffea5a5a5a5, 0x00000000ffffffff, 4)
  /* 60: amoand.w at +0: word 0x5, rs2 0x1234567800000005 -> old 0x5 (sign-extended), word 0x5, other half kept */
  TEST_AMO_W(60, amoand.w, 0x0000000000000005, 0xa5a5a5a500000005, 0xa5a5a5a500000005, 0x1234567800000005, 0)
  /* ---- AMOOR.D */
  /* 61: amoor.d mem 0x123456789abcdef, rs2 0xfedcba9876543210 -> old 0x123456789abcdef, mem -0x1 */
  TEST_AMO_D(61, amoor.d, 0x0123456789abcdef, 0xffffffffffffffff, 0x0123456789abcdef, 0xfedcba9876543210)
  /* 62: amoor.d mem 0x7fffffffffffffff, rs2 0x1 -> old 0x7fffffffffffffff, mem 0x7fffffffffffffff */
  TEST_AMO_D(62, amoor.d, 0x7fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff, 0x0000000000000001)
  /* 63: amoor.d mem 0x8000000000000000, rs2 0x7fffffffffffffff -> old 0x8000000000000000, mem -0x1 */
  TEST_AMO_D(63, amoor.d, 0x8000000000000000, 0xffffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
  /* 64: amoor.d mem -0x1, rs2 0x0 -> old -0x1, mem -0x1 */
  TEST_AMO_D(64, amoor.d, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
  /* 65: amoor.d mem 0x0, rs2 -0x1 -> old 0x0, mem -0x1 */
  TEST_AMO_D(65, amoor.d, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000, 0xffffffffffffffff)
  /* 66: amoor.d mem 0x5, rs2 0x5 -> old 0x5, mem 0x5 */
  TEST_AMO_D(66, amoor.d, 0x0000000000000005, 0x0000000000000005, 0x0000000000000005, 0x0000000000000005)
  /* 67: amoor.d mem -0x2, rs2 -0x1 -> old -0x2, mem -0x1 */
  TEST_AMO_D(67, amoor.d, 0xfffffffffffffffe, 0xffffffffffffffff, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 68: amoor.d mem 0xffffffff, rs2 0x100000000 -> old 0xffffffff, mem 0x1ffffffff */
  TEST_AMO_D(68, amoor.d, 0x00000000ffffffff, 0x00000001ffffffff, 0x00000000ffffffff, 0x0000000100000000)
  /* ---- AMOOR.W */
  /* 69: amoor.w at +0: word 0x89abcdef, rs2 0xdeadbeef76543210 -> old 0xffffffff89abcdef (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(69, amoor.w, 0xffffffff89abcdef, 0xa5a5a5a5ffffffff, 0xa5a5a5a589abcdef, 0xdeadbeef76543210, 0)
  /* 70: amoor.w at +4: word 0x7fffffff, rs2 0x1 -> old 0x7fffffff (sign-extended), word 0x7fffffff, other half kept */
  TEST_AMO_W(70, amoor.w, 0x000000007fffffff, 0x7fffffffa5a5a5a5, 0x7fffffffa5a5a5a5, 0x0000000000000001, 4)
  /* 71: amoor.w at +0: word 0x80000000, rs2 0x7fffffff -> old 0xffffffff80000000 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(71, amoor.w, 0xffffffff80000000, 0xa5a5a5a5ffffffff, 0xa5a5a5a580000000, 0x000000007fffffff, 0)
  /* 72: amoor.w at +4: word 0xffffffff, rs2 0xffffffff00000000 -> old -0x1 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(72, amoor.w, 0xffffffffffffffff, 0xffffffffa5a5a5a5, 0xffffffffa5a5a5a5, 0xffffffff00000000, 4)
  /* 73: amoor.w at +0: word 0x0, rs2 0xffffffff -> old 0x0 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(73, amoor.w, 0x0000000000000000, 0xa5a5a5a5ffffffff, 0xa5a5a5a500000000, 0x00000000ffffffff, 0)
  /* 74: amoor.w at +4: word 0xfffffffe, rs2 0xffffffff -> old -0x2 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(74, amoor.w, 0xfffffffffffffffe, 0xffffffffa5a5a5a5, 0xfffffffea5a5a5a5, 0x00000000ffffffff, 4)
  /* 75: amoor.w at +0: word 0x5, rs2 0x1234567800000005 -> old 0x5 (sign-extended), word 0x5, other half kept */
  TEST_AMO_W(75, amoor.w, 0x0000000000000005, 0xa5a5a5a500000005, 0xa5a5a5a500000005, 0x1234567800000005, 0)
  /* ---- AMOMIN.D */
  /* 76: amomin.d mem 0x123456789abcdef, rs2 0xfedcba9876543210 -> old 0x123456789abcdef, mem 0xfedcba9876543210 */
  TEST_AMO_D(76, amomin.d, 0x0123456789abcdef, 0xfedcba9876543210, 0x0123456789abcdef, 0xfedcba9876543210)
  /* 77: amomin.d mem 0x7fffffffffffffff, rs2 0x1 -> old 0x7fffffffffffffff, mem 0x1 */
  TEST_AMO_D(77, amomin.d, 0x7fffffffffffffff, 0x0000000000000001, 0x7fffffffffffffff, 0x0000000000000001)
  /* 78: amomin.d mem 0x8000000000000000, rs2 0x7fffffffffffffff -> old 0x8000000000000000, mem 0x8000000000000000 */
  TEST_AMO_D(78, amomin.d, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
  /* 79: amomin.d mem -0x1, rs2 0x0 -> old -0x1, mem -0x1 */
  TEST_AMO_D(79, amomin.d, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
  /* 80: amomin.d mem 0x0, rs2 -0x1 -> old 0x0, mem -0x1 */
  TEST_AMO_D(80, amomin.d, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000, 0xffffffffffffffff)
  /* 81: amomin.d mem 0x5, rs2 0x5 -> old 0x5, mem 0x5 */
  TEST_AMO_D(81, amomin.d, 0x0000000000000005, 0x0000000000000005, 0x0000000000000005, 0x0000000000000005)
  /* 82: amomin.d mem -0x2, rs2 -0x1 -> old -0x2, mem -0x2 */
  TEST_AMO_D(82, amomin.d, 0xfffffffffffffffe, 0xfffffffffffffffe, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 83: amomin.d mem 0xffffffff, rs2 0x100000000 -> old 0xffffffff, mem 0xffffffff */
  TEST_AMO_D(83, amomin.d, 0x00000000ffffffff, 0x00000000ffffffff, 0x00000000ffffffff, 0x0000000100000000)
  /* ---- AMOMIN.W */
  /* 84: amomin.w at +0: word 0x89abcdef, rs2 0xdeadbeef76543210 -> old 0xffffffff89abcdef (sign-extended), word 0x89abcdef, other half kept */
  TEST_AMO_W(84, amomin.w, 0xffffffff89abcdef, 0xa5a5a5a589abcdef, 0xa5a5a5a589abcdef, 0xdeadbeef76543210, 0)
  /* 85: amomin.w at +4: word 0x7fffffff, rs2 0x1 -> old 0x7fffffff (sign-extended), word 0x1, other half kept */
  TEST_AMO_W(85, amomin.w, 0x000000007fffffff, 0x00000001a5a5a5a5, 0x7fffffffa5a5a5a5, 0x0000000000000001, 4)
  /* 86: amomin.w at +0: word 0x80000000, rs2 0x7fffffff -> old 0xffffffff80000000 (sign-extended), word 0x80000000, other half kept */
  TEST_AMO_W(86, amomin.w, 0xffffffff80000000, 0xa5a5a5a580000000, 0xa5a5a5a580000000, 0x000000007fffffff, 0)
  /* 87: amomin.w at +4: word 0xffffffff, rs2 0xffffffff00000000 -> old -0x1 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(87, amomin.w, 0xffffffffffffffff, 0xffffffffa5a5a5a5, 0xffffffffa5a5a5a5, 0xffffffff00000000, 4)
  /* 88: amomin.w at +0: word 0x0, rs2 0xffffffff -> old 0x0 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(88, amomin.w, 0x0000000000000000, 0xa5a5a5a5ffffffff, 0xa5a5a5a500000000, 0x00000000ffffffff, 0)
  /* 89: amomin.w at +4: word 0xfffffffe, rs2 0xffffffff -> old -0x2 (sign-extended), word 0xfffffffe, other half kept */
  TEST_AMO_W(89, amomin.w, 0xfffffffffffffffe, 0xfffffffea5a5a5a5, 0xfffffffea5a5a5a5, 0x00000000ffffffff, 4)
  /* 90: amomin.w at +0: word 0x5, rs2 0x1234567800000005 -> old 0x5 (sign-extended), word 0x5, other half kept */
  TEST_AMO_W(90, amomin.w, 0x0000000000000005, 0xa5a5a5a500000005, 0xa5a5a5a500000005, 0x1234567800000005, 0)
  /* ---- AMOMAX.D */
  /* 91: amomax.d mem 0x123456789abcdef, rs2 0xfedcba9876543210 -> old 0x123456789abcdef, mem 0x123456789abcdef */
  TEST_AMO_D(91, amomax.d, 0x0123456789abcdef, 0x0123456789abcdef, 0x0123456789abcdef, 0xfedcba9876543210)
  /* 92: amomax.d mem 0x7fffffffffffffff, rs2 0x1 -> old 0x7fffffffffffffff, mem 0x7fffffffffffffff */
  TEST_AMO_D(92, amomax.d, 0x7fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff, 0x0000000000000001)
  /* 93: amomax.d mem 0x8000000000000000, rs2 0x7fffffffffffffff -> old 0x8000000000000000, mem 0x7fffffffffffffff */
  TEST_AMO_D(93, amomax.d, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
  /* 94: amomax.d mem -0x1, rs2 0x0 -> old -0x1, mem 0x0 */
  TEST_AMO_D(94, amomax.d, 0xffffffffffffffff, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000)
  /* 95: amomax.d mem 0x0, rs2 -0x1 -> old 0x0, mem 0x0 */
  TEST_AMO_D(95, amomax.d, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0xffffffffffffffff)
  /* 96: amomax.d mem 0x5, rs2 0x5 -> old 0x5, mem 0x5 */
  TEST_AMO_D(96, amomax.d, 0x0000000000000005, 0x0000000000000005, 0x0000000000000005, 0x0000000000000005)
  /* 97: amomax.d mem -0x2, rs2 -0x1 -> old -0x2, mem -0x1 */
  TEST_AMO_D(97, amomax.d, 0xfffffffffffffffe, 0xffffffffffffffff, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 98: amomax.d mem 0xffffffff, rs2 0x100000000 -> old 0xffffffff, mem 0x100000000 */
  TEST_AMO_D(98, amomax.d, 0x00000000ffffffff, 0x0000000100000000, 0x00000000ffffffff, 0x0000000100000000)
  /* ---- AMOMAX.W */
  /* 99: amomax.w at +0: word 0x89abcdef, rs2 0xdeadbeef76543210 -> old 0xffffffff89abcdef (sign-extended), word 0x76543210, other half kept */
  TEST_AMO_W(99, amomax.w, 0xffffffff89abcdef, 0xa5a5a5a576543210, 0xa5a5a5a589abcdef, 0xdeadbeef76543210, 0)
  /* 100: amomax.w at +4: word 0x7fffffff, rs2 0x1 -> old 0x7fffffff (sign-extended), word 0x7fffffff, other half kept */
  TEST_AMO_W(100, amomax.w, 0x000000007fffffff, 0x7fffffffa5a5a5a5, 0x7fffffffa5a5a5a5, 0x0000000000000001, 4)
  /* 101: amomax.w at +0: word 0x80000000, rs2 0x7fffffff -> old 0xffffffff80000000 (sign-extended), word 0x7fffffff, other half kept */
  TEST_AMO_W(101, amomax.w, 0xffffffff80000000, 0xa5a5a5a57fffffff, 0xa5a5a5a580000000, 0x000000007fffffff, 0)
  /* 102: amomax.w at +4: word 0xffffffff, rs2 0xffffffff00000000 -> old -0x1 (sign-extended), word 0x0, other half kept */
  TEST_AMO_W(102, amomax.w, 0xffffffffffffffff, 0x00000000a5a5a5a5, 0xffffffffa5a5a5a5, 0xffffffff00000000, 4)
  /* 103: amomax.w at +0: word 0x0, rs2 0xffffffff -> old 0x0 (sign-extended), word 0x0, other half kept */
  TEST_AMO_W(103, amomax.w, 0x0000000000000000, 0xa5a5a5a500000000, 0xa5a5a5a500000000, 0x00000000ffffffff, 0)
  /* 104: amomax.w at +4: word 0xfffffffe, rs2 0xffffffff -> old -0x2 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(104, amomax.w, 0xfffffffffffffffe, 0xffffffffa5a5a5a5, 0xfffffffea5a5a5a5, 0x00000000ffffffff, 4)
  /* 105: amomax.w at +0: word 0x5, rs2 0x1234567800000005 -> old 0x5 (sign-extended), word 0x5, other half kept */
  TEST_AMO_W(105, amomax.w, 0x0000000000000005, 0xa5a5a5a500000005, 0xa5a5a5a500000005, 0x1234567800000005, 0)
  /* ---- AMOMINU.D */
  /* 106: amominu.d mem 0x123456789abcdef, rs2 0xfedcba9876543210 -> old 0x123456789abcdef, mem 0x123456789abcdef */
  TEST_AMO_D(106, amominu.d, 0x0123456789abcdef, 0x0123456789abcdef, 0x0123456789abcdef, 0xfedcba9876543210)
  /* 107: amominu.d mem 0x7fffffffffffffff, rs2 0x1 -> old 0x7fffffffffffffff, mem 0x1 */
  TEST_AMO_D(107, amominu.d, 0x7fffffffffffffff, 0x0000000000000001, 0x7fffffffffffffff, 0x0000000000000001)
  /* 108: amominu.d mem 0x8000000000000000, rs2 0x7fffffffffffffff -> old 0x8000000000000000, mem 0x7fffffffffffffff */
  TEST_AMO_D(108, amominu.d, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
  /* 109: amominu.d mem -0x1, rs2 0x0 -> old -0x1, mem 0x0 */
  TEST_AMO_D(109, amominu.d, 0xffffffffffffffff, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000)
  /* 110: amominu.d mem 0x0, rs2 -0x1 -> old 0x0, mem 0x0 */
  TEST_AMO_D(110, amominu.d, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0xffffffffffffffff)
  /* 111: amominu.d mem 0x5, rs2 0x5 -> old 0x5, mem 0x5 */
  TEST_AMO_D(111, amominu.d, 0x0000000000000005, 0x0000000000000005, 0x0000000000000005, 0x0000000000000005)
  /* 112: amominu.d mem -0x2, rs2 -0x1 -> old -0x2, mem -0x2 */
  TEST_AMO_D(112, amominu.d, 0xfffffffffffffffe, 0xfffffffffffffffe, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 113: amominu.d mem 0xffffffff, rs2 0x100000000 -> old 0xffffffff, mem 0xffffffff */
  TEST_AMO_D(113, amominu.d, 0x00000000ffffffff, 0x00000000ffffffff, 0x00000000ffffffff, 0x0000000100000000)
  /* ---- AMOMINU.W */
  /* 114: amominu.w at +0: word 0x89abcdef, rs2 0xdeadbeef76543210 -> old 0xffffffff89abcdef (sign-extended), word 0x76543210, other half kept */
  TEST_AMO_W(114, amominu.w, 0xffffffff89abcdef, 0xa5a5a5a576543210, 0xa5a5a5a589abcdef, 0xdeadbeef76543210, 0)
  /* 115: amominu.w at +4: word 0x7fffffff, rs2 0x1 -> old 0x7fffffff (sign-extended), word 0x1, other half kept */
  TEST_AMO_W(115, amominu.w, 0x000000007fffffff, 0x00000001a5a5a5a5, 0x7fffffffa5a5a5a5, 0x0000000000000001, 4)
  /* 116: amominu.w at +0: word 0x80000000, rs2 0x7fffffff -> old 0xffffffff80000000 (sign-extended), word 0x7fffffff, other half kept */
  TEST_AMO_W(116, amominu.w, 0xffffffff80000000, 0xa5a5a5a57fffffff, 0xa5a5a5a580000000, 0x000000007fffffff, 0)
  /* 117: amominu.w at +4: word 0xffffffff, rs2 0xffffffff00000000 -> old -0x1 (sign-extended), word 0x0, other half kept */
  TEST_AMO_W(117, amominu.w, 0xffffffffffffffff, 0x00000000a5a5a5a5, 0xffffffffa5a5a5a5, 0xffffffff00000000, 4)
  /* 118: amominu.w at +0: word 0x0, rs2 0xffffffff -> old 0x0 (sign-extended), word 0x0, other half kept */
  TEST_AMO_W(118, amominu.w, 0x0000000000000000, 0xa5a5a5a500000000, 0xa5a5a5a500000000, 0x00000000ffffffff, 0)
  /* 119: amominu.w at +4: word 0xfffffffe, rs2 0xffffffff -> old -0x2 (sign-extended), word 0xfffffffe, other half kept */
  TEST_AMO_W(119, amominu.w, 0xfffffffffffffffe, 0xfffffffea5a5a5a5, 0xfffffffea5a5a5a5, 0x00000000ffffffff, 4)
  /* 120: amominu.w at +0: word 0x5, rs2 0x1234567800000005 -> old 0x5 (sign-extended), word 0x5, other half kept */
  TEST_AMO_W(120, amominu.w, 0x0000000000000005, 0xa5a5a5a500000005, 0xa5a5a5a500000005, 0x1234567800000005, 0)
  /* ---- AMOMAXU.D */
  /* 121: amomaxu.d mem 0x123456789abcdef, rs2 0xfedcba9876543210 -> old 0x123456789abcdef, mem 0xfedcba9876543210 */
  TEST_AMO_D(121, amomaxu.d, 0x0123456789abcdef, 0xfedcba9876543210, 0x0123456789abcdef, 0xfedcba9876543210)
  /* 122: amomaxu.d mem 0x7fffffffffffffff, rs2 0x1 -> old 0x7fffffffffffffff, mem 0x7fffffffffffffff */
  TEST_AMO_D(122, amomaxu.d, 0x7fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff, 0x0000000000000001)
  /* 123: amomaxu.d mem 0x8000000000000000, rs2 0x7fffffffffffffff -> old 0x8000000000000000, mem 0x8000000000000000 */
  TEST_AMO_D(123, amomaxu.d, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
  /* 124: amomaxu.d mem -0x1, rs2 0x0 -> old -0x1, mem -0x1 */
  TEST_AMO_D(124, amomaxu.d, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
  /* 125: amomaxu.d mem 0x0, rs2 -0x1 -> old 0x0, mem -0x1 */
  TEST_AMO_D(125, amomaxu.d, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000, 0xffffffffffffffff)
  /* 126: amomaxu.d mem 0x5, rs2 0x5 -> old 0x5, mem 0x5 */
  TEST_AMO_D(126, amomaxu.d, 0x0000000000000005, 0x0000000000000005, 0x0000000000000005, 0x0000000000000005)
  /* 127: amomaxu.d mem -0x2, rs2 -0x1 -> old -0x2, mem -0x1 */
  TEST_AMO_D(127, amomaxu.d, 0xfffffffffffffffe, 0xffffffffffffffff, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 128: amomaxu.d mem 0xffffffff, rs2 0x100000000 -> old 0xffffffff, mem 0x100000000 */
  TEST_AMO_D(128, amomaxu.d, 0x00000000ffffffff, 0x0000000100000000, 0x00000000ffffffff, 0x0000000100000000)
  /* ---- AMOMAXU.W */
  /* 129: amomaxu.w at +0: word 0x89abcdef, rs2 0xdeadbeef76543210 -> old 0xffffffff89abcdef (sign-extended), word 0x89abcdef, other half kept */
  TEST_AMO_W(129, amomaxu.w, 0xffffffff89abcdef, 0xa5a5a5a589abcdef, 0xa5a5a5a589abcdef, 0xdeadbeef76543210, 0)
  /* 130: amomaxu.w at +4: word 0x7fffffff, rs2 0x1 -> old 0x7fffffff (sign-extended), word 0x7fffffff, other half kept */
  TEST_AMO_W(130, amomaxu.w, 0x000000007fffffff, 0x7fffffffa5a5a5a5, 0x7fffffffa5a5a5a5, 0x0000000000000001, 4)
  /* 131: amomaxu.w at +0: word 0x80000000, rs2 0x7fffffff -> old 0xffffffff80000000 (sign-extended), word 0x80000000, other half kept */
  TEST_AMO_W(131, amomaxu.w, 0xffffffff80000000, 0xa5a5a5a580000000, 0xa5a5a5a580000000, 0x000000007fffffff, 0)
  /* 132: amomaxu.w at +4: word 0xffffffff, rs2 0xffffffff00000000 -> old -0x1 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(132, amomaxu.w, 0xffffffffffffffff, 0xffffffffa5a5a5a5, 0xffffffffa5a5a5a5, 0xffffffff00000000, 4)
  /* 133: amomaxu.w at +0: word 0x0, rs2 0xffffffff -> old 0x0 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(133, amomaxu.w, 0x0000000000000000, 0xa5a5a5a5ffffffff, 0xa5a5a5a500000000, 0x00000000ffffffff, 0)
  /* 134: amomaxu.w at +4: word 0xfffffffe, rs2 0xffffffff -> old -0x2 (sign-extended), word 0xffffffff, other half kept */
  TEST_AMO_W(134, amomaxu.w, 0xfffffffffffffffe, 0xffffffffa5a5a5a5, 0xfffffffea5a5a5a5, 0x00000000ffffffff, 4)
  /* 135: amomaxu.w at +0: word 0x5, rs2 0x1234567800000005 -> old 0x5 (sign-extended), word 0x5, other half kept */
  TEST_AMO_W(135, amomaxu.w, 0x0000000000000005, 0xa5a5a5a500000005, 0xa5a5a5a500000005, 0x1234567800000005, 0)
  /* ---- ordering bits and register aliasing */
  /* 136: amoadd.d.aq behaves like amoadd.d */
  TEST_AMO_D(136, amoadd.d.aq, 10, 13, 10, 3)
  /* 137: amoor.w.aq behaves like amoor.w */
  TEST_AMO_W(137, amoor.w.aq, 0xffffffff80000000, 0xa5a5a5a580000001, 0xa5a5a5a580000000, 1, 0)
  /* 138: amoadd.d.rl behaves like amoadd.d */
  TEST_AMO_D(138, amoadd.d.rl, 10, 13, 10, 3)
  /* 139: amoor.w.rl behaves like amoor.w */
  TEST_AMO_W(139, amoor.w.rl, 0xffffffff80000000, 0xa5a5a5a580000001, 0xa5a5a5a580000000, 1, 0)
  /* 140: amoadd.d.aqrl behaves like amoadd.d */
  TEST_AMO_D(140, amoadd.d.aqrl, 10, 13, 10, 3)
  /* 141: amoor.w.aqrl behaves like amoor.w */
  TEST_AMO_W(141, amoor.w.aqrl, 0xffffffff80000000, 0xa5a5a5a580000001, 0xa5a5a5a580000000, 1, 0)
  /* 142: amoadd.d with rd == x0: memory updated, x0 stays 0 */
  TEST_CASE(142, a4, 12, la a0, amo_buf; li a1, 5; sd a1, 0(a0); li a2, 7; amoadd.d x0, a2, (a0); bnez x0, fail; ld a4, 0(a0))
  /* 143: amoswap.d with rd == rs2: rd gets the old value, memory the old rs2 */
  TEST_CASE(143, a2, 5, la a0, amo_buf; li a1, 5; sd a1, 0(a0); li a2, 7; amoswap.d a2, a2, (a0); ld a4, 0(a0); li t5, 7; bne a4, t5, fail)
  /* 144: amoadd.w with rd == rs1: address register gets the old value */
  TEST_CASE(144, a0, 0x40, la a0, amo_buf; li a1, 0x40; sd a1, 0(a0); la a5, amo_buf; li a2, 2; amoadd.w a0, a2, (a0); ld a4, 0(a5); li t5, 0x42; bne a4, t5, fail)
  /* 145: amoswap.w with rs2 == x0 stores zero */
  TEST_CASE(145, a4, 0xffffffff00000000, la a0, amo_buf; li a1, -1; sd a1, 0(a0); amoswap.w a3, x0, (a0); ld a4, 0(a0); li t5, -1; bne a3, t5, fail)
  /* 146: amo result visible to a following lw of the same word */
  TEST_CASE(146, a4, 0xffffffff80000000, la a0, amo_buf; sd x0, 0(a0); li a2, 0x80000000; amoor.w x0, a2, (a0); lw a4, 0(a0))
  /* 147: AMO on the last word of a page */
  TEST_CASE(147, a4, 0x11, la a0, amo_page_end; addi a0, a0, -4; li a1, 0x10; sw a1, 0(a0); li a2, 1; amoadd.w a3, a2, (a0); lw a4, 0(a0); li t5, 0x10; bne a3, t5, fail)

TEST_END

  .data
  .align 4
amo_buf: .dword 0, 0
  .align 12
  .skip 4096
amo_page_end:
  .dword 0

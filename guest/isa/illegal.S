#include "test.h"

/* Illegal 32-bit instructions: each raises illegal instruction
 * (mcause 2) with mepc = its address, mtval = the instruction bits, and
 * does not write its rd (a0 unless noted).
 * Each check: the result register holds the architecturally required
 * value (t6 holds the expected value, gp the check number). */

/* The trap handler records mcause/mepc/mtval in s8/s9/s10, counts traps in
 * s7 and resumes at the address in s6 (the label after the instruction). */
#define TEST_ILLEGAL(n, dir, bits, reg, regval) \
  li TESTNUM, n; li s7, 0; li s8, 0; li s9, 0; li s10, -1; la s6, 2f; \
  li reg, regval; \
  1: dir bits; \
  2: li t5, 1; bne s7, t5, fail; \
  li t5, 2; bne s8, t5, fail; \
  la t5, 1b; bne s9, t5, fail; \
  li t5, bits; bne s10, t5, fail; \
  li t5, regval; bne reg, t5, fail

TEST_BEGIN
  .option norvc
  la t0, ill_trap
  csrw mtvec, t0
  j ill_tests

  .align 2
ill_trap:
  csrr s8, mcause
  csrr s9, mepc
  csrr s10, mtval
  addi s7, s7, 1
  csrw mepc, s6
  mret

ill_tests:
  mv s11, sp
  /* 1: 0xffffffff: the all-ones word */
  TEST_ILLEGAL(1, .word, 0xffffffff, a0, 0x5a5a5a5a5a5a5a5a)
  /* 2: 0x0000006b: reserved major opcode 1101011 */
  TEST_ILLEGAL(2, .word, 0x0000006b, a0, 0x5a5a5a5a5a5a5a5a)
  /* 3: 0x1234506b: reserved major opcode 1101011 with nonzero fields */
  TEST_ILLEGAL(3, .word, 0x1234506b, a0, 0x5a5a5a5a5a5a5a5a)
  /* 4: 0x00000577: reserved major opcode 1110111 */
  TEST_ILLEGAL(4, .word, 0x00000577, a0, 0x5a5a5a5a5a5a5a5a)
  /* 5: 0x04b50533: OP with funct7 = 0000010 */
  TEST_ILLEGAL(5, .word, 0x04b50533, a0, 0x5a5a5a5a5a5a5a5a)
  /* 6: 0x80b50533: OP with funct7 = 1000000 */
  TEST_ILLEGAL(6, .word, 0x80b50533, a0, 0x5a5a5a5a5a5a5a5a)
  /* 7: 0x40b51533: OP: sll with funct7 = 0100000 */
  TEST_ILLEGAL(7, .word, 0x40b51533, a0, 0x5a5a5a5a5a5a5a5a)
  /* 8: 0x04b5053b: OP-32 with funct7 = 0000010 */
  TEST_ILLEGAL(8, .word, 0x04b5053b, a0, 0x5a5a5a5a5a5a5a5a)
  /* 9: 0x00b5253b: OP-32 with funct3 = 010 */
  TEST_ILLEGAL(9, .word, 0x00b5253b, a0, 0x5a5a5a5a5a5a5a5a)
  /* 10: 0x02b5151b: slliw with shamt[5] = 1 (reserved on RV64) */
  TEST_ILLEGAL(10, .word, 0x02b5151b, a0, 0x5a5a5a5a5a5a5a5a)
  /* 11: 0x4205551b: sraiw with shamt[5] = 1 */
  TEST_ILLEGAL(11, .word, 0x4205551b, a0, 0x5a5a5a5a5a5a5a5a)
  /* 12: 0x80051513: slli with imm[11:6] = 100000 */
  TEST_ILLEGAL(12, .word, 0x80051513, a0, 0x5a5a5a5a5a5a5a5a)
  /* 13: 0x80055513: srli/srai with imm[11:6] = 100000 */
  TEST_ILLEGAL(13, .word, 0x80055513, a0, 0x5a5a5a5a5a5a5a5a)
  /* 14: 0x00057503: LOAD with funct3 = 111 */
  TEST_ILLEGAL(14, .word, 0x00057503, a0, 0x5a5a5a5a5a5a5a5a)
  /* 15: 0x00a54023: STORE with funct3 = 100 */
  TEST_ILLEGAL(15, .word, 0x00a54023, a0, 0x5a5a5a5a5a5a5a5a)
  /* 16: 0x00a57023: STORE with funct3 = 111 */
  TEST_ILLEGAL(16, .word, 0x00a57023, a0, 0x5a5a5a5a5a5a5a5a)
  /* 17: 0x00b52063: BRANCH with funct3 = 010 */
  TEST_ILLEGAL(17, .word, 0x00b52063, a0, 0x5a5a5a5a5a5a5a5a)
  /* 18: 0x00b53063: BRANCH with funct3 = 011 */
  TEST_ILLEGAL(18, .word, 0x00b53063, a0, 0x5a5a5a5a5a5a5a5a)
  /* 19: 0x00051567: JALR with funct3 = 001 */
  TEST_ILLEGAL(19, .word, 0x00051567, a0, 0x5a5a5a5a5a5a5a5a)
  /* 20: 0xf8b5252f: AMO with funct5 = 11111 */
  TEST_ILLEGAL(20, .word, 0xf8b5252f, a0, 0x5a5a5a5a5a5a5a5a)
  /* 21: 0x00b5552f: AMO with funct3 = 101 */
  TEST_ILLEGAL(21, .word, 0x00b5552f, a0, 0x5a5a5a5a5a5a5a5a)
  /* 22: 0x0000700f: MISC-MEM with funct3 = 111 */
  TEST_ILLEGAL(22, .word, 0x0000700f, a0, 0x5a5a5a5a5a5a5a5a)
  /* 23: 0x7ff00073: SYSTEM funct3 = 000 with an unassigned funct12 (0x7ff) */
  TEST_ILLEGAL(23, .word, 0x7ff00073, a0, 0x5a5a5a5a5a5a5a5a)
  /* at a halfword-aligned (pc % 4 == 2) address */
  /* 24: 0xffffffff (all ones) at pc % 4 == 2 */
  .option rvc; .balign 4; c.nop; .option norvc; TEST_ILLEGAL(24, .word, 0xffffffff, a0, 0x5a5a)
  /* 25: 0x04b50533 (OP with funct7 = 0000010) at pc % 4 == 2 */
  .option rvc; .balign 4; c.nop; .option norvc; TEST_ILLEGAL(25, .word, 0x04b50533, a0, 0x5a5a)
  /* 26: two illegal instructions in a row each trap with their own mepc/mtval */
  TEST_ILLEGAL(26, .word, 0x0000006b, a1, 1); TEST_ILLEGAL(26, .word, 0xffffffff, a1, 2)
  /* 27: execution resumes normally after the trap */
  TEST_CASE(27, a0, 3, li a0, 1; TEST_ILLEGAL(27, .word, 0xffffffff, a2, 0); addi a0, a0, 2)

  mv sp, s11
  la t0, trap_unexpected
  csrw mtvec, t0
TEST_END

#include "test.h"

/* RV64C reserved encodings: each raises illegal instruction (mcause 2)
 * with mepc = its address and mtval = the 16-bit instruction bits,
 * zero-extended, and has no other effect (the register it names is
 * unchanged; c.jr x0 does not jump). The all-zero halfword gives mtval = 0.
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
  /* 1: 0x0000: the all-zero halfword (defined illegal), mtval = 0 */
  TEST_ILLEGAL(1, .half, 0x0000, a0, 0x5a5a5a5a5a5a5a5a)
  /* 2: 0x0004: c.addi4spn s1, sp, 0 (nzuimm = 0 reserved) */
  TEST_ILLEGAL(2, .half, 0x0004, s1, 0x5a5a5a5a5a5a5a5a)
  /* 3: 0x001c: c.addi4spn a5, sp, 0 */
  TEST_ILLEGAL(3, .half, 0x001c, a5, 0x5a5a5a5a5a5a5a5a)
  /* 4: 0x6501: c.lui a0, 0 (nzimm = 0 reserved) */
  TEST_ILLEGAL(4, .half, 0x6501, a0, 0x5a5a5a5a5a5a5a5a)
  /* 5: 0x6f81: c.lui t6, 0 */
  TEST_ILLEGAL(5, .half, 0x6f81, t6, 0x5a5a5a5a5a5a5a5a)
  /* 6: 0x6101: c.addi16sp sp, 0 (nzimm = 0 reserved) */
  TEST_ILLEGAL(6, .half, 0x6101, sp, 0x80004000)
  /* 7: 0x4002: c.lwsp x0, 0(sp) (rd = 0 reserved) */
  TEST_ILLEGAL(7, .half, 0x4002, a0, 0x5a5a5a5a5a5a5a5a)
  /* 8: 0x507e: c.lwsp x0, 252(sp) */
  TEST_ILLEGAL(8, .half, 0x507e, a0, 0x5a5a5a5a5a5a5a5a)
  /* 9: 0x6002: c.ldsp x0, 0(sp) (rd = 0 reserved) */
  TEST_ILLEGAL(9, .half, 0x6002, a0, 0x5a5a5a5a5a5a5a5a)
  /* 10: 0x707e: c.ldsp x0, 504(sp) */
  TEST_ILLEGAL(10, .half, 0x707e, a0, 0x5a5a5a5a5a5a5a5a)
  /* 11: 0x8002: c.jr x0 (rs1 = 0 reserved): no jump to 0 */
  TEST_ILLEGAL(11, .half, 0x8002, ra, 0x5a5a5a5a5a5a5a5a)
  /* 12: 0x2001: c.addiw x0, 0 (rd = 0 reserved on RV64) */
  TEST_ILLEGAL(12, .half, 0x2001, a0, 0x5a5a5a5a5a5a5a5a)
  /* 13: 0x2005: c.addiw x0, 1 */
  TEST_ILLEGAL(13, .half, 0x2005, a0, 0x5a5a5a5a5a5a5a5a)
  /* 14: 0x8000: quadrant 0, funct3 100 (reserved) */
  TEST_ILLEGAL(14, .half, 0x8000, a0, 0x5a5a5a5a5a5a5a5a)
  /* 15: 0x9c41: c.subw/c.addw group with funct2 = 10 (reserved) */
  TEST_ILLEGAL(15, .half, 0x9c41, s0, 0x5a5a5a5a5a5a5a5a)
  /* 16: 0x9c61: c.subw/c.addw group with funct2 = 11 (reserved) */
  TEST_ILLEGAL(16, .half, 0x9c61, s0, 0x5a5a5a5a5a5a5a5a)
  /* the same encodings at a halfword (pc % 4 == 2) address */
  /* 17: 0x0000 (all-zero halfword) at pc % 4 == 2 */
  .option rvc; .balign 4; c.nop; .option norvc; TEST_ILLEGAL(17, .half, 0x0000, a0, 0x5a5a)
  /* 18: 0x6501 (c.lui a0, 0) at pc % 4 == 2 */
  .option rvc; .balign 4; c.nop; .option norvc; TEST_ILLEGAL(18, .half, 0x6501, a0, 0x5a5a)
  /* 19: 0x8002 (c.jr x0) at pc % 4 == 2 */
  .option rvc; .balign 4; c.nop; .option norvc; TEST_ILLEGAL(19, .half, 0x8002, ra, 0x5a5a)
  /* 20: an illegal halfword right before a valid one: mepc points at the first */
  TEST_ILLEGAL(20, .half, 0x0000, a1, 7); .option rvc; c.nop; .option norvc

  mv sp, s11
  la t0, trap_unexpected
  csrw mtvec, t0
TEST_END

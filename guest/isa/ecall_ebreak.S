#include "test.h"

/* ecall / ebreak / c.ebreak from M-mode:
 *  - ecall: mcause 11 (environment call from M-mode), mepc = its address,
 *    mtval = 0;
 *  - ebreak and c.ebreak: mcause 3 (breakpoint), mepc = its address, mtval
 *    either 0 or the address of the instruction (QEMU 7.2 writes 0; the spec
 *    allows a nonzero mtval = the faulting pc for breakpoints);
 *  - the handler returns to mepc + length of the instruction (4, or 2 for
 *    c.ebreak) and execution continues there with registers intact.
 *
 * The handler records mcause/mepc/mtval in s8/s9/s10, counts traps in s7
 * and resumes after the trapping instruction (length from its low bits). */

/* one trap of the given cause at label 1b; mtval checked by the caller */
#define CHECK_TRAP(cause) \
  li t5, 1; bne s7, t5, fail; \
  li t5, cause; bne s8, t5, fail; \
  la t5, 1b; bne s9, t5, fail

/* breakpoint mtval: 0 or the pc */
#define CHECK_BREAK_TVAL \
  beqz s10, 3f; bne s10, s9, fail; 3:

TEST_BEGIN
  .option norvc
  la t0, ee_trap
  csrw mtvec, t0
  j ee_tests

  .align 2
ee_trap:
  csrr s8, mcause
  csrr s9, mepc
  csrr s10, mtval
  addi s7, s7, 1
  lhu t0, 0(s9)
  andi t0, t0, 3
  addi s9, s9, 2
  li t1, 3
  bne t0, t1, 1f
  addi s9, s9, 2
1:
  csrw mepc, s9
  addi s9, s9, -2
  bne t0, t1, 1f
  addi s9, s9, -2
1:
  mret

ee_tests:
  /* 1: ecall: mcause 11, mepc = the ecall, mtval = 0 */
  li TESTNUM, 1
  li s7, 0
  li s10, -1
1:
  ecall
  CHECK_TRAP(11)
  bnez s10, fail

  /* 2: after the handler returns to mepc + 4, the next instruction runs
   *    and argument registers are intact */
  li TESTNUM, 2
  li s7, 0
  li a0, 10
  li a7, 93
1:
  ecall
  addi a0, a0, 1
  li t6, 11
  bne a0, t6, fail
  li t6, 93
  bne a7, t6, fail
  CHECK_TRAP(11)

  /* 3: ebreak: mcause 3, mepc = the ebreak, mtval 0 or pc */
  li TESTNUM, 3
  li s7, 0
  li s10, -1
1:
  ebreak
  CHECK_TRAP(3)
  CHECK_BREAK_TVAL

  /* 4: c.ebreak: mcause 3, mepc = the c.ebreak, mtval 0 or pc; the handler
   *    resumes 2 bytes later */
  li TESTNUM, 4
  li s7, 0
  li s10, -1
  li a0, 0
  .option push
  .option rvc
1:
  c.ebreak
  c.addi a0, 1
  .option pop
  CHECK_TRAP(3)
  CHECK_BREAK_TVAL
  li t6, 1
  bne a0, t6, fail

  /* 5: ecall at a halfword-aligned address (pc % 4 == 2) */
  li TESTNUM, 5
  li s7, 0
  li s10, -1
  .option push
  .option rvc
  .balign 4
  c.nop
  .option pop
1:
  ecall
  CHECK_TRAP(11)
  bnez s10, fail

  /* 6: ebreak at a halfword-aligned address */
  li TESTNUM, 6
  li s7, 0
  li s10, -1
  .option push
  .option rvc
  .balign 4
  c.nop
  .option pop
1:
  ebreak
  CHECK_TRAP(3)
  CHECK_BREAK_TVAL

  /* 7: c.ebreak at a word-aligned address followed by a 32-bit instruction */
  li TESTNUM, 7
  li s7, 0
  li a0, 0
  .option push
  .option rvc
  .balign 4
1:
  c.ebreak
  .option pop
  addi a0, a0, 7
  CHECK_TRAP(3)
  li t6, 7
  bne a0, t6, fail

  /* 8: 100 ecalls in a loop each trap once (the trap is not cached away) */
  li TESTNUM, 8
  li s7, 0
  li a1, 100
1:
  ecall
  addi a1, a1, -1
  bnez a1, 1b
  li t6, 100
  bne s7, t6, fail
  li t6, 11
  bne s8, t6, fail

  /* 9: 100 ebreaks and c.ebreaks interleaved */
  li TESTNUM, 9
  li s7, 0
  li a1, 50
1:
  ebreak
  .option push
  .option rvc
  c.ebreak
  .option pop
  addi a1, a1, -1
  bnez a1, 1b
  li t6, 100
  bne s7, t6, fail
  li t6, 3
  bne s8, t6, fail

  /* 10: ecall as a raw word (0x00000073) */
  li TESTNUM, 10
  li s7, 0
1:
  .word 0x00000073
  CHECK_TRAP(11)
  /* 11: ebreak as a raw word (0x00100073) */
  li TESTNUM, 11
  li s7, 0
1:
  .word 0x00100073
  CHECK_TRAP(3)
  CHECK_BREAK_TVAL
  /* 12: c.ebreak as a raw halfword (0x9002) */
  li TESTNUM, 12
  li s7, 0
1:
  .half 0x9002
  .half 0x0001
  CHECK_TRAP(3)
  CHECK_BREAK_TVAL

  la t0, trap_unexpected
  csrw mtvec, t0
TEST_END

#include "test.h"

/* RV64I unconditional jumps: jal and jalr.
 *  - jal writes pc + 4 to rd, jumps forward/backward, rd = x0 (j) writes
 *    nothing; the extreme offsets +0xffffe and -0x100000 (1 MiB gaps filled
 *    with 0x0000 = illegal instruction, so a wrong target traps, exit 1002);
 *  - jalr target = (rs1 + imm) & ~1 (the low bit is cleared, bit 1 is kept:
 *    halfword-aligned targets are fine with C), rd = pc + 4 written after
 *    the target is computed (rd == rs1), imm -2048 / +2047, rd = x0. */

TEST_BEGIN
  .option norvc

  /* 1: jal ra forward: link = address of the next instruction */
  li TESTNUM, 1
  jal ra, 1f
2:
  j fail
1:
  la t6, 2b
  bne ra, t6, fail

  /* 2: jal with another rd (t0) backward */
  li TESTNUM, 2
  j 2f
1:
  la t6, 3f
  bne t0, t6, fail
  j 4f
2:
  jal t0, 1b
3:
  j fail
4:

  /* 3: jal x0 (j) jumps and writes nothing */
  li TESTNUM, 3
  li ra, 0x33
  jal x0, 1f
  j fail
1:
  li t6, 0x33
  bne ra, t6, fail
  bnez x0, fail

  /* 4: jal to the next instruction (offset +4) */
  li TESTNUM, 4
  jal a0, 1f
1:
  la t6, 1b
  bne a0, t6, fail

  /* 5: jal forward by 0x804 (imm[11] of the J immediate set) */
  li TESTNUM, 5
  jal a0, jal_2052
  .fill (2052 - 4) / 2, 2, 0
jal_2052:
  la t6, jal_2052 - 2052 + 4
  bne a0, t6, fail

  /* 6: jal forward 0x1000 + 0x10 (imm[19:12] field) */
  li TESTNUM, 6
  jal a0, jal_4112
  .fill (4112 - 4) / 2, 2, 0
jal_4112:
  la t6, jal_4112 - 4112 + 4
  bne a0, t6, fail

  /* 7, 8: jal at the extreme offsets; the code with the 1 MiB gaps lives in
   * section .text.far, linked after everything else so that the harness's
   * own jumps stay in range. */
  call far_jal_tests

  /* 9: jalr ra, 0(t0): jumps to t0, ra = pc + 4 */
  li TESTNUM, 9
  la t0, 1f
  jalr ra, 0(t0)
2:
  j fail
1:
  la t6, 2b
  bne ra, t6, fail

  /* 10: jalr with a positive immediate */
  li TESTNUM, 10
  la t0, 1f - 40
  jalr a0, 40(t0)
2:
  j fail
1:
  la t6, 2b
  bne a0, t6, fail

  /* 11: jalr with imm -2048 */
  li TESTNUM, 11
  la t0, 1f + 2048
  jalr a0, -2048(t0)
  j fail
1:

  /* 12: jalr with imm +2047 and an odd base: (t0 + 2047) is odd -> bit 0 cleared */
  li TESTNUM, 12
  la t0, 1f - 2046      /* t0 + 2047 = 1f + 1 */
  jalr a0, 2047(t0)
  j fail
1:

  /* 13: jalr to an odd address (rs1 = target + 1, imm 0) lands on target */
  li TESTNUM, 13
  la t0, 1f + 1
  jalr a0, 0(t0)
  j fail
1:

  /* 14: jalr with rs1 = target + 3, imm -3 (sum even, exact) */
  li TESTNUM, 14
  la t0, 1f + 3
  jalr a0, -3(t0)
  j fail
1:

  /* 15: jalr with rs1 = target + 2, imm -1: sum = target + 1 -> target */
  li TESTNUM, 15
  la t0, 1f + 2
  jalr a0, -1(t0)
  j fail
1:

  /* 16: bit 1 is NOT cleared: rs1 = target + 3 where target % 4 == 2 (a c.j) */
  li TESTNUM, 16
  la t0, jalr_half + 1
  jalr a0, 0(t0)
  j fail
  .align 2
  .half 0
jalr_half:
  .option push
  .option rvc
  c.j 1f
  .option pop
  j fail
1:

  /* 17: jalr with rd == rs1: target from the old value, rd = pc + 4 */
  li TESTNUM, 17
  la t0, 1f
  jalr t0, 0(t0)
2:
  j fail
1:
  la t6, 2b
  bne t0, t6, fail

  /* 18: jalr with rd == rs1 and an odd base: the target uses the old rs1 */
  li TESTNUM, 18
  la a0, 1f + 1
  jalr a0, 0(a0)
2:
  j fail
1:
  la t6, 2b
  bne a0, t6, fail

  /* 19: jalr x0 (jr) writes nothing and leaves rs1 alone */
  li TESTNUM, 19
  la t0, 1f
  mv t1, t0
  jalr x0, 0(t0)
  j fail
1:
  bne t0, t1, fail
  bnez x0, fail

  /* 20: call/ret through a function; the callee sees ra, ret returns */
  li TESTNUM, 20
  li a0, 20
  call jump_double
  li t6, 40
  bne a0, t6, fail

  /* 21: nested calls with ra saved on the stack */
  li TESTNUM, 21
  li a0, 5
  call jump_quad
  li t6, 20
  bne a0, t6, fail

  /* 22: jalr through a table of function pointers (indirect call) */
  li TESTNUM, 22
  la t0, jump_table
  ld t1, 8(t0)
  li a0, 3
  jalr ra, 0(t1)
  li t6, 12
  bne a0, t6, fail

  /* 23: jalr backward with a negative immediate and rd = a1 */
  li TESTNUM, 23
  j 2f
1:
  la t6, 3f
  bne a1, t6, fail
  j 4f
2:
  la t0, 1b + 100
  jalr a1, -100(t0)
3:
  j fail
4:

  /* 24: jal with rd = x0 backward in a counted loop (10 iterations) */
  li TESTNUM, 24
  li a0, 0
  li a1, 10
1:
  addi a0, a0, 3
  addi a1, a1, -1
  beqz a1, 2f
  jal x0, 1b
2:
  li t6, 30
  bne a0, t6, fail

TEST_END

  .text
jump_double:
  add a0, a0, a0
  ret

jump_quad:
  addi sp, sp, -16
  sd ra, 8(sp)
  call jump_double
  call jump_double
  ld ra, 8(sp)
  addi sp, sp, 16
  jalr x0, 0(ra)

jump_triple:
  slli t0, a0, 1
  add a0, a0, t0
  jalr x0, 0(ra)

jump_quadruple:
  slli a0, a0, 2
  ret

  .section .text.far, "ax", @progbits
  .option norvc
#define FAR_FAIL tail fail
far_jal_tests:
  /* 7: jal at the maximum forward offset +0xffffe (all of imm[19:1] set) */
  li TESTNUM, 7
  jal a0, jal_fmax
  .fill (0xffffe - 4) / 2, 2, 0
jal_fmax:
  .option push
  .option rvc
  c.j 1f                  /* the target is halfword aligned */
  .option pop
  FAR_FAIL
1:
  la t6, jal_fmax - 0xffffe + 4
  beq a0, t6, 2f
  FAR_FAIL
2:

  /* 8: jal at the maximum backward offset -0x100000 (only imm[20] set) */
  li TESTNUM, 8
  la t0, jal_bsrc
  jr t0
jal_bmax:
  la t0, 1f
  jr t0
  .fill (0x100000 - 12) / 2, 2, 0
jal_bsrc:
  jal a0, jal_bmax
  FAR_FAIL
1:
  la t6, jal_bsrc + 4
  beq a0, t6, 2f
  FAR_FAIL
2:
  ret

  .data
  .align 3
jump_table:
  .dword jump_triple, jump_quadruple

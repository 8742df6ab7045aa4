#include "test.h"

/* Zifencei: self-modifying code. After a store to an instruction and
 * fence.i, the next fetch must see the new instruction, also for code that
 * ran many times before (a decoded-instruction or translated-block cache
 * must be invalidated), for the instruction right after the fence.i in the
 * same straight-line block, for compressed instructions patched with sh,
 * for branches, and for code written into a data buffer and called (JIT).
 *
 * Encodings used:
 *   addi a0, zero, imm = (imm << 20) | 0x00000513
 *   addi a0, a0, imm   = (imm << 20) | 0x00050513
 *   ret                = 0x00008067
 *   nop                = 0x00000013,  jal x0, +8 = 0x0080006f
 *   c.li a0, 5 = 0x4515,  c.li a0, 7 = 0x451d */

#define ADDI_A0_ZERO(imm) (((imm) << 20) | 0x513)

TEST_BEGIN
  .option norvc

  /* 1: the function returns 1 before any patching (cold) */
  TEST_CASE(1, a0, 1, call smc_func)
  /* 2: patch its first instruction to addi a0, zero, 2; fence.i; call */
  TEST_CASE(2, a0, 2, la t0, smc_func; li t1, ADDI_A0_ZERO(2); sw t1, 0(t0); fence.i; call smc_func)

  /* 3: a hot function: call it 2000 times (sum 2000 * 3) */
  li TESTNUM, 3
  li s2, 2000
  li s3, 0
1:
  call smc_hot
  add s3, s3, a0
  addi s2, s2, -1
  bnez s2, 1b
  li t6, 6000
  bne s3, t6, fail
  /* 4: patch the hot function to return 7, fence.i, call once */
  TEST_CASE(4, a0, 7, la t0, smc_hot; li t1, ADDI_A0_ZERO(7); sw t1, 0(t0); fence.i; call smc_hot)
  /* 5: call the patched function 2000 more times: always the new code */
  li TESTNUM, 5
  li s2, 2000
  li s3, 0
1:
  call smc_hot
  add s3, s3, a0
  addi s2, s2, -1
  bnez s2, 1b
  li t6, 14000
  bne s3, t6, fail
  /* 6: patch it back to 3 (an encoding the cache has seen before) */
  TEST_CASE(6, a0, 3, la t0, smc_hot; li t1, ADDI_A0_ZERO(3); sw t1, 0(t0); fence.i; call smc_hot)

  /* 7: a loop that patches the instruction right after its own fence.i on
   *    every iteration (same straight-line block as the store), 300 times:
   *    iteration i must execute addi a0, zero, i */
  li TESTNUM, 7
  la t0, smc_inline_site
  li s2, 0
  li s4, 300
1:
  slli t1, s2, 20
  ori t1, t1, 0x513
  sw t1, 0(t0)
  fence.i
smc_inline_site:
  addi a0, zero, 0x7ff
  bne a0, s2, fail
  addi s2, s2, 1
  blt s2, s4, 1b

  /* 8: a hot branch: smc_branch returns 2 while its middle instruction is
   *    a nop; called 500 times */
  li TESTNUM, 8
  li s2, 500
1:
  call smc_branch
  li t6, 2
  bne a0, t6, fail
  addi s2, s2, -1
  bnez s2, 1b
  /* 9: patch the nop into jal x0, +8 (skips li a0, 2): returns 1 */
  TEST_CASE(9, a0, 1, la t0, smc_branch_site; li t1, 0x0080006f; sw t1, 0(t0); fence.i; call smc_branch)
  /* 10: patch it back into a nop: returns 2 again */
  TEST_CASE(10, a0, 2, la t0, smc_branch_site; li t1, 0x00000013; sw t1, 0(t0); fence.i; call smc_branch)

  /* 11: compressed: smc_rvc returns 5 (c.li a0, 5), run hot 500 times ... */
  li TESTNUM, 11
  li s2, 500
1:
  call smc_rvc
  li t6, 5
  bne a0, t6, fail
  addi s2, s2, -1
  bnez s2, 1b
  /* 12: ... patch it with a halfword store to c.li a0, 7 */
  TEST_CASE(12, a0, 7, la t0, smc_rvc; li t1, 0x451d; sh t1, 0(t0); fence.i; call smc_rvc)
  /* 13: a 32-bit instruction at a halfword-aligned address, patched with two
   *     sh stores (one per half) */
  TEST_CASE(13, a0, 0x123, la t0, smc_split_site; li t1, ADDI_A0_ZERO(0x123); sh t1, 0(t0); srli t1, t1, 16; sh t1, 2(t0); fence.i; call smc_split)

  /* 14: JIT: write "addi a0, a0, K; ret" into a data buffer and call it;
   *     for K = 0..199, rewriting the same buffer each time */
  li TESTNUM, 14
  la s5, jit_buf
  li s2, 0
  li s4, 200
1:
  slli t1, s2, 20
  li t2, 0x50513
  or t1, t1, t2
  sw t1, 0(s5)
  li t1, 0x00008067
  sw t1, 4(s5)
  fence.i
  li a0, 1000
  jalr ra, 0(s5)
  addi t1, s2, 1000
  bne a0, t1, fail
  addi s2, s2, 1
  blt s2, s4, 1b

  /* 15: JIT: build a longer function (64 x addi a0, a0, 1; ret), call it
   *     100 times, then change one addi in the middle to addi a0, a0, 100 */
  li TESTNUM, 15
  la s5, jit_buf
  li t1, 0x00150513          /* addi a0, a0, 1 */
  li t2, 64
  mv t3, s5
1:
  sw t1, 0(t3)
  addi t3, t3, 4
  addi t2, t2, -1
  bnez t2, 1b
  li t1, 0x00008067
  sw t1, 0(t3)
  fence.i
  li s2, 100
1:
  li a0, 0
  jalr ra, 0(s5)
  li t6, 64
  bne a0, t6, fail
  addi s2, s2, -1
  bnez s2, 1b
  /* 16: ... the patched instruction (index 40) takes effect */
  TEST_CASE(16, a0, 163, li t1, 0x06450513; sw t1, 160(s5); fence.i; li a0, 0; jalr ra, 0(s5))

  /* 17: fence.i with nonzero imm (1) and rs1 (a1) fields, which are reserved
   *     and must be ignored, still synchronizes (0x0015900f) */
  TEST_CASE(17, a0, 0x55, la t0, smc_func; li t1, ADDI_A0_ZERO(0x55); sw t1, 0(t0); .word 0x0015900f; call smc_func)

TEST_END

  .text
  .option norvc
  .align 2
smc_func:
  addi a0, zero, 1
  ret

smc_hot:
  addi a0, zero, 3
  ret

smc_branch:
  addi a0, zero, 1
smc_branch_site:
  nop
  addi a0, zero, 2
  ret

  .option rvc
  .align 2
smc_rvc:
  c.li a0, 5
  c.jr ra

  .align 2
smc_split:
  c.nop
  .option norvc
smc_split_site:
  addi a0, zero, 0x77
  ret

  .data
  .align 6
jit_buf:
  .skip 512

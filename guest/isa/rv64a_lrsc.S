#include "test.h"

/* RV64A load-reserved / store-conditional: lr.w, lr.d, sc.w, sc.d.
 *  - LR returns the memory value (sign-extended for .w), SC after a matching
 *    LR succeeds (rd = 0) and writes memory;
 *  - SC fails (rd != 0, memory unchanged) without a reservation, after an
 *    intervening store by this hart that changes the reserved bytes, after a
 *    trap between LR and SC, when its address differs from the LR's, and
 *    every SC (success or not) ends the reservation;
 *  - a misaligned LR raises load address misaligned (mcause 4) with mtval =
 *    the address. Misaligned SC/AMO are in rv64a_misaligned.S.
 *
 * Notes on the spec: an SC after a same-hart store to the reserved bytes, or
 * after a trap + mret, is *allowed* to fail by the spec but not required to;
 * ttvm fails it, as QEMU does (QEMU compares the value, so the store here
 * changes it). An SC to a different address must fail only when it is outside
 * the reservation set, so the "other address" below is in another 4 KiB page.
 *
 * The trap handler (installed by the test) records mcause/mepc/mtval in
 * s9/s10/s11, counts traps in s7 and resumes at mepc + 4. It does no memory
 * access, so it cannot disturb the reservation by itself. */

#define CHECK_TRAP(cause, epc_label, tval_reg) \
  li t6, cause; bne s9, t6, fail; \
  la t6, epc_label; bne s10, t6, fail; \
  bne s11, tval_reg, fail

TEST_BEGIN
  .option norvc
  la t0, lrsc_trap
  csrw mtvec, t0
  li s7, 0
  j lrsc_tests

  .align 2
lrsc_trap:
  csrr s9, mcause
  csrr s10, mepc
  csrr s11, mtval
  addi s7, s7, 1
  addi s6, s10, 4
  csrw mepc, s6
  mret

lrsc_tests:
  la s0, buf_a            /* s0: reservation target A (8-byte aligned) */
  la s1, buf_b            /* s1: another address B, in another page */

  /* 1: lr.d returns the doubleword */
  TEST_CASE(1, a3, 0x0123456789abcdef, li a1, 0x0123456789abcdef; sd a1, 0(s0); lr.d a3, (s0))
  /* 2: sc.d right after it succeeds (rd = 0) */
  TEST_CASE(2, a4, 0, li a2, 0x1122334455667788; sc.d a4, a2, (s0))
  /* 3: ... and wrote memory */
  TEST_CASE(3, a5, 0x1122334455667788, ld a5, 0(s0))
  /* 4: lr.w sign-extends the word */
  TEST_CASE(4, a3, 0xffffffff80000001, li a1, 0x5555555580000001; sd a1, 0(s0); lr.w a3, (s0))
  /* 5: sc.w succeeds */
  TEST_CASE(5, a4, 0, li a2, 0xdeadbeef12345678; sc.w a4, a2, (s0))
  /* 6: sc.w wrote only the low word of rs2, other half of the dword kept */
  TEST_CASE(6, a5, 0x5555555512345678, ld a5, 0(s0))
  /* 7: lr.w on the upper word (offset 4) sign-extends */
  TEST_CASE(7, a3, 0x0000000055555555, addi a0, s0, 4; lr.w a3, (a0))
  /* 8: sc.w on the upper word succeeds */
  TEST_CASE(8, a4, 0, li a2, 0x9abcdef0; sc.w a4, a2, (a0))
  /* 9: ... and wrote only the upper word */
  TEST_CASE(9, a5, 0x9abcdef012345678, ld a5, 0(s0))

  /* 10: sc.d with no reservation (the last SC ended it) fails */
  TEST_CASE(10, a4, 1, li a2, 77; sc.d a4, a2, (s0); snez a4, a4)
  /* 11: ... and did not write memory */
  TEST_CASE(11, a5, 0x9abcdef012345678, ld a5, 0(s0))
  /* 12: sc.w with no reservation fails and does not write */
  TEST_CASE(12, a4, 1, li a2, 77; sc.w a4, a2, (s0); snez a4, a4; ld a5, 0(s0); li t5, 0x9abcdef012345678; bne a5, t5, fail)

  /* 13: lr.d; sd of a new value to the same address; sc.d fails */
  TEST_CASE(13, a4, 1, li a1, 100; sd a1, 0(s0); lr.d a3, (s0); li a1, 200; sd a1, 0(s0); li a2, 300; sc.d a4, a2, (s0); snez a4, a4)
  /* 14: ... memory holds the plain store's value */
  TEST_CASE(14, a5, 200, ld a5, 0(s0))
  /* 15: lr.w; sw of a new value to the same word; sc.w fails, memory keeps the sw value */
  TEST_CASE(15, a4, 1, lr.w a3, (s0); li a1, 201; sw a1, 0(s0); li a2, 301; sc.w a4, a2, (s0); snez a4, a4; lw a5, 0(s0); li t5, 201; bne a5, t5, fail)
  /* 16: lr.d; sb changing one byte of the reserved dword; sc.d fails */
  TEST_CASE(16, a4, 1, sd x0, 0(s0); lr.d a3, (s0); li a1, 0x5a; sb a1, 7(s0); li a2, 302; sc.d a4, a2, (s0); snez a4, a4; ld a5, 0(s0); li t5, 0x5a00000000000000; bne a5, t5, fail)

  /* 17: lr.d; ecall (handler returns to mepc + 4); sc.d fails */
  TEST_CASE(17, a4, 1, li s7, 0; li a1, 400; sd a1, 0(s0); lr.d a3, (s0); ecall; li a2, 401; sc.d a4, a2, (s0); snez a4, a4; li t5, 1; bne s7, t5, fail)
  /* 18: ... the trap was the ecall and memory is unchanged */
  TEST_CASE(18, a5, 400, li t5, 11; bne s9, t5, fail; ld a5, 0(s0))
  /* 19: lr.w; illegal-instruction trap; sc.w fails, memory unchanged */
  TEST_CASE(19, a4, 1, li s7, 0; lr.w a3, (s0); .word 0xffffffff; li a2, 402; sc.w a4, a2, (s0); snez a4, a4; li t5, 2; bne s9, t5, fail; lw a5, 0(s0); li t5, 400; bne a5, t5, fail)

  /* 20: lr.d A; sc.d B (other page) fails */
  TEST_CASE(20, a4, 1, li a1, 500; sd a1, 0(s1); lr.d a3, (s0); li a2, 501; sc.d a4, a2, (s1); snez a4, a4)
  /* 21: ... B is unchanged */
  TEST_CASE(21, a5, 500, ld a5, 0(s1))
  /* 22: ... and the failed SC ended the reservation: sc.d A now fails too */
  TEST_CASE(22, a4, 1, li a2, 502; sc.d a4, a2, (s0); snez a4, a4; ld a5, 0(s0); li t5, 400; bne a5, t5, fail)
  /* 23: lr.d A; lr.d B; sc.d A fails (only the most recent LR counts) */
  TEST_CASE(23, a4, 1, lr.d a3, (s0); lr.d a3, (s1); li a2, 503; sc.d a4, a2, (s0); snez a4, a4; ld a5, 0(s0); li t5, 400; bne a5, t5, fail)
  /* 24: ... and sc.d B, the most recent LR, now fails too: the failed SC ended the reservation */
  TEST_CASE(24, a4, 1, li a2, 504; sc.d a4, a2, (s1); snez a4, a4; ld a5, 0(s1); li t5, 500; bne a5, t5, fail)
  /* 25: lr.d A; lr.d A again; sc.d A succeeds */
  TEST_CASE(25, a4, 0, lr.d a3, (s0); lr.d a3, (s0); li a2, 505; sc.d a4, a2, (s0); ld a5, 0(s0); li t5, 505; bne a5, t5, fail)
  /* 26: lr.w A; sc.w B fails, sc.w A then fails too */
  TEST_CASE(26, a4, 2, lr.w a3, (s0); li a2, 506; sc.w a4, a2, (s1); snez a4, a4; sc.w a5, a2, (s0); snez a5, a5; add a4, a4, a5)

  /* 27: register-only instructions between LR and SC keep the reservation */
  TEST_CASE(27, a4, 0, lr.d a3, (s0); addi a3, a3, 1; mul a3, a3, a3; li a1, 10; 1: addi a1, a1, -1; bnez a1, 1b; sc.d a4, a3, (s0))
  /* 28: ... and the SC stored the computed value (506^2) */
  TEST_CASE(28, a5, 256036, ld a5, 0(s0))
  /* 29: a load between LR and SC keeps the reservation */
  TEST_CASE(29, a4, 0, lr.d a3, (s0); ld a1, 0(s1); sc.d a4, a1, (s0); ld a5, 0(s0); li t5, 500; bne a5, t5, fail)

  /* 30: sc.d with rd == rs2 stores the old rs2 and writes 0 to rd */
  TEST_CASE(30, a2, 0, lr.d a3, (s0); li a2, 0x77; sc.d a2, a2, (s0); ld a5, 0(s0); li t5, 0x77; bne a5, t5, fail)
  /* 31: lr.d with rd == rs1 */
  TEST_CASE(31, a0, 0x77, mv a0, s0; lr.d a0, (a0); li a2, 0x78; sc.d a4, a2, (s0); bnez a4, fail)
  /* 32: lr.w with rd == rs1 sign-extends */
  TEST_CASE(32, a0, 0xfffffffff0000000, li a1, 0xf0000000; sw a1, 0(s0); mv a0, s0; lr.w a0, (a0); sc.w a4, x0, (s0); bnez a4, fail)
  /* 33: sc.w with rs2 == x0 stored zero */
  TEST_CASE(33, a5, 0, lw a5, 0(s0))

  /* 34: aq/rl variants: lr.d.aq + sc.d.rl succeed */
  TEST_CASE(34, a4, 0, lr.d.aq a3, (s0); li a2, 34; sc.d.rl a4, a2, (s0); ld a5, 0(s0); li t5, 34; bne a5, t5, fail)
  /* 35: lr.w.aqrl + sc.w.aqrl succeed */
  TEST_CASE(35, a4, 0, lr.w.aqrl a3, (s0); li a2, 35; sc.w.aqrl a4, a2, (s0); lw a5, 0(s0); li t5, 35; bne a5, t5, fail)
  /* 36: lr.d.rl + sc.d.aq succeed */
  TEST_CASE(36, a4, 0, lr.d.rl a3, (s0); li a2, 36; sc.d.aq a4, a2, (s0); ld a5, 0(s0); li t5, 36; bne a5, t5, fail)

  /* 37: an LR/SC retry loop (atomic increment) run 1000 times */
  li TESTNUM, 37
  sd x0, 0(s0)
  li a1, 1000
1:
  lr.d a3, (s0)
  addi a3, a3, 1
  sc.d a4, a3, (s0)
  bnez a4, 1b
  addi a1, a1, -1
  bnez a1, 1b
  ld a5, 0(s0)
  li t6, 1000
  bne a5, t6, fail

  /* 38: the same with lr.w/sc.w crossing into negative numbers */
  li TESTNUM, 38
  li a1, 0x7ffffffe
  sw a1, 0(s0)
  li a1, 4
1:
  lr.w a3, (s0)
  addi a3, a3, 1
  sc.w a4, a3, (s0)
  bnez a4, 1b
  addi a1, a1, -1
  bnez a1, 1b
  lw a5, 0(s0)
  li t6, 0xffffffff80000002
  bne a5, t6, fail

  /* 39: lr.w at A + 2 (misaligned): load address misaligned, mtval = address */
  li TESTNUM, 39
  li s7, 0
  addi a0, s0, 2
  li a3, 0x3939
lr_mis_w:
  lr.w a3, (a0)
  li t5, 1; bne s7, t5, fail
  CHECK_TRAP(4, lr_mis_w, a0)
  /* 40: ... and rd was not written */
  TEST_CASE(40, a3, 0x3939, )
  /* 41: lr.d at A + 4 (word- but not dword-aligned): load address misaligned */
  li TESTNUM, 41
  li s7, 0
  addi a0, s0, 4
  li a3, 0x4141
lr_mis_d4:
  lr.d a3, (a0)
  li t5, 1; bne s7, t5, fail
  CHECK_TRAP(4, lr_mis_d4, a0)
  li t5, 0x4141; bne a3, t5, fail
  /* 42: lr.d at A + 1: load address misaligned */
  li TESTNUM, 42
  li s7, 0
  addi a0, s0, 1
lr_mis_d1:
  lr.d.aqrl a3, (a0)
  li t5, 1; bne s7, t5, fail
  CHECK_TRAP(4, lr_mis_d1, a0)
  /* 43: lr.w at A + 3 (the address crosses nothing, still misaligned) */
  li TESTNUM, 43
  li s7, 0
  addi a0, s0, 3
lr_mis_w3:
  lr.w a3, (a0)
  li t5, 1; bne s7, t5, fail
  CHECK_TRAP(4, lr_mis_w3, a0)

  la t0, trap_unexpected
  csrw mtvec, t0
TEST_END

  .data
  .align 6
buf_a: .dword 0, 0
  .align 12
buf_b: .dword 0, 0

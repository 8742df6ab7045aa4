#include "test.h"

/* Zicsr rules that QEMU 7.2 (-M spike), the reference emulator, does not
 * follow; ttvm does:
 *  - csrrs/csrrc whose rs1 is not x0 but holds zero still *write* the CSR
 *    (unprivileged spec, Zicsr: "if rs1 specifies a register holding a zero
 *    value other than x0, the instruction will still attempt to write the
 *    unmodified value back to the CSR"), so on a read-only CSR they raise
 *    illegal instruction. QEMU only looks at the value of rs1 and does not
 *    trap.
 *  - rdtime: ttvm implements the time CSR, so rdtime reads a non-decreasing
 *    value. QEMU's spike machine has no time CSR and traps (which the
 *    privileged spec permits: M-mode software may emulate it); zicsr.S
 *    accepts both.
 * On QEMU 7.2, detected at run time by its ID CSRs as in
 * guest/common/priv.h (mvendorid = 0, marchid = mimpid = 0x0702xx), QEMU's
 * behaviour is expected instead, so the rest of the test logic still runs
 * on the reference.
 *
 * The trap handler records mcause/mepc/mtval in s8/s9/s10, counts traps in
 * s7 and resumes at the address in s6. */

/* s4 = 1 on QEMU 7.2 (see above), else 0. Clobbers t0, t1. */
#define DETECT_QEMU72                                \
  li s4, 0; csrr t0, mvendorid; bnez t0, 1f;         \
  csrr t0, marchid; csrr t1, mimpid; bne t0, t1, 1f; \
  srli t0, t0, 8; li t1, 0x702; bne t0, t1, 1f;      \
  li s4, 1; 1:

/* the instruction (a1 = 0) must trap: mcause 2, mepc, mtval = its bits,
 * rd (a0) not written. On QEMU 7.2: no trap. */
#define TEST_CSR_TRAP(n, bits) \
  li TESTNUM, n; li s7, 0; li s8, 0; li s9, 0; li s10, 0; la s6, 2f; \
  li a0, 0x5a5a; li a1, 0; \
  1: .word bits; \
  2: bnez s4, 4f; \
  li t5, 1; bne s7, t5, fail; \
  li t5, 2; bne s8, t5, fail; \
  la t5, 1b; bne s9, t5, fail; \
  li t5, bits; bne s10, t5, fail; \
  li t5, 0x5a5a; bne a0, t5, fail; \
  j 5f; \
  4: bnez s7, fail; \
  5:

TEST_BEGIN
  .option norvc
  la t0, csr_trap
  csrw mtvec, t0
  j csr_tests

  .align 2
csr_trap:
  csrr s8, mcause
  csrr s9, mepc
  csrr s10, mtval
  addi s7, s7, 1
  csrw mepc, s6
  mret

csr_tests:
  DETECT_QEMU72
  /* 1: csrrs a0, mhartid, a1 with a1 = 0 (not x0) writes -> illegal */
  TEST_CSR_TRAP(1, 0xf145a573)
  /* 2: csrrc a0, mvendorid, a1 with a1 = 0 -> illegal */
  TEST_CSR_TRAP(2, 0xf115b573)
  /* 3: csrrs a0, marchid, a1 with a1 = 0 -> illegal */
  TEST_CSR_TRAP(3, 0xf125a573)
  /* 4: csrrc a0, cycle, a1 with a1 = 0 -> illegal */
  TEST_CSR_TRAP(4, 0xc005b573)
  /* 5: csrrs a0, mscratch, a1 with a1 = 0 on a writable CSR: no trap, value kept */
  TEST_CASE(5, a0, 0x1234, li s7, 0; li a1, 0x1234; csrw mscratch, a1; li a1, 0; csrrs a2, mscratch, a1; csrr a0, mscratch; bnez s7, fail)

  /* 6: rdtime reads without trapping, 200 times, never going backwards */
  li TESTNUM, 6
  li s7, 0
  la s6, 2f
  rdtime a0
  li a1, 200
1:
  rdtime a2
  bltu a2, a0, fail
  mv a0, a2
  addi a1, a1, -1
  bnez a1, 1b
2:
  bnez s4, 3f
  bnez s7, fail           /* no trap */
  j 4f
3:
  beqz s7, fail           /* QEMU 7.2: the first rdtime traps */
4:

  la t0, trap_unexpected
  csrw mtvec, t0
TEST_END

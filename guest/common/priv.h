/* Shared helpers for the privileged-architecture guest tests (guest/priv).
 *
 * Include after test.h. Put PRIV_INIT right after TEST_BEGIN and
 * PRIV_HANDLERS after TEST_END:
 *
 *   #include "test.h"
 *   #include "priv.h"
 *   TEST_BEGIN
 *   PRIV_INIT
 *   ...checks...
 *   TEST_END
 *   PRIV_HANDLERS
 *
 * Register conventions while PRIV_INIT's handlers are installed (the checks
 * must not use these registers for anything else):
 *   tp   resume address for exceptions: 0 = return to the trapping mode,
 *        past the trapping instruction (2 or 4 bytes); otherwise the handler
 *        jumps to tp, staying in the handler's mode (M for m_trap, S for
 *        s_trap). Interrupts always return to where they hit.
 *   s5   number of traps still expected; a trap taken while s5 == 0 is
 *        unexpected and ends the test with 1000 + cause (M or S cause).
 *   s6   privilege of the handler that took the last trap (3 = M, 1 = S)
 *   s7   number of traps taken (both handlers); entry s7 & 7 of priv_log
 *        receives the cause before s7 is incremented
 *   s8   cause (mcause / scause) of the last trap
 *   s9   epc (mepc / sepc) of the last trap
 *   s10  tval (mtval / stval) of the last trap
 *   s11  status (mstatus / sstatus) as read on handler entry
 * For an interrupt the handlers clear its enable bit (in mie / sie) so that
 * a level-triggered source does not trap again at once.
 * The handlers use mscratch / sscratch and priv_tmp as scratch space. */
#ifndef TTVM_GUEST_PRIV_H
#define TTVM_GUEST_PRIV_H

#define PRV_U 0
#define PRV_S 1
#define PRV_M 3

#define MSTATUS_SIE   (1 << 1)
#define MSTATUS_MIE   (1 << 3)
#define MSTATUS_SPIE  (1 << 5)
#define MSTATUS_UBE   (1 << 6)
#define MSTATUS_MPIE  (1 << 7)
#define MSTATUS_SPP   (1 << 8)
#define MSTATUS_MPP   (3 << 11)
#define MSTATUS_MPP_S (1 << 11)
#define MSTATUS_MPRV  (1 << 17)
#define MSTATUS_SUM   (1 << 18)
#define MSTATUS_MXR   (1 << 19)
#define MSTATUS_TVM   (1 << 20)
#define MSTATUS_TW    (1 << 21)
#define MSTATUS_TSR   (1 << 22)

#define IRQ_SSI 1
#define IRQ_MSI 3
#define IRQ_STI 5
#define IRQ_MTI 7
#define IRQ_SEI 9
#define IRQ_MEI 11
#define MIP_SSIP (1 << IRQ_SSI)
#define MIP_MSIP (1 << IRQ_MSI)
#define MIP_STIP (1 << IRQ_STI)
#define MIP_MTIP (1 << IRQ_MTI)
#define MIP_SEIP (1 << IRQ_SEI)
#define MIP_MEIP (1 << IRQ_MEI)

#define CAUSE_MISALIGNED_FETCH 0
#define CAUSE_FETCH_ACCESS     1
#define CAUSE_ILLEGAL_INSN     2
#define CAUSE_BREAKPOINT       3
#define CAUSE_LOAD_ACCESS      5
#define CAUSE_STORE_ACCESS     7
#define CAUSE_USER_ECALL       8
#define CAUSE_SUPERVISOR_ECALL 9
#define CAUSE_MACHINE_ECALL    11
/* Interrupt causes as read from mcause/scause (bit 63 set). */
#define CAUSE_INTR(code) ((1 << 63) | (code))

#define CSR_STIMECMP 0x14d
#define CSR_MENVCFG  0x30a
#define CSR_MCONFIGPTR 0xf15
#define MENVCFG_STCE_BIT 63

/* The board's CLINT. */
#define CLINT_MSIP     0x2000000
#define CLINT_MTIMECMP 0x2004000
#define CLINT_MTIME    0x200bff8

/* Install the handlers, clear the bookkeeping registers and detect QEMU
 * 7.2 (see SKIP_ON_QEMU72). Clobbers t0, t1. */
#define PRIV_INIT                                    \
  la t0, m_trap;                                     \
  csrw mtvec, t0;                                    \
  la t0, s_trap;                                     \
  csrw stvec, t0;                                    \
  li tp, 0;                                          \
  li s5, 0;                                          \
  li s6, 0;                                          \
  li s7, 0;                                          \
  li s8, 0;                                          \
  li s9, 0;                                          \
  li s10, 0;                                         \
  li s11, 0;                                         \
  csrr t0, mvendorid;                                \
  bnez t0, 1f;                                       \
  csrr t0, marchid;                                  \
  csrr t1, mimpid;                                   \
  bne t0, t1, 1f;                                    \
  srli t0, t0, 8;                                    \
  li t1, 0x702;                                      \
  bne t0, t1, 1f;                                    \
  li t0, 1;                                          \
  la t1, priv_qemu72;                                \
  sd t0, 0(t1);                                      \
  1:

/* Skip to label when running on QEMU 7.2 (the reference emulator), for the
 * few checks of spec behaviour that QEMU 7.2 gets wrong. PRIV_INIT detects
 * it by QEMU's ID CSRs: mvendorid = 0 and marchid = mimpid = the QEMU
 * version (7.2.x = 0x0702xx). Works in any mode. Clobbers t6. */
#define SKIP_ON_QEMU72(label)                        \
  la t6, priv_qemu72;                                \
  ld t6, 0(t6);                                      \
  bnez t6, label;

/* Expect n more traps (adds to the count). */
#define EXPECT_TRAPS(n) addi s5, s5, n
/* Forget the previous traps: trap count and expected count to zero, the
 * recorded values to -1 so that a missing trap is noticed. */
#define RESET_TRAPS                                  \
  li s5, 0;                                          \
  li s6, 0;                                          \
  li s7, 0;                                          \
  li s8, -1;                                         \
  li s9, -1;                                         \
  li s10, -1;                                        \
  li s11, -1;

/* reg = cause recorded in trap log entry i (0..7). */
#define TRAP_LOG(reg, i)                             \
  la reg, priv_log;                                  \
  ld reg, (8 * (i))(reg);

/* Give S and U mode access to all of memory through PMP entry 0 (NAPOT
 * over the whole address space, RWX), as OpenSBI does. Clobbers t0. */
#define PMP_ALLOW_ALL                                \
  li t0, -1;                                         \
  srli t0, t0, 10;                                   \
  csrw pmpaddr0, t0;                                 \
  li t0, 0x1f;                                       \
  csrw pmpcfg0, t0;

/* From M-mode, continue at label in privilege mode `mode` (PRV_*) via
 * mret (mstatus.MPP = mode, mepc = label). Other mstatus bits (MPIE, MPRV,
 * ...) are left alone. Clobbers t0. */
#define ENTER_MODE(mode, label)                      \
  li t0, MSTATUS_MPP;                                \
  csrc mstatus, t0;                                  \
  li t0, ((mode) << 11);                             \
  csrs mstatus, t0;                                  \
  la t0, label;                                      \
  csrw mepc, t0;                                     \
  mret;

#define ENTER_S(label) ENTER_MODE(PRV_S, label)
#define ENTER_U(label) ENTER_MODE(PRV_U, label)

/* From S-mode, continue at label in U-mode via sret. Clobbers t0. */
#define SRET_TO_U(label)                             \
  li t0, MSTATUS_SPP;                                \
  csrc sstatus, t0;                                  \
  la t0, label;                                      \
  csrw sepc, t0;                                     \
  sret;

/* From S or U mode, go back to M-mode and continue at label there: an
 * ecall that m_trap takes (ecall from S/U must not be delegated). The
 * ecall is recorded like any trap; tp is left pointing at label, so reset
 * it (li tp, 0) before relying on skip-and-return again. */
#define RETURN_TO_M(label)                           \
  la tp, label;                                      \
  EXPECT_TRAPS(1);                                   \
  ecall;

/* Check n: exactly one trap since RESET_TRAPS, taken by the handler of
 * privilege `mode`, with the given cause, epc = epc_label and tval (an
 * immediate). Clobbers t6. */
#define CHECK_TRAP(n, mode, cause, epc_label, tval)  \
  li TESTNUM, n;                                     \
  li t6, 1;                                          \
  bne s7, t6, fail;                                  \
  li t6, mode;                                       \
  bne s6, t6, fail;                                  \
  li t6, cause;                                      \
  bne s8, t6, fail;                                  \
  la t6, epc_label;                                  \
  bne s9, t6, fail;                                  \
  li t6, tval;                                       \
  bne s10, t6, fail;

/* As CHECK_TRAP with tval = the 32-bit instruction at epc_label (an
 * illegal-instruction trap). */
#define CHECK_TRAP_INSN(n, mode, cause, epc_label)   \
  CHECK_TRAP_NOTVAL(n, mode, cause, epc_label)       \
  la t6, epc_label;                                  \
  lwu t6, 0(t6);                                     \
  bne s10, t6, fail;

/* As CHECK_TRAP without the tval comparison. */
#define CHECK_TRAP_NOTVAL(n, mode, cause, epc_label) \
  li TESTNUM, n;                                     \
  li t6, 1;                                          \
  bne s7, t6, fail;                                  \
  li t6, mode;                                       \
  bne s6, t6, fail;                                  \
  li t6, cause;                                      \
  bne s8, t6, fail;                                  \
  la t6, epc_label;                                  \
  bne s9, t6, fail;

/* Check n: no trap since RESET_TRAPS. */
#define CHECK_NO_TRAP(n)                             \
  li TESTNUM, n;                                     \
  bnez s7, fail;

/* Check n: (reg & mask) == expected. Clobbers t5, t6. */
#define CHECK_MASKED(n, reg, mask, expected)         \
  li TESTNUM, n;                                     \
  li t5, mask;                                       \
  and t5, reg, t5;                                   \
  li t6, expected;                                   \
  bne t5, t6, fail;

/* Spin until at least k traps have been taken since RESET_TRAPS, at most
 * about 10 million iterations. Clobbers t3, t4. */
#define WAIT_TRAPS(k)                                \
  li t4, 10000000;                                   \
  li t3, k;                                          \
  1: bgeu s7, t3, 2f;                                \
  addi t4, t4, -1;                                   \
  bnez t4, 1b;                                       \
  2:

/* Spin until (mip & mask) != 0, at most about 10 million iterations.
 * Clobbers t2, t3, t4. */
#define WAIT_MIP(mask)                               \
  li t4, 10000000;                                   \
  li t2, mask;                                       \
  1: csrr t3, mip;                                   \
  and t3, t3, t2;                                    \
  bnez t3, 2f;                                       \
  addi t4, t4, -1;                                   \
  bnez t4, 1b;                                       \
  2:

/* Spin until (mip & mask) == 0, at most about 10 million iterations.
 * Clobbers t2, t3, t4. */
#define WAIT_MIP_CLEAR(mask)                         \
  li t4, 10000000;                                   \
  li t2, mask;                                       \
  1: csrr t3, mip;                                   \
  and t3, t3, t2;                                    \
  beqz t3, 2f;                                       \
  addi t4, t4, -1;                                   \
  bnez t4, 1b;                                       \
  2:

/* CLINT helpers (M-mode, or S/U with PMP_ALLOW_ALL). Clobber t0, t1. */
#define SET_MSIP(v)                                  \
  li t0, CLINT_MSIP;                                 \
  li t1, v;                                          \
  sw t1, 0(t0);
/* mtimecmp = -1 (never). */
#define MTIMECMP_NEVER                               \
  li t0, CLINT_MTIMECMP;                             \
  li t1, -1;                                         \
  sd t1, 0(t0);
/* mtimecmp = mtime + delta. */
#define MTIMECMP_IN(delta)                           \
  li t0, CLINT_MTIME;                                \
  ld t1, 0(t0);                                      \
  li t0, delta;                                      \
  add t1, t1, t0;                                    \
  li t0, CLINT_MTIMECMP;                             \
  sd t1, 0(t0);

/* The trap handlers and their data. */
#define PRIV_HANDLERS                                \
  .text;                                             \
  .align 6;                                          \
  .globl m_trap;                                     \
  m_trap:                                            \
  csrw mscratch, t5;                                 \
  la t5, priv_tmp;                                   \
  sd t4, 0(t5);                                      \
  csrr s8, mcause;                                   \
  csrr s9, mepc;                                     \
  csrr s10, mtval;                                   \
  csrr s11, mstatus;                                 \
  li s6, 3;                                          \
  bnez s5, 3f;                                       \
  j trap_unexpected;                                 \
  3: addi s5, s5, -1;                                \
  andi t4, s7, 7;                                    \
  slli t4, t4, 3;                                    \
  la t5, priv_log;                                   \
  add t5, t5, t4;                                    \
  sd s8, 0(t5);                                      \
  addi s7, s7, 1;                                    \
  la t5, priv_tmp;                                   \
  ld t4, 0(t5);                                      \
  bgez s8, 1f;                                       \
  li t5, 1;                                          \
  sll t5, t5, s8;                                    \
  csrc mie, t5;                                      \
  csrr t5, mscratch;                                 \
  mret;                                              \
  1: beqz tp, 2f;                                    \
  csrr t5, mscratch;                                 \
  jr tp;                                             \
  2: lhu t5, 0(s9);                                  \
  andi t5, t5, 3;                                    \
  xori t5, t5, 3;                                    \
  seqz t5, t5;                                       \
  slli t5, t5, 1;                                    \
  addi t5, t5, 2;                                    \
  add t5, t5, s9;                                    \
  csrw mepc, t5;                                     \
  csrr t5, mscratch;                                 \
  mret;                                              \
  .align 6;                                          \
  .globl s_trap;                                     \
  s_trap:                                            \
  csrw sscratch, t5;                                 \
  la t5, priv_tmp;                                   \
  sd t4, 0(t5);                                      \
  csrr s8, scause;                                   \
  csrr s9, sepc;                                     \
  csrr s10, stval;                                   \
  csrr s11, sstatus;                                 \
  li s6, 1;                                          \
  beqz s5, s_trap_unexpected;                        \
  addi s5, s5, -1;                                   \
  andi t4, s7, 7;                                    \
  slli t4, t4, 3;                                    \
  la t5, priv_log;                                   \
  add t5, t5, t4;                                    \
  sd s8, 0(t5);                                      \
  addi s7, s7, 1;                                    \
  la t5, priv_tmp;                                   \
  ld t4, 0(t5);                                      \
  bgez s8, 1f;                                       \
  li t5, 1;                                          \
  sll t5, t5, s8;                                    \
  csrc sie, t5;                                      \
  csrr t5, sscratch;                                 \
  sret;                                              \
  1: beqz tp, 2f;                                    \
  csrr t5, sscratch;                                 \
  jr tp;                                             \
  2: lhu t5, 0(s9);                                  \
  andi t5, t5, 3;                                    \
  xori t5, t5, 3;                                    \
  seqz t5, t5;                                       \
  slli t5, t5, 1;                                    \
  addi t5, t5, 2;                                    \
  add t5, t5, s9;                                    \
  csrw sepc, t5;                                     \
  csrr t5, sscratch;                                 \
  sret;                                              \
  s_trap_unexpected:                                 \
  slli a0, s8, 1;                                    \
  srli a0, a0, 1;                                    \
  li t0, 1000;                                       \
  add a0, a0, t0;                                    \
  j exit_with_code;                                  \
  .data;                                             \
  .align 3;                                          \
  priv_tmp: .dword 0;                                \
  priv_qemu72: .dword 0;                             \
  priv_log: .dword 0, 0, 0, 0, 0, 0, 0, 0;           \
  .text;

#endif

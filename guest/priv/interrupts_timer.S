/* Timer interrupts: CLINT mtime/mtimecmp drive mip.MTIP (set when mtime >=
 * mtimecmp, cleared by moving mtimecmp into the future), the machine timer
 * interrupt in M and below M, and the supervisor timer interrupt through
 * mip.STIP written by M (menvcfg.STCE = 0), delegated or not. */
#include "test.h"
#include "priv.h"

#define SPIN(n)                                      \
  li t0, n;                                          \
  1: addi t0, t0, -1;                                \
  bnez t0, 1b;

TEST_BEGIN
PRIV_INIT
  csrw mie, zero
  csrw mideleg, zero
  csrw medeleg, zero
  csrw CSR_MENVCFG, zero
  li t0, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_SIE | MSTATUS_SPIE
  csrc mstatus, t0
  SET_MSIP(0)
  PMP_ALLOW_ALL

  /* 1: mtimecmp = -1: MTIP clear */
  MTIMECMP_NEVER
  WAIT_MIP_CLEAR(MIP_MTIP)
  csrr a0, mip
  CHECK_MASKED(1, a0, MIP_MTIP, 0)
  /* 2: mtimecmp reads back what was written */
  li t0, CLINT_MTIMECMP
  li t1, 0x123456789abc
  sd t1, 0(t0)
  ld a0, 0(t0)
  TEST_CASE(2, a0, 0x123456789abc)
  /* 3: mtime advances */
  li t0, CLINT_MTIME
  ld a1, 0(t0)
  li a3, 10000000
3:
  ld a2, 0(t0)
  bne a2, a1, 4f
  addi a3, a3, -1
  bnez a3, 3b
4:
  li TESTNUM, 3
  bleu a2, a1, fail
  /* 4: mtimecmp <= mtime: MTIP set */
  li t0, CLINT_MTIMECMP
  sd zero, 0(t0)
  WAIT_MIP(MIP_MTIP)
  csrr a0, mip
  CHECK_MASKED(4, a0, MIP_MTIP, MIP_MTIP)
  /* 5: MTIP pending, mie.MTIE = 1 but mstatus.MIE = 0: not taken */
  RESET_TRAPS
  li t0, MIP_MTIP
  csrs mie, t0
  SPIN(1000)
  CHECK_NO_TRAP(5)
  /* 6: moving mtimecmp into the future clears MTIP */
  MTIMECMP_IN(1000000000000)
  WAIT_MIP_CLEAR(MIP_MTIP)
  csrr a0, mip
  CHECK_MASKED(6, a0, MIP_MTIP, 0)

  /* 7: mtimecmp = mtime + 1000 with MTIE and MIE: the timer interrupt
   * comes, mcause = bit 63 | 7, mtval = 0 */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  MTIMECMP_IN(1000)
  li t0, MSTATUS_MIE
  csrs mstatus, t0
  WAIT_TRAPS(1)
  li t0, MSTATUS_MIE
  csrc mstatus, t0
  li TESTNUM, 7
  li t6, 1
  bne s7, t6, fail
  li t6, PRV_M
  bne s6, t6, fail
  li t6, CAUSE_INTR(IRQ_MTI)
  bne s8, t6, fail
  bnez s10, fail
  /* 8: MTIP still pending after the handler (it only cleared MTIE) */
  csrr a0, mip
  CHECK_MASKED(8, a0, MIP_MTIP, MIP_MTIP)
  /* 9: ... until mtimecmp moves into the future */
  MTIMECMP_NEVER
  WAIT_MIP_CLEAR(MIP_MTIP)
  csrr a0, mip
  CHECK_MASKED(9, a0, MIP_MTIP, 0)
  /* 10: MTIP cannot be set by writing mip */
  li t0, MIP_MTIP
  csrs mip, t0
  csrr a0, mip
  CHECK_MASKED(10, a0, MIP_MTIP, 0)

  /* 11: in S-mode with mstatus.MIE = 0 the machine timer interrupt is
   * taken (M interrupts are always enabled below M) */
  li t0, MIP_MTIP
  csrs mie, t0
  RESET_TRAPS
  EXPECT_TRAPS(1)
  ENTER_S(s11)
s11:
  MTIMECMP_IN(1000)
  WAIT_TRAPS(1)
  li TESTNUM, 11
  li t6, 1
  bne s7, t6, fail
  li t6, PRV_M
  bne s6, t6, fail
  li t6, CAUSE_INTR(IRQ_MTI)
  bne s8, t6, fail
  CHECK_MASKED(12, s11, MSTATUS_MPP | MSTATUS_MIE, MSTATUS_MPP_S)  /* 12: from S */
  MTIMECMP_NEVER
  RESET_TRAPS
  RETURN_TO_M(m11)
m11:
  li tp, 0
  WAIT_MIP_CLEAR(MIP_MTIP)

  /* 13: the same in U-mode */
  li t0, MIP_MTIP
  csrs mie, t0
  RESET_TRAPS
  EXPECT_TRAPS(1)
  ENTER_U(u13)
u13:
  MTIMECMP_IN(1000)
  WAIT_TRAPS(1)
  li TESTNUM, 13
  li t6, 1
  bne s7, t6, fail
  li t6, CAUSE_INTR(IRQ_MTI)
  bne s8, t6, fail
  CHECK_MASKED(14, s11, MSTATUS_MPP, 0)        /* 14: from U */
  MTIMECMP_NEVER
  RESET_TRAPS
  RETURN_TO_M(m13)
m13:
  li tp, 0
  WAIT_MIP_CLEAR(MIP_MTIP)

  /* ---- supervisor timer interrupt via mip.STIP (STCE = 0) ---- */
  /* 15: not delegated: taken in M with mcause = bit 63 | 5 */
  li t0, MIP_STIP
  csrs mip, t0
  csrs mie, t0
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li t0, MSTATUS_MIE
  csrs mstatus, t0
sti_m:
  nop
  CHECK_TRAP(15, PRV_M, CAUSE_INTR(IRQ_STI), sti_m, 0)
  li t0, MSTATUS_MIE
  csrc mstatus, t0

  /* 16: delegated: taken in S with sstatus.SIE: scause = bit 63 | 5 */
  li t0, MIP_STIP
  csrw mideleg, t0
  csrs mie, t0            /* STIP is still pending */
  li t0, MSTATUS_SIE
  csrs mstatus, t0
  RESET_TRAPS
  EXPECT_TRAPS(1)
  ENTER_S(s16)
s16:
  nop
  CHECK_TRAP(16, PRV_S, CAUSE_INTR(IRQ_STI), s16, 0)
  /* 17: S cannot clear STIP through sip */
  li t0, MIP_STIP
  csrc sip, t0
  csrr a0, sip
  CHECK_MASKED(17, a0, MIP_STIP, MIP_STIP)
  RESET_TRAPS
  RETURN_TO_M(m16)
m16:
  li tp, 0
  /* 18: M clears it through mip */
  li t0, MIP_STIP
  csrc mip, t0
  csrr a0, mip
  CHECK_MASKED(18, a0, MIP_STIP, 0)
  li t0, MSTATUS_SIE
  csrc mstatus, t0
  csrw mideleg, zero
  csrw mie, zero
TEST_END
PRIV_HANDLERS

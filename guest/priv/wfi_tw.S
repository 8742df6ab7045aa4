/* WFI: in M-mode it returns once an interrupt is pending and enabled in
 * mie (even with mstatus.MIE = 0, without trapping); with MIE = 1 the
 * interrupt is taken with mepc after the wfi; mstatus.TW = 1 makes wfi
 * illegal in S-mode but not in M-mode. */
#include "test.h"
#include "priv.h"

TEST_BEGIN
PRIV_INIT
  csrw mie, zero
  csrw mideleg, zero
  csrw medeleg, zero
  csrw CSR_MENVCFG, zero
  li t0, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_TW
  csrc mstatus, t0
  MTIMECMP_NEVER
  SET_MSIP(0)
  PMP_ALLOW_ALL

  /* 1: wfi in M with mie.MTIE = 1, mstatus.MIE = 0 and the timer due
   * soon: wfi returns and no trap is taken */
  li t0, MIP_MTIP
  csrs mie, t0
  RESET_TRAPS
  MTIMECMP_IN(1000)
  wfi
  WAIT_MIP(MIP_MTIP)      /* wfi may also return early */
  CHECK_NO_TRAP(1)
  /* 2: the timer interrupt is pending (not taken) */
  csrr a0, mip
  CHECK_MASKED(2, a0, MIP_MTIP, MIP_MTIP)
  /* 3: wfi with that interrupt already pending (enabled in mie, disabled
   * by mstatus.MIE) returns without trapping */
  RESET_TRAPS
  wfi
  wfi
  CHECK_NO_TRAP(3)

  /* 4: with mstatus.MIE = 1 the timer interrupt wakes the wfi and is taken
   * with mepc = the instruction after the wfi */
  MTIMECMP_IN(50000)
  WAIT_MIP_CLEAR(MIP_MTIP)
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li t0, MSTATUS_MIE
  csrs mstatus, t0
  wfi
after_wfi:
  nop
  li t0, MSTATUS_MIE
  csrc mstatus, t0
  CHECK_TRAP(4, PRV_M, CAUSE_INTR(IRQ_MTI), after_wfi, 0)

  /* 5: mstatus.TW = 1 does not affect wfi in M-mode (MTIP still pending
   * and now enabled again in mie, MIE = 0: wfi returns, no trap) */
  li t0, MIP_MTIP
  csrs mie, t0
  li t0, MSTATUS_TW
  csrs mstatus, t0
  RESET_TRAPS
  wfi
  CHECK_NO_TRAP(5)
  csrw mie, zero
  MTIMECMP_NEVER

  /* 6: TW = 1: wfi in S-mode is an illegal instruction, mtval = its bits */
  ENTER_S(s6)
s6:
  RESET_TRAPS
  EXPECT_TRAPS(1)
wfi_s:
  wfi
  CHECK_TRAP(6, PRV_M, CAUSE_ILLEGAL_INSN, wfi_s, 0x10500073)
  RESET_TRAPS
  RETURN_TO_M(m6)
m6:
  li tp, 0

  /* 7: TW = 0: wfi in S-mode with a delegated STI pending and enabled in
   * sie but sstatus.SIE = 0 returns without trapping */
  li t0, MSTATUS_TW | MSTATUS_SIE
  csrc mstatus, t0
  li t0, MIP_STIP
  csrw mideleg, t0
  csrs mip, t0
  csrs mie, t0
  ENTER_S(s7)
s7:
  RESET_TRAPS
  wfi
  CHECK_NO_TRAP(7)
  RESET_TRAPS
  RETURN_TO_M(m7)
m7:
  li tp, 0
  li t0, MIP_STIP
  csrc mip, t0
  csrw mie, zero
  csrw mideleg, zero
TEST_END
PRIV_HANDLERS

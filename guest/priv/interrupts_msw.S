/* Software interrupts: machine software interrupt through the CLINT msip
 * register (mip.MSIP, enabled by mstatus.MIE and mie.MSIE, always enabled
 * below M), supervisor software interrupt through mip.SSIP, delegated to S
 * or not, and never taken in M-mode when delegated. */
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
  li t0, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_SIE | MSTATUS_SPIE
  csrc mstatus, t0
  MTIMECMP_NEVER
  PMP_ALLOW_ALL

  /* 1: writing msip = 1 sets mip.MSIP */
  SET_MSIP(1)
  WAIT_MIP(MIP_MSIP)
  csrr a0, mip
  CHECK_MASKED(1, a0, MIP_MSIP, MIP_MSIP)
  /* 2: not taken with mie.MSIE = 1 but mstatus.MIE = 0 */
  RESET_TRAPS
  li t0, MIP_MSIP
  csrs mie, t0
  SPIN(1000)
  CHECK_NO_TRAP(2)
  /* 3: not taken with mstatus.MIE = 1 but mie.MSIE = 0 */
  li t0, MIP_MSIP
  csrc mie, t0
  li t0, MSTATUS_MIE
  csrs mstatus, t0
  SPIN(1000)
  CHECK_NO_TRAP(3)
  /* 4: taken as soon as mie.MSIE is set too: mcause = bit 63 | 3, mepc =
   * the next instruction, mtval = 0 */
  EXPECT_TRAPS(1)
  li t0, MIP_MSIP
  csrs mie, t0
msi_next:
  nop
  CHECK_TRAP(4, PRV_M, CAUSE_INTR(IRQ_MSI), msi_next, 0)
  /* 5: on the trap: MPIE = 1, MIE = 0, MPP = M */
  CHECK_MASKED(5, s11, MSTATUS_MPIE | MSTATUS_MIE | MSTATUS_MPP, MSTATUS_MPIE | MSTATUS_MPP)
  /* 6: mret restored MIE = 1 */
  csrr a0, mstatus
  CHECK_MASKED(6, a0, MSTATUS_MIE, MSTATUS_MIE)
  li t0, MSTATUS_MIE
  csrc mstatus, t0
  /* 7: writing msip = 0 clears mip.MSIP */
  SET_MSIP(0)
  WAIT_MIP_CLEAR(MIP_MSIP)
  csrr a0, mip
  CHECK_MASKED(7, a0, MIP_MSIP, 0)
  /* 8: msip reads back 0 */
  li t0, CLINT_MSIP
  lw a0, 0(t0)
  TEST_CASE(8, a0, 0)

  /* 9: in S-mode M interrupts are enabled whatever mstatus.MIE: pending
   * MSI with MIE = 0 traps to M at once (mepc = first S instruction) */
  SET_MSIP(1)
  WAIT_MIP(MIP_MSIP)
  li t0, MIP_MSIP
  csrs mie, t0
  li t0, MSTATUS_MPIE
  csrc mstatus, t0        /* MIE = 0 after the mret */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  ENTER_S(s9)
s9:
  nop
  CHECK_TRAP(9, PRV_M, CAUSE_INTR(IRQ_MSI), s9, 0)
  CHECK_MASKED(10, s11, MSTATUS_MPP | MSTATUS_MIE, MSTATUS_MPP_S)  /* 10: MPP = S, MIE = 0 */
  SET_MSIP(0)
  RESET_TRAPS
  RETURN_TO_M(m9)
m9:
  li tp, 0

  /* 11: the same in U-mode */
  SET_MSIP(1)
  WAIT_MIP(MIP_MSIP)
  li t0, MIP_MSIP
  csrs mie, t0
  RESET_TRAPS
  EXPECT_TRAPS(1)
  ENTER_U(u11)
u11:
  nop
  CHECK_TRAP(11, PRV_M, CAUSE_INTR(IRQ_MSI), u11, 0)
  CHECK_MASKED(12, s11, MSTATUS_MPP, 0)        /* 12: MPP = U */
  SET_MSIP(0)
  RESET_TRAPS
  RETURN_TO_M(m11)
m11:
  li tp, 0
  WAIT_MIP_CLEAR(MIP_MSIP)

  /* ---- supervisor software interrupt ---- */
  /* 13: not delegated, SSIP set by M, mie.SSIE and mstatus.MIE: taken in
   * M with mcause = bit 63 | 1 */
  li t0, MIP_SSIP
  csrs mip, t0
  csrs mie, t0
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li t0, MSTATUS_MIE
  csrs mstatus, t0
ssi_m:
  nop
  CHECK_TRAP(13, PRV_M, CAUSE_INTR(IRQ_SSI), ssi_m, 0)
  li t0, MSTATUS_MIE
  csrc mstatus, t0
  /* 14: SSIP stays pending until software clears it */
  csrr a0, mip
  CHECK_MASKED(14, a0, MIP_SSIP, MIP_SSIP)

  /* 15: delegated: not taken in M-mode even with mstatus.MIE/SIE and
   * mie.SSIE all set */
  li t0, MIP_SSIP
  csrw mideleg, t0
  csrs mie, t0
  li t0, MSTATUS_MIE | MSTATUS_SIE
  csrs mstatus, t0
  RESET_TRAPS
  SPIN(1000)
  CHECK_NO_TRAP(15)
  li t0, MSTATUS_MIE | MSTATUS_SIE
  csrc mstatus, t0

  /* 16: in S-mode with sstatus.SIE = 0: not taken */
  ENTER_S(s16)
s16:
  RESET_TRAPS
  SPIN(1000)
  CHECK_NO_TRAP(16)
  /* 17: setting sstatus.SIE takes it to S: scause = bit 63 | 1, sepc =
   * the next instruction, stval = 0 */
  EXPECT_TRAPS(1)
  li t0, MSTATUS_SIE
  csrs sstatus, t0
ssi_s:
  nop
  CHECK_TRAP(17, PRV_S, CAUSE_INTR(IRQ_SSI), ssi_s, 0)
  /* 18: on the trap: SPP = S, SPIE = 1, SIE = 0 */
  CHECK_MASKED(18, s11, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE, MSTATUS_SPP | MSTATUS_SPIE)
  /* 19: S clears it through sip */
  li t0, MIP_SSIP
  csrc sip, t0
  csrr a0, sip
  CHECK_MASKED(19, a0, MIP_SSIP, 0)
  /* 20: S sets it through sip and, with sie.SSIE again, takes it */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li t0, MIP_SSIP
  csrs sip, t0
  csrs sie, t0
ssi_s2:
  nop
  CHECK_TRAP(20, PRV_S, CAUSE_INTR(IRQ_SSI), ssi_s2, 0)
  li t0, MIP_SSIP
  csrc sip, t0
  li t0, MSTATUS_SIE
  csrc sstatus, t0
  RESET_TRAPS
  RETURN_TO_M(m16)
m16:
  li tp, 0

  /* 21: in U-mode a delegated SSI is taken to S even with sstatus.SIE = 0
   * (S interrupts are always enabled below S); SPP = U */
  li t0, MIP_SSIP
  csrs mip, t0
  csrs mie, t0
  RESET_TRAPS
  EXPECT_TRAPS(1)
  ENTER_U(u21)
u21:
  nop
  CHECK_TRAP(21, PRV_S, CAUSE_INTR(IRQ_SSI), u21, 0)
  CHECK_MASKED(22, s11, MSTATUS_SPP | MSTATUS_SIE, 0)   /* 22: SPP = U */
  RESET_TRAPS
  RETURN_TO_M(m21)
m21:
  li tp, 0

  /* 23: not delegated, in S-mode with mstatus.MIE = 0: the SSI goes to M
   * (an M-level trap, enabled below M) */
  csrw mideleg, zero
  li t0, MIP_SSIP
  csrs mie, t0            /* SSIP is still pending */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  ENTER_S(s23)
s23:
  nop
  CHECK_TRAP(23, PRV_M, CAUSE_INTR(IRQ_SSI), s23, 0)
  CHECK_MASKED(24, s11, MSTATUS_MPP, MSTATUS_MPP_S)     /* 24: MPP = S */
  RESET_TRAPS
  RETURN_TO_M(m23)
m23:
  li tp, 0
  li t0, MIP_SSIP
  csrc mip, t0
  csrw mie, zero
TEST_END
PRIV_HANDLERS

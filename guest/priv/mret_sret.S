/* mret and sret: the privilege comes from MPP/SPP, MIE <- MPIE, MPIE <- 1,
 * MPP <- U, SIE <- SPIE, SPIE <- 1, SPP <- U, MPRV cleared when returning
 * below M, and the epc registers' low bit. */
#include "test.h"
#include "priv.h"

TEST_BEGIN
PRIV_INIT
  csrw medeleg, zero
  csrw mideleg, zero
  csrw mie, zero
  PMP_ALLOW_ALL

  /* 1: mret with MPP = S enters S-mode: an ecall there is cause 9 */
  ENTER_S(s1)
s1:
  RESET_TRAPS
  RETURN_TO_M(m1)
m1:
  li tp, 0
  TEST_CASE(1, s8, CAUSE_SUPERVISOR_ECALL)

  /* 2: mret with MPP = U enters U-mode: an ecall there is cause 8 */
  ENTER_U(u2)
u2:
  RESET_TRAPS
  RETURN_TO_M(m2)
m2:
  li tp, 0
  TEST_CASE(2, s8, CAUSE_USER_ECALL)

  /* 3: mret with MPP = M stays in M (an M CSR is accessible, no trap) and
   * leaves MPP = U, the least-privileged mode */
  RESET_TRAPS
  ENTER_MODE(PRV_M, m3)
m3:
  csrr a0, mscratch
  CHECK_NO_TRAP(3)
  csrr a0, mstatus
  CHECK_MASKED(4, a0, MSTATUS_MPP, 0)   /* 4: MPP = U after mret */

  /* 5: MIE <- MPIE (1), MPIE <- 1 */
  li t0, MSTATUS_MIE
  csrc mstatus, t0
  li t0, MSTATUS_MPIE
  csrs mstatus, t0
  ENTER_MODE(PRV_M, m5)
m5:
  csrr a0, mstatus
  CHECK_MASKED(5, a0, MSTATUS_MIE | MSTATUS_MPIE, MSTATUS_MIE | MSTATUS_MPIE)

  /* 6: MIE <- MPIE (0), MPIE <- 1 */
  li t0, MSTATUS_MPIE
  csrc mstatus, t0
  li t0, MSTATUS_MIE
  csrs mstatus, t0
  ENTER_MODE(PRV_M, m6)
m6:
  csrr a0, mstatus
  CHECK_MASKED(6, a0, MSTATUS_MIE | MSTATUS_MPIE, MSTATUS_MPIE)

  /* 7: mret to M keeps MPRV = 1 */
  li t0, MSTATUS_MPRV
  csrs mstatus, t0
  ENTER_MODE(PRV_M, m7)
m7:
  csrr a0, mstatus
  CHECK_MASKED(7, a0, MSTATUS_MPRV, MSTATUS_MPRV)

  /* 8: mret to S clears MPRV (seen by the ecall back to M). QEMU 7.2
   * implements priv 1.12 otherwise but does not clear MPRV on mret/sret
   * (fixed in later QEMU), so checks 8, 9 and 18 are skipped there. */
  ENTER_S(s8)
s8:
  RESET_TRAPS
  RETURN_TO_M(m8)
m8:
  li tp, 0
  SKIP_ON_QEMU72(1f)
  CHECK_MASKED(8, s11, MSTATUS_MPRV, 0)
1:

  /* 9: mret to U clears MPRV */
  li t0, MSTATUS_MPRV
  csrs mstatus, t0
  ENTER_U(u9)
u9:
  RESET_TRAPS
  RETURN_TO_M(m9)
m9:
  li tp, 0
  SKIP_ON_QEMU72(1f)
  CHECK_MASKED(9, s11, MSTATUS_MPRV, 0)
1:
  li t0, MSTATUS_MPRV
  csrc mstatus, t0

  /* 10: mepc[0] is always zero; mepc[1] is writable (IALIGN = 16).
   * QEMU 7.2 stores bit 0 as written (it only ignores it on mret), so
   * checks 10 and 11 are skipped there. */
  li t0, 0x80000003
  csrw mepc, t0
  csrr a0, mepc
  SKIP_ON_QEMU72(1f)
  TEST_CASE(10, a0, 0x80000002)
  /* 11: same for sepc */
  li t0, 0x80000007
  csrw sepc, t0
  csrr a0, sepc
  TEST_CASE(11, a0, 0x80000006)
1:

  /* ---- sret in S-mode ---- */
  ENTER_S(s_main)
s_main:
  /* 12: sret with SPP = S stays in S (sscratch accessible, ecall = 9) */
  li t0, MSTATUS_SPP
  csrs sstatus, t0
  la t0, s12
  csrw sepc, t0
  sret
s12:
  RESET_TRAPS
  csrr a0, sscratch
  CHECK_NO_TRAP(12)
  /* 13: ... and sret leaves SPP = U */
  csrr a0, sstatus
  CHECK_MASKED(13, a0, MSTATUS_SPP, 0)

  /* 14: SIE <- SPIE (1), SPIE <- 1 */
  li t0, MSTATUS_SPIE | MSTATUS_SPP
  csrs sstatus, t0
  li t0, MSTATUS_SIE
  csrc sstatus, t0
  la t0, s14
  csrw sepc, t0
  sret
s14:
  csrr a0, sstatus
  CHECK_MASKED(14, a0, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP, MSTATUS_SIE | MSTATUS_SPIE)

  /* 15: SIE <- SPIE (0), SPIE <- 1 */
  li t0, MSTATUS_SPIE
  csrc sstatus, t0
  li t0, MSTATUS_SIE | MSTATUS_SPP
  csrs sstatus, t0
  la t0, s15
  csrw sepc, t0
  sret
s15:
  csrr a0, sstatus
  CHECK_MASKED(15, a0, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP, MSTATUS_SPIE)

  /* 16: sret with SPP = U enters U-mode: an ecall there is cause 8 */
  SRET_TO_U(u16)
u16:
  RESET_TRAPS
  RETURN_TO_M(m16)
m16:
  li tp, 0
  TEST_CASE(16, s8, CAUSE_USER_ECALL)

  /* 17: sret in M-mode (allowed) with SPP = S goes to S and, returning
   * below M, clears MPRV (priv spec 1.12) */
  li t0, MSTATUS_MPRV | MSTATUS_SPP
  csrs mstatus, t0
  la t0, s17
  csrw sepc, t0
  sret
s17:
  RESET_TRAPS
  RETURN_TO_M(m17)
m17:
  li tp, 0
  TEST_CASE(17, s8, CAUSE_SUPERVISOR_ECALL)
  SKIP_ON_QEMU72(1f)
  CHECK_MASKED(18, s11, MSTATUS_MPRV, 0)   /* 18: MPRV cleared */
1:
  li t0, MSTATUS_MPRV
  csrc mstatus, t0

  /* 19: sret in M-mode with SPP = U goes to U */
  li t0, MSTATUS_SPP
  csrc mstatus, t0
  la t0, u19
  csrw sepc, t0
  sret
u19:
  RESET_TRAPS
  RETURN_TO_M(m19)
m19:
  li tp, 0
  TEST_CASE(19, s8, CAUSE_USER_ECALL)

  /* 20: mret does not touch the S fields: SIE/SPIE/SPP survive it */
  li t0, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP
  csrs mstatus, t0
  ENTER_MODE(PRV_M, m20)
m20:
  csrr a0, mstatus
  CHECK_MASKED(20, a0, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP)
  li t0, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP
  csrc mstatus, t0
TEST_END
PRIV_HANDLERS

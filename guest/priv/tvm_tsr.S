/* mstatus.TVM: satp accesses and sfence.vma in S-mode are illegal;
 * mstatus.TSR: sret in S-mode is illegal. Neither affects M-mode. */
#include "test.h"
#include "priv.h"

#define ILLEGAL_AT(n, label, insn...)                \
  RESET_TRAPS;                                       \
  EXPECT_TRAPS(1);                                   \
  label: insn;                                       \
  CHECK_TRAP_INSN(n, PRV_M, CAUSE_ILLEGAL_INSN, label)

TEST_BEGIN
PRIV_INIT
  csrw mie, zero
  csrw mideleg, zero
  csrw medeleg, zero
  csrw satp, zero
  li t0, MSTATUS_TVM | MSTATUS_TSR | MSTATUS_TW
  csrc mstatus, t0
  PMP_ALLOW_ALL
  .option push
  .option norvc

  /* ---- TVM = 1 ---- */
  li t0, MSTATUS_TVM
  csrs mstatus, t0
  ENTER_S(s_tvm)
s_tvm:
  ILLEGAL_AT(1, r_satp, csrr a0, satp)         /* 1: read satp */
  ILLEGAL_AT(2, w_satp, csrw satp, zero)       /* 2: write satp */
  ILLEGAL_AT(3, sfence0, sfence.vma)           /* 3: sfence.vma */
  li a0, 0x80000000
  li a1, 1
  ILLEGAL_AT(4, sfence1, sfence.vma a0, a1)    /* 4: sfence.vma a0, a1 */
  /* 5: other S CSRs are not affected */
  RESET_TRAPS
  csrr a0, sstatus
  csrw sscratch, a0
  CHECK_NO_TRAP(5)
  RESET_TRAPS
  RETURN_TO_M(m_tvm)
m_tvm:
  li tp, 0
  /* 6: TVM does not affect M-mode: satp and sfence.vma work */
  RESET_TRAPS
  csrr a0, satp
  csrw satp, zero
  sfence.vma
  CHECK_NO_TRAP(6)

  /* ---- TVM = 0 ---- */
  li t0, MSTATUS_TVM
  csrc mstatus, t0
  ENTER_S(s_notvm)
s_notvm:
  /* 7: satp read/write and sfence.vma allowed in S */
  RESET_TRAPS
  csrr a0, satp
  csrw satp, zero
  sfence.vma
  sfence.vma a0, zero
  CHECK_NO_TRAP(7)

  /* ---- TSR = 0: sret in S works (here back to S) ---- */
  li t0, MSTATUS_SPP
  csrs sstatus, t0
  la t0, s_sret_ok
  csrw sepc, t0
  RESET_TRAPS
  sret
  j fail_8
s_sret_ok:
  CHECK_NO_TRAP(8)                             /* 8: sret in S, TSR = 0 */
  RESET_TRAPS
  RETURN_TO_M(m_tsr)
m_tsr:
  li tp, 0

  /* ---- TSR = 1 ---- */
  li t0, MSTATUS_TSR
  csrs mstatus, t0
  ENTER_S(s_tsr)
s_tsr:
  li t0, MSTATUS_SPP
  csrs sstatus, t0
  la t0, fail_9
  csrw sepc, t0
  ILLEGAL_AT(9, sret_s, sret)                  /* 9: sret in S is illegal */
  RESET_TRAPS
  RETURN_TO_M(m_tsr2)
m_tsr2:
  li tp, 0
  /* 10: TSR does not affect M-mode: sret in M with SPP = S goes to S */
  li t0, MSTATUS_SPP
  csrs mstatus, t0
  la t0, s_from_m
  csrw sepc, t0
  sret
  j fail_10
s_from_m:
  RESET_TRAPS
  RETURN_TO_M(m_end)
m_end:
  li tp, 0
  TEST_CASE(10, s8, CAUSE_SUPERVISOR_ECALL)
  li t0, MSTATUS_TSR
  csrc mstatus, t0
  .option pop
  j done
fail_8:
  li TESTNUM, 8
  j fail
fail_9:
  li TESTNUM, 9
  j fail
fail_10:
  li TESTNUM, 10
  j fail
done:
TEST_END
PRIV_HANDLERS

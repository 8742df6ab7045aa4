/* mstatus.SUM and mstatus.MXR: S-mode data access to user pages only with
 * SUM=1 (never instruction fetch), loads from execute-only pages only with
 * MXR=1; both set from M-mode or by S-mode itself through sstatus, taking
 * effect at once (no sfence needed). Sv39. */
#include "test.h"
#include "vm.h"

#define M1 0x1111222233334444
#define M2 0x5555666677778888
#define RWAD (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
#define SATP_S SATP(SATP_SV39, 0, VM_ROOT_S39)
#define SATP_U SATP(SATP_SV39, 0, VM_ROOT_U39)
#define UPAGE VM_VA(1)          /* user RW page, VM_DATA(0) */
#define XPAGE VM_VA(2)          /* supervisor execute-only page, VM_DATA(1) */
#define UXPAGE VM_VA(3)         /* user execute-only page, VM_DATA(1) */
#define SPAGE VM_VA(4)          /* supervisor RW page, VM_DATA(0) */
#define UCODE VM_VA(5)          /* user RWX code page: code_page */

TEST_BEGIN
VM_INIT
  VM_STD_TABLES
  VM_PTE(VM_L0, 1, PTE(VM_DATA(0), RWAD | PTE_U))
  VM_PTE(VM_L0, 2, PTE(VM_DATA(1), PTE_V | PTE_X | PTE_A))
  VM_PTE(VM_L0, 3, PTE(VM_DATA(1), PTE_V | PTE_X | PTE_A | PTE_U))
  VM_PTE(VM_L0, 4, PTE(VM_DATA(0), RWAD))
  VM_PTE_SYM(VM_L0, 5, code_page, PTE_RWXAD | PTE_U)
  li t0, VM_DATA(0)
  li t1, M1
  sd t1, 0(t0)
  li t0, VM_DATA(1)
  li t1, M2
  sd t1, 0(t0)
  VM_SATP(SATP_S)

  /* 1: SUM=0: S-mode load from a user page -> load page fault */
  li TESTNUM, 1
  li a1, UPAGE
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(UPAGE)
  VM_CHECK_EPC_SYM(1b)

  /* 2: SUM=0: S-mode store to a user page -> store page fault */
  li TESTNUM, 2
  li a1, UPAGE + 8
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  sd a1, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_STORE_PAGE)
  VM_CHECK_TVAL(UPAGE + 8)
  VM_CHECK_EPC_SYM(1b)

  /* 3: SUM=1 (set in mstatus): the load succeeds */
  li TESTNUM, 3
  li t0, MSTATUS_SUM
  csrs mstatus, t0
  li a1, UPAGE
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)

  /* 4: SUM=1: the store succeeds */
  li TESTNUM, 4
  li a1, UPAGE + 8
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  sd a1, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  li t0, VM_DATA(0) + 8
  ld a0, 0(t0)
  VM_CHECK_REG(a0, UPAGE + 8)

  /* 5: SUM=1: an AMO succeeds */
  li TESTNUM, 5
  li a1, UPAGE + 8
  li a2, 1
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  amoadd.d a0, a2, (a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, UPAGE + 8)

  /* 6: SUM=1: an S-mode fetch from a user page still faults */
  li TESTNUM, 6
  li t2, UCODE
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_PAGE)
  VM_CHECK_TVAL(UCODE)
  VM_CHECK_EPC(UCODE)

  /* 7: SUM=1 leaves supervisor pages accessible */
  li TESTNUM, 7
  li a1, SPAGE
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)

  /* 8: sstatus.SUM is mstatus.SUM: S-mode reads it set */
  li TESTNUM, 8
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  csrr a0, sstatus
  ecall
2:
  li t0, MSTATUS_SUM
  and a0, a0, t0
  VM_CHECK_REG(a0, MSTATUS_SUM)

  /* 9: S-mode clears SUM itself; the next user-page load faults at once
   * (after one that succeeded just before) */
  li TESTNUM, 9
  li a1, UPAGE
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a3, 0(a1)
  li t0, MSTATUS_SUM
  csrc sstatus, t0
3:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_EPC_SYM(3b)
  VM_CHECK_REG(a3, M1)
  csrr a0, mstatus
  li t0, MSTATUS_SUM
  and a0, a0, t0
  bnez a0, fail

  /* 10: S-mode sets SUM itself; the next user-page load succeeds */
  li TESTNUM, 10
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  li t0, MSTATUS_SUM
  csrs sstatus, t0
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)
  li t0, MSTATUS_SUM
  csrc mstatus, t0

  /* 11: MXR=0: S-mode load from an execute-only page faults */
  li TESTNUM, 11
  li a1, XPAGE
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(XPAGE)
  VM_CHECK_EPC_SYM(1b)

  /* 12: MXR=1: it succeeds */
  li TESTNUM, 12
  li t0, MSTATUS_MXR
  csrs mstatus, t0
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M2)

  /* 13: MXR=1 gives no write permission: store page fault */
  li TESTNUM, 13
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  sd a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_STORE_PAGE)
  VM_CHECK_TVAL(XPAGE)

  /* 14: S-mode clears MXR through sstatus: the next load faults at once */
  li TESTNUM, 14
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a3, 0(a1)
  li t0, MSTATUS_MXR
  csrc sstatus, t0
3:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_EPC_SYM(3b)
  VM_CHECK_REG(a3, M2)

  /* 15: U-mode: load from a user execute-only page faults with MXR=0 */
  li TESTNUM, 15
  VM_SATP(SATP_U)
  li a1, UXPAGE
  VM_RUN_AT(PRV_U, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(UXPAGE)

  /* 16: ... and succeeds with MXR=1 */
  li TESTNUM, 16
  li t0, MSTATUS_MXR
  csrs mstatus, t0
  VM_RUN_AT(PRV_U, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_U)
  VM_CHECK_REG(a0, M2)

  /* 17: SUM has no effect on U-mode: a supervisor page still faults */
  li TESTNUM, 17
  li t0, MSTATUS_SUM
  csrs mstatus, t0
  li a1, SPAGE
  VM_RUN_AT(PRV_U, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(SPAGE)

  /* S-mode load from a user execute-only page needs SUM and MXR both */
  VM_SATP(SATP_S)
  li a1, UXPAGE
  /* 18: SUM=1, MXR=1: succeeds */
  li TESTNUM, 18
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M2)
  /* 19: SUM=1, MXR=0: load page fault */
  li TESTNUM, 19
  li t0, MSTATUS_MXR
  csrc mstatus, t0
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(UXPAGE)
  /* 20: SUM=0, MXR=1: load page fault */
  li TESTNUM, 20
  li t0, MSTATUS_MXR
  csrs mstatus, t0
  li t0, MSTATUS_SUM
  csrc mstatus, t0
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(UXPAGE)
  li t0, MSTATUS_MXR
  csrc mstatus, t0
  csrw satp, zero
TEST_END

  .text
  .align 12
code_page:
  li a0, 1
  ecall
  .align 12

/* mstatus.MPRV: M-mode loads and stores (not instruction fetches) use the
 * privilege in MPP, so with MPP=S/U they are translated and checked like
 * S/U accesses (SUM, MXR, U bit, A/D updates, PMP), faults trap to M with
 * epc = the M-mode instruction and tval = the virtual address.
 *
 * The tables used here (NOID_ROOT) do not map RAM at its own address, so
 * the M-mode code itself keeps running only because fetches are not
 * translated. Nothing in M-mode may touch memory while MPRV=1 except the
 * access under test (the resume address is stored before MPRV is set). */
#include "test.h"
#include "vm.h"

#define M1 0x0101020203030404
#define M2 0x0a0a0b0b0c0c0d0d
#define M3 0x7777666655554444
#define RWAD (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
#define NOID_ROOT VM_PAGE(6)
#define SATP_NOID SATP(SATP_SV39, 0, NOID_ROOT)

/* MPP := mode, then MPRV := 1. Clobbers t0. */
#define MPRV_ON(mode)                                \
  li t0, MSTATUS_MPP;                                \
  csrc mstatus, t0;                                  \
  li t0, (mode) << 11;                               \
  csrs mstatus, t0;                                  \
  li t0, MSTATUS_MPRV;                               \
  csrs mstatus, t0;
#define MPRV_OFF                                     \
  li t0, MSTATUS_MPRV;                               \
  csrc mstatus, t0;

TEST_BEGIN
VM_INIT
  VM_STD_TABLES
  VM_PTE(NOID_ROOT, 1, PTE(VM_L1, PTE_V))
  VM_PTE(VM_L0, 1, PTE(VM_DATA(0), RWAD))
  VM_PTE(VM_L0, 2, PTE(VM_DATA(1), RWAD))
  VM_PTE(VM_L0, 4, PTE(VM_DATA(0), PTE_V | PTE_R | PTE_A))
  VM_PTE(VM_L0, 5, PTE(VM_DATA(2), RWAD | PTE_U))
  VM_PTE(VM_L0, 6, PTE(VM_DATA(3), PTE_V | PTE_X | PTE_A))
  VM_PTE(VM_L0, 7, PTE(VM_DATA(4), PTE_V | PTE_R | PTE_W))
  li t0, VM_DATA(0)
  li t1, M1
  sd t1, 0(t0)
  li t0, VM_DATA(2)
  li t1, M2
  sd t1, 0(t0)
  li t0, VM_DATA(3)
  li t1, M3
  sd t1, 0(t0)
  VM_SATP(SATP_NOID)

  /* 1: MPRV=1, MPP=S: an M-mode load is translated (VA(1) -> data page),
   * while this code keeps being fetched untranslated */
  li TESTNUM, 1
  li a1, VM_VA(1)
  MPRV_ON(PRV_S)
  ld a0, 0(a1)
  MPRV_OFF
  VM_CHECK_REG(a0, M1)

  /* 2: ... and so is a store */
  li TESTNUM, 2
  li a1, VM_VA(2) + 0x40
  li a0, M2
  MPRV_ON(PRV_S)
  sd a0, 0(a1)
  MPRV_OFF
  li t0, VM_DATA(1) + 0x40
  ld a2, 0(t0)
  VM_CHECK_REG(a2, M2)

  /* 3: ... and an AMO */
  li TESTNUM, 3
  li a2, 2
  MPRV_ON(PRV_S)
  amoadd.d a0, a2, (a1)
  MPRV_OFF
  VM_CHECK_REG(a0, M2)
  li t0, VM_DATA(1) + 0x40
  ld a2, 0(t0)
  VM_CHECK_REG(a2, M2 + 2)

  /* 4: a load from an unmapped VA: load page fault, taken in M, epc = the
   * M-mode load, tval = the VA, MPP = M */
  li TESTNUM, 4
  VM_EXPECT(2f)
  li a1, VM_VA(3) + 0x18
  MPRV_ON(PRV_S)
1:
  ld a0, 0(a1)
  MPRV_OFF
  j fail
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(VM_VA(3) + 0x18)
  VM_CHECK_EPC_SYM(1b)
  VM_CHECK_MPP(PRV_M)

  /* 5: a store to a read-only page: store page fault */
  li TESTNUM, 5
  VM_EXPECT(2f)
  li a1, VM_VA(4) + 8
  MPRV_ON(PRV_S)
1:
  sd a1, 0(a1)
  MPRV_OFF
  j fail
2:
  VM_CHECK_CAUSE(CAUSE_STORE_PAGE)
  VM_CHECK_TVAL(VM_VA(4) + 8)
  VM_CHECK_EPC_SYM(1b)
  li t0, VM_DATA(0) + 8
  ld a2, 0(t0)
  bnez a2, fail

  /* 6: MPP=U: a supervisor page faults */
  li TESTNUM, 6
  VM_EXPECT(2f)
  li a1, VM_VA(1)
  MPRV_ON(PRV_U)
1:
  ld a0, 0(a1)
  MPRV_OFF
  j fail
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(VM_VA(1))
  VM_CHECK_EPC_SYM(1b)

  /* 7: MPP=U: a user page is accessible */
  li TESTNUM, 7
  li a1, VM_VA(5)
  MPRV_ON(PRV_U)
  ld a0, 0(a1)
  MPRV_OFF
  VM_CHECK_REG(a0, M2)

  /* 8: MPP=S, SUM=0: the user page faults */
  li TESTNUM, 8
  VM_EXPECT(2f)
  MPRV_ON(PRV_S)
1:
  ld a0, 0(a1)
  MPRV_OFF
  j fail
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(VM_VA(5))
  VM_CHECK_EPC_SYM(1b)

  /* 9: MPP=S, SUM=1: the user page is accessible */
  li TESTNUM, 9
  li t0, MSTATUS_SUM
  csrs mstatus, t0
  MPRV_ON(PRV_S)
  ld a0, 0(a1)
  MPRV_OFF
  li t0, MSTATUS_SUM
  csrc mstatus, t0
  VM_CHECK_REG(a0, M2)

  /* 10: MPP=S, MXR=0: load from an execute-only page faults */
  li TESTNUM, 10
  VM_EXPECT(2f)
  li a1, VM_VA(6)
  MPRV_ON(PRV_S)
1:
  ld a0, 0(a1)
  MPRV_OFF
  j fail
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(VM_VA(6))

  /* 11: MPP=S, MXR=1: it succeeds */
  li TESTNUM, 11
  li t0, MSTATUS_MXR
  csrs mstatus, t0
  MPRV_ON(PRV_S)
  ld a0, 0(a1)
  MPRV_OFF
  li t0, MSTATUS_MXR
  csrc mstatus, t0
  VM_CHECK_REG(a0, M3)

  /* 12: the same page right after, with only MPP changed (no sfence):
   * MPP=S reads the supervisor page VA(1), then MPP=U must fault on it */
  li TESTNUM, 12
  li a1, VM_VA(1)
  MPRV_ON(PRV_S)
  ld a3, 0(a1)
  MPRV_OFF
  VM_CHECK_REG(a3, M1)
  VM_EXPECT(2f)
  MPRV_ON(PRV_U)
1:
  ld a0, 0(a1)
  MPRV_OFF
  j fail
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(VM_VA(1))
  VM_CHECK_EPC_SYM(1b)

  /* 13: MPRV=1 with MPP=M: no translation (physical address works) */
  li TESTNUM, 13
  li a1, VM_DATA(0)
  MPRV_ON(PRV_M)
  ld a0, 0(a1)
  MPRV_OFF
  VM_CHECK_REG(a0, M1)

  /* 14: MPRV=0 with MPP=S and satp set: M-mode data is not translated */
  li TESTNUM, 14
  li t0, MSTATUS_MPP
  csrc mstatus, t0
  li t0, PRV_S << 11
  csrs mstatus, t0
  ld a0, 0(a1)
  VM_CHECK_REG(a0, M1)

  /* 15: a translated store sets A and D in the PTE */
  li TESTNUM, 15
  li a1, VM_VA(7)
  MPRV_ON(PRV_S)
  sd a1, 0(a1)
  MPRV_OFF
  VM_LOAD_PTE(a7, VM_L0, 7)
  VM_CHECK_REG(a7, PTE(VM_DATA(4), RWAD))

  /* 16: the translated access is checked by PMP as an S access: entry 0
   * (no permissions, unlocked) over VM_DATA(0) stops it, though M-mode
   * itself may access that page */
  li TESTNUM, 16
  li t0, PMP_NAPOT_ADDR(VM_DATA(0), 0x1000)
  csrw pmpaddr0, t0
  li t0, -1
  srli t0, t0, 10
  csrw pmpaddr1, t0
  li t0, PMP_NAPOT | ((PMP_NAPOT | PMP_R | PMP_W | PMP_X) << 8)
  csrw pmpcfg0, t0
  li a1, VM_DATA(0)
  ld a0, 0(a1)
  VM_CHECK_REG(a0, M1)
  VM_EXPECT(2f)
  li a1, VM_VA(1) + 0x10
  MPRV_ON(PRV_S)
1:
  ld a0, 0(a1)
  MPRV_OFF
  j fail
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_ACCESS)
  VM_CHECK_TVAL(VM_VA(1) + 0x10)
  VM_CHECK_EPC_SYM(1b)

  /* 17: the same with satp = Bare: a physical S access, denied by PMP */
  li TESTNUM, 17
  VM_SATP(0)
  VM_EXPECT(2f)
  li a1, VM_DATA(0) + 0x20
  MPRV_ON(PRV_S)
1:
  sd a1, 0(a1)
  MPRV_OFF
  j fail
2:
  VM_CHECK_CAUSE(CAUSE_STORE_ACCESS)
  VM_CHECK_TVAL(VM_DATA(0) + 0x20)
  VM_CHECK_EPC_SYM(1b)

  /* 18: satp = Bare, MPP=S: other physical addresses are fine */
  li TESTNUM, 18
  li a1, VM_DATA(2)
  MPRV_ON(PRV_S)
  ld a0, 0(a1)
  MPRV_OFF
  VM_CHECK_REG(a0, M2)
TEST_END

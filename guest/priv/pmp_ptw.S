/* Page-table walks are checked by PMP: when the walk reads a PTE (of any
 * level) from a region S-mode may not read, the original access gets an
 * access fault of its own type (1 fetch, 5 load, 7 store) with tval = the
 * virtual address, not a page fault. The walk is a read whatever the
 * access: X permission on the table does not help. (A/D bits are preset so
 * that no PTE write is needed.)
 *
 * Entries: 0 NAPOT over one table page (varies), 1 NAPOT over another
 * (varies), 2 everything RWX. */
#include "test.h"
#include "vm.h"

#define M1 0x3141592653589793
#define RWAD (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
#define SATP_S SATP(SATP_SV39, 0, VM_ROOT_S39)
#define SATP_U SATP(SATP_SV39, 0, VM_ROOT_U39)

/* pmpcfg0 := entries 0 and 1 over pages p0 and p1 with cfg c0 and c1,
 * entry 2 everything. Clobbers t0. */
#define PMP_SET(p0, c0, p1, c1)                      \
  li t0, PMP_NAPOT_ADDR(p0, 0x1000);                 \
  csrw pmpaddr0, t0;                                 \
  li t0, PMP_NAPOT_ADDR(p1, 0x1000);                 \
  csrw pmpaddr1, t0;                                 \
  li t0, (PMP_NAPOT | (c0)) | ((PMP_NAPOT | (c1)) << 8) | ((PMP_NAPOT | PMP_R | PMP_W | PMP_X) << 16); \
  csrw pmpcfg0, t0;                                  \
  sfence.vma zero, zero;

#define RUN(mode, stub, addr)                        \
  li a0, 0;                                          \
  li a1, addr;                                       \
  VM_RUN_AT(mode, stub, 2f)

TEST_BEGIN
VM_INIT
  li t0, -1
  srli t0, t0, 10
  csrw pmpaddr2, t0
  VM_STD_TABLES
  VM_PTE(VM_L0, 1, PTE(VM_DATA(0), RWAD))
  VM_PTE_SYM(VM_L0, 2, code_page, PTE_V | PTE_X | PTE_A)
  VM_PTE(VM_L0, 3, PTE(VM_DATA(0), RWAD | PTE_U))
  li t0, VM_DATA(0)
  li t1, M1
  sd t1, 0(t0)
  VM_SATP(SATP_S)

  /* 1: level-0 table readable (R): the load works */
  li TESTNUM, 1
  PMP_SET(VM_L0, PMP_R, VM_L1, PMP_R)
  RUN(PRV_S, s_ld, VM_VA(1))
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)

  /* 2: level-0 table not readable: load access fault, tval = VA */
  li TESTNUM, 2
  PMP_SET(VM_L0, 0, VM_L1, PMP_R)
  RUN(PRV_S, s_ld, VM_VA(1) + 0x10)
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_ACCESS)
  VM_CHECK_TVAL(VM_VA(1) + 0x10)
  VM_CHECK_EPC_SYM(s_ld)

  /* 3: ... store access fault for a store */
  li TESTNUM, 3
  RUN(PRV_S, s_sd, VM_VA(1) + 0x18)
2:
  VM_CHECK_CAUSE(CAUSE_STORE_ACCESS)
  VM_CHECK_TVAL(VM_VA(1) + 0x18)
  VM_CHECK_EPC_SYM(s_sd)
  li t0, VM_DATA(0) + 0x18
  ld a0, 0(t0)
  bnez a0, fail

  /* 4: ... instruction access fault for a fetch */
  li TESTNUM, 4
  RUN(PRV_S, s_jr, VM_VA(2))
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_ACCESS)
  VM_CHECK_TVAL(VM_VA(2))
  VM_CHECK_EPC(VM_VA(2))

  /* 5: with the table executable but not readable, the fetch still
   * faults: the walk is a read */
  li TESTNUM, 5
  PMP_SET(VM_L0, PMP_X, VM_L1, PMP_R)
  RUN(PRV_S, s_jr, VM_VA(2))
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_ACCESS)
  VM_CHECK_TVAL(VM_VA(2))

  /* 6: table readable again: the fetch works */
  li TESTNUM, 6
  PMP_SET(VM_L0, PMP_R, VM_L1, PMP_R)
  RUN(PRV_S, s_jr, VM_VA(2))
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, 0x42)

  /* 7: the level-1 table not readable: load access fault */
  li TESTNUM, 7
  PMP_SET(VM_L0, PMP_R, VM_L1, PMP_X)
  RUN(PRV_S, s_ld, VM_VA(1))
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_ACCESS)
  VM_CHECK_TVAL(VM_VA(1))

  /* 8: U-mode: the same for a user page */
  li TESTNUM, 8
  VM_SATP(SATP_U)
  PMP_SET(VM_L0, 0, VM_L1, PMP_R)
  RUN(PRV_U, s_ld, VM_VA(3))
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_ACCESS)
  VM_CHECK_TVAL(VM_VA(3))
  VM_CHECK_MPP(PRV_U)
  /* 9: ... allowed once the table is readable */
  li TESTNUM, 9
  PMP_SET(VM_L0, PMP_R, VM_L1, PMP_R)
  RUN(PRV_U, s_ld, VM_VA(3))
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_U)
  VM_CHECK_REG(a0, M1)

  /* 10: the root table not readable: even the first fetch of S-mode code
   * (identity-mapped through it) is an instruction access fault */
  li TESTNUM, 10
  VM_SATP(SATP_S)
  PMP_SET(VM_ROOT_S39, 0, VM_L1, PMP_R)
  RUN(PRV_S, s_ld, VM_VA(1))
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_ACCESS)
  VM_CHECK_TVAL_SYM(s_ld)
  VM_CHECK_EPC_SYM(s_ld)

  /* 11: Sv48: its root not readable: the same */
  li TESTNUM, 11
  VM_SATP(SATP(SATP_SV48, 0, VM_ROOT_S48))
  PMP_SET(VM_ROOT_S48, 0, VM_L1, PMP_R)
  RUN(PRV_S, s_ld, VM_VA(1))
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_ACCESS)
  VM_CHECK_TVAL_SYM(s_ld)
  /* 12: Sv48 with the level-0 table unreadable: load access fault */
  li TESTNUM, 12
  PMP_SET(VM_L0, 0, VM_L1, PMP_R)
  RUN(PRV_S, s_ld, VM_VA(1))
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_ACCESS)
  VM_CHECK_TVAL(VM_VA(1))

  /* 13: M-mode with MPRV=1, MPP=S: the walk for its translated load is
   * checked too (load access fault in M, epc = the M-mode load) */
  li TESTNUM, 13
  VM_SATP(SATP_S)
  VM_EXPECT(2f)
  li a1, VM_VA(1)
  li t0, MSTATUS_MPP
  csrc mstatus, t0
  li t0, (PRV_S << 11) | MSTATUS_MPRV
  csrs mstatus, t0
1:
  ld a0, 0(a1)
  li t0, MSTATUS_MPRV
  csrc mstatus, t0
  j fail
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_ACCESS)
  VM_CHECK_TVAL(VM_VA(1))
  VM_CHECK_EPC_SYM(1b)
  csrw satp, zero
TEST_END

  .text
s_ld:
  ld a0, 0(a1)
  ecall
s_sd:
  sd a1, 0(a1)
  ecall
s_jr:
  jr a1

  .align 12
code_page:
  li a0, 0x42
  ecall
  .align 12

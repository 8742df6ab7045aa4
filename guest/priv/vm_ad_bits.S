/* Hardware A/D updating (as QEMU does it; ttvm does the same): an access to a
 * leaf with A=0 sets A, a store (or AMO) with D=0 sets D, in the PTE in
 * memory; nothing else in the PTE changes, non-leaf PTEs are left alone,
 * and a faulting access updates nothing. Sv39. */
#include "test.h"
#include "vm.h"

#define RWX (PTE_V | PTE_R | PTE_W | PTE_X)
#define RSW (0x300)                 /* bits 9:8, software-defined */
#define SATP_S SATP(SATP_SV39, 0, VM_ROOT_S39)
#define SATP_U SATP(SATP_SV39, 0, VM_ROOT_U39)
/* 2 MiB leaf at L1[1]: VA 0x40200000 -> VM_BIG (2 MiB aligned) */
#define VM_BIG 0x80600000
#define BIGVA 0x40200000

/* Fail unless L0 entry n == value. Uses t0, t6, a7. */
#define CHECK_L0(n, value)                           \
  VM_LOAD_PTE(a7, VM_L0, n)                          \
  VM_CHECK_REG(a7, value)

TEST_BEGIN
VM_INIT
  VM_STD_TABLES
  VM_PTE(VM_L0, 1, PTE(VM_DATA(0), RWX | RSW))
  VM_PTE(VM_L0, 2, PTE(VM_DATA(1), RWX | PTE_A))
  VM_PTE(VM_L0, 3, PTE(VM_DATA(2), RWX))
  VM_PTE_SYM(VM_L0, 4, code_page, PTE_V | PTE_X)
  VM_PTE(VM_L0, 5, PTE(VM_DATA(3), PTE_V | PTE_R | PTE_X))
  VM_PTE(VM_L0, 6, PTE(VM_DATA(4), RWX))
  VM_PTE(VM_L0, 7, PTE(VM_DATA(5), RWX | PTE_U))
  VM_PTE(VM_L0, 8, PTE(VM_DATA(6), RWX | PTE_U))
  VM_PTE(VM_L0, 9, PTE(VM_DATA(7), RWX))
  VM_PTE(VM_L0, 10, PTE(VM_DATA(8), RWX | PTE_G))
  VM_PTE(VM_L0, 11, PTE(VM_DATA(9), PTE_V | PTE_X))
  VM_PTE(VM_L1, 1, PTE(VM_BIG, RWX))
  VM_SATP(SATP_S)

  /* 1: a load from a page with A=0 sets A (only A; RSW bits kept) */
  li TESTNUM, 1
  li a1, VM_VA(1)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  CHECK_L0(1, PTE(VM_DATA(0), RWX | RSW | PTE_A))

  /* 2: a store to a page with A=1, D=0 sets D */
  li TESTNUM, 2
  li a1, VM_VA(2)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  sd a1, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  CHECK_L0(2, PTE(VM_DATA(1), RWX | PTE_A | PTE_D))

  /* 3: a store to a page with A=0, D=0 sets both */
  li TESTNUM, 3
  li a1, VM_VA(3)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  sw a1, 4(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  CHECK_L0(3, PTE(VM_DATA(2), RWX | PTE_A | PTE_D))

  /* 4: an instruction fetch from a page with A=0 sets A (not D) */
  li TESTNUM, 4
  li t2, VM_VA(4)
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, 0x77)
  VM_LOAD_PTE(a7, VM_L0, 4)
  la t1, code_page
  srli t1, t1, 12
  slli t1, t1, 10
  ori t1, t1, PTE_V | PTE_X | PTE_A
  bne a7, t1, fail

  /* 5: a store to a read-only page with A=0 faults and sets nothing */
  li TESTNUM, 5
  li a1, VM_VA(5)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  sd a1, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_STORE_PAGE)
  CHECK_L0(5, PTE(VM_DATA(3), PTE_V | PTE_R | PTE_X))

  /* 6: an AMO to a page with A=0, D=0 sets both */
  li TESTNUM, 6
  li a1, VM_VA(6)
  li a2, 5
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  amoadd.w a0, a2, (a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  CHECK_L0(6, PTE(VM_DATA(4), RWX | PTE_A | PTE_D))

  /* 7: the non-leaf PTEs on the walk are unchanged (no A/D) */
  li TESTNUM, 7
  VM_LOAD_PTE(a7, VM_ROOT_S39, 1)
  VM_CHECK_REG(a7, PTE(VM_L1, PTE_V))
  VM_LOAD_PTE(a7, VM_L1, 0)
  VM_CHECK_REG(a7, PTE(VM_L0, PTE_V))

  /* 8: a U-mode access to a supervisor page with A=0 faults and sets nothing */
  li TESTNUM, 8
  VM_SATP(SATP_U)
  li a1, VM_VA(9)
  VM_RUN_AT(PRV_U, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  CHECK_L0(9, PTE(VM_DATA(7), RWX))

  /* 9: a U-mode store to a user page sets A and D */
  li TESTNUM, 9
  li a1, VM_VA(7)
  VM_RUN_AT(PRV_U, 1f, 2f)
1:
  sd a1, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_U)
  CHECK_L0(7, PTE(VM_DATA(5), RWX | PTE_U | PTE_A | PTE_D))

  /* 10: an S-mode load from a user page without SUM faults and sets nothing */
  li TESTNUM, 10
  VM_SATP(SATP_S)
  li a1, VM_VA(8)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  CHECK_L0(8, PTE(VM_DATA(6), RWX | PTE_U))

  /* 11: a load then a store to the same page (no sfence between): the
   * load sets A only, the store then sets D */
  li TESTNUM, 11
  li a1, VM_VA(10)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  CHECK_L0(10, PTE(VM_DATA(8), RWX | PTE_G | PTE_A))
  li TESTNUM, 12
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  sd a0, 8(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  CHECK_L0(10, PTE(VM_DATA(8), RWX | PTE_G | PTE_A | PTE_D))

  /* 13: software clears A and D again (+ sfence.vma): the next load sets A
   * again, and only A */
  li TESTNUM, 13
  VM_PTE(VM_L0, 10, PTE(VM_DATA(8), RWX | PTE_G))
  sfence.vma zero, zero
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  CHECK_L0(10, PTE(VM_DATA(8), RWX | PTE_G | PTE_A))

  /* 14: a load from an execute-only page with MXR=1 sets A */
  li TESTNUM, 14
  li t0, MSTATUS_MXR
  csrs mstatus, t0
  li a1, VM_VA(11)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  li t0, MSTATUS_MXR
  csrc mstatus, t0
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  CHECK_L0(11, PTE(VM_DATA(9), PTE_V | PTE_X | PTE_A))

  /* 15: a load through a 2 MiB superpage with A=0 sets A in that leaf */
  li TESTNUM, 15
  li a1, BIGVA + 0x12340
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_LOAD_PTE(a7, VM_L1, 1)
  VM_CHECK_REG(a7, PTE(VM_BIG, RWX | PTE_A))

  /* 16: a store through it sets D */
  li TESTNUM, 16
  li a1, BIGVA + 0x1ffff8
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  sd a1, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_LOAD_PTE(a7, VM_L1, 1)
  VM_CHECK_REG(a7, PTE(VM_BIG, RWX | PTE_A | PTE_D))

  /* 17: the other pages' PTEs were not touched by all this */
  li TESTNUM, 17
  CHECK_L0(12, 0)
  CHECK_L0(5, PTE(VM_DATA(3), PTE_V | PTE_R | PTE_X))
  VM_LOAD_PTE(a7, VM_ROOT_S39, 2)
  VM_CHECK_REG(a7, PTE(VM_RAM, PTE_RWXAD))
  csrw satp, zero
TEST_END

  .text
  .align 12
code_page:
  li a0, 0x77
  ecall
  .align 12

/* Sv48 translation basics: four-level walks with distinct indices at every
 * level, S- and U-mode execution with satp set, both halves of the address
 * space, switching between Sv39 and Sv48. */
#include "test.h"
#include "vm.h"

#define M1 0x0123456789abcdef
#define M2 0xfedcba9876543210
#define M3 0x5555aaaa3333cccc
#define RW (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
#define SATP_S SATP(SATP_SV48, 0, VM_ROOT_S48)
#define SATP_U SATP(SATP_SV48, 0, VM_ROOT_U48)
/* VA with indices 5 / 3 / 7 / 9 at levels 3 / 2 / 1 / 0 */
#define FARVA ((5 << 39) | (3 << 30) | (7 << 21) | (9 << 12))
#define FAR_L2 VM_PAGE(6)
#define FAR_L1 VM_PAGE(7)
#define FAR_L0 VM_PAGE(8)
/* upper half: root[511] -> HI_L2, whose [511] maps RAM (0xffffffffc0000000);
 * root[256] -> LO_L2, whose [0] maps RAM (0xffff800000000000) */
#define HI_L2 VM_PAGE(9)
#define LO_L2 VM_PAGE(10)
#define HIGH(pa) (0xffffffffc0000000 + ((pa) - VM_RAM))
#define LOWNEG(pa) (0xffff800000000000 + ((pa) - VM_RAM))

TEST_BEGIN
VM_INIT
  VM_STD_TABLES
  VM_PTE(VM_L0, 1, PTE(VM_DATA(0), RW))
  VM_PTE(VM_L0, 4, PTE(VM_DATA(2), RW | PTE_U))
  VM_PTE_SYM(VM_L0, 6, code_page, PTE_V | PTE_X | PTE_A)
  VM_PTE_SYM(VM_L0, 7, code_page, PTE_V | PTE_X | PTE_A | PTE_U)
  VM_PTE(VM_ROOT_S48, 5, PTE(FAR_L2, PTE_V))
  VM_PTE(FAR_L2, 3, PTE(FAR_L1, PTE_V))
  VM_PTE(FAR_L1, 7, PTE(FAR_L0, PTE_V))
  VM_PTE(FAR_L0, 9, PTE(VM_DATA(3), RW))
  VM_PTE_SYM(FAR_L0, 10, code_page, PTE_V | PTE_X | PTE_A)
  VM_PTE(VM_ROOT_S48, 511, PTE(HI_L2, PTE_V))
  VM_PTE(HI_L2, 511, PTE(VM_RAM, PTE_RWXAD))
  VM_PTE(VM_ROOT_S48, 256, PTE(LO_L2, PTE_V))
  VM_PTE(LO_L2, 0, PTE(VM_RAM, PTE_RWXAD))
  li t0, VM_DATA(0)
  li t1, M1
  sd t1, 0(t0)
  li t0, VM_DATA(2)
  li t1, M2
  sd t1, 0(t0)
  li t0, VM_DATA(3)
  li t1, M3
  sd t1, 0x10(t0)

  /* 1: satp reads back the Sv48 mode and root PPN written */
  li TESTNUM, 1
  VM_SATP(SATP_S)
  csrr a0, satp
  VM_CHECK_REG(a0, SATP_S)

  /* 2: S-mode load through a 4-level walk */
  li TESTNUM, 2
  li a1, VM_VA(1)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)

  /* 3: S-mode store through it */
  li TESTNUM, 3
  li a1, VM_VA(1) + 0xff8
  li a0, M2
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  sd a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  li t0, VM_DATA(0) + 0xff8
  ld a0, 0(t0)
  VM_CHECK_REG(a0, M2)

  /* 4: a VA whose four indices all differ (5/3/7/9) */
  li TESTNUM, 4
  li a1, FARVA + 0x10
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M3)

  /* 5: ... and a store to it (byte store at offset 0x123) */
  li TESTNUM, 5
  li a1, FARVA + 0x123
  li a0, 0x5c
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  sb a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  li t0, VM_DATA(3) + 0x123
  lbu a0, 0(t0)
  VM_CHECK_REG(a0, 0x5c)

  /* 6: S-mode fetch at a VA next to it (index 10 at level 0) */
  li TESTNUM, 6
  li t2, FARVA + 0x1000
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, FARVA + 0x1000)

  /* 7: upper half, top of the address space (0xffffffffc0000000) */
  li TESTNUM, 7
  li a1, HIGH(VM_DATA(0))
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)

  /* 8: lowest canonical upper-half address (0xffff800000000000) */
  li TESTNUM, 8
  li a1, LOWNEG(VM_DATA(2))
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M2)

  /* 9: S-mode code runs from the upper half */
  li TESTNUM, 9
  la t2, 1f
  li t0, LOWNEG(0)
  add t2, t2, t0
  VM_RUN(PRV_S, t2, 2f)
1:
  auipc a0, 0
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  la t0, 1b
  li t1, LOWNEG(0)
  add t0, t0, t1
  bne a0, t0, fail

  /* 10: U-mode load from a user page */
  li TESTNUM, 10
  VM_SATP(SATP_U)
  li a1, VM_VA(4)
  VM_RUN_AT(PRV_U, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_U)
  VM_CHECK_REG(a0, M2)

  /* 11: U-mode store to a user page */
  li TESTNUM, 11
  li a1, VM_VA(4) + 8
  li a0, M3
  VM_RUN_AT(PRV_U, 1f, 2f)
1:
  sd a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_U)
  li t0, VM_DATA(2) + 8
  ld a0, 0(t0)
  VM_CHECK_REG(a0, M3)

  /* 12: U-mode fetch from a non-identity user mapping */
  li TESTNUM, 12
  li t2, VM_VA(7)
  VM_RUN(PRV_U, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_U)
  VM_CHECK_REG(a0, VM_VA(7))

  /* 13: S-mode switches from Sv48 to Sv39 and back: FARVA is mapped only
   * under Sv48 (under Sv39 it is not canonical -> load page fault) */
  li TESTNUM, 13
  VM_SATP(SATP_S)
  li a2, SATP(SATP_SV39, 0, VM_ROOT_S39)
  li a3, SATP_S
  li a1, VM_VA(1)
  li a4, FARVA + 0x10
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  csrw satp, a2
  sfence.vma
  ld a0, 0(a1)
  csrw satp, a3
  sfence.vma
  ld a5, 0(a4)
  csrw satp, a2
  sfence.vma
3:
  ld a6, 0(a4)
  ecall
2:
  VM_CHECK_REG(a0, M1)
  VM_CHECK_REG(a5, M3)
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(FARVA + 0x10)
  VM_CHECK_EPC_SYM(3b)
  csrw satp, zero
TEST_END

  .text
  .align 12
/* a0 = its own address */
code_page:
  auipc a0, 0
  ecall
  .align 12

/* Sv39 translation basics: three-level walks, S- and U-mode execution with
 * satp set, loads/stores/fetches through non-identity mappings, the upper
 * (negative) half of the address space, satp WARL behaviour, mstatus.TVM. */
#include "test.h"
#include "vm.h"

#define M1 0x0123456789abcdef
#define M2 0xfedcba9876543210
#define M3 0x5555aaaa3333cccc
#define RW (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
#define SATP_S SATP(SATP_SV39, 0, VM_ROOT_S39)
#define SATP_U SATP(SATP_SV39, 0, VM_ROOT_U39)
/* other S-mode tables: RAM identity, VA(1) -> VM_DATA(2) */
#define ALT_ROOT VM_PAGE(6)
#define ALT_L1 VM_PAGE(7)
#define ALT_L0 VM_PAGE(8)
#define SATP_ALT SATP(SATP_SV39, 0, ALT_ROOT)
/* VA of physical RAM address pa through root entry 511 (0xffffffffc0000000) */
#define HIGH(pa) (0xffffffffc0000000 + ((pa) - VM_RAM))

TEST_BEGIN
VM_INIT
  VM_STD_TABLES
  VM_PTE(VM_L0, 1, PTE(VM_DATA(0), RW))
  VM_PTE(VM_L0, 2, PTE(VM_DATA(1), RW))
  VM_PTE(VM_L0, 3, PTE(VM_DATA(1), RW))
  VM_PTE(VM_L0, 4, PTE(VM_DATA(2), RW | PTE_U))
  VM_PTE_SYM(VM_L0, 6, code_page, PTE_V | PTE_X | PTE_A)
  VM_PTE_SYM(VM_L0, 7, code_page, PTE_V | PTE_X | PTE_A | PTE_U)
  VM_PTE(VM_ROOT_S39, 511, PTE(VM_RAM, PTE_RWXAD))
  VM_PTE(ALT_ROOT, 2, PTE(VM_RAM, PTE_RWXAD))
  VM_PTE(ALT_ROOT, 1, PTE(ALT_L1, PTE_V))
  VM_PTE(ALT_L1, 0, PTE(ALT_L0, PTE_V))
  VM_PTE(ALT_L0, 1, PTE(VM_DATA(2), RW))
  li t0, VM_DATA(0)
  li t1, M1
  sd t1, 0(t0)
  li t1, M3
  sd t1, 0x7f8(t0)
  li t0, VM_DATA(2)
  li t1, M2
  sd t1, 0(t0)

  /* 1: satp reads back the Sv39 mode, ASID 0 and root PPN written */
  li TESTNUM, 1
  VM_SATP(SATP_S)
  csrr a0, satp
  VM_CHECK_REG(a0, SATP_S)

  /* 2: S-mode load through a 3-level walk */
  li TESTNUM, 2
  li a1, VM_VA(1)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)

  /* 3: the page offset is kept (VA(1) + 0x7f8 -> data page + 0x7f8) */
  li TESTNUM, 3
  li a1, VM_VA(1) + 0x7f8
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M3)

  /* 4: S-mode store through the mapping reaches the physical page */
  li TESTNUM, 4
  li a1, VM_VA(1) + 8
  li a0, M2
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  sd a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  li t0, VM_DATA(0) + 8
  ld a0, 0(t0)
  VM_CHECK_REG(a0, M2)

  /* 5: two virtual pages aliasing one physical page: a store through one
   * is seen through the other */
  li TESTNUM, 5
  li a1, VM_VA(2) + 0x100
  li a2, VM_VA(3) + 0x100
  li a0, M3
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  sw a0, 0(a1)
  lwu a3, 0(a2)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a3, 0x3333cccc)

  /* 6: S-mode fetch from a non-identity mapping: auipc sees the VA */
  li TESTNUM, 6
  li t2, VM_VA(6)
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, VM_VA(6))
  VM_CHECK_EPC(VM_VA(6) + 4)

  /* 7: the upper half: 0xffffffffc0000000 (root entry 511) maps RAM */
  li TESTNUM, 7
  li a1, HIGH(VM_DATA(0))
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)

  /* 8: S-mode code can jump to and run at an upper-half address */
  li TESTNUM, 8
  la t2, 1f
  li t0, HIGH(0)
  add t2, t2, t0
  VM_RUN(PRV_S, t2, 2f)
1:
  auipc a0, 0
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  la t0, 1b
  li t1, HIGH(0)
  add t0, t0, t1
  bne a0, t0, fail

  /* 9: U-mode code (user mapping of RAM) loads from a user page */
  li TESTNUM, 9
  VM_SATP(SATP_U)
  li a1, VM_VA(4)
  VM_RUN_AT(PRV_U, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_U)
  VM_CHECK_REG(a0, M2)

  /* 10: U-mode store to a user page */
  li TESTNUM, 10
  li a1, VM_VA(4) + 16
  li a0, M1
  VM_RUN_AT(PRV_U, 1f, 2f)
1:
  sd a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_U)
  li t0, VM_DATA(2) + 16
  ld a0, 0(t0)
  VM_CHECK_REG(a0, M1)

  /* 11: U-mode fetch from a non-identity user mapping */
  li TESTNUM, 11
  li t2, VM_VA(7)
  VM_RUN(PRV_U, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_U)
  VM_CHECK_REG(a0, VM_VA(7))
  VM_CHECK_EPC(VM_VA(7) + 4)

  /* 12: S-mode reads satp */
  li TESTNUM, 12
  VM_SATP(SATP_S)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  csrr a0, satp
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, SATP_S)

  /* 13: S-mode can switch satp itself: to other tables where VA(1) maps
   * another page, and back */
  li TESTNUM, 13
  li a2, SATP_ALT
  li a3, SATP_S
  li a1, VM_VA(1)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  csrw satp, a2
  sfence.vma
  csrr a0, satp
  ld a4, 0(a1)
  csrw satp, a3
  sfence.vma
  ld a5, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, SATP_ALT)
  VM_CHECK_REG(a4, M2)
  VM_CHECK_REG(a5, M1)

  /* 14: with mstatus.TVM=1, S-mode satp access is an illegal instruction */
  li TESTNUM, 14
  li t0, 1 << 20
  csrs mstatus, t0
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  csrr a0, satp
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ILLEGAL)
  VM_CHECK_EPC_SYM(1b)

  /* 15: ... and so is sfence.vma */
  li TESTNUM, 15
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  sfence.vma
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ILLEGAL)
  VM_CHECK_EPC_SYM(1b)
  li t0, 1 << 20
  csrc mstatus, t0

  /* 16: U-mode cannot read satp (illegal instruction) */
  li TESTNUM, 16
  VM_SATP(SATP_U)
  VM_RUN_AT(PRV_U, 1f, 2f)
1:
  csrr a0, satp
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ILLEGAL)
  VM_CHECK_EPC_SYM(1b)

  /* 17: a satp write with reserved MODE 11 has no effect at all */
  li TESTNUM, 17
  VM_SATP(SATP_S)
  li t0, SATP(11, 0, ALT_ROOT)
  csrw satp, t0
  csrr a0, satp
  VM_CHECK_REG(a0, SATP_S)

  /* 18: ... nor does one with reserved MODE 1 */
  li TESTNUM, 18
  li t0, SATP(1, 0, ALT_ROOT)
  csrw satp, t0
  csrr a0, satp
  VM_CHECK_REG(a0, SATP_S)

  /* 19: ... and translation still uses the old satp */
  li TESTNUM, 19
  li a1, VM_VA(1)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)

  /* 20: satp = 0 (Bare): S-mode addresses are physical again */
  li TESTNUM, 20
  VM_SATP(0)
  csrr a0, satp
  bnez a0, fail
  li a1, VM_DATA(2)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M2)
TEST_END

  .text
  .align 12
/* Runs at VA(6) (S) and VA(7) (U): a0 = its own address. */
code_page:
  auipc a0, 0
  ecall
  .align 12

/* SFENCE.VMA and ASIDs: S-mode code uses a mapping (so it may be cached),
 * rewrites the PTE, executes sfence.vma (global, by address, by ASID, by
 * both) and must then see the new mapping; changing a non-leaf PTE; making
 * a PTE invalid and valid again; remapping code; switching satp to a new
 * ASID with other tables; sfence.vma is illegal in U-mode. Sv39. */
#include "test.h"
#include "vm.h"

#define M0 0x000000000000a0a0
#define M1 0x000000000000b1b1
#define M2 0x000000000000c2c2
#define M3 0x000000000000d3d3
#define RWAD (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
#define SATP_A1 SATP(SATP_SV39, 1, VM_ROOT_S39)
/* other tables, for ASID 2: RAM identity, VA(1) -> VM_DATA(3) */
#define ALT_ROOT VM_PAGE(6)
#define ALT_L1 VM_PAGE(7)
#define ALT_L0 VM_PAGE(8)
#define SATP_A2 SATP(SATP_SV39, 2, ALT_ROOT)
/* a second level-0 table for VM_L1[0]: VA(1) -> VM_DATA(2) */
#define L0B VM_PAGE(9)
#define PTE1 (VM_L0 + 8)        /* the PTE of VA(1) */

TEST_BEGIN
VM_INIT
  VM_STD_TABLES
  VM_PTE(VM_L0, 1, PTE(VM_DATA(0), RWAD))
  VM_PTE_SYM(VM_L0, 5, code_a, PTE_V | PTE_X | PTE_A)
  VM_PTE(L0B, 1, PTE(VM_DATA(2), RWAD))
  VM_PTE_SYM(L0B, 5, code_a, PTE_V | PTE_X | PTE_A)
  VM_PTE(ALT_ROOT, 2, PTE(VM_RAM, PTE_RWXAD))
  VM_PTE(ALT_ROOT, 1, PTE(ALT_L1, PTE_V))
  VM_PTE(ALT_L1, 0, PTE(ALT_L0, PTE_V))
  VM_PTE(ALT_L0, 1, PTE(VM_DATA(3), RWAD))
  li t0, VM_DATA(0)
  li t1, M0
  sd t1, 0(t0)
  li t0, VM_DATA(1)
  li t1, M1
  sd t1, 0(t0)
  li t0, VM_DATA(2)
  li t1, M2
  sd t1, 0(t0)
  li t0, VM_DATA(3)
  li t1, M3
  sd t1, 0(t0)

  /* 1: satp keeps ASID 1 */
  li TESTNUM, 1
  VM_SATP(SATP_A1)
  csrr a0, satp
  VM_CHECK_REG(a0, SATP_A1)

  /* 2: use VA(1), point its PTE at another page, sfence.vma x0, x0: the
   * next load sees the new page */
  li TESTNUM, 2
  li a1, VM_VA(1)
  li a2, PTE1
  li a3, PTE(VM_DATA(1), RWAD)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a4, 0(a1)
  sd a3, 0(a2)
  sfence.vma zero, zero
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a4, M0)
  VM_CHECK_REG(a0, M1)

  /* 3: the same with sfence.vma by address (rs1 = VA(1)) */
  li TESTNUM, 3
  li a3, PTE(VM_DATA(0), RWAD)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a4, 0(a1)
  sd a3, 0(a2)
  sfence.vma a1, zero
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a4, M1)
  VM_CHECK_REG(a0, M0)

  /* 4: by address, with an address inside the page (VA(1) + 0x7f8) */
  li TESTNUM, 4
  li a3, PTE(VM_DATA(1), RWAD)
  li a5, VM_VA(1) + 0x7f8
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a4, 0(a1)
  sd a3, 0(a2)
  sfence.vma a5, zero
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a4, M0)
  VM_CHECK_REG(a0, M1)

  /* 5: by ASID (rs2 = 1, the current ASID) */
  li TESTNUM, 5
  li a3, PTE(VM_DATA(0), RWAD)
  li a5, 1
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a4, 0(a1)
  sd a3, 0(a2)
  sfence.vma zero, a5
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a4, M1)
  VM_CHECK_REG(a0, M0)

  /* 6: by address and ASID */
  li TESTNUM, 6
  li a3, PTE(VM_DATA(1), RWAD)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a4, 0(a1)
  sd a3, 0(a2)
  sfence.vma a1, a5
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a4, M0)
  VM_CHECK_REG(a0, M1)

  /* 7: make the PTE invalid + sfence: the next load faults */
  li TESTNUM, 7
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a4, 0(a1)
  sd zero, 0(a2)
  sfence.vma a1, zero
3:
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(VM_VA(1))
  VM_CHECK_EPC_SYM(3b)
  VM_CHECK_REG(a4, M1)

  /* 8: valid again + sfence: the load works */
  li TESTNUM, 8
  li a3, PTE(VM_DATA(0), RWAD)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  sd a3, 0(a2)
  sfence.vma a1, zero
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M0)

  /* 9: a read-only PTE made writable + sfence: the store works after a
   * store page fault before */
  li TESTNUM, 9
  VM_PTE(VM_L0, 1, PTE(VM_DATA(0), PTE_V | PTE_R | PTE_A))
  sfence.vma zero, zero
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a0, 0(a1)
  sd a0, 8(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_STORE_PAGE)
  VM_CHECK_TVAL(VM_VA(1) + 8)
  li TESTNUM, 10
  li a3, PTE(VM_DATA(0), RWAD)
  li a0, M3
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  sd a3, 0(a2)
  sfence.vma a1, zero
  sd a0, 8(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  li t0, VM_DATA(0) + 8
  ld a0, 0(t0)
  VM_CHECK_REG(a0, M3)

  /* 11: change a non-leaf PTE (VM_L1[0] -> another level-0 table) +
   * sfence.vma x0, x0: the walk uses the new table */
  li TESTNUM, 11
  li a2, VM_L1
  li a3, PTE(L0B, PTE_V)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a4, 0(a1)
  sd a3, 0(a2)
  sfence.vma zero, zero
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a4, M0)
  VM_CHECK_REG(a0, M2)

  /* 12: remap code: run code at VA(5) (code_a), point VA(5) at code_b,
   * sfence.vma by address, run it again */
  li TESTNUM, 12
  li a2, L0B + 5 * 8
  la a3, code_b
  srli a3, a3, 12
  slli a3, a3, 10
  ori a3, a3, PTE_V | PTE_X | PTE_A
  li a1, VM_VA(5)
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  jalr ra, 0(a1)
  mv a4, a0
  sd a3, 0(a2)
  sfence.vma a1, zero
  jalr ra, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a4, 0xaa)
  VM_CHECK_REG(a0, 0xbb)

  /* 13: satp := ASID 2 with other tables (no sfence): VA(1) maps the
   * other page at once; back to ASID 1: the first tables again */
  li TESTNUM, 13
  li a1, VM_VA(1)
  li a2, SATP_A2
  li a3, SATP_A1
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  ld a4, 0(a1)
  csrw satp, a2
  ld a0, 0(a1)
  csrr a6, satp
  csrw satp, a3
  ld a5, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a4, M2)
  VM_CHECK_REG(a0, M3)
  VM_CHECK_REG(a5, M2)
  VM_CHECK_REG(a6, SATP_A2)

  /* 14: a PTE change in ASID 2's tables, sfence.vma by ASID 2 while
   * ASID 1 is current, then switch to ASID 2: the new mapping */
  li TESTNUM, 14
  li a2, ALT_L0 + 8
  li a3, PTE(VM_DATA(0), RWAD)
  li a5, 2
  li a6, SATP_A2
  VM_RUN_AT(PRV_S, 1f, 2f)
1:
  sd a3, 0(a2)
  sfence.vma zero, a5
  csrw satp, a6
  ld a0, 0(a1)
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M0)

  /* 15: sfence.vma in U-mode is an illegal instruction */
  li TESTNUM, 15
  VM_SATP(SATP(SATP_SV39, 1, VM_ROOT_U39))
  VM_RUN_AT(PRV_U, 1f, 2f)
1:
  sfence.vma zero, zero
  ecall
2:
  VM_CHECK_CAUSE(CAUSE_ILLEGAL)
  VM_CHECK_EPC_SYM(1b)
  VM_CHECK_MPP(PRV_U)
  csrw satp, zero
TEST_END

  .text
  .align 12
code_a:
  li a0, 0xaa
  ret
  .align 12
code_b:
  li a0, 0xbb
  ret
  .align 12

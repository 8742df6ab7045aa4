/* Instruction fetch across a page boundary: a 32-bit instruction at offset
 * 0xffe whose two halves lie on virtual pages mapped to non-adjacent
 * physical pages (the physical page after the first holds a decoy half, so
 * an emulator that fetches the second half physically gets a different
 * instruction). When the second page cannot be fetched from, the
 * instruction page fault (or access fault) reports tval = the second page's
 * address (the part that faulted) and epc = the instruction's start, as
 * the privileged spec requires and QEMU does. Sv39. */
#include "test.h"
#include "vm.h"

/* addi a0, zero, 0x123 = 0x12300513; the decoy upper half 0x7ff0 would
 * make it addi a0, zero, 0x7ff */
#define INSN_LO 0x0513
#define INSN_HI 0x1230
#define DECOY_HI 0x7ff0
#define CP1 VM_DATA(0)          /* first half at CP1 + 0xffe */
#define DECOY VM_DATA(1)        /* CP1 + 4 KiB */
#define CP2 VM_DATA(2)          /* second half at CP2 + 0, then ecall */
#define CP3 VM_DATA(4)          /* c.li a0, 5 at CP3 + 0xffe */
#define XAD (PTE_V | PTE_X | PTE_A)
#define RXAD (PTE_V | PTE_R | PTE_X | PTE_A)
#define SATP_S SATP(SATP_SV39, 0, VM_ROOT_S39)
#define SATP_U SATP(SATP_SV39, 0, VM_ROOT_U39)

/* Write halfword value at physical address addr. Clobbers t0, t1. */
#define PUT16(addr, value)                           \
  li t0, addr;                                       \
  li t1, value;                                      \
  sh t1, 0(t0);

TEST_BEGIN
VM_INIT
  VM_STD_TABLES
  /* code: first half / second half + ecall / decoy + ecall */
  PUT16(CP1 + 0xffe, INSN_LO)
  PUT16(CP2 + 0, INSN_HI)
  PUT16(CP2 + 2, 0x0073)
  PUT16(CP2 + 4, 0x0000)
  PUT16(DECOY + 0, DECOY_HI)
  PUT16(DECOY + 2, 0x0073)
  PUT16(DECOY + 4, 0x0000)
  PUT16(CP3 + 0xffe, 0x4515)
  fence.i
  /* VA(1), VA(2): the pair, S; VA(3) + nothing at VA(4); VA(5), VA(6):
   * the pair, U; VA(7) c.li page + nothing at VA(8); VA(9), VA(10): the
   * pair with A=0 */
  VM_PTE(VM_L0, 1, PTE(CP1, XAD))
  VM_PTE(VM_L0, 2, PTE(CP2, XAD))
  VM_PTE(VM_L0, 3, PTE(CP1, XAD))
  VM_PTE(VM_L0, 5, PTE(CP1, XAD | PTE_U))
  VM_PTE(VM_L0, 6, PTE(CP2, XAD | PTE_U))
  VM_PTE(VM_L0, 7, PTE(CP3, XAD))
  VM_PTE(VM_L0, 9, PTE(CP1, PTE_V | PTE_X))
  VM_PTE(VM_L0, 10, PTE(CP2, PTE_V | PTE_X))
  VM_SATP(SATP_S)

  /* 1: S-mode runs the crossing instruction with the right second half */
  li TESTNUM, 1
  li a0, 0
  li t2, VM_VA(1) + 0xffe
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_EPC(VM_VA(2) + 2)
  VM_CHECK_REG(a0, 0x123)

  /* 2: U-mode, the same */
  li TESTNUM, 2
  VM_SATP(SATP_U)
  li a0, 0
  li t2, VM_VA(5) + 0xffe
  VM_RUN(PRV_U, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_U)
  VM_CHECK_EPC(VM_VA(6) + 2)
  VM_CHECK_REG(a0, 0x123)

  /* 3: second page unmapped: instruction page fault, tval = second page,
   * epc = the instruction's start; the instruction did not execute */
  li TESTNUM, 3
  VM_SATP(SATP_S)
  li a0, 0
  li t2, VM_VA(3) + 0xffe
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_PAGE)
  VM_CHECK_TVAL(VM_VA(4))
  VM_CHECK_EPC(VM_VA(3) + 0xffe)
  VM_CHECK_REG(a0, 0)

  /* 4: second page not executable (R only) */
  li TESTNUM, 4
  VM_PTE(VM_L0, 4, PTE(CP2, PTE_V | PTE_R | PTE_A))
  sfence.vma zero, zero
  li t2, VM_VA(3) + 0xffe
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_PAGE)
  VM_CHECK_TVAL(VM_VA(4))
  VM_CHECK_EPC(VM_VA(3) + 0xffe)

  /* 5: second page is a user page (S-mode fetch) */
  li TESTNUM, 5
  VM_PTE(VM_L0, 4, PTE(CP2, XAD | PTE_U))
  sfence.vma zero, zero
  li t2, VM_VA(3) + 0xffe
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_PAGE)
  VM_CHECK_TVAL(VM_VA(4))
  VM_CHECK_EPC(VM_VA(3) + 0xffe)

  /* 6: U-mode, second page is a supervisor page */
  li TESTNUM, 6
  VM_SATP(SATP_U)
  VM_PTE(VM_L0, 4, PTE(CP2, XAD))
  VM_PTE(VM_L0, 3, PTE(CP1, XAD | PTE_U))
  sfence.vma zero, zero
  li t2, VM_VA(3) + 0xffe
  VM_RUN(PRV_U, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_PAGE)
  VM_CHECK_TVAL(VM_VA(4))
  VM_CHECK_EPC(VM_VA(3) + 0xffe)
  VM_CHECK_MPP(PRV_U)

  /* 7: delegated to S (medeleg[12]): scause 12, stval = second page,
   * sepc = the instruction's start, seen by an S-mode handler */
  li TESTNUM, 7
  VM_SATP(SATP_S)
  VM_PTE(VM_L0, 3, PTE(CP1, XAD))
  VM_PTE(VM_L0, 4, 0)
  sfence.vma zero, zero
  li t0, 1 << CAUSE_FETCH_PAGE
  csrw medeleg, t0
  la t0, s_handler
  csrw stvec, t0
  li a3, 0
  li a4, 0
  li a5, 0
  li t2, VM_VA(3) + 0xffe
  VM_RUN(PRV_S, t2, 2f)
2:
  csrw medeleg, zero
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a3, CAUSE_FETCH_PAGE)
  VM_CHECK_REG(a4, VM_VA(4))
  VM_CHECK_REG(a5, VM_VA(3) + 0xffe)

  /* 8: a 16-bit instruction at 0xffe does not cross: it runs, and the
   * fault is on the next instruction, at the (unmapped) next page */
  li TESTNUM, 8
  li a0, 0
  li t2, VM_VA(7) + 0xffe
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_PAGE)
  VM_CHECK_TVAL(VM_VA(8))
  VM_CHECK_EPC(VM_VA(8))
  VM_CHECK_REG(a0, 5)

  /* 9: fetching across two pages with A=0 sets A in both PTEs */
  li TESTNUM, 9
  li a0, 0
  li t2, VM_VA(9) + 0xffe
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, 0x123)
  VM_LOAD_PTE(a7, VM_L0, 9)
  VM_CHECK_REG(a7, PTE(CP1, XAD))
  VM_LOAD_PTE(a7, VM_L0, 10)
  VM_CHECK_REG(a7, PTE(CP2, XAD))

  /* 10: second page denied by PMP (entry 0: no permissions on CP2):
   * instruction access fault, tval = second page, epc = the start */
  li TESTNUM, 10
  li t0, PMP_NAPOT_ADDR(CP2, 0x1000)
  csrw pmpaddr0, t0
  li t0, -1
  srli t0, t0, 10
  csrw pmpaddr1, t0
  li t0, PMP_NAPOT | ((PMP_NAPOT | PMP_R | PMP_W | PMP_X) << 8)
  csrw pmpcfg0, t0
  sfence.vma zero, zero
  li a0, 0
  li t2, VM_VA(1) + 0xffe
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_ACCESS)
  VM_CHECK_TVAL(VM_VA(2))
  VM_CHECK_EPC(VM_VA(1) + 0xffe)
  VM_CHECK_REG(a0, 0)
  csrw satp, zero
TEST_END

  .text
  .align 2
/* S-mode trap handler (identity-mapped): report scause/stval/sepc to M */
s_handler:
  csrr a3, scause
  csrr a4, stval
  csrr a5, sepc
  ecall

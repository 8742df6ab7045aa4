/* Shared helpers for the virtual-memory and PMP tests (guest/priv/vm_*.S,
 * guest/priv/pmp_*.S). Include after test.h and put VM_INIT right after
 * TEST_BEGIN.
 *
 * Trap protocol: VM_INIT installs vm_trap as mtvec (nothing is delegated).
 * Before code that is expected to trap (or before entering S/U mode, whose
 * code ends with an ecall), store a resume address with VM_EXPECT / VM_RUN.
 * On the next trap vm_trap loads s8 = mcause, s9 = mtval, s10 = mepc, clears
 * mstatus.MPRV, forgets the resume address and jumps to it in M-mode. A trap
 * with no resume address pending exits with 1000 + mcause as usual. vm_trap
 * clobbers only s8-s11, so code run in S/U mode must not rely on those.
 *
 * Memory: page tables and data pages live in a pool of physical pages at
 * VM_POOL (4 MiB into RAM, past the test image; VM_INIT checks that and
 * zeroes the pool). VM_PAGE(n) is the physical address of pool page n. */
#ifndef TTVM_GUEST_VM_H
#define TTVM_GUEST_VM_H

#define PTE_V 0x001
#define PTE_R 0x002
#define PTE_W 0x004
#define PTE_X 0x008
#define PTE_U 0x010
#define PTE_G 0x020
#define PTE_A 0x040
#define PTE_D 0x080
/* Valid leaf with all permissions, A and D already set. */
#define PTE_RWXAD (PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
/* PTE pointing at physical address PA (its page number) with FLAGS. */
#define PTE(pa, flags) ((((pa) >> 12) << 10) | (flags))

#define SATP_SV39 8
#define SATP_SV48 9
#define SATP(mode, asid, root) (((mode) << 60) | ((asid) << 44) | ((root) >> 12))

#define MSTATUS_SIE 0x2
#define MSTATUS_MPP 0x1800
#define MSTATUS_MPRV 0x20000
#define MSTATUS_SUM 0x40000
#define MSTATUS_MXR 0x80000

#define PRV_U 0
#define PRV_S 1
#define PRV_M 3

#define CAUSE_FETCH_ACCESS 1
#define CAUSE_ILLEGAL 2
#define CAUSE_LOAD_ACCESS 5
#define CAUSE_STORE_ACCESS 7
#define CAUSE_ECALL_U 8
#define CAUSE_ECALL_S 9
#define CAUSE_ECALL_M 11
#define CAUSE_FETCH_PAGE 12
#define CAUSE_LOAD_PAGE 13
#define CAUSE_STORE_PAGE 15

/* PMP configuration bits. */
#define PMP_R 0x01
#define PMP_W 0x02
#define PMP_X 0x04
#define PMP_OFF 0x00
#define PMP_TOR 0x08
#define PMP_NA4 0x10
#define PMP_NAPOT 0x18
#define PMP_L 0x80
/* pmpaddr value of the naturally aligned power-of-two region [base, base+size). */
#define PMP_NAPOT_ADDR(base, size) (((base) + ((size) / 2 - 1)) >> 2)

#define VM_POOL 0x80400000
#define VM_POOL_PAGES 96
#define VM_PAGE(n) (VM_POOL + (n) * 0x1000)

/* Store the constant VALUE as entry INDEX of the page table at physical
 * address TABLE. Clobbers t0, t1. */
#define VM_PTE(table, index, value)                  \
  li t0, (table) + (index) * 8;                      \
  li t1, value;                                      \
  sd t1, 0(t0);

/* Entry INDEX of TABLE := leaf/pointer to the page holding symbol SYM, with
 * FLAGS. Clobbers t0, t1. */
#define VM_PTE_SYM(table, index, sym, flags)         \
  la t1, sym;                                        \
  srli t1, t1, 12;                                   \
  slli t1, t1, 10;                                   \
  li t0, flags;                                      \
  or t1, t1, t0;                                     \
  li t0, (table) + (index) * 8;                      \
  sd t1, 0(t0);

/* reg := the PTE at entry INDEX of TABLE. Clobbers t0. */
#define VM_LOAD_PTE(reg, table, index)               \
  li t0, (table) + (index) * 8;                      \
  ld reg, 0(t0);

/* satp := VALUE and flush the TLB. Clobbers t0. */
#define VM_SATP(value)                               \
  li t0, value;                                      \
  csrw satp, t0;                                     \
  sfence.vma zero, zero;

/* The next trap resumes at label RESUME in M-mode. Clobbers t0, t1. */
#define VM_EXPECT(resume)                            \
  la t0, resume;                                     \
  la t1, vm_resume;                                  \
  sd t0, 0(t1);

/* Enter privilege MODE at the address in register ENTRY (not t0/t1); the
 * next trap (the code's closing ecall or a fault) resumes at RESUME in
 * M-mode. Clobbers t0, t1. */
#define VM_RUN(mode, entry, resume)                  \
  VM_EXPECT(resume)                                  \
  li t0, MSTATUS_MPP;                                \
  csrc mstatus, t0;                                  \
  li t0, (mode) << 11;                               \
  csrs mstatus, t0;                                  \
  csrw mepc, entry;                                  \
  mret;

/* VM_RUN at label ENTRY. Clobbers t0, t1, t2. */
#define VM_RUN_AT(mode, entry, resume)               \
  la t2, entry;                                      \
  VM_RUN(mode, t2, resume)

/* Checks of the last trap (use after the resume label). */
#define VM_CHECK_CAUSE(cause)                        \
  li t6, cause;                                      \
  bne s8, t6, fail;
#define VM_CHECK_TVAL(value)                         \
  li t6, value;                                      \
  bne s9, t6, fail;
#define VM_CHECK_TVAL_SYM(sym)                       \
  la t6, sym;                                        \
  bne s9, t6, fail;
#define VM_CHECK_EPC(value)                          \
  li t6, value;                                      \
  bne s10, t6, fail;
#define VM_CHECK_EPC_SYM(sym)                        \
  la t6, sym;                                        \
  bne s10, t6, fail;
/* mstatus.MPP of the last trap (the mode it came from) is MODE. */
#define VM_CHECK_MPP(mode)                           \
  csrr t6, mstatus;                                  \
  srli t6, t6, 11;                                   \
  andi t6, t6, 3;                                    \
  addi t6, t6, -(mode);                              \
  bnez t6, fail;
/* Fail unless reg == value (any 64-bit constant). Uses t6. */
#define VM_CHECK_REG(reg, value)                     \
  li t6, value;                                      \
  bne reg, t6, fail;

/* Trap handler, PMP entry 0 granting everything (as OpenSBI does, so that
 * S/U accesses are allowed), bare satp, no delegation, zeroed pool.
 * Clobbers t0, t1. */
#define VM_INIT                                      \
  la t0, vm_trap;                                    \
  csrw mtvec, t0;                                    \
  li t0, -1;                                         \
  srli t0, t0, 10;                                   \
  csrw pmpaddr0, t0;                                 \
  li t0, PMP_NAPOT | PMP_R | PMP_W | PMP_X;          \
  csrw pmpcfg0, t0;                                  \
  csrw satp, zero;                                   \
  sfence.vma zero, zero;                             \
  csrw medeleg, zero;                                \
  csrw mideleg, zero;                                \
  csrw mie, zero;                                    \
  la t0, _end;                                       \
  li t1, VM_POOL;                                    \
  bleu t0, t1, 1f;                                   \
  li a0, 999;                                        \
  j exit_with_code;                                  \
  1: li t0, VM_POOL;                                 \
  li t1, VM_PAGE(VM_POOL_PAGES);                     \
  2: sd zero, 0(t0);                                 \
  addi t0, t0, 8;                                    \
  bltu t0, t1, 2b;                                   \
  j 3f;                                              \
  .align 2;                                          \
  vm_trap:                                           \
  csrr s8, mcause;                                   \
  csrr s9, mtval;                                    \
  csrr s10, mepc;                                    \
  li s11, MSTATUS_MPRV;                              \
  csrc mstatus, s11;                                 \
  la s11, vm_resume;                                 \
  ld s11, 0(s11);                                    \
  beqz s11, trap_unexpected;                         \
  csrw mscratch, s11;                                \
  la s11, vm_resume;                                 \
  sd zero, 0(s11);                                   \
  csrr s11, mscratch;                                \
  jr s11;                                            \
  .pushsection .data;                                \
  .balign 8;                                         \
  vm_resume: .dword 0;                               \
  .popsection;                                       \
  3:

/* Standard layout (VM_STD_TABLES):
 *   VM_ROOT_S39  Sv39 root: [2] maps RAM 0x80000000-0xbfffffff identity with
 *                a 1 GiB RWX leaf (no U), [1] -> VM_L1 (VA 0x40000000-).
 *   VM_ROOT_U39  the same with the RAM leaf user-accessible (for U-mode code).
 *   VM_ROOT_S48  Sv48 root: [0] -> VM_ROOT_S39 (used as the level-2 table).
 *   VM_ROOT_U48  Sv48 root: [0] -> VM_ROOT_U39.
 *   VM_L1        [0] -> VM_L0.
 *   VM_L0        4 KiB leaves for VM_VA(n) = 0x40000000 + n * 4096 (left
 *                empty: tests fill them with VM_PTE(VM_L0, n, ...)).
 * Pool pages 6-15 are free for other tables, VM_DATA(n) (pool page 16 + n)
 * for data. */
#define VM_ROOT_S39 VM_PAGE(0)
#define VM_ROOT_U39 VM_PAGE(1)
#define VM_L1 VM_PAGE(2)
#define VM_L0 VM_PAGE(3)
#define VM_ROOT_S48 VM_PAGE(4)
#define VM_ROOT_U48 VM_PAGE(5)
#define VM_DATA(n) VM_PAGE(16 + (n))
#define VM_VA(n) (0x40000000 + (n) * 0x1000)
#define VM_RAM 0x80000000

#define VM_STD_TABLES                                \
  VM_PTE(VM_ROOT_S39, 2, PTE(VM_RAM, PTE_RWXAD))     \
  VM_PTE(VM_ROOT_S39, 1, PTE(VM_L1, PTE_V))          \
  VM_PTE(VM_ROOT_U39, 2, PTE(VM_RAM, PTE_RWXAD | PTE_U)) \
  VM_PTE(VM_ROOT_U39, 1, PTE(VM_L1, PTE_V))          \
  VM_PTE(VM_ROOT_S48, 0, PTE(VM_ROOT_S39, PTE_V))    \
  VM_PTE(VM_ROOT_U48, 0, PTE(VM_ROOT_U39, PTE_V))    \
  VM_PTE(VM_L1, 0, PTE(VM_L0, PTE_V))

#endif

/* PMP with TOR regions: R/W/X permission denials for S- and U-mode give
 * access faults (1 instruction, 5 load, 7 store) with tval = the address;
 * region boundaries; an aligned access straddling two regions fails; the lowest-
 * numbered matching entry wins; an empty TOR range matches nothing; an
 * address matching no entry is denied to S/U but allowed to M; unlocked
 * entries do not restrict M-mode; with paging, PMP checks the physical
 * address but reports the virtual one.
 *
 * Entries (pool pages D0..D7 = VM_DATA(0..7)):
 *   0 TOR [0, VM_POOL)   RWX   code, data, stack, page tables' neighbours
 *   1 TOR [VM_POOL, D1)  R     (page tables and D0)
 *   2 TOR [D1, D2)       RW
 *   3 TOR [D2, D3)       X
 *   4 TOR [D3, D4)       none
 *   5 TOR [D4, D5)       RWX
 *   6 TOR [D5, D4)       RWX   empty range: matches nothing
 *   7 NAPOT D0 page      RWX   overlaps entry 1, which wins
 *   8 OFF, pmpaddr8 = D6 (bottom of entry 9)
 *   9 TOR [D6, D6+0x804)  R
 *  10 TOR [D6+0x804, D7)  R
 *  11-15 OFF: D5 and D7 and above match nothing. */
#include "test.h"
#include "vm.h"

#define D0 VM_DATA(0)
#define D1 VM_DATA(1)
#define D2 VM_DATA(2)
#define D3 VM_DATA(3)
#define D4 VM_DATA(4)
#define D5 VM_DATA(5)
#define D6 VM_DATA(6)
#define D7 VM_DATA(7)
#define M1 0x0f0e0d0c0b0a0908
#define M2 0x1716151413121110
#define CFG0 ((PMP_TOR | PMP_R | PMP_W | PMP_X) | ((PMP_TOR | PMP_R) << 8) | \
  ((PMP_TOR | PMP_R | PMP_W) << 16) | ((PMP_TOR | PMP_X) << 24) |          \
  ((PMP_TOR) << 32) | ((PMP_TOR | PMP_R | PMP_W | PMP_X) << 40) |          \
  ((PMP_TOR | PMP_R | PMP_W | PMP_X) << 48) |                             \
  ((PMP_NAPOT | PMP_R | PMP_W | PMP_X) << 56))
#define CODE_S 0x100            /* li a0, 0x3c; ecall */
#define CODE_M 0x200            /* li a0, 0x3c; ret */

/* Write the test code at offsets CODE_S and CODE_M of page pa. */
#define PUT_CODE(pa)                                 \
  li t0, pa;                                         \
  li t1, 0x03c00513;                                 \
  sw t1, CODE_S(t0);                                 \
  sw t1, CODE_M(t0);                                 \
  li t1, 0x00000073;                                 \
  sw t1, CODE_S + 4(t0);                             \
  li t1, 0x00008067;                                 \
  sw t1, CODE_M + 4(t0);

/* Run stub in mode with a1 = addr, a2 = M2; resume at label. */
#define RUN(mode, stub, addr, resume)                \
  li a0, 0;                                          \
  li a1, addr;                                       \
  li a2, M2;                                         \
  VM_RUN_AT(mode, stub, resume)

TEST_BEGIN
VM_INIT
  PUT_CODE(D2)
  PUT_CODE(D3)
  PUT_CODE(D4)
  fence.i
  li t0, D0
  li t1, M1
  sd t1, 0(t0)
  li t0, D1 - 8
  sd t1, 0(t0)
  li t0, D5
  sd t1, 0(t0)
  /* Sv39 tables (read-only under entry 1, A/D preset): VA(1) -> D0 */
  VM_STD_TABLES
  VM_PTE(VM_L0, 1, PTE(D0, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D))
  VM_PTE(VM_L0, 2, PTE(D1, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D))

  li t0, VM_POOL >> 2
  csrw pmpaddr0, t0
  li t0, D1 >> 2
  csrw pmpaddr1, t0
  li t0, D2 >> 2
  csrw pmpaddr2, t0
  li t0, D3 >> 2
  csrw pmpaddr3, t0
  li t0, D4 >> 2
  csrw pmpaddr4, t0
  li t0, D5 >> 2
  csrw pmpaddr5, t0
  li t0, D4 >> 2
  csrw pmpaddr6, t0
  li t0, PMP_NAPOT_ADDR(D0, 0x1000)
  csrw pmpaddr7, t0
  li t0, D6 >> 2
  csrw pmpaddr8, t0
  li t0, (D6 + 0x804) >> 2
  csrw pmpaddr9, t0
  li t0, D7 >> 2
  csrw pmpaddr10, t0
  li t0, ((PMP_TOR | PMP_R) << 8) | ((PMP_TOR | PMP_R) << 16)
  csrw pmpcfg2, t0
  li t0, CFG0
  csrw pmpcfg0, t0
  sfence.vma zero, zero

  /* 1: the configuration reads back as written */
  li TESTNUM, 1
  csrr a0, pmpcfg0
  VM_CHECK_REG(a0, CFG0)
  csrr a0, pmpaddr5
  VM_CHECK_REG(a0, D5 >> 2)

  /* 2: S load from the R region */
  li TESTNUM, 2
  RUN(PRV_S, s_ld, D0, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)

  /* 3: S store to the R region: store access fault */
  li TESTNUM, 3
  RUN(PRV_S, s_sd, D0 + 0x10, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_STORE_ACCESS)
  VM_CHECK_TVAL(D0 + 0x10)
  VM_CHECK_EPC_SYM(s_sd)
  li t0, D0 + 0x10
  ld a0, 0(t0)
  bnez a0, fail

  /* 4: S fetch from the R region: instruction access fault */
  li TESTNUM, 4
  RUN(PRV_S, s_jr, D0 + CODE_S, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_ACCESS)
  VM_CHECK_TVAL(D0 + CODE_S)
  VM_CHECK_EPC(D0 + CODE_S)

  /* 5: S store + load in the RW region */
  li TESTNUM, 5
  RUN(PRV_S, s_sdld, D1 + 0x20, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M2)

  /* 6: S fetch from the RW region: instruction access fault */
  li TESTNUM, 6
  RUN(PRV_S, s_jr, D1 + CODE_S, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_ACCESS)
  VM_CHECK_TVAL(D1 + CODE_S)

  /* 7: S fetch from the X region runs */
  li TESTNUM, 7
  RUN(PRV_S, s_jr, D2 + CODE_S, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, 0x3c)
  VM_CHECK_EPC(D2 + CODE_S + 4)

  /* 8: S load from the X region: load access fault */
  li TESTNUM, 8
  RUN(PRV_S, s_ld, D2 + CODE_S, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_ACCESS)
  VM_CHECK_TVAL(D2 + CODE_S)
  VM_CHECK_EPC_SYM(s_ld)

  /* 9-11: the no-permission region: load, store, fetch all fault */
  li TESTNUM, 9
  RUN(PRV_S, s_ld, D3 + 8, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_ACCESS)
  VM_CHECK_TVAL(D3 + 8)
  li TESTNUM, 10
  RUN(PRV_S, s_sd, D3 + 16, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_STORE_ACCESS)
  VM_CHECK_TVAL(D3 + 16)
  li TESTNUM, 11
  RUN(PRV_S, s_jr, D3 + CODE_S, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_ACCESS)
  VM_CHECK_TVAL(D3 + CODE_S)

  /* 12: the RWX region: store + load, and fetch */
  li TESTNUM, 12
  RUN(PRV_S, s_sdld, D4 + 0x30, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M2)
  RUN(PRV_S, s_jr, D4 + CODE_S, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, 0x3c)

  /* 13: boundaries: the last dword of the R region loads ... */
  li TESTNUM, 13
  RUN(PRV_S, s_ld, D1 - 8, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)
  /* 14: ... but does not store */
  li TESTNUM, 14
  RUN(PRV_S, s_sd, D1 - 8, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_STORE_ACCESS)
  VM_CHECK_TVAL(D1 - 8)
  /* 15: the first byte of the RW region stores */
  li TESTNUM, 15
  RUN(PRV_S, s_sb, D1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  li t0, D1
  lbu a0, 0(t0)
  VM_CHECK_REG(a0, M2 & 0xff)
  /* 16: the last byte before the X region stores too (RW region) */
  li TESTNUM, 16
  RUN(PRV_S, s_sb, D2 - 1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  /* 17: ... the first byte of the X region does not */
  li TESTNUM, 17
  RUN(PRV_S, s_sb, D2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_STORE_ACCESS)
  VM_CHECK_TVAL(D2)

  /* 18: an aligned dword at D6+0x800 straddling the boundary D6+0x804
   * between entries 9 and 10 fails, though both regions are readable:
   * entry 9 matches only part of it (a single aligned access, so no
   * decomposition can make it succeed) */
  li TESTNUM, 18
  RUN(PRV_S, s_ld, D6 + 0x800, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_ACCESS)
  VM_CHECK_TVAL(D6 + 0x800)
  VM_CHECK_EPC_SYM(s_ld)
  /* the words on either side of the boundary load fine */
  RUN(PRV_S, s_lw, D6 + 0x800, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  RUN(PRV_S, s_lw, D6 + 0x804, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)

  /* 19: lowest entry wins: entry 7 (RWX) also covers D0, entry 1 (R) rules */
  li TESTNUM, 19
  RUN(PRV_S, s_sd, D0 + 0x800, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_STORE_ACCESS)
  VM_CHECK_TVAL(D0 + 0x800)

  /* 20: no entry matches D5 (entry 6's range is empty): S load denied */
  li TESTNUM, 20
  RUN(PRV_S, s_ld, D5, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_ACCESS)
  VM_CHECK_TVAL(D5)
  /* 21: ... M-mode load allowed */
  li TESTNUM, 21
  li t0, D5
  ld a0, 0(t0)
  VM_CHECK_REG(a0, M1)

  /* 22: entry 0 TOR starts at address 0: S code and data below VM_POOL */
  li TESTNUM, 22
  la a1, some_data
  VM_RUN_AT(PRV_S, s_ld_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, 0x600d)

  /* 23: unlocked entries do not restrict M: store to R, load from none,
   * fetch from none and from RW */
  li TESTNUM, 23
  li t0, D0 + 0x40
  li t1, M2
  sd t1, 0(t0)
  ld a0, 0(t0)
  VM_CHECK_REG(a0, M2)
  li t0, D3 + 0x40
  ld a0, 0(t0)
  li a0, 0
  li t0, D3 + CODE_M
  jalr ra, 0(t0)
  VM_CHECK_REG(a0, 0x3c)
  li a0, 0
  li t0, D1 + 0x300
  li t1, 0x03c00513
  sw t1, 0(t0)
  li t1, 0x00008067
  sw t1, 4(t0)
  fence.i
  jalr ra, 0(t0)
  VM_CHECK_REG(a0, 0x3c)

  /* 24: U-mode: load from R allowed */
  li TESTNUM, 24
  RUN(PRV_U, s_ld, D0, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_U)
  VM_CHECK_REG(a0, M1)
  /* 25: U store to R: store access fault */
  li TESTNUM, 25
  RUN(PRV_U, s_sd, D0 + 8, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_STORE_ACCESS)
  VM_CHECK_TVAL(D0 + 8)
  VM_CHECK_MPP(PRV_U)
  /* 26: U fetch from X runs, from none faults */
  li TESTNUM, 26
  RUN(PRV_U, s_jr, D2 + CODE_S, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_U)
  VM_CHECK_REG(a0, 0x3c)
  RUN(PRV_U, s_jr, D3 + CODE_S, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_ACCESS)
  VM_CHECK_TVAL(D3 + CODE_S)
  /* 27: U load with no matching entry */
  li TESTNUM, 27
  RUN(PRV_U, s_ld, D5 + 0x100, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_ACCESS)
  VM_CHECK_TVAL(D5 + 0x100)

  /* 28: with Sv39 paging, VA(1) -> D0 is writable in its PTE but PMP says
   * R: the store is a store access fault (not a page fault) with tval =
   * the virtual address; the load works */
  li TESTNUM, 28
  VM_SATP(SATP(SATP_SV39, 0, VM_ROOT_S39))
  RUN(PRV_S, s_sd, VM_VA(1) + 0x18, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_STORE_ACCESS)
  VM_CHECK_TVAL(VM_VA(1) + 0x18)
  VM_CHECK_EPC_SYM(s_sd)
  li TESTNUM, 29
  RUN(PRV_S, s_ld, VM_VA(1), 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)
  /* 30: and VA(2) -> D1 (RW) stores */
  li TESTNUM, 30
  RUN(PRV_S, s_sdld, VM_VA(2) + 0x28, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M2)
  csrw satp, zero
  sfence.vma zero, zero

  /* 31: changing an entry takes effect: entry 1 made RW, the store to D0
   * now works */
  li TESTNUM, 31
  li t0, (PMP_W) << 8
  csrs pmpcfg0, t0
  RUN(PRV_S, s_sdld, D0 + 0x50, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M2)
  /* 32: moving the top of entry 4 (none) down to D3 empties it: D3 now
   * falls to entry 5 [D3, D5) RWX */
  li TESTNUM, 32
  li t0, D3 >> 2
  csrw pmpaddr4, t0
  /* QEMU 7.2 recomputes entry 5's bottom only on a pmpcfg write (the spec
   * needs no such write): rewrite pmpcfg0 unchanged */
  csrr t0, pmpcfg0
  csrw pmpcfg0, t0
  RUN(PRV_S, s_sdld, D3 + 0x60, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M2)
TEST_END

  .text
/* S/U stubs: a1 = address, a2 = value */
s_ld:
  ld a0, 0(a1)
  ecall
s_ld_a1:
  ld a0, 0(a1)
  ecall
s_lw:
  lw a0, 0(a1)
  ecall
s_sd:
  sd a2, 0(a1)
  ecall
s_sb:
  sb a2, 0(a1)
  ecall
s_sdld:
  sd a2, 0(a1)
  ld a0, 0(a1)
  ecall
s_jr:
  jr a1

  .data
  .balign 8
some_data:
  .dword 0x600d

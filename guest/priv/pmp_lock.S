/* PMP lock bit: locked entries restrict M-mode too (load, store, fetch),
 * and S-mode as usual; a locked entry's pmpcfg byte and pmpaddr ignore
 * writes (until reset), and a locked TOR entry also locks the pmpaddr below
 * it; unlocked bytes of the same pmpcfg CSR stay writable; a lower-numbered
 * unlocked entry overrides a locked one; an address matching no entry is
 * allowed to M and denied to S.
 *
 * Entries (D0.. = VM_DATA(0..)):
 *   0 NAPOT D0    R    locked
 *   1 NAPOT D1    RWX  locked
 *   2 NAPOT D2    X    locked
 *   3 NAPOT D3    none locked
 *   4 NAPOT D4    none (unlocked)
 *   5 OFF, pmpaddr5 = D5 (bottom of entry 6)
 *   6 TOR [D5, D6) R   locked
 *   7 NAPOT D4    R    locked (shadowed by entry 4)
 *   8 NAPOT 0x80000000, 4 MiB: the test image, RWX (unlocked)
 *   D6 and above match nothing. */
#include "test.h"
#include "vm.h"

#define D0 VM_DATA(0)
#define D1 VM_DATA(1)
#define D2 VM_DATA(2)
#define D3 VM_DATA(3)
#define D4 VM_DATA(4)
#define D5 VM_DATA(5)
#define D6 VM_DATA(6)
#define M1 0x0102030405060708
#define M2 0x1112131415161718
#define L PMP_L
#define CFG0 ((L | PMP_NAPOT | PMP_R) | ((L | PMP_NAPOT | PMP_R | PMP_W | PMP_X) << 8) | \
  ((L | PMP_NAPOT | PMP_X) << 16) | ((L | PMP_NAPOT) << 24) |               \
  ((PMP_NAPOT) << 32) | ((PMP_OFF) << 40) | ((L | PMP_TOR | PMP_R) << 48) |  \
  ((L | PMP_NAPOT | PMP_R) << 56))
#define CFG2 (PMP_NAPOT | PMP_R | PMP_W | PMP_X)
#define CODE 0x100              /* li a0, 0x3c; ret (M) / ecall at +8 (S) */

/* li a0, 0x3c; ret; li a0, 0x3c; ecall at pa + CODE. Clobbers t0, t1. */
#define PUT_CODE(pa)                                 \
  li t0, (pa) + CODE;                                \
  li t1, 0x03c00513;                                 \
  sw t1, 0(t0);                                      \
  sw t1, 8(t0);                                      \
  li t1, 0x00008067;                                 \
  sw t1, 4(t0);                                      \
  li t1, 0x00000073;                                 \
  sw t1, 12(t0);

#define RUN(mode, stub, addr)                        \
  li a0, 0;                                          \
  li a1, addr;                                       \
  li a2, M2;                                         \
  VM_RUN_AT(mode, stub, 2f)

/* M-mode access expected to fault with cause at addr: insn is the access
 * (through t2 = addr). */
#define M_DENIED(cause, addr, insn...)                \
  VM_EXPECT(2f)                                      \
  li t2, addr;                                       \
  li a2, M2;                                         \
1:                                                   \
  insn;                                              \
  j fail;                                            \
2:                                                   \
  VM_CHECK_CAUSE(cause)                              \
  VM_CHECK_TVAL(addr)                                \
  VM_CHECK_EPC_SYM(1b)                               \
  VM_CHECK_MPP(PRV_M)

TEST_BEGIN
VM_INIT
  PUT_CODE(D0)
  PUT_CODE(D1)
  PUT_CODE(D2)
  fence.i
  li t1, M1
  li t0, D0
  sd t1, 0(t0)
  li t0, D5
  sd t1, 0(t0)

  /* entry 0 of VM_INIT (everything RWX) is replaced first */
  csrw pmpcfg0, zero
  li t0, PMP_NAPOT_ADDR(VM_RAM, 0x400000)
  csrw pmpaddr8, t0
  li t0, CFG2
  csrw pmpcfg2, t0
  li t0, PMP_NAPOT_ADDR(D0, 0x1000)
  csrw pmpaddr0, t0
  li t0, PMP_NAPOT_ADDR(D1, 0x1000)
  csrw pmpaddr1, t0
  li t0, PMP_NAPOT_ADDR(D2, 0x1000)
  csrw pmpaddr2, t0
  li t0, PMP_NAPOT_ADDR(D3, 0x1000)
  csrw pmpaddr3, t0
  li t0, PMP_NAPOT_ADDR(D4, 0x1000)
  csrw pmpaddr4, t0
  csrw pmpaddr7, t0
  li t0, D5 >> 2
  csrw pmpaddr5, t0
  li t0, D6 >> 2
  csrw pmpaddr6, t0
  li t0, CFG0
  csrw pmpcfg0, t0

  /* 1: the configuration reads back as written */
  li TESTNUM, 1
  csrr a0, pmpcfg0
  VM_CHECK_REG(a0, CFG0)
  csrr a0, pmpcfg2
  VM_CHECK_REG(a0, CFG2)

  /* 2: locked R entry: M-mode load works */
  li TESTNUM, 2
  li t0, D0
  ld a0, 0(t0)
  VM_CHECK_REG(a0, M1)
  /* 3: ... M-mode store: store access fault */
  li TESTNUM, 3
  M_DENIED(CAUSE_STORE_ACCESS, D0 + 8, sd a2, 0(t2))
  li t0, D0 + 8
  ld a0, 0(t0)
  bnez a0, fail
  /* 4: ... M-mode fetch: instruction access fault */
  li TESTNUM, 4
  VM_EXPECT(2f)
  li t2, D0 + CODE
  jalr ra, 0(t2)
  j fail
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_ACCESS)
  VM_CHECK_TVAL(D0 + CODE)
  VM_CHECK_EPC(D0 + CODE)
  /* 5: ... S-mode load works, store faults */
  li TESTNUM, 5
  RUN(PRV_S, s_ld, D0)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)
  RUN(PRV_S, s_sd, D0 + 0x10)
2:
  VM_CHECK_CAUSE(CAUSE_STORE_ACCESS)
  VM_CHECK_TVAL(D0 + 0x10)

  /* 6: locked RWX entry: M store, load and fetch all work */
  li TESTNUM, 6
  li t0, D1 + 0x20
  li t1, M2
  sd t1, 0(t0)
  ld a0, 0(t0)
  VM_CHECK_REG(a0, M2)
  li a0, 0
  li t0, D1 + CODE
  jalr ra, 0(t0)
  VM_CHECK_REG(a0, 0x3c)
  /* 7: ... and S too */
  li TESTNUM, 7
  RUN(PRV_S, s_jr, D1 + CODE + 8)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, 0x3c)

  /* 8: locked X entry: M fetch works, M load faults */
  li TESTNUM, 8
  li a0, 0
  li t0, D2 + CODE
  jalr ra, 0(t0)
  VM_CHECK_REG(a0, 0x3c)
  li TESTNUM, 9
  M_DENIED(CAUSE_LOAD_ACCESS, D2 + CODE, lw a0, 0(t2))

  /* 10: locked no-permission entry: M load and store fault */
  li TESTNUM, 10
  M_DENIED(CAUSE_LOAD_ACCESS, D3 + 0x30, ld a0, 0(t2))
  li TESTNUM, 11
  M_DENIED(CAUSE_STORE_ACCESS, D3 + 0x38, sb a2, 0(t2))

  /* 12: D4: entry 4 (unlocked, none) comes before entry 7 (locked, R):
   * M-mode is not restricted at all (store works) ... */
  li TESTNUM, 12
  li t0, D4 + 0x40
  li t1, M2
  sd t1, 0(t0)
  ld a0, 0(t0)
  VM_CHECK_REG(a0, M2)
  /* 13: ... and S-mode gets entry 4's (no) permissions */
  li TESTNUM, 13
  RUN(PRV_S, s_ld, D4 + 0x40)
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_ACCESS)
  VM_CHECK_TVAL(D4 + 0x40)

  /* 14: locked TOR R entry [D5, D6): M load works, M store faults */
  li TESTNUM, 14
  li t0, D5
  ld a0, 0(t0)
  VM_CHECK_REG(a0, M1)
  li TESTNUM, 15
  M_DENIED(CAUSE_STORE_ACCESS, D6 - 8, sd a2, 0(t2))

  /* 16: D6 matches no entry: M load/store work, S load faults */
  li TESTNUM, 16
  li t0, D6
  li t1, M2
  sd t1, 0(t0)
  ld a0, 0(t0)
  VM_CHECK_REG(a0, M2)
  RUN(PRV_S, s_ld, D6)
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_ACCESS)
  VM_CHECK_TVAL(D6)

  /* 17: rewriting pmpcfg0: the locked bytes keep their values, the
   * unlocked ones (entries 4 and 5) take the new ones */
  li TESTNUM, 17
  li t0, 0x1f1f1f1c1f1f1f1f
  csrw pmpcfg0, t0
  csrr a0, pmpcfg0
  VM_CHECK_REG(a0, (CFG0 & 0xffff0000ffffffff) | (0x1c << 32) | (0x1f << 40))
  /* 18: clearing the lock bits with csrc has no effect either */
  li TESTNUM, 18
  li t0, 0x8080808080808080
  csrc pmpcfg0, t0
  csrr a0, pmpcfg0
  VM_CHECK_REG(a0, (CFG0 & 0xffff0000ffffffff) | (0x1c << 32) | (0x1f << 40))
  /* 19: and the locked entry still denies M stores */
  li TESTNUM, 19
  M_DENIED(CAUSE_STORE_ACCESS, D0 + 0x18, sd a2, 0(t2))

  /* 20: a locked entry's pmpaddr ignores writes */
  li TESTNUM, 20
  li t0, PMP_NAPOT_ADDR(D5, 0x1000)
  csrw pmpaddr0, t0
  csrr a0, pmpaddr0
  VM_CHECK_REG(a0, PMP_NAPOT_ADDR(D0, 0x1000))
  csrw pmpaddr6, t0
  csrr a0, pmpaddr6
  VM_CHECK_REG(a0, D6 >> 2)
  /* 21: the pmpaddr below a locked TOR entry is locked too (entry 5 is
   * itself unlocked) */
  li TESTNUM, 21
  li t0, D4 >> 2
  csrw pmpaddr5, t0
  csrr a0, pmpaddr5
  VM_CHECK_REG(a0, D5 >> 2)
  /* 22: ... but entry 5's pmpcfg byte is writable (done in 17: it is 0x1f
   * now, NAPOT at D5 >> 2 = the 8 bytes at D5, RWX, before entry 6) */
  li TESTNUM, 22
  li t0, D5
  li t1, M2
  sd t1, 0(t0)
  ld a0, 0(t0)
  VM_CHECK_REG(a0, M2)
  /* 23: an unlocked entry's pmpaddr is writable (entry 4 moved to D6) */
  li TESTNUM, 23
  li t0, PMP_NAPOT_ADDR(D6, 0x1000)
  csrw pmpaddr4, t0
  csrr a0, pmpaddr4
  VM_CHECK_REG(a0, PMP_NAPOT_ADDR(D6, 0x1000))
  /* 24: D4 now falls to locked entry 7 (R): M store faults */
  li TESTNUM, 24
  M_DENIED(CAUSE_STORE_ACCESS, D4 + 0x48, sd a2, 0(t2))
  /* 25: and D6 to entry 4 (X, unlocked): S store denied, M allowed */
  li TESTNUM, 25
  RUN(PRV_S, s_sd, D6 + 0x10)
2:
  VM_CHECK_CAUSE(CAUSE_STORE_ACCESS)
  VM_CHECK_TVAL(D6 + 0x10)
  li t0, D6 + 0x10
  sd t0, 0(t0)
  /* 26: the unlocked entry in pmpcfg2 is writable */
  li TESTNUM, 26
  li t0, CFG2 | (0x1b << 8)
  csrw pmpcfg2, t0
  csrr a0, pmpcfg2
  VM_CHECK_REG(a0, CFG2 | (0x1b << 8))
TEST_END

  .text
s_ld:
  ld a0, 0(a1)
  ecall
s_sd:
  sd a2, 0(a1)
  ecall
s_jr:
  jr a1

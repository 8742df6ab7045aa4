/* PMP with NA4 and NAPOT regions (4 bytes to 2 MiB, and the whole address
 * space): exact region boundaries for S- and U-mode, an access only partly
 * inside the lowest matching entry fails even if the rest is allowed,
 * even for M-mode; lowest entry wins over a larger region, resizing/disabling an entry,
 * entries in pmpcfg2, pmpcfg1/pmpcfg3 not existing on RV64, and the WARL
 * pmpcfg fields.
 *
 * Entries (D0.. = VM_DATA(0..)):
 *   0 NA4   D0+0x100          RW
 *   1 NAPOT D0+0x200, 8 B     none
 *   2 NAPOT D0+0x400, 64 B    RW
 *   3 NAPOT D0, 4 KiB         R
 *   4 NA4   D1+0x100          RW
 *   5 NAPOT D1, 4 KiB         RW
 *   6 NAPOT D2, 8 KiB         X
 *   7 NAPOT BIG, 2 MiB        R
 *   8 NAPOT everything        RWX (pmpcfg2) */
#include "test.h"
#include "vm.h"

#define D0 VM_DATA(0)
#define D1 VM_DATA(1)
#define D2 VM_DATA(2)           /* 8 KiB aligned */
#define D3 VM_DATA(3)
#define BIG 0x80600000
#define M1 0x1122334455667788
#define CFG0 ((PMP_NA4 | PMP_R | PMP_W) | ((PMP_NAPOT) << 8) |             \
  ((PMP_NAPOT | PMP_R | PMP_W) << 16) | ((PMP_NAPOT | PMP_R) << 24) |     \
  ((PMP_NA4 | PMP_R | PMP_W) << 32) | ((PMP_NAPOT | PMP_R | PMP_W) << 40) | \
  ((PMP_NAPOT | PMP_X) << 48) | ((PMP_NAPOT | PMP_R) << 56))
#define CFG2 (PMP_NAPOT | PMP_R | PMP_W | PMP_X)
#define CODE 0x100              /* li a0, 0x3c; ecall at D3 + CODE */

/* Run stub in mode with a1 = addr; resume at the next 2: label. */
#define RUN(mode, stub, addr)                        \
  li a0, 0;                                          \
  li a1, addr;                                       \
  li a2, M1;                                         \
  VM_RUN_AT(mode, stub, 2f)
/* Expect an access fault of cause at tval. */
#define DENIED(cause, tval)                          \
  VM_CHECK_CAUSE(cause)                              \
  VM_CHECK_TVAL(tval)
#define ALLOWED_S VM_CHECK_CAUSE(CAUSE_ECALL_S)
#define ALLOWED_U VM_CHECK_CAUSE(CAUSE_ECALL_U)

TEST_BEGIN
VM_INIT
  li t0, D3 + CODE
  li t1, 0x03c00513
  sw t1, 0(t0)
  li t1, 0x00000073
  sw t1, 4(t0)
  fence.i
  li t0, D0 + 0x1fc
  li t1, 0x5a5a5a5a
  sw t1, 0(t0)

  li t0, (D0 + 0x100) >> 2
  csrw pmpaddr0, t0
  li t0, PMP_NAPOT_ADDR(D0 + 0x200, 8)
  csrw pmpaddr1, t0
  li t0, PMP_NAPOT_ADDR(D0 + 0x400, 64)
  csrw pmpaddr2, t0
  li t0, PMP_NAPOT_ADDR(D0, 0x1000)
  csrw pmpaddr3, t0
  li t0, (D1 + 0x100) >> 2
  csrw pmpaddr4, t0
  li t0, PMP_NAPOT_ADDR(D1, 0x1000)
  csrw pmpaddr5, t0
  li t0, PMP_NAPOT_ADDR(D2, 0x2000)
  csrw pmpaddr6, t0
  li t0, PMP_NAPOT_ADDR(BIG, 0x200000)
  csrw pmpaddr7, t0
  li t0, -1
  srli t0, t0, 10
  csrw pmpaddr8, t0
  li t0, CFG2
  csrw pmpcfg2, t0
  li t0, CFG0
  csrw pmpcfg0, t0

  /* 1: configuration and NAPOT/NA4 addresses read back as written */
  li TESTNUM, 1
  csrr a0, pmpcfg0
  VM_CHECK_REG(a0, CFG0)
  csrr a0, pmpcfg2
  VM_CHECK_REG(a0, CFG2)
  csrr a0, pmpaddr2
  VM_CHECK_REG(a0, PMP_NAPOT_ADDR(D0 + 0x400, 64))
  csrr a0, pmpaddr0
  VM_CHECK_REG(a0, (D0 + 0x100) >> 2)

  /* 2: S word store into the NA4 RW word */
  li TESTNUM, 2
  RUN(PRV_S, s_sw, D0 + 0x100)
2:
  ALLOWED_S
  li t0, D0 + 0x100
  lw a0, 0(t0)
  VM_CHECK_REG(a0, 0x55667788)
  /* 3: the word after it belongs to entry 3 (R): store denied */
  li TESTNUM, 3
  RUN(PRV_S, s_sw, D0 + 0x104)
2:
  DENIED(CAUSE_STORE_ACCESS, D0 + 0x104)
  /* 4: the word before it too */
  li TESTNUM, 4
  RUN(PRV_S, s_sb, D0 + 0xff)
2:
  DENIED(CAUSE_STORE_ACCESS, D0 + 0xff)

  /* 5: the 8-byte no-permission region: both its words unreadable */
  li TESTNUM, 5
  RUN(PRV_S, s_lw, D0 + 0x200)
2:
  DENIED(CAUSE_LOAD_ACCESS, D0 + 0x200)
  li TESTNUM, 6
  RUN(PRV_S, s_lb, D0 + 0x207)
2:
  DENIED(CAUSE_LOAD_ACCESS, D0 + 0x207)
  /* 7: around it, entry 3 allows reads */
  li TESTNUM, 7
  RUN(PRV_S, s_lw, D0 + 0x1fc)
2:
  ALLOWED_S
  VM_CHECK_REG(a0, 0x5a5a5a5a)
  RUN(PRV_S, s_lb, D0 + 0x208)
2:
  ALLOWED_S

  /* 8: the 64-byte RW region: first and last dwords store */
  li TESTNUM, 8
  RUN(PRV_S, s_sd, D0 + 0x400)
2:
  ALLOWED_S
  RUN(PRV_S, s_sd, D0 + 0x438)
2:
  ALLOWED_S
  /* 9: just outside it: denied */
  li TESTNUM, 9
  RUN(PRV_S, s_sd, D0 + 0x440)
2:
  DENIED(CAUSE_STORE_ACCESS, D0 + 0x440)
  RUN(PRV_S, s_sd, D0 + 0x3f8)
2:
  DENIED(CAUSE_STORE_ACCESS, D0 + 0x3f8)

  /* 10: partial match: entry 4 (NA4 RW) covers only half of a dword at
   * D1+0x100; entry 5 would allow the rest, but the lowest matching entry
   * must cover the whole access: store and load denied */
  li TESTNUM, 10
  RUN(PRV_S, s_sd, D1 + 0x100)
2:
  DENIED(CAUSE_STORE_ACCESS, D1 + 0x100)
  li TESTNUM, 11
  RUN(PRV_S, s_ld, D1 + 0x100)
2:
  DENIED(CAUSE_LOAD_ACCESS, D1 + 0x100)
  /* 12: an aligned dword AMO there: store/AMO access fault (7) as the spec
   * says; QEMU 7.2 reports a load access fault (5), also accepted */
  li TESTNUM, 12
  RUN(PRV_S, s_amo, D1 + 0x100)
2:
  li t0, CAUSE_LOAD_ACCESS
  bne s8, t0, 3f
  li s8, CAUSE_STORE_ACCESS
3:
  DENIED(CAUSE_STORE_ACCESS, D1 + 0x100)
  VM_CHECK_EPC_SYM(s_amo)
  li t0, D1 + 0x100
  lw a0, 0(t0)
  bnez a0, fail
  /* 13: words inside and beside it are fine */
  li TESTNUM, 13
  RUN(PRV_S, s_sw, D1 + 0x100)
2:
  ALLOWED_S
  RUN(PRV_S, s_sw, D1 + 0x104)
2:
  ALLOWED_S
  RUN(PRV_S, s_sd, D1 + 0x108)
2:
  ALLOWED_S

  /* 14: the 8 KiB X region: fetch from its second page runs */
  li TESTNUM, 14
  RUN(PRV_S, s_jr, D3 + CODE)
2:
  ALLOWED_S
  VM_CHECK_REG(a0, 0x3c)
  /* 15: ... loads from it (first page) are denied */
  li TESTNUM, 15
  RUN(PRV_S, s_ld, D2 + 0x800)
2:
  DENIED(CAUSE_LOAD_ACCESS, D2 + 0x800)

  /* 16: the 2 MiB R region: its last dword does not store ... */
  li TESTNUM, 16
  RUN(PRV_S, s_sd, BIG + 0x1ffff8)
2:
  DENIED(CAUSE_STORE_ACCESS, BIG + 0x1ffff8)
  /* 17: ... the dwords just outside it do (entry 8) */
  li TESTNUM, 17
  RUN(PRV_S, s_sd, BIG + 0x200000)
2:
  ALLOWED_S
  RUN(PRV_S, s_sd, BIG - 8)
2:
  ALLOWED_S
  /* 18: a fetch from it is denied */
  li TESTNUM, 18
  RUN(PRV_S, s_jr, BIG + 0x1000)
2:
  DENIED(CAUSE_FETCH_ACCESS, BIG + 0x1000)
  VM_CHECK_EPC(BIG + 0x1000)

  /* 19: U-mode: the same rules */
  li TESTNUM, 19
  RUN(PRV_U, s_lw, D0 + 0x204)
2:
  DENIED(CAUSE_LOAD_ACCESS, D0 + 0x204)
  VM_CHECK_MPP(PRV_U)
  RUN(PRV_U, s_sw, D0 + 0x100)
2:
  ALLOWED_U
  RUN(PRV_U, s_sd, D1 + 0x100)
2:
  DENIED(CAUSE_STORE_ACCESS, D1 + 0x100)

  /* 20: M-mode is not restricted by these (unlocked) entries */
  li TESTNUM, 20
  li t0, D0 + 0x200
  ld a0, 0(t0)
  li t1, M1
  sd t1, 0(t0)
  ld a0, 0(t0)
  VM_CHECK_REG(a0, M1)

  /* 21: ... but a partial match fails whatever the privilege: an M-mode
   * dword store half inside entry 4 is a store access fault */
  li TESTNUM, 21
  VM_EXPECT(2f)
  li t0, D1 + 0x100
1:
  sd t1, 0(t0)
  j fail
2:
  DENIED(CAUSE_STORE_ACCESS, D1 + 0x100)
  VM_CHECK_EPC_SYM(1b)
  VM_CHECK_MPP(PRV_M)

  /* 22: growing entry 2 to 128 bytes: D0+0x440 now stores */
  li TESTNUM, 22
  li t0, PMP_NAPOT_ADDR(D0 + 0x400, 128)
  csrw pmpaddr2, t0
  RUN(PRV_S, s_sd, D0 + 0x478)
2:
  ALLOWED_S
  RUN(PRV_S, s_sd, D0 + 0x480)
2:
  DENIED(CAUSE_STORE_ACCESS, D0 + 0x480)

  /* 23: turning entry 0 off (A=OFF): its word is just entry 3's (R) */
  li TESTNUM, 23
  li t0, 0x18
  csrc pmpcfg0, t0
  csrr a0, pmpcfg0
  VM_CHECK_REG(a0, CFG0 & ~0x18)
  RUN(PRV_S, s_sw, D0 + 0x100)
2:
  DENIED(CAUSE_STORE_ACCESS, D0 + 0x100)

  /* 24: pmpcfg1 and pmpcfg3 do not exist on RV64: illegal instruction */
  li TESTNUM, 24
  VM_EXPECT(2f)
1:
  csrr a0, pmpcfg1
  j fail
2:
  VM_CHECK_CAUSE(CAUSE_ILLEGAL)
  VM_CHECK_EPC_SYM(1b)
  VM_EXPECT(2f)
1:
  csrw pmpcfg3, zero
  j fail
2:
  VM_CHECK_CAUSE(CAUSE_ILLEGAL)
  VM_CHECK_EPC_SYM(1b)

  /* 25: WARL: an entry written with the reserved R=0, W=1 combination.
   * Entries 9 and 11 (written at the same time, legal values) read back as
   * written; entry 10 (reserved) reads back either as written (QEMU 7.2
   * keeps it) or with its old value (the write ignored, as later QEMU does
   * and the spec allows); it must not disturb its neighbours. */
  li TESTNUM, 25
  li t0, CFG2 | ((PMP_NAPOT | PMP_R) << 16)
  csrw pmpcfg2, t0
  li t0, CFG2 | ((PMP_NAPOT | PMP_R | PMP_X) << 8) | ((PMP_NAPOT | PMP_W) << 16) | ((PMP_TOR | PMP_R) << 24)
  csrw pmpcfg2, t0
  csrr a0, pmpcfg2
  li t0, 0xffffffffff00ffff
  and a1, a0, t0
  VM_CHECK_REG(a1, CFG2 | ((PMP_NAPOT | PMP_R | PMP_X) << 8) | ((PMP_TOR | PMP_R) << 24))
  srli a2, a0, 16
  andi a2, a2, 0xff
  li t0, PMP_NAPOT | PMP_W
  beq a2, t0, 3f
  VM_CHECK_REG(a2, PMP_NAPOT | PMP_R)
3:
TEST_END

  .text
/* S/U stubs: a1 = address, a2 = value */
s_ld:
  ld a0, 0(a1)
  ecall
s_lw:
  lw a0, 0(a1)
  ecall
s_lb:
  lb a0, 0(a1)
  ecall
s_sd:
  sd a2, 0(a1)
  ecall
s_sw:
  sw a2, 0(a1)
  ecall
s_sb:
  sb a2, 0(a1)
  ecall
s_amo:
  amoor.d a0, a2, (a1)
  ecall
s_jr:
  jr a1

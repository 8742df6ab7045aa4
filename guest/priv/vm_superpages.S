/* Superpages: 2 MiB and 1 GiB leaves under Sv39 and Sv48 and 512 GiB leaves
 * under Sv48, for loads, stores and fetches (the page offset comes from the
 * VA's low 21/30/39 bits); a leaf whose PPN is not aligned to its size is a
 * page fault of the access type. */
#include "test.h"
#include "vm.h"

#define M1 0x1357924680aceb01
#define M2 0x2468013579bdf802
#define BIG 0x80600000          /* a 2 MiB-aligned RAM block (not the pool) */
#define SATP_S39 SATP(SATP_SV39, 0, VM_ROOT_S39)
#define SATP_S48 SATP(SATP_SV48, 0, VM_ROOT_S48)
/* VA layout (Sv39 root entries / VM_L1 entries):
 *   0x40200000  L1[1]  2 MiB leaf -> BIG
 *   0x40400000  L1[2]  2 MiB leaf -> RAM start (code, data)
 *   0x40600000  L1[3]  2 MiB leaf, misaligned PPN (BIG + 4 KiB)
 *   0x40800000  L1[4]  2 MiB leaf, user
 *   0xc0000000  root[3] 1 GiB leaf -> RAM start
 *   0x100000000 root[4] 1 GiB leaf, misaligned (RAM + 2 MiB)
 *   0x140000000 root[5] 1 GiB leaf, misaligned (RAM + 4 KiB)
 * Sv48 root entries:
 *   0x8000000000  root48[1] 512 GiB leaf -> physical 0
 *   0x10000000000 root48[2] 512 GiB leaf, misaligned (RAM start) */
#define VA2M 0x40200000
#define VA2M_RAM 0x40400000
#define VA2M_BAD 0x40600000
#define VA2M_USER 0x40800000
#define VA1G 0xc0000000
#define VA1G_BAD1 0x100000000
#define VA1G_BAD2 0x140000000
#define VA512G 0x8000000000
#define VA512G_BAD 0x10000000000

TEST_BEGIN
VM_INIT
  VM_STD_TABLES
  VM_PTE(VM_L1, 1, PTE(BIG, PTE_RWXAD))
  VM_PTE(VM_L1, 2, PTE(VM_RAM, PTE_RWXAD))
  VM_PTE(VM_L1, 3, PTE(BIG + 0x1000, PTE_RWXAD))
  VM_PTE(VM_L1, 4, PTE(BIG, PTE_RWXAD | PTE_U))
  VM_PTE(VM_ROOT_S39, 3, PTE(VM_RAM, PTE_RWXAD))
  VM_PTE(VM_ROOT_S39, 4, PTE(VM_RAM + 0x200000, PTE_RWXAD))
  VM_PTE(VM_ROOT_S39, 5, PTE(VM_RAM + 0x1000, PTE_RWXAD))
  VM_PTE(VM_ROOT_S48, 1, PTE(0, PTE_RWXAD))
  VM_PTE(VM_ROOT_S48, 2, PTE(VM_RAM, PTE_RWXAD))
  li t0, BIG + 0x1234c8
  li t1, M1
  sd t1, 0(t0)
  li t0, VM_DATA(0)
  li t1, M2
  sd t1, 0(t0)
  VM_SATP(SATP_S39)

  /* 1: Sv39 2 MiB leaf: load at offset 0x1234c8 */
  li TESTNUM, 1
  li a1, VA2M + 0x1234c8
  VM_RUN_AT(PRV_S, ld_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)

  /* 2: store at the last dword of the 2 MiB page */
  li TESTNUM, 2
  li a1, VA2M + 0x1ffff8
  VM_RUN_AT(PRV_S, sd_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  li t0, BIG + 0x1ffff8
  ld a0, 0(t0)
  VM_CHECK_REG(a0, VA2M + 0x1ffff8)

  /* 3: fetch through a 2 MiB leaf (code at RAM start + offset) */
  li TESTNUM, 3
  la t2, whereami
  li t0, VA2M_RAM - VM_RAM
  add t2, t2, t0
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  la t0, whereami
  li t1, VA2M_RAM - VM_RAM
  add t0, t0, t1
  bne a0, t0, fail

  /* 4: Sv39 1 GiB leaf: load */
  li TESTNUM, 4
  li a1, VA1G + (VM_DATA(0) - VM_RAM)
  VM_RUN_AT(PRV_S, ld_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M2)

  /* 5: 1 GiB leaf: store */
  li TESTNUM, 5
  li a1, VA1G + (VM_DATA(0) - VM_RAM) + 0x88
  VM_RUN_AT(PRV_S, sd_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  li t0, VM_DATA(0) + 0x88
  ld a0, 0(t0)
  VM_CHECK_REG(a0, VA1G + (VM_DATA(0) - VM_RAM) + 0x88)

  /* 6: 1 GiB leaf: fetch */
  li TESTNUM, 6
  la t2, whereami
  li t0, VA1G - VM_RAM
  add t2, t2, t0
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  la t0, whereami
  li t1, VA1G - VM_RAM
  add t0, t0, t1
  bne a0, t0, fail

  /* 7: misaligned 2 MiB leaf (PPN[0] != 0): load page fault */
  li TESTNUM, 7
  li a1, VA2M_BAD + 0x10
  VM_RUN_AT(PRV_S, ld_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(VA2M_BAD + 0x10)
  VM_CHECK_EPC_SYM(ld_a1)

  /* 8: ... store page fault */
  li TESTNUM, 8
  VM_RUN_AT(PRV_S, sd_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_STORE_PAGE)
  VM_CHECK_TVAL(VA2M_BAD + 0x10)
  VM_CHECK_EPC_SYM(sd_a1)

  /* 9: ... instruction page fault */
  li TESTNUM, 9
  li t2, VA2M_BAD + 0x100
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_PAGE)
  VM_CHECK_TVAL(VA2M_BAD + 0x100)
  VM_CHECK_EPC(VA2M_BAD + 0x100)

  /* 10: misaligned 1 GiB leaf (PPN[1] != 0): load page fault */
  li TESTNUM, 10
  li a1, VA1G_BAD1 + 0x2000
  VM_RUN_AT(PRV_S, ld_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(VA1G_BAD1 + 0x2000)

  /* 11: misaligned 1 GiB leaf (only PPN[0] != 0): store page fault */
  li TESTNUM, 11
  li a1, VA1G_BAD2 + (VM_DATA(5) - VM_RAM)
  VM_RUN_AT(PRV_S, sd_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_STORE_PAGE)
  VM_CHECK_TVAL(VA1G_BAD2 + (VM_DATA(5) - VM_RAM))

  /* 12: a user 2 MiB leaf is checked like a user page: S load, SUM=0 */
  li TESTNUM, 12
  li a1, VA2M_USER + 0x1234c8
  VM_RUN_AT(PRV_S, ld_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(VA2M_USER + 0x1234c8)

  /* 13: ... and with SUM=1 the load works */
  li TESTNUM, 13
  li t0, MSTATUS_SUM
  csrs mstatus, t0
  VM_RUN_AT(PRV_S, ld_a1, 2f)
2:
  li t0, MSTATUS_SUM
  csrc mstatus, t0
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)

  /* Sv48 */
  VM_SATP(SATP_S48)
  /* 14: 2 MiB leaf at level 1 of a 4-level walk */
  li TESTNUM, 14
  li a1, VA2M + 0x1234c8
  VM_RUN_AT(PRV_S, ld_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)

  /* 15: 1 GiB leaf at level 2 */
  li TESTNUM, 15
  li a1, VA1G + (VM_DATA(0) - VM_RAM)
  VM_RUN_AT(PRV_S, ld_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M2)

  /* 16: 512 GiB leaf at level 3: load (VA 0x8000000000 + physical) */
  li TESTNUM, 16
  li a1, VA512G + BIG + 0x1234c8
  VM_RUN_AT(PRV_S, ld_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  VM_CHECK_REG(a0, M1)

  /* 17: 512 GiB leaf: store */
  li TESTNUM, 17
  li a1, VA512G + VM_DATA(0) + 0x90
  VM_RUN_AT(PRV_S, sd_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  li t0, VM_DATA(0) + 0x90
  ld a0, 0(t0)
  VM_CHECK_REG(a0, VA512G + VM_DATA(0) + 0x90)

  /* 18: 512 GiB leaf: fetch */
  li TESTNUM, 18
  la t2, whereami
  li t0, VA512G
  add t2, t2, t0
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_ECALL_S)
  la t0, whereami
  li t1, VA512G
  add t0, t0, t1
  bne a0, t0, fail

  /* 19: misaligned 512 GiB leaf (PPN[2] != 0): load page fault */
  li TESTNUM, 19
  li a1, VA512G_BAD + 0x5000
  VM_RUN_AT(PRV_S, ld_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_LOAD_PAGE)
  VM_CHECK_TVAL(VA512G_BAD + 0x5000)

  /* 20: ... instruction page fault */
  li TESTNUM, 20
  li t2, VA512G_BAD + 0x80000000
  VM_RUN(PRV_S, t2, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_FETCH_PAGE)
  VM_CHECK_TVAL(VA512G_BAD + 0x80000000)

  /* 21: misaligned 2 MiB leaf under Sv48: store page fault */
  li TESTNUM, 21
  li a1, VA2M_BAD + 0x20
  VM_RUN_AT(PRV_S, sd_a1, 2f)
2:
  VM_CHECK_CAUSE(CAUSE_STORE_PAGE)
  VM_CHECK_TVAL(VA2M_BAD + 0x20)
  csrw satp, zero
TEST_END

  .text
/* S-mode helpers (identity-mapped code) */
ld_a1:
  ld a0, 0(a1)
  ecall
sd_a1:
  sd a1, 0(a1)
  ecall
whereami:
  auipc a0, 0
  ecall

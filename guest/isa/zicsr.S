#include "test.h"

/* Zicsr: csrrw, csrrs, csrrc, csrrwi, csrrsi, csrrci on mscratch (a full
 * 64-bit read/write CSR), the no-write rules (csrrs/csrrc with rs1 = x0 and
 * csrrsi/csrrci with uimm = 0 do not write, so they don't trap on read-only
 * CSRs), writes to read-only CSRs (mvendorid, marchid, mimpid, mhartid) and
 * any access to nonexistent CSRs raising illegal instruction (mcause 2,
 * mtval = the instruction bits, mepc = its address, rd not written),
 * rdcycle/rdinstret/rdtime and mcycle/minstret non-decreasing, and misa.
 *
 * rdtime: QEMU's spike machine has no time CSR (it traps with illegal
 * instruction; the privileged spec allows emulating time in M-mode
 * software), so here rdtime may either trap that way or read a
 * non-decreasing value. zicsr_strict.S requires it to read.
 *
 * The trap handler records mcause/mepc/mtval in s8/s9/s10, counts traps in
 * s7 and resumes at the address in s6. */

/* csr instruction "insn" (written as a directive + bits so that the exact
 * encoding is known) must trap; rd (a0) keeps its value. */
#define TEST_CSR_TRAP(n, bits) \
  li TESTNUM, n; li s7, 0; li s8, 0; li s9, 0; li s10, 0; la s6, 2f; \
  li a0, 0x5a5a; li a1, 0x11; \
  1: .word bits; \
  2: li t5, 1; bne s7, t5, fail; \
  li t5, 2; bne s8, t5, fail; \
  la t5, 1b; bne s9, t5, fail; \
  li t5, bits; bne s10, t5, fail; \
  li t5, 0x5a5a; bne a0, t5, fail

/* the code must not trap */
#define TEST_NO_TRAP(n, code...) \
  li TESTNUM, n; li s7, 0; la s6, fail; \
  code; \
  bnez s7, fail

TEST_BEGIN
  .option norvc
  la t0, csr_trap
  csrw mtvec, t0
  j csr_tests

  .align 2
csr_trap:
  csrr s8, mcause
  csrr s9, mepc
  csrr s10, mtval
  addi s7, s7, 1
  csrw mepc, s6
  mret

csr_tests:
  /* ---- mscratch: read/write semantics */
  /* 1: csrw then csrr round-trips all 64 bits */
  TEST_CASE(1, a0, 0x8000000000000001, li a1, 0x8000000000000001; csrw mscratch, a1; csrr a0, mscratch)
  /* 2: csrrw returns the old value ... */
  TEST_CASE(2, a0, 0x8000000000000001, li a1, 0x0123456789abcdef; csrrw a0, mscratch, a1)
  /* 3: ... and wrote the new one */
  TEST_CASE(3, a0, 0x0123456789abcdef, csrr a0, mscratch)
  /* 4: csrrw with rd == rs1 swaps */
  TEST_CASE(4, a1, 0x0123456789abcdef, li a1, 0x55; csrrw a1, mscratch, a1; csrr a2, mscratch; li t5, 0x55; bne a2, t5, fail)
  /* 5: csrrw with rd = x0 (csrw) writes */
  TEST_CASE(5, a0, 0xfedcba9876543210, li a1, 0xfedcba9876543210; csrrw x0, mscratch, a1; csrr a0, mscratch)
  /* 6: csrrs returns the old value and sets the bits of rs1 */
  TEST_CASE(6, a0, 0xf0f0, li a1, 0xf0f0; csrw mscratch, a1; li a2, 0x0f0f000000000000; csrrs a0, mscratch, a2; csrr a3, mscratch; li t5, 0x0f0f00000000f0f0; bne a3, t5, fail)
  /* 7: csrrc returns the old value and clears the bits of rs1 */
  TEST_CASE(7, a0, 0x0f0f00000000f0f0, li a2, 0x0f000000000000f0; csrrc a0, mscratch, a2; csrr a3, mscratch; li t5, 0x000f00000000f000; bne a3, t5, fail)
  /* 8: csrrs with rs1 = x0 reads and leaves the CSR alone */
  TEST_CASE(8, a0, 0x000f00000000f000, csrrs a0, mscratch, x0; csrr a3, mscratch; bne a3, a0, fail)
  /* 9: csrrc with rs1 = x0 reads and leaves the CSR alone */
  TEST_CASE(9, a0, 0x000f00000000f000, csrrc a0, mscratch, x0; csrr a3, mscratch; bne a3, a0, fail)
  /* 10: csrrs with rd == rs1: reads old value into rd, sets the old rs1 bits */
  TEST_CASE(10, a1, 0x000f00000000f000, li a1, 3; csrrs a1, mscratch, a1; csrr a3, mscratch; li t5, 0x000f00000000f003; bne a3, t5, fail)
  /* 11: csrrs with rd = x0 (csrs) sets bits */
  TEST_CASE(11, a0, 0x800f00000000f003, li a1, 0x8000000000000000; csrrs x0, mscratch, a1; csrr a0, mscratch)
  /* 12: csrrc with rd = x0 (csrc) clears bits */
  TEST_CASE(12, a0, 0x000f000000000003, li a1, 0x800000000000f000; csrrc x0, mscratch, a1; csrr a0, mscratch)
  /* 13: csrrs with a zero-valued register (not x0) leaves mscratch's value */
  TEST_CASE(13, a0, 0x000f000000000003, li a1, 0; csrrs a2, mscratch, a1; csrr a0, mscratch; bne a2, a0, fail)

  /* ---- immediate forms: 5-bit uimm, zero-extended */
  /* 14: csrrwi returns the old value */
  TEST_CASE(14, a0, 0x000f000000000003, csrrwi a0, mscratch, 31)
  /* 15: ... and wrote 31 zero-extended (not sign-extended to -1) */
  TEST_CASE(15, a0, 31, csrr a0, mscratch)
  /* 16: csrrwi 0 writes zero */
  TEST_CASE(16, a0, 0, csrrwi a1, mscratch, 0; csrr a0, mscratch; li t5, 31; bne a1, t5, fail)
  /* 17: csrrsi sets bits of the zero-extended uimm and returns the old value */
  TEST_CASE(17, a0, 0x8000000000000000, li a1, 0x8000000000000000; csrw mscratch, a1; csrrsi a1, mscratch, 0x15; csrr a0, mscratch; li t5, 0x8000000000000015; bne a0, t5, fail; mv a0, a1)
  /* 18: csrrci clears bits and returns the old value */
  TEST_CASE(18, a1, 0x8000000000000015, csrrci a1, mscratch, 0x11; csrr a0, mscratch; li t5, 0x8000000000000004; bne a0, t5, fail)
  /* 19: csrrsi with uimm 0 does not write */
  TEST_CASE(19, a0, 0x8000000000000004, csrrsi a1, mscratch, 0; csrr a0, mscratch; bne a1, a0, fail)
  /* 20: csrrci with uimm 0 does not write */
  TEST_CASE(20, a0, 0x8000000000000004, csrrci a1, mscratch, 0; csrr a0, mscratch; bne a1, a0, fail)
  /* 21: csrrwi with rd = x0 (csrwi) */
  TEST_CASE(21, a0, 0x10, csrwi mscratch, 0x10; csrr a0, mscratch)
  /* 22: csrrsi with rd = x0 (csrsi) */
  TEST_CASE(22, a0, 0x11, csrsi mscratch, 1; csrr a0, mscratch)
  /* 23: csrrci with rd = x0 (csrci), uimm 31 */
  TEST_CASE(23, a0, 0, csrci mscratch, 31; csrr a0, mscratch)
  /* 24: a CSR write is visible to the very next instruction */
  TEST_CASE(24, a0, 0x42, li a1, 0x42; csrw mscratch, a1; csrr a0, mscratch)
  /* 25: csrr with rd = x0 reads nothing into x0 */
  TEST_CASE(25, x0, 0, csrr x0, mscratch)

  /* ---- read-only CSRs: reads (incl. csrrs/csrrc rs1 = x0, csrrsi/csrrci 0) don't trap */
  /* 26: mhartid is 0 on the only hart */
  TEST_NO_TRAP(26, li a0, -1; csrr a0, mhartid; bnez a0, fail)
  /* 27: mvendorid, marchid, mimpid read without trapping */
  TEST_NO_TRAP(27, csrr a0, mvendorid; csrr a0, marchid; csrr a0, mimpid)
  /* 28: csrrs rd, <ro>, x0 and csrrc rd, <ro>, x0 don't trap */
  TEST_NO_TRAP(28, csrrs a0, mhartid, x0; csrrc a0, mhartid, x0; csrrs a0, mvendorid, x0; csrrc a0, marchid, x0; csrrs a0, mimpid, x0)
  /* 29: csrrsi / csrrci with uimm 0 don't trap */
  TEST_NO_TRAP(29, csrrsi a0, mhartid, 0; csrrci a0, mhartid, 0; csrrsi a0, mvendorid, 0; csrrci a0, marchid, 0; csrrsi a0, mimpid, 0)
  /* 30: csrrs x0, mhartid, x0 (rd = x0 too) doesn't trap */
  TEST_NO_TRAP(30, csrrs x0, mhartid, x0; csrrc x0, mimpid, x0)
  /* 31: the user counters are readable from M-mode */
  TEST_NO_TRAP(31, rdcycle a0; rdinstret a0; csrr a0, mcycle; csrr a0, minstret)

  /* ---- writes to read-only CSRs trap */
  /* 32: csrrw a0, mhartid, a1 */
  TEST_CSR_TRAP(32, 0xf1459573)
  /* 33: csrrw x0, mvendorid, a1 (csrw) */
  TEST_CSR_TRAP(33, 0xf1159073)
  /* 34: csrrwi a0, marchid, 5 */
  TEST_CSR_TRAP(34, 0xf122d573)
  /* 35: csrrwi a0, mimpid, 0 (csrrwi always writes) */
  TEST_CSR_TRAP(35, 0xf1305573)
  /* 36: csrrs a0, mhartid, a1 with a1 = 0x11 */
  TEST_CSR_TRAP(36, 0xf145a573)
  /* 37: csrrc a0, mvendorid, a1 with a1 = 0x11 */
  TEST_CSR_TRAP(37, 0xf115b573)
  /* 38: csrrsi a0, mhartid, 31 */
  TEST_CSR_TRAP(38, 0xf14fe573)
  /* 39: csrrci a0, marchid, 1 */
  TEST_CSR_TRAP(39, 0xf120f573)
  /* 40: csrrw a0, cycle, a1 (user counters are read-only) */
  TEST_CSR_TRAP(40, 0xc0059573)
  /* 41: csrrw a0, instret, a1 */
  TEST_CSR_TRAP(41, 0xc0259573)

  /* ---- nonexistent CSRs trap on any access, reads included */
  /* 42: csrr a0, 0x0ff (unassigned standard user CSR) */
  TEST_CSR_TRAP(42, 0x0ff02573)
  /* 43: csrr a0, 0x8ff (custom user read/write range, not implemented) */
  TEST_CSR_TRAP(43, 0x8ff02573)
  /* 44: csrr a0, 0xfff (custom machine read-only range) */
  TEST_CSR_TRAP(44, 0xfff02573)
  /* 45: csrr a0, 0x7ff (custom machine read/write range) */
  TEST_CSR_TRAP(45, 0x7ff02573)
  /* 46: csrr a0, 0x5ff (custom supervisor range) */
  TEST_CSR_TRAP(46, 0x5ff02573)
  /* 47: csrrw a0, 0x8ff, a1 */
  TEST_CSR_TRAP(47, 0x8ff59573)
  /* 48: csrrsi a0, 0x0ff, 0 (even a no-write read traps) */
  TEST_CSR_TRAP(48, 0x0ff06573)
  /* 49: csrrc a0, 0xfff, x0 */
  TEST_CSR_TRAP(49, 0xfff03573)

  /* ---- counters are non-decreasing */
  /* 50: rdcycle twice around a loop */
  li TESTNUM, 50
  rdcycle a0
  li a1, 100
1: addi a1, a1, -1
  bnez a1, 1b
  rdcycle a2
  bltu a2, a0, fail
  /* 51: rdinstret twice around a loop */
  li TESTNUM, 51
  rdinstret a0
  li a1, 100
1: addi a1, a1, -1
  bnez a1, 1b
  rdinstret a2
  bltu a2, a0, fail
  /* 52: mcycle and minstret likewise */
  li TESTNUM, 52
  csrr a0, mcycle
  csrr a3, minstret
  li a1, 100
1: addi a1, a1, -1
  bnez a1, 1b
  csrr a2, mcycle
  csrr a4, minstret
  bltu a2, a0, fail
  bltu a4, a3, fail
  /* 53: many back-to-back rdcycle/rdinstret reads never go backwards */
  li TESTNUM, 53
  rdcycle a0
  rdinstret a3
  li a1, 200
1:
  rdcycle a2
  bltu a2, a0, fail
  mv a0, a2
  rdinstret a4
  bltu a4, a3, fail
  mv a3, a4
  addi a1, a1, -1
  bnez a1, 1b
  /* 54: rdtime either traps as illegal instruction (mtval = c0102573) or
   *     reads values that never go backwards */
  li TESTNUM, 54
  li s7, 0
  li s8, 0
  la s6, 2f
1:
  rdtime a0
2:
  beqz s7, 3f
  li t5, 2; bne s8, t5, fail
  la t5, 1b; bne s9, t5, fail
  li t5, 0xc0102573; bne s10, t5, fail
  j 5f
3:
  li a1, 200
4:
  rdtime a2
  bnez s7, fail
  bltu a2, a0, fail
  mv a0, a2
  addi a1, a1, -1
  bnez a1, 4b
5:

  /* ---- misa */
  /* 55: MXL (bits 63:62) = 2: RV64 */
  TEST_CASE(55, a0, 2, csrr a0, misa; srli a0, a0, 62)
  /* 56: I, M, A, C, S, U extension bits set */
  TEST_CASE(56, a0, 0x141105, csrr a1, misa; li a2, 0x141105; and a0, a1, a2)
  /* 57: E is not set (I and E are exclusive) */
  TEST_CASE(57, a0, 0, csrr a1, misa; andi a0, a1, 0x10)
  /* 58: the bits between MXL and the extensions (61:26) read as zero */
  TEST_CASE(58, a0, 0, csrr a1, misa; slli a0, a1, 2; srli a0, a0, 28)

  la t0, trap_unexpected
  csrw mtvec, t0
TEST_END

#include "test.h"
#include "fp.h"

/* fflags, frm and fcsr (field widths, aliasing, accrual: flags are sticky
 * and only CSR writes clear them), the dynamic rounding mode, and illegal
 * instructions: the reserved static rounding modes 5 and 6, a dynamic
 * rounding mode while frm holds 5, 6 or 7 (only for instructions that
 * round; others do not look at frm), formats other than S and D, and
 * reserved fields. A trapping FP instruction changes neither its
 * destination nor fflags. */

/* The trap handler records mcause/mepc/mtval in s8/s9/s10, counts traps
 * in s7 and resumes at s6. */
#define ILLEGAL(n, insn...)                          \
  li TESTNUM, n; li s7, 0; li s8, 0; li s9, 0; li s10, -1; la s6, 8f; \
  7: insn;                                           \
  8: li t5, 1; bne s7, t5, fail;                     \
  li t5, 2; bne s8, t5, fail;                        \
  la t5, 7b; bne s9, t5, fail;                       \
  lwu t5, 7b; bne s10, t5, fail

/* f4 and fflags after a trapping instruction are what they were. */
#define UNCHANGED(n)                                 \
  li TESTNUM, n; fmv.x.d a0, f4; li t6, 0x5a5a5a5a5a5a5a5a; bne a0, t6, fail; \
  csrr a1, fflags; li t6, FNX; bne a1, t6, fail
#define PREPARE FP_LOAD_D(f4, 0x5a5a5a5a5a5a5a5a); csrwi fflags, FNX

TEST_BEGIN
  .option norvc
  FP_ON
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
  /* ---- field widths */
  /* 1: fcsr = frm << 5 | fflags: writing 0xff sets all of both */
  li TESTNUM, 1; li t0, 0xff; csrw fcsr, t0; csrr a0, fcsr; li t6, 0xff; bne a0, t6, fail
  /* 2: ... fflags = 0x1f */
  li TESTNUM, 2; csrr a0, fflags; li t6, 0x1f; bne a0, t6, fail
  /* 3: ... frm = 7 */
  li TESTNUM, 3; csrr a0, frm; li t6, 7; bne a0, t6, fail
  /* 4: fcsr bits above 7 are zero */
  li TESTNUM, 4; li t0, -1; csrw fcsr, t0; csrr a0, fcsr; li t6, 0xff; bne a0, t6, fail
  /* 5: fflags keeps 5 bits and leaves frm alone */
  li TESTNUM, 5; li t0, 0x61; csrw fcsr, t0; li t0, 0xea; csrw fflags, t0; csrr a0, fcsr; li t6, 0x6a; bne a0, t6, fail
  /* 6: frm keeps 3 bits and leaves fflags alone */
  li TESTNUM, 6; li t0, 0xfc; csrw frm, t0; csrr a0, fcsr; li t6, 0x8a; bne a0, t6, fail
  /* 7: csrrw returns the old value */
  li TESTNUM, 7; li t0, 0x3; csrrw a0, fflags, t0; li t6, 0xa; bne a0, t6, fail
  csrr a0, fflags; li t6, 3; bne a0, t6, fail
  /* 8: csrsi / csrci on fflags */
  li TESTNUM, 8; csrsi fflags, 0x10; csrci fflags, 1; csrr a0, fflags; li t6, 0x12; bne a0, t6, fail
  /* 9: csrrwi on frm returns the old mode */
  li TESTNUM, 9; csrrwi a0, frm, 2; li t6, 4; bne a0, t6, fail
  csrr a0, fcsr; li t6, 0x52; bne a0, t6, fail
  /* 10: fscsr / frcsr / fsrm / frrm / fsflags / frflags (pseudo-instructions) */
  li TESTNUM, 10; li t0, 0x25; fscsr a0, t0; li t6, 0x52; bne a0, t6, fail
  frrm a0; li t6, 1; bne a0, t6, fail; frflags a0; li t6, 5; bne a0, t6, fail
  li t0, 4; fsrm a0, t0; li t6, 1; bne a0, t6, fail
  fsflags a0, zero; li t6, 5; bne a0, t6, fail; frcsr a0; li t6, 0x80; bne a0, t6, fail
  csrwi frm, 0

  /* ---- accrual */
  /* 11: flags accumulate over instructions */
  li TESTNUM, 11; csrw fflags, zero; FP_LOAD_S(f1, 0x3f800000); FP_LOAD_S(f2, 0)
  fdiv.s f3, f1, f2; FP_LOAD_S(f2, 0x40400000); fdiv.s f3, f1, f2; csrr a0, fflags; li t6, FDZ|FNX; bne a0, t6, fail
  /* 12: an exact operation does not clear them */
  li TESTNUM, 12; fadd.s f3, f1, f1; csrr a0, fflags; li t6, FDZ|FNX; bne a0, t6, fail
  /* 13: comparisons and conversions accrue too */
  li TESTNUM, 13; FP_LOAD_S(f2, 0x7fc00000); flt.s a0, f1, f2; fcvt.w.s a0, f2; csrr a0, fflags
  li t6, FDZ|FNX|FNV; bne a0, t6, fail
  /* 14: fcsr shows the flags with frm */
  li TESTNUM, 14; csrwi frm, 3; csrr a0, fcsr; li t6, 0x79; bne a0, t6, fail
  csrwi frm, 0

  /* ---- the dynamic rounding mode reads frm at each execution */
  /* 15-19: the same fdiv.s 1/3 (dyn) in a loop over frm = 0..4 */
  li TESTNUM, 15
  la s2, dyn_expect
  li s3, 0
1:
  csrw frm, s3
  FP_LOAD_S(f1, 0x3f800000); FP_LOAD_S(f2, 0x40400000)
  fdiv.s f3, f1, f2, dyn
  fmv.x.w a0, f3
  lwu t6, 0(s2)
  bne a0, t6, fail
  addi s2, s2, 4
  addi s3, s3, 1
  addi TESTNUM, TESTNUM, 1
  li t0, 5
  bne s3, t0, 1b
  csrwi frm, 0

  /* ---- reserved static rounding modes */
  PREPARE
  /* 20: fadd.s with rm = 5 */
  ILLEGAL(20, .word 0x0020d253)
  UNCHANGED(21)
  /* 22: fadd.s with rm = 6 */
  ILLEGAL(22, .word 0x0020e253)
  /* 23: fcvt.d.s (exact) with rm = 5 */
  ILLEGAL(23, .word 0x4200d253)
  /* 24: fmadd.d with rm = 6 */
  ILLEGAL(24, .word 0x1a20e243)
  /* 25: fcvt.w.s with rm = 5 */
  ILLEGAL(25, .word 0xc000d553)
  UNCHANGED(26)

  /* ---- dynamic rounding mode with frm = 5, 6, 7 */
  PREPARE
  FP_LOAD_S(f1, 0x3f800000); FP_LOAD_S(f2, 0x40400000)
  csrwi frm, 5
  /* 27: fadd.s dyn, frm = 5 */
  ILLEGAL(27, fadd.s f4, f1, f2, dyn)
  csrwi frm, 6
  /* 28: fsqrt.d dyn, frm = 6 */
  ILLEGAL(28, fsqrt.d f4, f1, dyn)
  csrwi frm, 7
  /* 29: fmadd.s dyn, frm = 7 */
  ILLEGAL(29, fmadd.s f4, f1, f2, f2, dyn)
  /* 30: fcvt.w.s dyn: a0 unchanged too */
  li a0, 0x1234
  ILLEGAL(30, fcvt.w.s a0, f1, dyn)
  li TESTNUM, 30; li t6, 0x1234; bne a0, t6, fail
  /* 31: fcvt.s.d dyn */
  ILLEGAL(31, fcvt.s.d f4, f1, dyn)
  /* 32: fcvt.d.s dyn (exact, but it has an rm field) */
  ILLEGAL(32, .word 0x4200f253)
  /* 33: fcvt.d.w dyn */
  ILLEGAL(33, .word 0xd2057253)
  /* 34: fcvt.s.l dyn */
  ILLEGAL(34, fcvt.s.l f4, a0, dyn)
  UNCHANGED(35)
  /* 36: instructions without a rounding mode still run with frm = 7 */
  li TESTNUM, 36; li s7, 0
  fsgnjn.s f5, f1, f1; fmin.s f5, f5, f2; fmax.d f6, f1, f2; feq.s a0, f1, f1; fclass.s a1, f5
  fmv.x.w a2, f5; fmv.w.x f7, a2; flt.d a3, f1, f2
  bnez s7, fail; li t6, 1; bne a0, t6, fail; li t6, 2; bne a1, t6, fail
  /* 37: a static rounding mode does not care about frm */
  li TESTNUM, 37; fdiv.s f5, f1, f2, rtz; fmv.x.w a0, f5; li t6, 0x3eaaaaaa; bne a0, t6, fail
  csrwi frm, 0

  /* ---- other reserved encodings */
  /* 38: fadd.h (fmt = 2: no Zfh) */
  ILLEGAL(38, .word 0x04208253)
  /* 39: fadd.q (fmt = 3: no Q) */
  ILLEGAL(39, .word 0x06208253)
  /* 40: fsqrt.s with rs2 = 1 */
  ILLEGAL(40, .word 0x58108253)
  /* 41: fcvt.w.s with rs2 = 4 */
  ILLEGAL(41, .word 0xc0408553)
  /* 42: fmv.x.w with funct3 = 2 */
  ILLEGAL(42, .word 0xe000a553)
  /* 43: flq (LOAD-FP, funct3 = 4) */
  ILLEGAL(43, .word 0x00054087)
  /* 44: fmv.w.x with rs2 = 1 */
  ILLEGAL(44, .word 0xf01500d3)
  /* 45: fcvt.s.s (fcvt.s.d with rs2 = 0) */
  ILLEGAL(45, .word 0x40008253)
  /* 46: fsgnj.s with funct3 = 3 */
  ILLEGAL(46, .word 0x2020b253)
  /* 47: fmin.s with funct3 = 2 */
  ILLEGAL(47, .word 0x2820a253)
  /* 48: feq.s with funct3 = 3 */
  ILLEGAL(48, .word 0xa020b553)
  /* 49: fsd with funct3 = 4 (fsq) */
  ILLEGAL(49, .word 0x00154027)

  la t0, trap_unexpected
  csrw mtvec, t0
TEST_END

  .data
  .align 2
dyn_expect:
  .word 0x3eaaaaab, 0x3eaaaaaa, 0x3eaaaaaa, 0x3eaaaaab, 0x3eaaaaab

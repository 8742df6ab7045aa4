/* Checks for the F and D tests (guest/isa/fp_*.S), on top of test.h.
 *
 * Operands are given as bit patterns and moved into f1, f2, f3 with
 * fmv.w.x (singles, NaN-boxed) or fmv.d.x; the instruction writes f4 (or
 * a0 for integer results). fflags is cleared before the instruction, then
 * both the result and the accrued flags must match exactly. FP results are
 * read with fmv.x.d, so a single must also be properly NaN-boxed.
 * Clobbers t0, t6, a0, a1, f1-f4. */
#ifndef TTVM_GUEST_FP_H
#define TTVM_GUEST_FP_H

/* fflags bits. */
#define FNX 1
#define FUF 2
#define FOF 4
#define FDZ 8
#define FNV 16

/* mstatus.FS: Off, Initial, Clean, Dirty. */
#define MSTATUS_FS (3 << 13)
#define FS_INITIAL (1 << 13)
#define FS_CLEAN (2 << 13)
#define FS_DIRTY (3 << 13)

/* Turns the FPU on (FS = Initial). */
#define FP_ON li t0, FS_INITIAL; csrs mstatus, t0

#define BOXED(s) (0xffffffff00000000 | (s))

#define FP_LOAD_S(freg, v) li t0, v; fmv.w.x freg, t0
#define FP_LOAD_D(freg, v) li t0, v; fmv.d.x freg, t0

/* a0 must hold res and fflags must be fl. */
#define FP_CHECK(res, fl)                            \
  csrr a1, fflags;                                   \
  li t6, res;                                        \
  bne a0, t6, fail;                                  \
  li t6, fl;                                         \
  bne a1, t6, fail

/* Two operands with a rounding mode: fadd, fsub, fmul, fdiv. */
#define FP_S2R(n, insn, rm, a, b, res, fl)           \
  li TESTNUM, n; FP_LOAD_S(f1, a); FP_LOAD_S(f2, b); \
  csrw fflags, zero; insn f4, f1, f2, rm;            \
  fmv.x.d a0, f4; FP_CHECK(BOXED(res), fl)
#define FP_D2R(n, insn, rm, a, b, res, fl)           \
  li TESTNUM, n; FP_LOAD_D(f1, a); FP_LOAD_D(f2, b); \
  csrw fflags, zero; insn f4, f1, f2, rm;            \
  fmv.x.d a0, f4; FP_CHECK(res, fl)

/* Two operands, no rounding mode: fmin, fmax, fsgnj*. */
#define FP_S2(n, insn, a, b, res, fl)                \
  li TESTNUM, n; FP_LOAD_S(f1, a); FP_LOAD_S(f2, b); \
  csrw fflags, zero; insn f4, f1, f2;                \
  fmv.x.d a0, f4; FP_CHECK(BOXED(res), fl)
#define FP_D2(n, insn, a, b, res, fl)                \
  li TESTNUM, n; FP_LOAD_D(f1, a); FP_LOAD_D(f2, b); \
  csrw fflags, zero; insn f4, f1, f2;                \
  fmv.x.d a0, f4; FP_CHECK(res, fl)

/* Fused multiply-add family: insn f4, f1, f2, f3, rm. */
#define FP_S3R(n, insn, rm, a, b, c, res, fl)        \
  li TESTNUM, n; FP_LOAD_S(f1, a); FP_LOAD_S(f2, b); \
  FP_LOAD_S(f3, c);                                  \
  csrw fflags, zero; insn f4, f1, f2, f3, rm;        \
  fmv.x.d a0, f4; FP_CHECK(BOXED(res), fl)
#define FP_D3R(n, insn, rm, a, b, c, res, fl)        \
  li TESTNUM, n; FP_LOAD_D(f1, a); FP_LOAD_D(f2, b); \
  FP_LOAD_D(f3, c);                                  \
  csrw fflags, zero; insn f4, f1, f2, f3, rm;        \
  fmv.x.d a0, f4; FP_CHECK(res, fl)

/* One operand with a rounding mode: fsqrt. */
#define FP_S1R(n, insn, rm, a, res, fl)              \
  li TESTNUM, n; FP_LOAD_S(f1, a);                   \
  csrw fflags, zero; insn f4, f1, rm;                \
  fmv.x.d a0, f4; FP_CHECK(BOXED(res), fl)
#define FP_D1R(n, insn, rm, a, res, fl)              \
  li TESTNUM, n; FP_LOAD_D(f1, a);                   \
  csrw fflags, zero; insn f4, f1, rm;                \
  fmv.x.d a0, f4; FP_CHECK(res, fl)

/* Integer results: feq/flt/fle (two operands), fclass (one operand),
 * fcvt to an integer (one operand and a rounding mode). */
#define FP_SX2(n, insn, a, b, res, fl)               \
  li TESTNUM, n; FP_LOAD_S(f1, a); FP_LOAD_S(f2, b); \
  csrw fflags, zero; insn a0, f1, f2; FP_CHECK(res, fl)
#define FP_DX2(n, insn, a, b, res, fl)               \
  li TESTNUM, n; FP_LOAD_D(f1, a); FP_LOAD_D(f2, b); \
  csrw fflags, zero; insn a0, f1, f2; FP_CHECK(res, fl)
#define FP_SX1(n, insn, a, res, fl)                  \
  li TESTNUM, n; FP_LOAD_S(f1, a);                   \
  csrw fflags, zero; insn a0, f1; FP_CHECK(res, fl)
#define FP_DX1(n, insn, a, res, fl)                  \
  li TESTNUM, n; FP_LOAD_D(f1, a);                   \
  csrw fflags, zero; insn a0, f1; FP_CHECK(res, fl)
#define FP_SX1R(n, insn, rm, a, res, fl)             \
  li TESTNUM, n; FP_LOAD_S(f1, a);                   \
  csrw fflags, zero; insn a0, f1, rm; FP_CHECK(res, fl)
#define FP_DX1R(n, insn, rm, a, res, fl)             \
  li TESTNUM, n; FP_LOAD_D(f1, a);                   \
  csrw fflags, zero; insn a0, f1, rm; FP_CHECK(res, fl)

/* fcvt from an integer register (t0 = v). The assembler takes no rounding
 * mode for the exact fcvt.d.w and fcvt.d.wu: FP_XD. */
#define FP_XSR(n, insn, rm, v, res, fl)              \
  li TESTNUM, n; li t0, v;                           \
  csrw fflags, zero; insn f4, t0, rm;                \
  fmv.x.d a0, f4; FP_CHECK(BOXED(res), fl)
#define FP_XDR(n, insn, rm, v, res, fl)              \
  li TESTNUM, n; li t0, v;                           \
  csrw fflags, zero; insn f4, t0, rm;                \
  fmv.x.d a0, f4; FP_CHECK(res, fl)
#define FP_XD(n, insn, v, res, fl)                   \
  li TESTNUM, n; li t0, v;                           \
  csrw fflags, zero; insn f4, t0;                    \
  fmv.x.d a0, f4; FP_CHECK(res, fl)

/* fcvt.s.d (double in, single out) and fcvt.d.s. */
#define FP_CVT_SD(n, rm, a, res, fl)                 \
  li TESTNUM, n; FP_LOAD_D(f1, a);                   \
  csrw fflags, zero; fcvt.s.d f4, f1, rm;            \
  fmv.x.d a0, f4; FP_CHECK(BOXED(res), fl)
#define FP_CVT_DS(n, a, res, fl)                     \
  li TESTNUM, n; FP_LOAD_S(f1, a);                   \
  csrw fflags, zero; fcvt.d.s f4, f1;                \
  fmv.x.d a0, f4; FP_CHECK(res, fl)

#endif

/* mstatus.FS and SD for the F and D extensions: FS is Off at reset; while
 * it is Off every FP instruction (loads, stores, moves, compressed forms
 * included) and every access to fflags/frm/fcsr raises illegal
 * instruction; FS is writable through mstatus and sstatus; SD is set
 * exactly when FS is Dirty; writing an f register or fcsr (by instruction
 * or by CSR access) makes FS Dirty, while reading FP state (fsd, fmv.x.*,
 * csrr, exact comparisons) leaves it as it was. misa has F and D. */
#include "test.h"
#include "priv.h"
#include "fp.h"

#define MSTATUS_SD (1 << 63)

/* Sets mstatus.FS to fs (a FS_* value or 0). Clobbers t0. */
#define SET_FS(fs) li t0, MSTATUS_FS; csrc mstatus, t0; li t0, fs; csrs mstatus, t0
/* Check n: mstatus.FS == fs. Clobbers a0, t5, t6. */
#define CHECK_FS(n, fs) csrr a0, mstatus; CHECK_MASKED(n, a0, MSTATUS_FS, fs)
/* Check n: insn raises illegal instruction (32-bit encoding). */
#define OFF_ILLEGAL(n, insn...)                      \
  RESET_TRAPS; EXPECT_TRAPS(1);                      \
  7: insn;                                           \
  CHECK_TRAP_INSN(n, PRV_M, CAUSE_ILLEGAL_INSN, 7b)

TEST_BEGIN
PRIV_INIT
  .option norvc
  csrw mie, zero
  csrw medeleg, zero
  PMP_ALLOW_ALL

  /* 1: FS = Off at reset */
  csrr a0, mstatus
  CHECK_MASKED(1, a0, MSTATUS_FS, 0)
  /* 2: SD = 0 */
  CHECK_MASKED(2, a0, MSTATUS_SD, 0)
  /* 3: misa has F (bit 5) and D (bit 3) */
  csrr a0, misa
  CHECK_MASKED(3, a0, (1 << 5) | (1 << 3), (1 << 5) | (1 << 3))

  /* ---- FS = Off: everything FP is illegal */
  li a0, 0x1234
  OFF_ILLEGAL(4, fadd.s f1, f2, f3)
  OFF_ILLEGAL(5, flw f1, 0(sp))
  OFF_ILLEGAL(6, fsd f1, 0(sp))
  OFF_ILLEGAL(7, fld f1, 8(sp))
  OFF_ILLEGAL(8, fmv.x.w a0, f1)
  OFF_ILLEGAL(9, fmv.w.x f1, a0)
  OFF_ILLEGAL(10, fmv.d.x f1, a0)
  OFF_ILLEGAL(11, fcvt.w.d a0, f1, rtz)
  OFF_ILLEGAL(12, fmadd.d f1, f2, f3, f4)
  OFF_ILLEGAL(13, fsgnj.s f1, f2, f3)
  OFF_ILLEGAL(14, feq.d a0, f1, f2)
  OFF_ILLEGAL(15, fclass.s a0, f1)
  OFF_ILLEGAL(16, csrr a0, fflags)
  OFF_ILLEGAL(17, csrw frm, zero)
  OFF_ILLEGAL(18, csrrs a0, fcsr, zero)
  OFF_ILLEGAL(19, csrwi fflags, 1)
  /* 20: the destination register was never written */
  li TESTNUM, 20; li t6, 0x1234; bne a0, t6, fail
  /* 21: c.fld (16-bit: tval is the 16-bit encoding) */
  .option push
  .option rvc
  RESET_TRAPS; EXPECT_TRAPS(1)
  mv s0, sp
7: c.fld f8, 0(s0)
  CHECK_TRAP(21, PRV_M, CAUSE_ILLEGAL_INSN, 7b, 0x2000)
  /* 22: c.fsdsp */
  RESET_TRAPS; EXPECT_TRAPS(1)
7: c.fsdsp f1, 8(sp)
  CHECK_TRAP(22, PRV_M, CAUSE_ILLEGAL_INSN, 7b, 0xa406)
  /* 23: c.fldsp */
  RESET_TRAPS; EXPECT_TRAPS(1)
7: c.fldsp f2, 16(sp)
  CHECK_TRAP(23, PRV_M, CAUSE_ILLEGAL_INSN, 7b, 0x2142)
  /* 24: c.fsd */
  RESET_TRAPS; EXPECT_TRAPS(1)
7: c.fsd f9, 24(s0)
  CHECK_TRAP(24, PRV_M, CAUSE_ILLEGAL_INSN, 7b, 0xac04)
  .option pop
  /* 25: the traps left FS Off */
  CHECK_FS(25, 0)

  /* ---- FS is writable; SD follows Dirty */
  /* 26-27: FS = Initial: reads back, SD clear */
  SET_FS(FS_INITIAL)
  CHECK_FS(26, FS_INITIAL)
  CHECK_MASKED(27, a0, MSTATUS_SD, 0)
  /* 28-29: FS = Clean: SD clear */
  SET_FS(FS_CLEAN)
  CHECK_FS(28, FS_CLEAN)
  CHECK_MASKED(29, a0, MSTATUS_SD, 0)
  /* 30-31: FS = Dirty: SD set */
  SET_FS(FS_DIRTY)
  CHECK_FS(30, FS_DIRTY)
  CHECK_MASKED(31, a0, MSTATUS_SD, MSTATUS_SD)
  /* 32: sstatus shows FS and SD */
  csrr a0, sstatus
  CHECK_MASKED(32, a0, MSTATUS_FS | MSTATUS_SD, FS_DIRTY | MSTATUS_SD)
  /* 33: FS written through sstatus */
  li t0, MSTATUS_FS; csrc sstatus, t0; li t0, FS_CLEAN; csrs sstatus, t0
  CHECK_FS(33, FS_CLEAN)
  /* 34: SD cannot be written: it follows FS */
  li t0, MSTATUS_SD; csrs mstatus, t0
  csrr a0, mstatus
  CHECK_MASKED(34, a0, MSTATUS_SD | MSTATUS_FS, FS_CLEAN)

  /* ---- what makes FS Dirty (each check starts from Clean) */
  /* 35: fadd.s */
  SET_FS(FS_CLEAN); fadd.s f1, f2, f3; CHECK_FS(35, FS_DIRTY)
  /* 36: fmv.w.x */
  SET_FS(FS_CLEAN); fmv.w.x f1, zero; CHECK_FS(36, FS_DIRTY)
  /* 37: flw */
  SET_FS(FS_CLEAN); flw f1, 0(sp); CHECK_FS(37, FS_DIRTY)
  /* 38: fld, from Initial */
  SET_FS(FS_INITIAL); fld f1, 0(sp); CHECK_FS(38, FS_DIRTY)
  /* 39: csrw fflags */
  SET_FS(FS_CLEAN); csrw fflags, zero; CHECK_FS(39, FS_DIRTY)
  /* 40: csrwi frm */
  SET_FS(FS_CLEAN); csrwi frm, 0; CHECK_FS(40, FS_DIRTY)
  /* 41: csrw fcsr */
  SET_FS(FS_CLEAN); csrw fcsr, zero; CHECK_FS(41, FS_DIRTY)
  /* 42: fcvt.d.l */
  SET_FS(FS_CLEAN); fcvt.d.l f2, zero; CHECK_FS(42, FS_DIRTY)
  /* 43: c.fldsp */
  SET_FS(FS_CLEAN); .option push; .option rvc; c.fldsp f3, 0(sp); .option pop; CHECK_FS(43, FS_DIRTY)
  /* ---- what leaves FS as it was */
  /* 44: fsd */
  SET_FS(FS_CLEAN); fsd f1, 0(sp); CHECK_FS(44, FS_CLEAN)
  /* 45: fmv.x.d and fmv.x.w */
  SET_FS(FS_CLEAN); fmv.x.d a1, f1; fmv.x.w a1, f1; CHECK_FS(45, FS_CLEAN)
  /* 46: reading fcsr, fflags and frm */
  SET_FS(FS_CLEAN); csrr a1, fcsr; csrr a1, fflags; frrm a1; CHECK_FS(46, FS_CLEAN)
  /* 47: fsw from Initial */
  SET_FS(FS_INITIAL); fsw f1, 0(sp); CHECK_FS(47, FS_INITIAL)
  /* 48: feq and fclass of ordinary values (no flags raised) */
  FP_LOAD_D(f1, 0x3ff0000000000000)
  SET_FS(FS_CLEAN); feq.d a1, f1, f1; fclass.d a1, f1; CHECK_FS(48, FS_CLEAN)
  /* 49: FS back to Off makes FP illegal again, whatever the registers hold */
  SET_FS(0)
  OFF_ILLEGAL(49, fmv.x.d a1, f1)

  /* ---- lower privilege levels */
  /* 50: U-mode reaches fflags and FP instructions when FS is on */
  SET_FS(FS_INITIAL)
  RESET_TRAPS
  ENTER_U(in_u)
in_u:
  csrwi fflags, FNV
  fadd.d f2, f1, f1
  csrr a1, fflags
  fmv.x.d a2, f2
  RETURN_TO_M(back_u)
back_u:
  li tp, 0
  li TESTNUM, 50
  li t6, FNV; bne a1, t6, fail
  li t6, 0x4000000000000000; bne a2, t6, fail
  /* 51: the ecall was the only trap */
  li TESTNUM, 51; li t6, 1; bne s7, t6, fail
  /* 52: ... and U-mode's FP work left FS Dirty */
  CHECK_FS(52, FS_DIRTY)
  /* 53: S-mode turns FS Off through sstatus; its next FP instruction traps
   * to M (not delegated) as illegal */
  RESET_TRAPS
  ENTER_S(in_s)
in_s:
  li t0, MSTATUS_FS
  csrc sstatus, t0
  EXPECT_TRAPS(1)
7: fmv.d.x f1, zero
  RETURN_TO_M(back_s)
back_s:
  li tp, 0
  li TESTNUM, 53
  li t6, 2; bne s7, t6, fail
  TRAP_LOG(a0, 0)
  li t6, CAUSE_ILLEGAL_INSN; bne a0, t6, fail
  CHECK_FS(54, 0)
  /* 55: an instruction that writes only fflags (feq.d of a signalling NaN
   * raises NV) modifies FP state, so FS becomes Dirty (QEMU 7.2 leaves it
   * Clean; skipped there) */
  SET_FS(FS_INITIAL); FP_LOAD_D(f2, 0x7ff0000000000001)
  SET_FS(FS_CLEAN); feq.d a1, f2, f2
  csrr a0, mstatus
  SKIP_ON_QEMU72(1f)
  CHECK_MASKED(55, a0, MSTATUS_FS, FS_DIRTY)
1:
TEST_END
PRIV_HANDLERS

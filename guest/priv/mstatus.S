/* mstatus fields (writable bits, read-only fields, WARL MPP) and sstatus as
 * a restricted view of mstatus. FS and SD are tested in fp_fs.S; VS and XS
 * are read-only zero (no V, no custom extensions). */
#include "test.h"
#include "priv.h"

/* Fields writable in mstatus that exist in every RV64 S+U system. */
#define M_ONLY (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MPRV | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR)
#define S_BITS (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR)
#define UXL_MASK (3 << 32)
#define SXL_MASK (3 << 34)

TEST_BEGIN
PRIV_INIT
  csrw mie, zero
  csrw mideleg, zero
  csrw medeleg, zero
  PMP_ALLOW_ALL   /* MPRV with MPP = U below must not lose data access */

  /* 1: SXL = UXL = 2 (64-bit S and U) */
  csrr a0, mstatus
  CHECK_MASKED(1, a0, UXL_MASK | SXL_MASK, (2 << 32) | (2 << 34))
  /* 2: SD = 0 (no dirty FS/VS/XS state at reset) */
  srli a1, a0, 63
  TEST_CASE(2, a1, 0)

  /* 3: UBE, SBE, MBE are read-only zero (little-endian only) */
  li t0, MSTATUS_UBE | (3 << 36)
  csrs mstatus, t0
  csrr a0, mstatus
  CHECK_MASKED(3, a0, MSTATUS_UBE | (3 << 36), 0)

  /* 4: MIE, SIE, MPIE, SPIE, SPP, MPRV, SUM, MXR, TVM, TW, TSR and MPP are
   * writable (all set) */
  li t0, M_ONLY | S_BITS
  csrs mstatus, t0
  csrr a0, mstatus
  CHECK_MASKED(4, a0, M_ONLY | S_BITS, M_ONLY | S_BITS)
  /* 5: ... and all clear again */
  li t0, M_ONLY | S_BITS
  csrc mstatus, t0
  csrr a0, mstatus
  CHECK_MASKED(5, a0, M_ONLY | S_BITS, 0)

  /* 6: MPP = S reads back S */
  li t0, MSTATUS_MPP_S
  csrs mstatus, t0
  csrr a0, mstatus
  CHECK_MASKED(6, a0, MSTATUS_MPP, MSTATUS_MPP_S)
  /* 7: MPP is WARL: the reserved value 2 is not kept (QEMU 7.2 keeps it;
   * skipped there) */
  li t0, MSTATUS_MPP
  csrc mstatus, t0
  li t0, 2 << 11
  csrs mstatus, t0
  csrr a0, mstatus
  SKIP_ON_QEMU72(1f)
  li TESTNUM, 7
  li t0, MSTATUS_MPP
  and a0, a0, t0
  li t0, 2 << 11
  beq a0, t0, fail
1:
  li t0, MSTATUS_MPP
  csrc mstatus, t0

  /* 8: sstatus hides the M-only fields: with all of them set in mstatus,
   * sstatus shows none */
  li t0, M_ONLY
  csrs mstatus, t0
  csrr a0, sstatus
  CHECK_MASKED(8, a0, M_ONLY | SXL_MASK, 0)
  /* 9: sstatus shows UXL = 2 */
  CHECK_MASKED(9, a0, UXL_MASK, 2 << 32)
  li t0, M_ONLY
  csrc mstatus, t0

  /* 10: sstatus shows the S fields set in mstatus */
  li t0, S_BITS
  csrs mstatus, t0
  csrr a0, sstatus
  CHECK_MASKED(10, a0, S_BITS, S_BITS)
  li t0, S_BITS
  csrc mstatus, t0

  /* 11: writing ones to sstatus (all but the UXL/FS/VS/XS fields) sets the S
   * fields in mstatus ... */
  li t0, ~(UXL_MASK | (3 << 13) | (3 << 9) | (3 << 15))
  csrw sstatus, t0
  csrr a0, mstatus
  CHECK_MASKED(11, a0, S_BITS, S_BITS)
  /* 12: ... but none of the M-only fields */
  CHECK_MASKED(12, a0, M_ONLY, 0)
  /* 13: UXL stays 2 and SXL 2 */
  CHECK_MASKED(13, a0, UXL_MASK | SXL_MASK, (2 << 32) | (2 << 34))

  /* 14: writing zero to sstatus clears the S fields but keeps the M-only
   * fields that were set */
  li t0, M_ONLY
  csrs mstatus, t0
  csrw sstatus, zero
  csrr a0, mstatus
  CHECK_MASKED(14, a0, M_ONLY | S_BITS, M_ONLY)
  li t0, M_ONLY
  csrc mstatus, t0

  /* 15: sstatus written from S-mode: S fields change, M fields do not */
  li t0, MSTATUS_TW       /* an M field set before entering S */
  csrs mstatus, t0
  ENTER_S(in_s)
in_s:
  li t0, MSTATUS_SUM | MSTATUS_MXR | MSTATUS_SPIE
  csrs sstatus, t0
  li t0, MSTATUS_TW | MSTATUS_TSR | MSTATUS_MPRV | MSTATUS_MIE
  csrc sstatus, t0        /* no effect on M fields */
  csrs sstatus, t0
  RESET_TRAPS
  RETURN_TO_M(back)
back:
  li tp, 0
  csrr a0, mstatus
  CHECK_MASKED(15, a0, MSTATUS_SUM | MSTATUS_MXR | MSTATUS_SPIE | MSTATUS_TW | MSTATUS_TSR | MSTATUS_MPRV, MSTATUS_SUM | MSTATUS_MXR | MSTATUS_SPIE | MSTATUS_TW)
  li t0, MSTATUS_SUM | MSTATUS_MXR | MSTATUS_SPIE | MSTATUS_TW
  csrc mstatus, t0

  /* 16: a trap from S records mstatus.MPP = S and MPIE = old MIE (1, set
   * by the mret from MPIE), MIE = 0 */
  li t0, MSTATUS_MPIE
  csrs mstatus, t0
  ENTER_S(in_s2)
in_s2:
  RESET_TRAPS
  RETURN_TO_M(back2)
back2:
  li tp, 0
  CHECK_MASKED(16, s11, MSTATUS_MPP | MSTATUS_MPIE | MSTATUS_MIE, MSTATUS_MPP_S | MSTATUS_MPIE)
TEST_END
PRIV_HANDLERS

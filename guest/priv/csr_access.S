/* CSR access rules: M CSRs from S and S CSRs from U are illegal, writes to
 * read-only CSRs are illegal, nonexistent CSRs are illegal; machine
 * information CSRs, misa, the writable bits of mip/mie and the sip/sie
 * views masked by mideleg, mtvec/stvec modes. */
#include "test.h"
#include "priv.h"

/* Expect an illegal instruction at label: insn, then check n. */
#define ILLEGAL(n, label, insn...)                   \
  RESET_TRAPS;                                       \
  EXPECT_TRAPS(1);                                   \
  label: insn;                                       \
  CHECK_TRAP_INSN(n, PRV_M, CAUSE_ILLEGAL_INSN, label)

TEST_BEGIN
PRIV_INIT
  csrw mie, zero
  csrw mideleg, zero
  csrw medeleg, zero
  MTIMECMP_NEVER
  SET_MSIP(0)
  PMP_ALLOW_ALL
  .option push
  .option norvc

  /* ---- S-mode ---- */
  ENTER_S(in_s)
in_s:
  ILLEGAL(1, s_mstatus, csrr a0, mstatus)      /* 1: read mstatus in S */
  ILLEGAL(2, s_mscratch, csrw mscratch, a0)    /* 2: write mscratch in S */
  ILLEGAL(3, s_medeleg, csrr a0, medeleg)      /* 3: read medeleg in S */
  ILLEGAL(4, s_mhartid, csrr a0, mhartid)      /* 4: read mhartid in S */
  ILLEGAL(5, s_pmpaddr, csrr a0, pmpaddr0)     /* 5: read pmpaddr0 in S */
  ILLEGAL(6, s_mtvec, csrrs x0, mtvec, x0)     /* 6: even with rd = x0 */
  ILLEGAL(7, s_mie, csrsi mie, 0)              /* 7: csrrsi with 0 in S */
  /* 8: the S CSRs are accessible in S: no trap */
  RESET_TRAPS
  li t0, 0x1234
  csrw sscratch, t0
  csrr a0, sscratch
  csrr a1, sstatus
  csrr a1, stvec
  csrr a1, sepc
  csrr a1, scause
  csrr a1, stval
  csrr a1, sie
  csrr a1, sip
  csrr a1, satp
  csrr a1, scounteren
  CHECK_NO_TRAP(8)
  TEST_CASE(9, a0, 0x1234)                     /* 9: sscratch written */
  RESET_TRAPS
  RETURN_TO_M(back_s)
back_s:
  li tp, 0

  /* ---- U-mode ---- */
  ENTER_U(in_u)
in_u:
  ILLEGAL(10, u_sstatus, csrr a0, sstatus)     /* 10: read sstatus in U */
  ILLEGAL(11, u_sscratch, csrw sscratch, a0)   /* 11: write sscratch in U */
  ILLEGAL(12, u_satp, csrr a0, satp)           /* 12: read satp in U */
  ILLEGAL(13, u_stvec, csrr a0, stvec)         /* 13: read stvec in U */
  ILLEGAL(14, u_mstatus, csrr a0, mstatus)     /* 14: read mstatus in U */
  RESET_TRAPS
  RETURN_TO_M(back_u)
back_u:
  li tp, 0

  /* ---- M-mode ---- */
  ILLEGAL(15, m_wvendor, csrw mvendorid, zero) /* 15: write mvendorid */
  ILLEGAL(16, m_whartid, csrw mhartid, a0)     /* 16: write mhartid */
  li a1, 0
  /* 17: csrrs with rs1 != x0 is a write (even of a zero value): illegal on
   * a read-only CSR. QEMU 7.2 looks at the register's value instead and
   * does not trap, so this check is skipped there. */
  SKIP_ON_QEMU72(1f)
  ILLEGAL(17, m_sarchid, csrrs a0, marchid, a1)
1:
  ILLEGAL(18, m_wcycle, csrw cycle, zero)      /* 18: write cycle in M */
  ILLEGAL(19, m_winstret, csrrwi a0, instret, 1) /* 19: write instret */
  ILLEGAL(20, m_nocsr, csrr a0, 0x3ff)         /* 20: nonexistent CSR */
  ILLEGAL(21, m_pmpcfg1, csrr a0, pmpcfg1)     /* 21: pmpcfg1 (RV32 only) */
  /* 22: reading read-only CSRs with csrrs/csrrsi/csrrc from x0/0 does not
   * trap: mvendorid, marchid, mimpid, mhartid, mconfigptr */
  RESET_TRAPS
  csrr a0, mvendorid
  csrrsi a0, marchid, 0
  csrrc a0, mimpid, x0
  csrr a0, CSR_MCONFIGPTR
  csrr a2, mhartid
  CHECK_NO_TRAP(22)
  TEST_CASE(23, a2, 0)                         /* 23: mhartid = 0 */
  .option pop

  /* 24: misa: MXL = 2 (64-bit) */
  csrr a0, misa
  srli a1, a0, 62
  TEST_CASE(24, a1, 2)
  /* 25: misa has I, M, A, C, S and U */
  CHECK_MASKED(25, a0, (1 << 8) | (1 << 12) | (1 << 0) | (1 << 2) | (1 << 18) | (1 << 20), (1 << 8) | (1 << 12) | (1 << 0) | (1 << 2) | (1 << 18) | (1 << 20))
  /* 26: misa has no E and no Q; bits 61:26 are zero */
  CHECK_MASKED(26, a0, (1 << 4) | (1 << 16) | (0xfffffffff << 26), 0)

  /* 27: mscratch holds 64 bits */
  li t0, 0xfedcba9876543210
  csrw mscratch, t0
  csrr a0, mscratch
  TEST_CASE(27, a0, 0xfedcba9876543210)

  /* 28: mie: SSIE, MSIE, STIE, MTIE, SEIE, MEIE writable */
  li t0, -1
  csrw mie, t0
  csrr a0, mie
  CHECK_MASKED(28, a0, 0xaaa, 0xaaa)
  csrw mie, zero
  csrr a0, mie
  CHECK_MASKED(29, a0, 0xaaa, 0)               /* 29: mie cleared */

  /* 30: MSIP, MTIP, MEIP are read-only in mip (sources are msip = 0,
   * mtimecmp = -1, no external interrupt) */
  li t0, MIP_MSIP | MIP_MTIP | MIP_MEIP
  csrs mip, t0
  csrr a0, mip
  CHECK_MASKED(30, a0, MIP_MSIP | MIP_MTIP | MIP_MEIP, 0)
  /* 31: SSIP is writable from M */
  li t0, MIP_SSIP
  csrs mip, t0
  csrr a0, mip
  CHECK_MASKED(31, a0, 0xaaa, MIP_SSIP)
  csrc mip, t0
  csrr a0, mip
  CHECK_MASKED(32, a0, 0xaaa, 0)               /* 32: and cleared */
  /* 33: STIP is writable from M while menvcfg.STCE = 0 */
  csrw CSR_MENVCFG, zero
  li t0, MIP_STIP
  csrs mip, t0
  csrr a0, mip
  CHECK_MASKED(33, a0, 0xaaa, MIP_STIP)
  csrc mip, t0
  csrr a0, mip
  CHECK_MASKED(34, a0, 0xaaa, 0)               /* 34: and cleared */
  /* 35: SEIP is writable from M */
  li t0, MIP_SEIP
  csrs mip, t0
  csrr a0, mip
  CHECK_MASKED(35, a0, 0xaaa, MIP_SEIP)
  csrc mip, t0
  csrr a0, mip
  CHECK_MASKED(36, a0, 0xaaa, 0)               /* 36: and cleared */

  /* 37: with mideleg = 0, sip does not show a pending SSIP */
  li t0, MIP_SSIP
  csrs mip, t0
  csrr a0, sip
  TEST_CASE(37, a0, 0)
  /* 38: with mideleg = 0, writing sie changes nothing and sie reads 0 */
  li t0, -1
  csrw sie, t0
  csrr a0, sie
  TEST_CASE(38, a0, 0)
  csrr a0, mie
  TEST_CASE(39, a0, 0)                         /* 39: mie unchanged */
  /* 40: with SSI/STI/SEI delegated, sip shows SSIP */
  li t0, 0x222
  csrw mideleg, t0
  csrr a0, sip
  CHECK_MASKED(40, a0, 0xaaa, MIP_SSIP)
  /* 41: sie writes go to mie, delegated bits only */
  li t0, -1
  csrw sie, t0
  csrr a0, mie
  CHECK_MASKED(41, a0, 0xaaa, 0x222)
  csrr a0, sie
  CHECK_MASKED(42, a0, 0xaaa, 0x222)           /* 42: sie reads them */
  /* 43: sip.SSIP is writable: clearing it clears mip.SSIP */
  li t0, MIP_SSIP
  csrc sip, t0
  csrr a0, mip
  CHECK_MASKED(43, a0, MIP_SSIP, 0)
  /* 44: sip.STIP is read-only: setting it via sip does nothing */
  li t0, MIP_STIP
  csrs sip, t0
  csrr a0, mip
  CHECK_MASKED(44, a0, MIP_STIP, 0)
  /* 45: ... nor does clearing it via sip (set in mip by M first) */
  csrs mip, t0
  csrc sip, t0
  csrr a0, mip
  CHECK_MASKED(45, a0, MIP_STIP, MIP_STIP)
  csrc mip, t0
  csrw mie, zero
  csrw mideleg, zero

  /* 46: mtvec direct mode holds a 4-byte aligned base */
  csrr s4, mtvec
  li t0, 0x80001000
  csrw mtvec, t0
  csrr a0, mtvec
  TEST_CASE(46, a0, 0x80001000)
  /* 47: mtvec vectored mode */
  li t0, 0x80001001
  csrw mtvec, t0
  csrr a0, mtvec
  TEST_CASE(47, a0, 0x80001001)
  csrw mtvec, s4
  /* 48: stvec direct and vectored */
  csrr s4, stvec
  li t0, 0x80002000
  csrw stvec, t0
  csrr a0, stvec
  TEST_CASE(48, a0, 0x80002000)
  li t0, 0x80002001
  csrw stvec, t0
  csrr a0, stvec
  TEST_CASE(49, a0, 0x80002001)                /* 49: stvec vectored */
  csrw stvec, s4
TEST_END
PRIV_HANDLERS

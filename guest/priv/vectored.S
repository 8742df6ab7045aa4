/* mtvec/stvec vectored mode: interrupts jump to base + 4 * cause,
 * exceptions to base; direct mode sends everything to base. Each vector
 * entry records its number in s4 (M entries k, S entries 100 + k) and goes
 * on to the common handler. */
#include "test.h"
#include "priv.h"

#define SPIN(n)                                      \
  li t0, n;                                          \
  1: addi t0, t0, -1;                                \
  bnez t0, 1b;

/* Take the interrupt(s) pending in mip bits `bits` in M: enable them in mie
 * and mstatus.MIE, wait for one trap, disable MIE. */
#define TAKE_IN_M(bits)                              \
  RESET_TRAPS;                                       \
  li s4, -1;                                         \
  EXPECT_TRAPS(1);                                   \
  li t0, bits;                                       \
  csrs mie, t0;                                      \
  li t0, MSTATUS_MIE;                                \
  csrs mstatus, t0;                                  \
  WAIT_TRAPS(1);                                     \
  li t0, MSTATUS_MIE;                                \
  csrc mstatus, t0;

TEST_BEGIN
PRIV_INIT
  csrw mie, zero
  csrw mideleg, zero
  csrw medeleg, zero
  csrw CSR_MENVCFG, zero
  li t0, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_SIE | MSTATUS_SPIE
  csrc mstatus, t0
  MTIMECMP_NEVER
  SET_MSIP(0)
  PMP_ALLOW_ALL

  /* 1: mtvec in vectored mode reads back base | 1 */
  la t0, mvec
  ori t0, t0, 1
  csrw mtvec, t0
  csrr a0, mtvec
  la t1, mvec
  ori t1, t1, 1
  li TESTNUM, 1
  bne a0, t1, fail

  /* 2: an exception (ecall, cause 11) goes to the base */
  RESET_TRAPS
  li s4, -1
  EXPECT_TRAPS(1)
  ecall
  TEST_CASE(2, s4, 0)
  TEST_CASE(3, s8, CAUSE_MACHINE_ECALL)        /* 3: mcause 11 */
  /* 4: breakpoint (cause 3) also goes to the base, not base + 12 */
  RESET_TRAPS
  li s4, -1
  EXPECT_TRAPS(1)
  c.ebreak
  TEST_CASE(4, s4, 0)

  /* 5: machine software interrupt: base + 4 * 3 */
  SET_MSIP(1)
  WAIT_MIP(MIP_MSIP)
  TAKE_IN_M(MIP_MSIP)
  TEST_CASE(5, s4, 3)
  TEST_CASE(6, s8, CAUSE_INTR(IRQ_MSI))        /* 6: mcause */
  SET_MSIP(0)
  WAIT_MIP_CLEAR(MIP_MSIP)

  /* 7: machine timer interrupt: base + 4 * 7 */
  li t0, CLINT_MTIMECMP
  sd zero, 0(t0)
  WAIT_MIP(MIP_MTIP)
  TAKE_IN_M(MIP_MTIP)
  TEST_CASE(7, s4, 7)
  MTIMECMP_NEVER
  WAIT_MIP_CLEAR(MIP_MTIP)

  /* 8: supervisor software interrupt (not delegated): base + 4 */
  li t0, MIP_SSIP
  csrs mip, t0
  TAKE_IN_M(MIP_SSIP)
  TEST_CASE(8, s4, 1)
  li t0, MIP_SSIP
  csrc mip, t0

  /* 9: supervisor timer interrupt (not delegated): base + 4 * 5 */
  li t0, MIP_STIP
  csrs mip, t0
  TAKE_IN_M(MIP_STIP)
  TEST_CASE(9, s4, 5)
  li t0, MIP_STIP
  csrc mip, t0

  /* 10: supervisor external interrupt (not delegated): base + 4 * 9 */
  li t0, MIP_SEIP
  csrs mip, t0
  TAKE_IN_M(MIP_SEIP)
  TEST_CASE(10, s4, 9)
  li t0, MIP_SEIP
  csrc mip, t0

  /* ---- stvec vectored, SSI/STI and illegal instructions delegated ---- */
  la t0, svec
  ori t0, t0, 1
  csrw stvec, t0
  li t0, MIP_SSIP | MIP_STIP
  csrw mideleg, t0
  li t0, 1 << CAUSE_ILLEGAL_INSN
  csrw medeleg, t0
  ENTER_S(s_part)
s_part:
  /* 11: delegated SSI in S: stvec base + 4 */
  RESET_TRAPS
  li s4, -1
  EXPECT_TRAPS(1)
  li t0, MIP_SSIP
  csrs sip, t0
  csrs sie, t0
  li t0, MSTATUS_SIE
  csrs sstatus, t0
  WAIT_TRAPS(1)
  TEST_CASE(11, s4, 101)
  TEST_CASE(12, s8, CAUSE_INTR(IRQ_SSI))       /* 12: scause */
  li t0, MIP_SSIP
  csrc sip, t0
  /* 13: an exception delegated to S goes to the stvec base */
  RESET_TRAPS
  li s4, -1
  EXPECT_TRAPS(1)
  .word 0x0000006b
  TEST_CASE(13, s4, 100)
  TEST_CASE(14, s8, CAUSE_ILLEGAL_INSN)        /* 14: scause 2 */
  /* 15: an exception from S not delegated goes to the mtvec base */
  RESET_TRAPS
  li s4, -1
  EXPECT_TRAPS(1)
  la tp, m_back
  ecall
m_back:
  li tp, 0
  TEST_CASE(15, s4, 0)
  TEST_CASE(16, s8, CAUSE_SUPERVISOR_ECALL)    /* 16: mcause 9 */

  /* 17: delegated STI (STIP set by M) taken in S: stvec base + 4 * 5 */
  li t0, MIP_STIP
  csrs mip, t0
  csrs mie, t0
  RESET_TRAPS
  li s4, -1
  EXPECT_TRAPS(1)
  ENTER_S(s_sti)          /* sstatus.SIE is still 1 */
s_sti:
  WAIT_TRAPS(1)
  TEST_CASE(17, s4, 105)
  RESET_TRAPS
  RETURN_TO_M(m_back2)
m_back2:
  li tp, 0
  li t0, MIP_STIP
  csrc mip, t0
  li t0, MSTATUS_SIE
  csrc mstatus, t0
  csrw mideleg, zero
  csrw medeleg, zero

  /* 18: direct mode: an interrupt goes to the base (m_trap itself; no
   * vector entry runs) */
  la t0, m_trap
  csrw mtvec, t0
  li t0, MIP_SSIP
  csrs mip, t0
  TAKE_IN_M(MIP_SSIP)
  TEST_CASE(18, s4, -1)
  TEST_CASE(19, s8, CAUSE_INTR(IRQ_SSI))       /* 19: mcause */
  li t0, MIP_SSIP
  csrc mip, t0
  csrw mie, zero
TEST_END
PRIV_HANDLERS

/* Vector tables: 4-byte jumps (no compressed instructions). */
  .text
  .option push
  .option norvc
  .align 8
mvec:
  j mv0; j mv1; j mv2; j mv3; j mv4; j mv5
  j mv6; j mv7; j mv8; j mv9; j mv10; j mv11
  .align 8
svec:
  j sv0; j sv1; j sv2; j sv3; j sv4; j sv5
  j sv6; j sv7; j sv8; j sv9; j sv10; j sv11
  .option pop
#define MV(k) mv##k: li s4, k; j m_trap;
#define SV(k) sv##k: li s4, 100 + k; j s_trap;
  MV(0) MV(1) MV(2) MV(3) MV(4) MV(5) MV(6) MV(7) MV(8) MV(9) MV(10) MV(11)
  SV(0) SV(1) SV(2) SV(3) SV(4) SV(5) SV(6) SV(7) SV(8) SV(9) SV(10) SV(11)

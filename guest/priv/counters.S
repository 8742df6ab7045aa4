/* Counters: cycle/instret (and their M versions) in M-mode, mcountinhibit,
 * and access from S/U gated by mcounteren and scounteren. The time CSR is
 * tested in sstc.S (QEMU's spike machine has no time CSR). */
#include "test.h"
#include "priv.h"

#define CY 1
#define TM 2
#define IR 4
#define HPM3 8

#define ILLEGAL_AT(n, label, insn...)                \
  RESET_TRAPS;                                       \
  EXPECT_TRAPS(1);                                   \
  label: insn;                                       \
  CHECK_TRAP_INSN(n, PRV_M, CAUSE_ILLEGAL_INSN, label)

/* A loop of 1000 iterations (3 instructions each). Clobbers t0. */
#define LOOP_1000                                    \
  li t0, 1000;                                       \
  1: addi t0, t0, -1;                                \
  nop;                                               \
  bnez t0, 1b;

TEST_BEGIN
PRIV_INIT
  csrw mie, zero
  csrw mideleg, zero
  csrw medeleg, zero
  csrw mcountinhibit, zero
  PMP_ALLOW_ALL
  .option push
  .option norvc

  /* 1: cycle, instret, mcycle, minstret, mhpmcounter3 readable in M */
  RESET_TRAPS
  csrr a0, cycle
  csrr a0, instret
  csrr a0, mcycle
  csrr a0, minstret
  csrr a0, mhpmcounter3
  csrr a0, hpmcounter3
  CHECK_NO_TRAP(1)

  /* 2: minstret grows over the 3000-instruction loop, by at least 1000
   * (an exact count would be 3000 or a little more; QEMU counts host
   * ticks, not instructions, so the bound is loose) */
  csrr a1, minstret
  LOOP_1000
  csrr a2, minstret
  sub a0, a2, a1
  li TESTNUM, 2
  li t6, 1000
  bltu a0, t6, fail
  /* 3: instret (the user view) grows over the loop too */
  csrr a1, instret
  LOOP_1000
  csrr a2, instret
  sub a0, a2, a1
  li TESTNUM, 3
  li t6, 1000
  bltu a0, t6, fail
  /* 4: mcycle grows over the loop */
  csrr a1, mcycle
  LOOP_1000
  csrr a2, mcycle
  li TESTNUM, 4
  bleu a2, a1, fail

  /* 5: mcycle is writable (64-bit), counting on from the written value */
  li t0, 0x100000000
  csrw mcycle, t0
  csrr a0, mcycle
  li a1, 0x100000000
  sub a0, a0, a1
  li TESTNUM, 5
  li t6, 1000000000
  bgeu a0, t6, fail
  /* 6: minstret likewise */
  li t0, 0x200000000
  csrw minstret, t0
  csrr a0, minstret
  li a1, 0x200000000
  sub a0, a0, a1
  li TESTNUM, 6
  li t6, 1000000000
  bgeu a0, t6, fail

  /* 7: mcountinhibit exists with writable CY and IR bits */
  li t0, CY | IR
  csrw mcountinhibit, t0
  csrr a0, mcountinhibit
  CHECK_MASKED(7, a0, CY | IR, CY | IR)
  /* 8: with IR inhibited minstret keeps its written value over a loop */
  li t0, 1000
  csrw minstret, t0
  LOOP_1000
  csrr a0, minstret
  TEST_CASE(8, a0, 1000)
  /* 9: with CY inhibited mcycle keeps its written value over a loop */
  li t0, 2000
  csrw mcycle, t0
  LOOP_1000
  csrr a0, mcycle
  TEST_CASE(9, a0, 2000)
  /* 10: mcountinhibit cleared: minstret counts again */
  csrw mcountinhibit, zero
  csrr a0, mcountinhibit
  CHECK_MASKED(10, a0, CY | IR, 0)
  csrr a1, minstret
  LOOP_1000
  csrr a2, minstret
  li TESTNUM, 11                               /* 11: counting resumed */
  bleu a2, a1, fail

  /* 12: mcounteren CY, TM, IR, HPM3 are writable */
  li t0, CY | TM | IR | HPM3
  csrw mcounteren, t0
  csrr a0, mcounteren
  CHECK_MASKED(12, a0, CY | TM | IR | HPM3, CY | TM | IR | HPM3)

  /* ---- S-mode with mcounteren = 0 ---- */
  csrw mcounteren, zero
  csrw scounteren, zero
  ENTER_S(s_none)
s_none:
  ILLEGAL_AT(13, s_cy0, csrr a0, cycle)        /* 13: cycle illegal in S */
  ILLEGAL_AT(14, s_ir0, csrr a0, instret)      /* 14: instret illegal in S */
  ILLEGAL_AT(15, s_hpm0, csrr a0, hpmcounter3) /* 15: hpmcounter3 too */
  ILLEGAL_AT(16, s_mcy, csrr a0, mcycle)       /* 16: mcycle is an M CSR */
  /* 17: scounteren is an S CSR, writable from S */
  li t0, CY | IR
  csrw scounteren, t0
  csrr a0, scounteren
  CHECK_MASKED(17, a0, CY | TM | IR, CY | IR)
  RESET_TRAPS
  RETURN_TO_M(m1)
m1:
  li tp, 0

  /* ---- S-mode with mcounteren = CY ---- */
  li t0, CY
  csrw mcounteren, t0
  csrw scounteren, zero
  ENTER_S(s_cy)
s_cy:
  /* 18: cycle readable in S (scounteren does not matter for S) */
  RESET_TRAPS
  csrr a0, cycle
  CHECK_NO_TRAP(18)
  ILLEGAL_AT(19, s_ir1, csrr a0, instret)      /* 19: instret still not */
  RESET_TRAPS
  RETURN_TO_M(m2)
m2:
  li tp, 0

  /* ---- S-mode with mcounteren = CY | IR | HPM3 ---- */
  li t0, CY | IR | HPM3
  csrw mcounteren, t0
  ENTER_S(s_all)
s_all:
  /* 20: cycle, instret, hpmcounter3 readable in S */
  RESET_TRAPS
  csrr a0, cycle
  csrr a0, instret
  csrr a0, hpmcounter3
  CHECK_NO_TRAP(20)
  /* 21: instret seen from S grows */
  csrr a1, instret
  LOOP_1000
  csrr a2, instret
  li TESTNUM, 21
  bleu a2, a1, fail
  ILLEGAL_AT(22, s_wcy, csrw cycle, zero)      /* 22: cycle is read-only */
  ILLEGAL_AT(23, s_mir, csrr a0, minstret)     /* 23: minstret is M-only */
  RESET_TRAPS
  RETURN_TO_M(m3)
m3:
  li tp, 0

  /* ---- U-mode: mcounteren = CY | IR, scounteren = 0 ---- */
  li t0, CY | IR
  csrw mcounteren, t0
  csrw scounteren, zero
  ENTER_U(u_none)
u_none:
  ILLEGAL_AT(24, u_cy0, csrr a0, cycle)        /* 24: cycle illegal in U */
  ILLEGAL_AT(25, u_ir0, csrr a0, instret)      /* 25: instret illegal in U */
  RESET_TRAPS
  RETURN_TO_M(m4)
m4:
  li tp, 0

  /* ---- U-mode: mcounteren = CY | IR, scounteren = CY ---- */
  li t0, CY
  csrw scounteren, t0
  ENTER_U(u_cy)
u_cy:
  /* 26: cycle readable in U */
  RESET_TRAPS
  csrr a0, cycle
  CHECK_NO_TRAP(26)
  ILLEGAL_AT(27, u_ir1, csrr a0, instret)      /* 27: instret still not */
  ILLEGAL_AT(28, u_wcy, csrw cycle, a0)        /* 28: cycle is read-only */
  RESET_TRAPS
  RETURN_TO_M(m5)
m5:
  li tp, 0

  /* ---- U-mode: mcounteren = 0, scounteren = all: M's gate wins ---- */
  csrw mcounteren, zero
  li t0, CY | TM | IR | HPM3
  csrw scounteren, t0
  ENTER_U(u_mgate)
u_mgate:
  ILLEGAL_AT(29, u_cy2, csrr a0, cycle)        /* 29: cycle illegal in U */
  ILLEGAL_AT(30, u_ir2, csrr a0, instret)      /* 30: instret illegal in U */
  RESET_TRAPS
  RETURN_TO_M(m6)
m6:
  li tp, 0

  /* 31: both gates open: instret readable in U */
  li t0, CY | IR
  csrw mcounteren, t0
  ENTER_U(u_open)
u_open:
  RESET_TRAPS
  csrr a0, instret
  csrr a0, cycle
  CHECK_NO_TRAP(31)
  RESET_TRAPS
  RETURN_TO_M(m7)
m7:
  li tp, 0
  .option pop
TEST_END
PRIV_HANDLERS

/* Trap delegation: medeleg/mideleg writable bits, exceptions from U/S
 * delegated to S-mode (stvec, scause, sepc, stval, sstatus.SPP/SPIE/SIE),
 * non-delegated ones to M, and exceptions in M-mode never delegated. */
#include "test.h"
#include "priv.h"

#define FAR_ADDR 0x100000000000
#define BIT(n) (1 << (n))

/* Back to M-mode at label through a store access fault (never delegated
 * in this file). */
#define BACK_TO_M(label)                             \
  la tp, label;                                      \
  EXPECT_TRAPS(1);                                   \
  li t0, FAR_ADDR;                                   \
  sd zero, 0(t0);

TEST_BEGIN
PRIV_INIT
  csrw mie, zero
  PMP_ALLOW_ALL

  /* 1: medeleg bits for the exceptions that can occur in S/U mode here are
   * writable: 1-9, 12, 13, 15. (Bit 0 is not checked: with C, fetches
   * cannot be misaligned. Bit 10 (ecall from VS) and 20-23 exist only with
   * H, which QEMU has. Bit 11: the spec makes it read-only zero but QEMU
   * 7.2 lets it be written, so it is not checked; checks 24-26 show that
   * ecall from M is never delegated either way.) */
  li t0, -1
  csrw medeleg, t0
  csrr a0, medeleg
  CHECK_MASKED(1, a0, 0xb3fe, 0xb3fe)
  /* 2: reserved bits 14 and 16-19 are read-only zero */
  CHECK_MASKED(2, a0, 0xf4000, 0)
  /* 3: medeleg cleared again */
  csrw medeleg, zero
  csrr a0, medeleg
  CHECK_MASKED(3, a0, 0xb3fe, 0)

  /* 4: mideleg bits SSI, STI, SEI are writable */
  li t0, -1
  csrw mideleg, t0
  csrr a0, mideleg
  CHECK_MASKED(4, a0, 0x222, 0x222)
  /* 5: mideleg bits of M-level interrupts (MSI, MTI, MEI) are read-only
   * zero (QEMU does so; M interrupts can never be delegated) */
  CHECK_MASKED(5, a0, 0x888, 0)
  /* 6: mideleg cleared again */
  csrw mideleg, zero
  csrr a0, mideleg
  CHECK_MASKED(6, a0, 0x222, 0)

  /* ---- U-mode with illegal insn, breakpoint, load fault and ecall-from-U
   * delegated. sstatus before: SIE = 1, SPIE = 0, SPP = S. ---- */
  li t0, BIT(2) | BIT(3) | BIT(5) | BIT(8)
  csrw medeleg, t0
  li t0, MSTATUS_SPIE
  csrc mstatus, t0
  li t0, MSTATUS_SIE | MSTATUS_SPP
  csrs mstatus, t0
  ENTER_U(u_phase)
u_phase:
  /* 7: illegal instruction from U goes to S: scause 2, sepc, stval = bits */
  RESET_TRAPS
  EXPECT_TRAPS(1)
ill_u:
  .word 0x0000006b
  CHECK_TRAP(7, PRV_S, CAUSE_ILLEGAL_INSN, ill_u, 0x6b)
  /* 8: on the trap sstatus.SPP = U, SPIE = old SIE (1), SIE = 0 */
  CHECK_MASKED(8, s11, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE, MSTATUS_SPIE)

  /* 9: ecall from U delegated: scause 8, stval 0 */
  RESET_TRAPS
  EXPECT_TRAPS(1)
ecall_u:
  ecall
  CHECK_TRAP(9, PRV_S, CAUSE_USER_ECALL, ecall_u, 0)

  /* 10: load access fault from U delegated: scause 5, stval = address */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li a1, FAR_ADDR
ld_u:
  ld a0, 8(a1)
  CHECK_TRAP(10, PRV_S, CAUSE_LOAD_ACCESS, ld_u, FAR_ADDR + 8)

  /* 11: breakpoint from U delegated: scause 3 */
  RESET_TRAPS
  EXPECT_TRAPS(1)
brk_u:
  c.ebreak
  CHECK_TRAP_NOTVAL(11, PRV_S, CAUSE_BREAKPOINT, brk_u)

  /* 12: store access fault (not delegated) from U goes to M: mcause 7,
   * mtval = address */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li a1, FAR_ADDR
st_u:
  sw a0, 4(a1)
  CHECK_TRAP(12, PRV_M, CAUSE_STORE_ACCESS, st_u, FAR_ADDR + 4)
  /* 13: ... with mstatus.MPP = U */
  CHECK_MASKED(13, s11, MSTATUS_MPP, 0)

  RESET_TRAPS
  BACK_TO_M(m_phase1)
m_phase1:
  li tp, 0
  /* 14: the delegated traps went through stvec, not mtvec: the M handler
   * saw only the one store fault used to come back (s6 = M, cause 7) */
  li TESTNUM, 14
  li t0, 1
  bne s7, t0, fail
  li t0, CAUSE_STORE_ACCESS
  bne s8, t0, fail

  /* ---- S-mode with illegal insn, breakpoint and ecall-from-S delegated.
   * sstatus before: SIE = 0, SPIE = 0, SPP = U ---- */
  li t0, BIT(2) | BIT(3) | BIT(9)
  csrw medeleg, t0
  li t0, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP
  csrc mstatus, t0
  ENTER_S(s_phase)
s_phase:
  /* 15: breakpoint in S delegated: S handler, scause 3, sepc */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  .option push
  .option norvc
brk_s:
  ebreak
  .option pop
  CHECK_TRAP_NOTVAL(15, PRV_S, CAUSE_BREAKPOINT, brk_s)
  /* 16: sstatus.SPP = S, SPIE = old SIE (0), SIE = 0 */
  CHECK_MASKED(16, s11, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE, MSTATUS_SPP)

  /* 17: with sstatus.SIE = 1 an illegal instruction in S is delegated and
   * SPIE = 1, SIE = 0, SPP = S on the trap */
  li t0, MSTATUS_SIE
  csrs sstatus, t0
  RESET_TRAPS
  EXPECT_TRAPS(1)
ill_s:
  .word 0x0000006b
  CHECK_TRAP(17, PRV_S, CAUSE_ILLEGAL_INSN, ill_s, 0x6b)
  CHECK_MASKED(18, s11, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE, MSTATUS_SPP | MSTATUS_SPIE)  /* 18: SPP/SPIE/SIE */
  /* 19: sret from the handler restored SIE = SPIE = 1 */
  csrr a0, sstatus
  CHECK_MASKED(19, a0, MSTATUS_SIE, MSTATUS_SIE)
  li t0, MSTATUS_SIE
  csrc sstatus, t0

  /* 20: ecall from S delegated: scause 9, stval 0 */
  RESET_TRAPS
  EXPECT_TRAPS(1)
ecall_s:
  ecall
  CHECK_TRAP(20, PRV_S, CAUSE_SUPERVISOR_ECALL, ecall_s, 0)

  /* 21: load access fault (not delegated now) from S goes to M, MPP = S */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li a1, FAR_ADDR
ld_s:
  lbu a0, 3(a1)
  CHECK_TRAP(21, PRV_M, CAUSE_LOAD_ACCESS, ld_s, FAR_ADDR + 3)
  CHECK_MASKED(22, s11, MSTATUS_MPP, MSTATUS_MPP_S)   /* 22: MPP = S */

  /* 23: an S handler that returns to a label stays in S: after the
   * delegated ecall jumps to s_cont, sscratch (an S CSR) is accessible
   * without a trap */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  la tp, s_cont
  ecall
s_cont:
  li tp, 0
  li t0, 0x5a5a
  csrw sscratch, t0
  csrr a0, sscratch
  li TESTNUM, 23
  li t6, 1
  bne s7, t6, fail
  TEST_CASE(23, a0, 0x5a5a)

  BACK_TO_M(m_phase2)
m_phase2:
  li tp, 0

  /* ---- M-mode: everything delegatable delegated, nothing delegates ---- */
  li t0, -1
  csrw medeleg, t0
  /* 24: ecall from M goes to M (mcause 11) */
  RESET_TRAPS
  EXPECT_TRAPS(1)
ecall_m:
  ecall
  CHECK_TRAP(24, PRV_M, CAUSE_MACHINE_ECALL, ecall_m, 0)
  /* 25: illegal instruction in M goes to M */
  RESET_TRAPS
  EXPECT_TRAPS(1)
ill_m:
  .word 0x0000006b
  CHECK_TRAP(25, PRV_M, CAUSE_ILLEGAL_INSN, ill_m, 0x6b)
  /* 26: breakpoint in M goes to M */
  RESET_TRAPS
  EXPECT_TRAPS(1)
brk_m:
  c.ebreak
  CHECK_TRAP_NOTVAL(26, PRV_M, CAUSE_BREAKPOINT, brk_m)
  /* 27: load access fault in M goes to M */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li a1, FAR_ADDR
ld_m:
  ld a0, 0(a1)
  CHECK_TRAP(27, PRV_M, CAUSE_LOAD_ACCESS, ld_m, FAR_ADDR)
  /* 28: store access fault in M goes to M */
  RESET_TRAPS
  EXPECT_TRAPS(1)
st_m:
  sd a0, 0(a1)
  CHECK_TRAP(28, PRV_M, CAUSE_STORE_ACCESS, st_m, FAR_ADDR)
  csrw medeleg, zero
TEST_END
PRIV_HANDLERS

/* Exception causes taken to M-mode (no delegation): mcause, mepc and mtval
 * for illegal instructions, breakpoints, ecall from U/S/M, load/store/AMO
 * and fetch access faults, and xRET from a mode below the one it needs. */
#include "test.h"
#include "priv.h"

#define FAR_ADDR 0x100000000000

TEST_BEGIN
PRIV_INIT
  csrw medeleg, zero
  csrw mideleg, zero
  csrw mie, zero

  /* 1: reserved major opcode 1101011 in M: cause 2, mtval = insn bits */
  RESET_TRAPS
  EXPECT_TRAPS(1)
ill32:
  .word 0x0000006b
  CHECK_TRAP(1, PRV_M, CAUSE_ILLEGAL_INSN, ill32, 0x6b)

  /* 2: reserved 16-bit encoding (c.addi4spn with zero immediate):
   * mtval = the 16 instruction bits only */
  RESET_TRAPS
  EXPECT_TRAPS(1)
ill16:
  .half 0x0004
  CHECK_TRAP(2, PRV_M, CAUSE_ILLEGAL_INSN, ill16, 0x0004)

  /* 3: c.unimp (0x0000) is illegal: mepc points at it, handler skipped 2
   * bytes (the next check runs) */
  RESET_TRAPS
  EXPECT_TRAPS(1)
ill_unimp:
  .half 0x0000
  CHECK_TRAP(3, PRV_M, CAUSE_ILLEGAL_INSN, ill_unimp, 0)

  /* 4: ebreak (32-bit) in M: cause 3, mepc = its address */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  .option push
  .option norvc
brk32:
  ebreak
  .option pop
  CHECK_TRAP_NOTVAL(4, PRV_M, CAUSE_BREAKPOINT, brk32)
  /* 5: mtval for a breakpoint is 0 or the address of the ebreak (the spec
   * allows either; QEMU 7.2 writes 0) */
  li TESTNUM, 5
  beqz s10, 1f
  la t0, brk32
  bne s10, t0, fail
1:

  /* 6: c.ebreak: cause 3, mepc = its address, 2-byte skip works */
  RESET_TRAPS
  EXPECT_TRAPS(1)
brk16:
  c.ebreak
  CHECK_TRAP_NOTVAL(6, PRV_M, CAUSE_BREAKPOINT, brk16)

  /* 7: ecall from M: cause 11, mtval 0 */
  RESET_TRAPS
  EXPECT_TRAPS(1)
ecall_m:
  ecall
  CHECK_TRAP(7, PRV_M, CAUSE_MACHINE_ECALL, ecall_m, 0)

  /* 8: the trap from M-mode left mstatus.MPP = M */
  CHECK_MASKED(8, s11, MSTATUS_MPP, MSTATUS_MPP)

  /* 9: load from unmapped physical address 0: cause 5, mtval = 0 */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li a1, 0
ld_zero:
  ld a0, 0(a1)
  CHECK_TRAP(9, PRV_M, CAUSE_LOAD_ACCESS, ld_zero, 0)

  /* 10: load from unmapped 0x1000_0000_0000: cause 5, mtval = address */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li a1, FAR_ADDR
ld_far:
  lw a0, 8(a1)
  CHECK_TRAP(10, PRV_M, CAUSE_LOAD_ACCESS, ld_far, FAR_ADDR + 8)

  /* 11: store to unmapped address: cause 7, mtval = address */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li a1, FAR_ADDR
st_far:
  sd a0, 16(a1)
  CHECK_TRAP(11, PRV_M, CAUSE_STORE_ACCESS, st_far, FAR_ADDR + 16)

  /* 12: byte store to unmapped address 0x8: cause 7, mtval = 8 */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li a1, 8
sb_low:
  sb a0, 0(a1)
  CHECK_TRAP(12, PRV_M, CAUSE_STORE_ACCESS, sb_low, 8)

  /* 13: AMO to unmapped address: access fault with mtval = address. The
   * spec says store/AMO access fault (7); QEMU 7.2 raises a load access
   * fault (5) for AMOs on unmapped addresses, so both are accepted (ttvm
   * should raise 7). */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li a1, FAR_ADDR
amo_far:
  amoadd.d a0, a2, (a1)
  li t0, CAUSE_LOAD_ACCESS     /* fold 5 into 7 for the comparison */
  bne s8, t0, 1f
  li s8, CAUSE_STORE_ACCESS
1:
  CHECK_TRAP(13, PRV_M, CAUSE_STORE_ACCESS, amo_far, FAR_ADDR)

  /* 14: lr.d from unmapped address: load access fault (5) */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li a1, FAR_ADDR
lr_far:
  lr.d a0, (a1)
  CHECK_TRAP(14, PRV_M, CAUSE_LOAD_ACCESS, lr_far, FAR_ADDR)

  /* 15: jump to unmapped address: instruction access fault (1),
   * mepc = mtval = target */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  la tp, fetch_back
  li a1, FAR_ADDR
  jr a1
fetch_back:
  li tp, 0
  li TESTNUM, 15
  li t6, 1
  bne s7, t6, fail
  li t6, CAUSE_FETCH_ACCESS
  bne s8, t6, fail
  li t6, FAR_ADDR
  bne s9, t6, fail
  bne s10, t6, fail

  /* 16: the registers of the trapping load were not written (a0 keeps its
   * value across a faulting load) */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li a0, 1234
  li a1, FAR_ADDR
  ld a0, 0(a1)
  TEST_CASE(16, a0, 1234)

  /* --- S-mode --- */
  PMP_ALLOW_ALL
  ENTER_S(in_s)
in_s:
  /* 17: ecall from S: cause 9, mtval 0, MPP = S */
  RESET_TRAPS
  EXPECT_TRAPS(1)
ecall_s:
  ecall
  CHECK_TRAP(17, PRV_M, CAUSE_SUPERVISOR_ECALL, ecall_s, 0)
  CHECK_MASKED(18, s11, MSTATUS_MPP, MSTATUS_MPP_S)   /* 18: MPP = S */

  /* 19: mret in S-mode is illegal: mtval = 0x30200073 */
  RESET_TRAPS
  EXPECT_TRAPS(1)
mret_s:
  mret
  CHECK_TRAP(19, PRV_M, CAUSE_ILLEGAL_INSN, mret_s, 0x30200073)

  /* 20: ebreak in S: cause 3 */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  .option push
  .option norvc
brk_s:
  ebreak
  .option pop
  CHECK_TRAP_NOTVAL(20, PRV_M, CAUSE_BREAKPOINT, brk_s)

  /* 21: load access fault in S: cause 5, mtval = address */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li a1, FAR_ADDR
ld_s:
  ld a0, 0(a1)
  CHECK_TRAP(21, PRV_M, CAUSE_LOAD_ACCESS, ld_s, FAR_ADDR)

  /* 22: illegal instruction in S: same cause and mtval as in M */
  RESET_TRAPS
  EXPECT_TRAPS(1)
ill_s:
  .word 0x0000006b
  CHECK_TRAP(22, PRV_M, CAUSE_ILLEGAL_INSN, ill_s, 0x6b)

  RETURN_TO_M(back_from_s)
back_from_s:
  li tp, 0

  /* --- U-mode --- */
  ENTER_U(in_u)
in_u:
  /* 23: ecall from U: cause 8, mtval 0, MPP = U */
  RESET_TRAPS
  EXPECT_TRAPS(1)
ecall_u:
  ecall
  CHECK_TRAP(23, PRV_M, CAUSE_USER_ECALL, ecall_u, 0)
  CHECK_MASKED(24, s11, MSTATUS_MPP, 0)   /* 24: MPP = U */

  /* 25: sret in U-mode is illegal: mtval = 0x10200073 */
  RESET_TRAPS
  EXPECT_TRAPS(1)
sret_u:
  sret
  CHECK_TRAP(25, PRV_M, CAUSE_ILLEGAL_INSN, sret_u, 0x10200073)

  /* 26: mret in U-mode is illegal */
  RESET_TRAPS
  EXPECT_TRAPS(1)
mret_u:
  mret
  CHECK_TRAP(26, PRV_M, CAUSE_ILLEGAL_INSN, mret_u, 0x30200073)

  /* 27: store access fault in U: cause 7, mtval = address */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li a1, FAR_ADDR
sd_u:
  sd a0, 24(a1)
  CHECK_TRAP(27, PRV_M, CAUSE_STORE_ACCESS, sd_u, FAR_ADDR + 24)

  /* 28: c.ebreak in U: cause 3 */
  RESET_TRAPS
  EXPECT_TRAPS(1)
brk_u:
  c.ebreak
  CHECK_TRAP_NOTVAL(28, PRV_M, CAUSE_BREAKPOINT, brk_u)

  /* 29: wfi in U-mode with mstatus.TW = 1 is illegal: mtval = 0x10500073 */
  li TESTNUM, 29
  RESET_TRAPS
  RETURN_TO_M(set_tw)
set_tw:
  li tp, 0
  li t0, MSTATUS_TW
  csrs mstatus, t0
  ENTER_U(in_u2)
in_u2:
  RESET_TRAPS
  EXPECT_TRAPS(1)
wfi_u:
  wfi
  CHECK_TRAP(29, PRV_M, CAUSE_ILLEGAL_INSN, wfi_u, 0x10500073)

  RETURN_TO_M(done)
done:
  li tp, 0
  li t0, MSTATUS_TW
  csrc mstatus, t0
TEST_END
PRIV_HANDLERS

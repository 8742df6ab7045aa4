/* Sdtrig debug triggers (Debug Specification 1.0, chapter 5), as firmware
 * and ISA test suites probe them: tselect and tinfo; mcontrol (type 2) and
 * mcontrol6 (type 6) address matches on execute, load and store, enabled per
 * mode (M, S, U); a match takes a breakpoint exception before the
 * instruction or the access, which then has not happened. Passes on ttvm and
 * on QEMU (qemu-ref). */
#include "test.h"
#include "priv.h"

#define CSR_TSELECT 0x7a0
#define CSR_TDATA1  0x7a1
#define CSR_TDATA2  0x7a2
#define CSR_TDATA3  0x7a3
#define CSR_TINFO   0x7a4
#define MC_LOAD  0x01
#define MC_STORE 0x02
#define MC_EXEC  0x04
#define MC_U     0x08
#define MC_S     0x10
#define MC_M     0x40
/* tdata1 = type << 60 | bits; tdata2 = the address at label. Clobbers t0. */
#define ARM(type, bits, label)                       \
  la t0, label;                                      \
  csrw CSR_TDATA2, t0;                               \
  li t0, ((type) << 60) | (bits);                    \
  csrw CSR_TDATA1, t0;
/* The selected trigger matches nothing (an mcontrol with no enables). */
#define DISARM                                       \
  li t0, (2 << 60);                                  \
  csrw CSR_TDATA1, t0;

TEST_BEGIN
PRIV_INIT
  csrw medeleg, zero
  csrw mideleg, zero
  csrw mie, zero
  PMP_ALLOW_ALL

  /* 1: tselect 0 exists and reads back */
  csrw CSR_TSELECT, zero
  csrr a0, CSR_TSELECT
  li TESTNUM, 1
  bnez a0, fail
  /* 2: tinfo lists mcontrol (2) and mcontrol6 (6) */
  csrr a0, CSR_TINFO
  CHECK_MASKED(2, a0, 0x44, 0x44)
  /* 3: an index with no trigger is not taken by tselect (WARL), so that
   * software can count the triggers */
  li t0, 4000
  csrw CSR_TSELECT, t0
  csrr a0, CSR_TSELECT
  li TESTNUM, 3
  beq a0, t0, fail
  csrw CSR_TSELECT, zero
  /* 4: tdata1 keeps type 2, execute and M; tdata2 the address */
  ARM(2, MC_EXEC | MC_M, t_exec)
  csrr a0, CSR_TDATA1
  srli a1, a0, 60
  li TESTNUM, 4
  li t0, 2
  bne a1, t0, fail
  CHECK_MASKED(4, a0, MC_EXEC | MC_M | MC_LOAD | MC_STORE, MC_EXEC | MC_M)
  csrr a0, CSR_TDATA2
  la t0, t_exec
  li TESTNUM, 4
  bne a0, t0, fail

  /* 5: the execute trigger fires in M before the instruction at tdata2:
   * a breakpoint exception with mepc there, and the instruction did not
   * run (the handler skips it) */
  li a1, 0
  RESET_TRAPS
  EXPECT_TRAPS(1)
  call t_exec
  CHECK_TRAP_NOTVAL(5, PRV_M, CAUSE_BREAKPOINT, t_exec)
  li TESTNUM, 5
  bnez a1, fail
  /* mtval: the address (ttvm) or 0 (QEMU 7.2); the spec allows both */
  la t0, t_exec
  li TESTNUM, 5
  beqz s10, 1f
  bne s10, t0, fail
1:
  /* 6: disarmed, the instruction runs and nothing traps */
  DISARM
  RESET_TRAPS
  call t_exec
  CHECK_NO_TRAP(6)
  li TESTNUM, 6
  li t0, 1
  bne a1, t0, fail

  /* 7: a load trigger fires before a load of its address (mepc = the
   * load, rd unchanged) */
  la a3, var
  ARM(2, MC_LOAD | MC_M, var)
  li a2, 77
  RESET_TRAPS
  EXPECT_TRAPS(1)
  call t_load
  CHECK_TRAP_NOTVAL(7, PRV_M, CAUSE_BREAKPOINT, t_load)
  la t0, var
  li TESTNUM, 7
  beqz s10, 1f
  bne s10, t0, fail
1:
  li t0, 77
  bne a2, t0, fail
  /* 8: loads elsewhere and stores to its address do not fire it */
  RESET_TRAPS
  la a3, var + 8
  call t_load
  la a3, var
  li a4, 5
  call t_store
  CHECK_NO_TRAP(8)
  DISARM
  ld a0, 0(a3)
  li TESTNUM, 8
  li t0, 5
  bne a0, t0, fail

  /* 9: a store trigger (mcontrol6) fires before the store: memory keeps
   * its old value */
  ARM(6, MC_STORE | MC_M, var)
  li a4, 9
  RESET_TRAPS
  EXPECT_TRAPS(1)
  call t_store
  CHECK_TRAP_NOTVAL(9, PRV_M, CAUSE_BREAKPOINT, t_store)
  /* 10: a load of that address does not fire a store trigger */
  RESET_TRAPS
  call t_load
  CHECK_NO_TRAP(10)
  li TESTNUM, 10
  li t0, 5
  bne a2, t0, fail
  DISARM

  /* 11: a trigger enabled for U only does not fire in M */
  ARM(2, MC_EXEC | MC_U, t_exec)
  li a1, 0
  RESET_TRAPS
  call t_exec
  CHECK_NO_TRAP(11)
  /* 12: ... but does in U: the exception goes to M (not delegated), with
   * mepc at the instruction */
  ENTER_U(u12)
u12:
  li a1, 0
  RESET_TRAPS
  EXPECT_TRAPS(1)
  call t_exec
  CHECK_TRAP_NOTVAL(12, PRV_M, CAUSE_BREAKPOINT, t_exec)
  li TESTNUM, 12
  bnez a1, fail
  RETURN_TO_M(m12)
m12:
  li tp, 0
  DISARM

  /* 13: two triggers at once: trigger 1 watches stores in S, trigger 0
   * executions in M; in S only the store one fires */
  li t0, 1
  csrw CSR_TSELECT, t0
  csrr a0, CSR_TSELECT
  li TESTNUM, 13
  bne a0, t0, fail
  ARM(6, MC_STORE | MC_S, var)
  csrw CSR_TSELECT, zero
  ARM(2, MC_EXEC | MC_M, t_exec)
  ENTER_S(s13)
s13:
  RESET_TRAPS
  EXPECT_TRAPS(1)
  call t_exec
  la a3, var
  li a4, 13
  call t_store
  CHECK_TRAP_NOTVAL(13, PRV_M, CAUSE_BREAKPOINT, t_store)
  RETURN_TO_M(m13)
m13:
  li tp, 0
  /* 14: each trigger kept its own tdata1 and tdata2 */
  csrr a0, CSR_TDATA2
  la t0, t_exec
  li TESTNUM, 14
  bne a0, t0, fail
  li t0, 1
  csrw CSR_TSELECT, t0
  csrr a0, CSR_TDATA1
  srli a1, a0, 60
  li t0, 6
  bne a1, t0, fail
  CHECK_MASKED(14, a0, MC_EXEC | MC_LOAD | MC_STORE | MC_S | MC_M | MC_U, MC_STORE | MC_S)
  csrr a0, CSR_TDATA2
  la t0, var
  li TESTNUM, 14
  bne a0, t0, fail
  DISARM
  csrw CSR_TSELECT, zero
  DISARM
  /* 15: the store of check 13 did not happen */
  ld a0, var
  li TESTNUM, 15
  li t0, 5
  bne a0, t0, fail
  j done

/* The instructions the triggers watch, each followed by a return. */
t_exec:
  addi a1, a1, 1
  ret
t_load:
  ld a2, 0(a3)
  ret
t_store:
  sd a4, 0(a3)
  ret

done:
TEST_END
PRIV_HANDLERS

  .data
  .align 3
var:
  .dword 0
  .dword 0

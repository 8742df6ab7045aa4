/* Faulting accesses for the hostile guest (hostile.c), and the M-mode trap
 * handler that survives them. Every probe is one 4-byte instruction
 * (norvc), so the handler resumes after it with mepc + 4; a faulting
 * instruction fetch (a jump to nowhere) resumes at ra instead, i.e. the
 * jump returns to its caller. An ecall from S- or U-mode returns to M-mode.
 * The handler counts traps and keeps the last cause and tval for the C code
 * to check; an interrupt is unexpected and ends the test with 99. */
#include "htif.h"
  .option norvc
  .text

  .globl hostile_trap
  .align 4
hostile_trap:
  csrw mscratch, t0
  la t0, trap_save
  sd t1, 0(t0)
  csrr t1, mcause
  bltz t1, 3f
  sd t1, trap_cause, t0
  csrr t1, mtval
  sd t1, trap_tval, t0
  ld t1, trap_count
  addi t1, t1, 1
  sd t1, trap_count, t0
  csrr t1, mcause
  li t0, 1                 /* instruction access fault */
  beq t1, t0, 1f
  li t0, 12                /* instruction page fault */
  beq t1, t0, 1f
  li t0, 8                 /* ecall from U */
  beq t1, t0, 2f
  li t0, 9                 /* ecall from S */
  beq t1, t0, 2f
  csrr t1, mepc
  addi t1, t1, 4
  csrw mepc, t1
  j 9f
1:
  csrw mepc, ra
  j 9f
2:
  li t0, 3 << 11           /* back to M-mode */
  csrs mstatus, t0
  csrr t1, mepc
  addi t1, t1, 4
  csrw mepc, t1
9:
  la t0, trap_save
  ld t1, 0(t0)
  csrr t0, mscratch
  mret
3:
  li a0, (99 << 1) | 1
  la t0, tohost
4:
  sd a0, 0(t0)
  j 4b

/* uint64_t probe_load(uint64_t addr, unsigned size): lb/lh/lw/ld. */
  .globl probe_load
probe_load:
  li t2, 1
  beq a1, t2, 1f
  li t2, 2
  beq a1, t2, 2f
  li t2, 4
  beq a1, t2, 4f
  ld a0, 0(a0)
  ret
1: lbu a0, 0(a0)
  ret
2: lhu a0, 0(a0)
  ret
4: lwu a0, 0(a0)
  ret

/* void probe_store(uint64_t addr, unsigned size, uint64_t value). */
  .globl probe_store
probe_store:
  li t2, 1
  beq a1, t2, 1f
  li t2, 2
  beq a1, t2, 2f
  li t2, 4
  beq a1, t2, 4f
  sd a2, 0(a0)
  ret
1: sb a2, 0(a0)
  ret
2: sh a2, 0(a0)
  ret
4: sw a2, 0(a0)
  ret

/* uint64_t probe_amo(uint64_t addr): amoadd.d of 1. */
  .globl probe_amo
probe_amo:
  li t2, 1
  amoadd.d a0, t2, (a0)
  ret

/* uint64_t probe_lr(uint64_t addr), probe_sc(addr, value) (0 = stored). */
  .globl probe_lr
probe_lr:
  lr.d a0, (a0)
  ret
  .globl probe_sc
probe_sc:
  li t2, 7
  sc.d t2, a1, (a0)
  mv a0, t2
  ret

/* void probe_jump(uint64_t addr): a call to addr; a fetch fault returns. */
  .globl probe_jump
probe_jump:
  jr a0

/* Data accesses as S-mode sees them (MPRV with MPP = S), fetches stay in
 * M-mode: the page tables are attacked without losing the code.
 * uint64_t mprv_load(addr), void mprv_store(addr, value). */
  .globl mprv_load
mprv_load:
  li t0, 3 << 11
  csrc mstatus, t0
  li t0, (1 << 11) | (1 << 17)
  csrs mstatus, t0
  ld a0, 0(a0)
  li t0, 1 << 17
  csrc mstatus, t0
  ret
  .globl mprv_store
mprv_store:
  li t0, 3 << 11
  csrc mstatus, t0
  li t0, (1 << 11) | (1 << 17)
  csrs mstatus, t0
  sd a1, 0(a0)
  li t0, 1 << 17
  csrc mstatus, t0
  ret

/* void run_in_s(void (*fn)(void)): calls fn in S-mode; fn's ecall-free
 * return comes back to M-mode through the ecall below. */
  .globl run_in_s
run_in_s:
  addi sp, sp, -16
  sd ra, 0(sp)
  li t0, 3 << 11
  csrc mstatus, t0
  li t0, 1 << 11
  csrs mstatus, t0
  la t0, 1f
  csrw mepc, t0
  mret
1:
  jalr a0
  ecall
  ld ra, 0(sp)
  addi sp, sp, 16
  ret

  .data
  .align 3
trap_save: .dword 0
  .globl trap_cause, trap_tval, trap_count
trap_cause: .dword 0
trap_tval: .dword 0
trap_count: .dword 0

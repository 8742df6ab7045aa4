/* Start-up for the gdb test program: every hart gets a stack; hart 0 runs
 * main() and exits through HTIF tohost with its return value, the others
 * run other_hart() (a loop gdb can look at as a second thread). */
#include "htif.h"
  .section .text.init
  .globl _start
_start:
  csrr t0, mhartid
  la sp, _stacks
  addi t1, t0, 1
  slli t1, t1, 13          /* 8 KiB per hart */
  add sp, sp, t1
  li t1, 1 << 13           /* mstatus.FS = Initial: FP available */
  csrs mstatus, t1
  bnez t0, 1f
  call main
  slli a0, a0, 1
  ori a0, a0, 1
  la t0, tohost
2:
  sd a0, 0(t0)
  j 2b
1:
  mv a0, t0
  call other_hart
3:
  wfi
  j 3b

HTIF_MAILBOX

  .bss
  .align 4
_stacks: .skip 8192 * 8

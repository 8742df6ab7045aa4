/* Start-up for C guest programs: stack, bss, main(), then exit through
 * HTIF tohost with main's return value (0 = success). Only hart 0 runs
 * main; other harts wait. */
#include "htif.h"
  .section .text.init
  .globl _start
_start:
  csrr t0, mhartid
  bnez t0, park
  la sp, _stack_top
  la t0, __bss_start
  la t1, _end
1:
  bgeu t0, t1, 2f
  sd zero, 0(t0)
  addi t0, t0, 8
  j 1b
2:
  call main
  slli a0, a0, 1
  ori a0, a0, 1
  la t0, tohost
3:
  sd a0, 0(t0)
  j 3b
park:
  wfi
  j park

HTIF_MAILBOX

  .bss
  .align 4
_stack: .skip 16384
_stack_top:

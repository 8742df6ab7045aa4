/* Bare-metal test harness for guest ISA and privileged tests.
 *
 * Tests report through the HTIF tohost convention (as riscv-tests do):
 * writing 1 means pass, (n << 1) | 1 means fail with code n. ttvm exits with
 * that code, and so does qemu-system-riscv64 -M spike, so every test can be
 * checked against the reference emulator too.
 *
 * gp (TESTNUM) holds the number of the current check; a failing test prints
 * "FAIL <n>" on the HTIF console and exits with code n. An unexpected trap
 * exits with 1000 + mcause (interrupts: 1000 + low bits). Check numbers start
 * at 1. */
#include "htif.h"
#ifndef TTVM_GUEST_TEST_H
#define TTVM_GUEST_TEST_H

#define TESTNUM gp

#define TEST_BEGIN                                   \
  .section .text.init;                               \
  .globl _start;                                     \
  _start:                                            \
  la t0, trap_unexpected;                            \
  csrw mtvec, t0;                                    \
  li TESTNUM, 0;                                     \
  la sp, _stack_top;                                 \
  j test_main;                                       \
  .align 2;                                          \
  trap_unexpected:                                   \
  csrr a0, mcause;                                   \
  slli a0, a0, 1;                                    \
  srli a0, a0, 1;                                    \
  li t0, 1000;                                       \
  add a0, a0, t0;                                    \
  j exit_with_code;                                  \
  .text;                                             \
  test_main:

#define TEST_PASS                                    \
  li a0, 0;                                          \
  j exit_with_code;

#define TEST_FAIL                                    \
  mv a0, TESTNUM;                                    \
  j exit_with_code;

/* htif_putc: a1 = character; clobbers t0, t1. */
#define TEST_END                                     \
  TEST_PASS                                          \
  fail:                                              \
  TEST_FAIL                                          \
  htif_putc:                                         \
  li t0, 0x0101;                                     \
  slli t0, t0, 48;                                   \
  or t0, t0, a1;                                     \
  la t1, tohost;                                     \
  sd t0, 0(t1);                                      \
  la t1, fromhost;                                   \
  6: ld t0, 0(t1);                                   \
  beqz t0, 6b;                                       \
  sd zero, 0(t1);                                    \
  ret;                                               \
  exit_with_code:                                    \
  beqz a0, 9f;                                       \
  mv s3, a0;                                         \
  mv s0, a0;                                         \
  la s1, fail_msg;                                   \
  2: lbu a1, 0(s1);                                  \
  beqz a1, 3f;                                       \
  jal ra, htif_putc;                                 \
  addi s1, s1, 1;                                    \
  j 2b;                                              \
  3: li s2, 1;                                       \
  4: li t0, 10;                                      \
  mul t1, s2, t0;                                    \
  bgtu t1, s0, 5f;                                   \
  mv s2, t1;                                         \
  j 4b;                                              \
  5: divu a1, s0, s2;                                \
  remu s0, s0, s2;                                   \
  addi a1, a1, 48;                                   \
  jal ra, htif_putc;                                 \
  li t0, 10;                                         \
  divu s2, s2, t0;                                   \
  bnez s2, 5b;                                       \
  li a1, 10;                                         \
  jal ra, htif_putc;                                 \
  mv a0, s3;                                         \
  andi t0, a0, 0xff;  /* exit statuses keep 8 bits: */ \
  bnez t0, 9f;        /* never let n % 256 == 0 pass */ \
  li a0, 255;                                        \
  9:                                                 \
  slli a0, a0, 1;                                    \
  ori a0, a0, 1;                                     \
  la t0, tohost;                                     \
  1: sd a0, 0(t0);                                   \
  j 1b;                                              \
  .section .rodata;                                  \
  fail_msg: .asciz "FAIL ";                          \
  HTIF_MAILBOX;                                       \
  .bss;                                              \
  .align 4;                                          \
  _stack: .skip 8192;                                \
  _stack_top:;

/* TEST_CASE(n, reg, expected, code...): run code, then compare reg with
 * expected (an immediate loaded into t6; code must not rely on t6). */
#define TEST_CASE(n, reg, expected, code...)         \
  li TESTNUM, n;                                     \
  code;                                              \
  li t6, expected;                                   \
  bne reg, t6, fail;

#endif

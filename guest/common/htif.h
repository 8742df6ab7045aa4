/* The HTIF mailbox (riscv-tests convention): tohost and fromhost, each in
 * its own 64-byte line of the .tohost section, which ttvm and QEMU find by
 * symbol. One definition for every start-up file (assembler only). */
#pragma once

#define HTIF_MAILBOX                \
  .section .tohost, "aw", @progbits; \
  .align 6;                          \
  .globl tohost;                     \
  tohost: .dword 0;                  \
  .size tohost, 8;                   \
  .align 6;                          \
  .globl fromhost;                   \
  fromhost: .dword 0;                \
  .size fromhost, 8

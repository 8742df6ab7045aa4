/* Minimal NS16550A output for C guest programs (QEMU virt's UART0). */
#ifndef TTVM_GUEST_UART_H
#define TTVM_GUEST_UART_H
#include <stdint.h>

#define UART0 ((volatile uint8_t *)0x10000000)

static inline void uart_putc(char c) {
  while (!(UART0[5] & 0x20)) {
  }
  UART0[0] = (uint8_t)c;
}
static inline void uart_puts(const char *s) {
  while (*s) uart_putc(*s++);
}
static inline void uart_putu(uint64_t v) {
  char buf[21];
  int i = 20;
  buf[i] = 0;
  do {
    buf[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  uart_puts(buf + i);
}
#endif

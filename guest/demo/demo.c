/* The built-in demo guest of `ttvm run`: a bare-metal program that prints
 * through the UART, does a little work, and exits through HTIF. */
#include <stdint.h>

#include "uart.h"

static uint64_t read_csr_instret(void) {
  uint64_t v;
  __asm__ volatile("csrr %0, minstret" : "=r"(v));
  return v;
}

int main(void) {
  uart_puts("Hello from the ttvm demo guest (bare-metal RV64, M-mode)\n");
  /* Count primes below 10000 with a sieve. */
  static uint8_t composite[10000];
  unsigned primes = 0;
  for (unsigned i = 2; i < 10000; ++i) {
    if (composite[i]) continue;
    ++primes;
    for (unsigned j = i * i; j < 10000; j += i) composite[j] = 1;
  }
  uart_puts("primes below 10000: ");
  uart_putu(primes);
  uart_puts("\ninstructions so far: ");
  uart_putu(read_csr_instret());
  uart_puts("\nbye\n");
  return primes == 1229 ? 0 : 1;
}

/* A busy guest at its prompt (tests/console_flush_test.py): prints a line,
 * then a prompt without a newline, then spins without WFI, as a polling
 * teaching kernel does. Its prompt must still reach the terminal or pipe,
 * and also when a debugger stops it right after the prompt (prompt_shown). */
#include "uart.h"

__attribute__((noinline)) void prompt_shown(void) { __asm__ volatile(""); }

int main(void) {
  uart_puts("prompt_spin: ready\n");
  uart_puts("ttvm-prompt$ ");
  prompt_shown();
  for (volatile unsigned long i = 0;; ++i) {
  }
  return 0;
}

/* A busy guest at its prompt (tests/console_flush_test.py): prints a line,
 * then a prompt without a newline, then spins without WFI, as a polling
 * teaching kernel does. Its prompt must still reach the terminal or pipe. */
#include "uart.h"

int main(void) {
  uart_puts("prompt_spin: ready\n");
  uart_puts("ttvm-prompt$ ");
  for (volatile unsigned long i = 0;; ++i) {
  }
  return 0;
}

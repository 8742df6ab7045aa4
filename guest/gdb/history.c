/* The bare-metal program the reverse-execution tests (tests/reverse_test.sh)
 * debug: a function called many times with a known argument, a counter
 * written at known points, and nested calls to step back over. */
#include <stdint.h>

volatile uint64_t counter; /* written by bump(): 1, 3, 6, 10, ... */
volatile uint64_t calls;

__attribute__((noinline)) uint64_t square(uint64_t x) { return x * x; }

__attribute__((noinline)) void bump(uint64_t i) {
  calls = calls + 1;
  counter = counter + i;
}

__attribute__((noinline)) uint64_t work(uint64_t i) {
  uint64_t s = square(i);
  bump(i);
  return s;
}

int main(void) {
  uint64_t total = 0;
  for (uint64_t i = 1; i <= 20; ++i) total += work(i);
  /* 1^2 + ... + 20^2 = 2870; counter = 210 */
  return total == 2870 && counter == 210 ? 0 : 1;
}

/* Harts other than 0 (start.S): wait. */
void other_hart(uint64_t hartid) {
  (void)hartid;
  for (;;) __asm__ volatile("wfi");
}

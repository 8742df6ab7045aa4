/* The reverse-execution benchmark's bare-metal guest (bench/timetravel.sh):
 * two markers written once each, about 10^9 and 10^8 instructions before the
 * end, with memory-writing computation in between (on other pages), so that
 * watch + reverse-continue has a known write that far back. */
#include <stdint.h>

volatile uint64_t mark_early __attribute__((aligned(4096)));
volatile uint64_t mark_late __attribute__((aligned(4096)));
volatile uint64_t buf[8192]; /* memory traffic (read by nobody, so volatile) */

__attribute__((noinline)) uint64_t mix(uint64_t x) { return x * 6364136223846793005ull + 1442695040888963407ull; }

/* About 11 instructions an iteration. */
__attribute__((noinline)) uint64_t compute(uint64_t iters, uint64_t x) {
  for (uint64_t i = 0; i < iters; ++i) {
    x = mix(x);
    buf[(x >> 40) & 8191] = x;
  }
  return x;
}

int main(void) {
  mark_early = 1;
  uint64_t x = compute(82000000, 1);
  mark_late = x | 1;
  x = compute(9000000, x);
  return x == 0 ? 1 : 0;
}

/* The bare-metal program the gdb tests (tests/gdb_bare_test.sh) debug:
 * known symbols to break at, a global to watch, memory to read and write,
 * a compressed instruction to step over, and a second hart to look at. */
#include <stdint.h>

volatile uint64_t watched;                 /* written once by store_watched() */
volatile uint64_t table[4] = {0x1111111111111111ull, 0x2222222222222222ull, 0x3333333333333333ull,
                              0x4444444444444444ull};
volatile uint64_t other_counter;           /* hart 1 counts here */
volatile double fp_result;

/* Two compressed instructions, then return: a0 += 1, a0 += 2. */
uint64_t compressed_adds(uint64_t);
__asm__(
    ".text\n"
    ".globl compressed_adds\n"
    "compressed_adds:\n"
    "  c.addi a0, 1\n"
    "  c.addi a0, 2\n"
    "  ret\n");

__attribute__((noinline)) void store_watched(uint64_t v) { watched = v; }

__attribute__((noinline)) uint64_t add_values(uint64_t a, uint64_t b) { return a + b; }

__attribute__((noinline)) double scale(double x) { return x * 2.5; }

void other_hart(uint64_t hartid) {
  for (;;) other_counter += hartid;
}

/* With -smp 2, give hart 1 (which starts after hart 0's first quantum) time
 * to count; alone, give up after a while. */
__attribute__((noinline)) void wait_for_other_hart(void) {
  for (unsigned i = 0; i < 100000 && other_counter == 0; ++i) continue;
}

int main(void) {
  wait_for_other_hart();
  uint64_t sum = add_values(table[0], table[1]);
  fp_result = scale(4.0);
  store_watched(42);
  sum += compressed_adds(10);
  /* gdb changes table[3] before we get here (tests write memory). */
  return sum == 0x3333333333333333ull + 13 && fp_result == 10.0 ? 0 : 1;
}

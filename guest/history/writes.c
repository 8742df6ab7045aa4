/* The bare-metal program tests/history_test.sh asks `monitor history`
 * about: known writes to `target` (stores of each width, an AMO, a store
 * of the value it already holds), in a known order, with writes to its
 * neighbours that must not be listed. */
#include <stdint.h>

volatile uint64_t before_target;
volatile uint64_t target;
volatile uint64_t after_target;

__attribute__((noinline)) void put64(uint64_t v) { target = v; }
__attribute__((noinline)) void put8(uint8_t v) { *(volatile uint8_t*)&target = v; }

int main(void) {
  for (uint64_t i = 1; i <= 5; ++i) {
    before_target = i;
    put64(i * 0x1111);  /* 0x1111 0x2222 0x3333 0x4444 0x5555 */
    after_target = i;
  }
  put8(0xab);           /* 0x55ab */
  __atomic_fetch_add(&target, 0x100, __ATOMIC_SEQ_CST);  /* 0x56ab */
  put64(0x56ab);        /* the same value again: still a write */
  put64(0);
  return target == 0 ? 0 : 1;
}

/* Guest reset through the SiFive test device (0x7777 at 0x100000, what
 * OpenSBI does for Linux's `reboot`): the first boot leaves a mark in RAM
 * outside the loaded image and resets; the second boot finds the mark,
 * checks that the images were loaded again and the counters started over,
 * and exits 0. Without a working reset it exits 3. */
#include <stdint.h>

#include "uart.h"

#define MARK_ADDR 0x80300000ul /* past the image, the bss and the stack */
#define MAGIC 0x7e5e7b007ull

static uint64_t reloaded = 0x1234; /* .data: written below, reloaded by a reset */

static uint64_t csr_minstret(void) {
  uint64_t v;
  __asm__ volatile("csrr %0, minstret" : "=r"(v));
  return v;
}

int main(void) {
  volatile uint64_t* mark = (volatile uint64_t*)MARK_ADDR;
  if (*mark == MAGIC) {
    uart_puts("reboot: second boot\n");
    if (reloaded != 0x1234) {
      uart_puts("reboot: .data was not loaded again\n");
      return 4;
    }
    if (csr_minstret() > 100000) {
      uart_puts("reboot: minstret did not start over\n");
      return 5;
    }
    *mark = 0;
    return 0;
  }
  *mark = MAGIC;
  reloaded = 0;
  uart_puts("reboot: first boot, resetting\n");
  *(volatile uint32_t*)0x100000 = 0x7777;
  uart_puts("reboot: the reset did not happen\n");
  return 3;
}

/* A compute-bound guest workload for bench/: integer arithmetic, memory
 * traffic and data-dependent branches, in M-mode with no devices but the
 * HTIF exit, so it runs unchanged on ttvm and on qemu-system-riscv64 -M
 * spike. The result checksum is printed through the HTIF console and checked
 * so that both emulators are seen to compute the same thing. */
#include <stdint.h>

extern volatile uint64_t tohost, fromhost;

static void htif_putc(char c) {
  tohost = (1ull << 56) | (1ull << 48) | (uint8_t)c;
  while (fromhost == 0) {
  }
  fromhost = 0;
}
static void put_hex(uint64_t v) {
  for (int i = 60; i >= 0; i -= 4) htif_putc("0123456789abcdef"[(v >> i) & 15]);
}

#define N_SORT 20000
#define N_MAT 48
#define N_CRC 32768

static uint32_t sort_buf[N_SORT];
static uint8_t crc_buf[N_CRC];
static int64_t ma[N_MAT][N_MAT], mb[N_MAT][N_MAT], mc[N_MAT][N_MAT];

static uint64_t rng_state = 0x123456789abcdefull;
static uint64_t rng(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return rng_state;
}

static void quicksort(uint32_t *a, int lo, int hi) {
  while (lo < hi) {
    uint32_t p = a[(lo + hi) / 2];
    int i = lo, j = hi;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) {
        uint32_t t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      quicksort(a, lo, j);
      lo = i;
    } else {
      quicksort(a, i, hi);
      hi = j;
    }
  }
}

static uint32_t crc32(const uint8_t *p, unsigned n) {
  uint32_t c = 0xffffffffu;
  for (unsigned i = 0; i < n; ++i) {
    c ^= p[i];
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xedb88320u & -(c & 1));
  }
  return ~c;
}

/* 12 rounds (8x10^7 instructions) by default; bench/cpu.sh --long builds
   with -DROUNDS=1000 (6.7x10^9) so that an emulator's start-up is noise. */
#ifndef ROUNDS
#define ROUNDS 12
#endif

int main(void) {
  uint64_t sum = 0;
  for (int round = 0; round < ROUNDS; ++round) {
    for (int i = 0; i < N_SORT; ++i) sort_buf[i] = (uint32_t)rng();
    quicksort(sort_buf, 0, N_SORT - 1);
    for (int i = 1; i < N_SORT; ++i)
      if (sort_buf[i - 1] > sort_buf[i]) return 3;
    sum += sort_buf[N_SORT / 2];

    for (int i = 0; i < N_CRC; ++i) crc_buf[i] = (uint8_t)rng();
    sum = sum * 31 + crc32(crc_buf, N_CRC);

    for (int i = 0; i < N_MAT; ++i)
      for (int j = 0; j < N_MAT; ++j) {
        ma[i][j] = (int64_t)(rng() % 1000) - 500;
        mb[i][j] = (int64_t)(rng() % 1000) - 500;
      }
    for (int i = 0; i < N_MAT; ++i)
      for (int j = 0; j < N_MAT; ++j) {
        int64_t acc = 0;
        for (int k = 0; k < N_MAT; ++k) acc += ma[i][k] * mb[k][j];
        mc[i][j] = acc;
      }
    for (int i = 0; i < N_MAT; ++i) sum = sum * 7 + (uint64_t)mc[i][(i * 5) % N_MAT] / 3;
  }
  put_hex(sum);
  htif_putc('\n');
  return 0;
}

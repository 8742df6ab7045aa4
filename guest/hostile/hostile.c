/* A hostile bare-metal guest: it attacks the board the way a buggy or
 * malicious kernel could, and checks that every attack gets the
 * architectural answer. Run by CTest as guest.hostile (also under ASan in
 * the sanitizer build) with virtio-blk, virtio-rng and virtio-net attached:
 *  - virtio: rings and buffers outside RAM, in MMIO, straddling the end of
 *    RAM or wrapping around the address space, descriptor loops, chains
 *    longer than the queue, huge lengths, bad indirect tables, heads and
 *    available indices out of range, notifies during and after a reset:
 *    each ends with DEVICE_NEEDS_RESET (0x40) in the status, and after a
 *    reset the device works again;
 *  - MMIO: reads and writes of every size at every offset of every device
 *    window (PLIC: its first pages and every context), and accesses to the
 *    holes between them: each works or traps with a misaligned or access
 *    fault;
 *  - memory: loads, stores, AMOs, LR/SC and jumps far above RAM, across
 *    its end and into the ROM; S-mode with PMP granting everything; page
 *    tables outside RAM, in MMIO, and leaves pointing far above RAM: each
 *    an access fault (never a page fault, never host memory);
 *  - the RTC set to the ends of its 64-bit range.
 * Exits 0 when all hold, else with the number of the failed check (its
 * line is printed on the UART). The host process must stay alive. */
#include <stdint.h>

#include "uart.h"

extern void hostile_trap(void);
extern volatile uint64_t trap_cause, trap_tval, trap_count;
uint64_t probe_load(uint64_t addr, unsigned size);
void probe_store(uint64_t addr, unsigned size, uint64_t value);
uint64_t probe_amo(uint64_t addr);
uint64_t probe_lr(uint64_t addr);
uint64_t probe_sc(uint64_t addr, uint64_t value);
void probe_jump(uint64_t addr);
uint64_t mprv_load(uint64_t addr);
void mprv_store(uint64_t addr, uint64_t value);
void run_in_s(void (*fn)(void));

#define RAM_BASE 0x80000000ull
#define RAM_END (RAM_BASE + (128ull << 20)) /* -m 128M, the default */

enum { kLoadMisaligned = 4, kLoadAccess = 5, kStoreMisaligned = 6, kStoreAccess = 7, kFetchAccess = 1 };

static int failed;

static void fail_line(int check, const char* what) {
  uart_puts("hostile: check ");
  uart_putu((uint64_t)check);
  uart_puts(" failed: ");
  uart_puts(what);
  uart_puts("\n");
  if (!failed) failed = check;
}
#define CHECK(n, cond, what) \
  do {                       \
    if (!(cond)) fail_line(n, what); \
  } while (0)

/* Runs one access and says whether it trapped, with which cause. */
static uint64_t count0;
static void arm(void) { count0 = trap_count; }
static int trapped(void) { return trap_count != count0; }

/* --- memory beyond RAM --------------------------------------------------- */

static const uint64_t kFar[] = {
    0x0ull,  0x3000000ull, 0x20000000ull, 0x7ffffff8ull, RAM_END, RAM_END + 0x1000,
    0x100000000ull, 0x800000000000ull, 0x00fffffffffff000ull, 0xfffffffffffffff8ull,
};

static void attack_memory(void) {
  for (unsigned i = 0; i < sizeof kFar / sizeof kFar[0]; ++i) {
    const uint64_t a = kFar[i];
    arm();
    probe_load(a, 8);
    CHECK(10, trapped() && trap_cause == kLoadAccess && trap_tval == a, "load far outside RAM: load access fault");
    arm();
    probe_store(a, 8, 0x1122334455667788ull);
    CHECK(11, trapped() && trap_cause == kStoreAccess && trap_tval == a, "store far outside RAM: store access fault");
    arm();
    probe_amo(a);
    CHECK(12, trapped() && trap_cause == kStoreAccess, "AMO outside RAM: store/AMO access fault");
    arm();
    probe_lr(a);
    CHECK(13, trapped() && trap_cause == kLoadAccess, "LR outside RAM: load access fault");
    /* Without a reservation an SC may fail without accessing memory. */
    arm();
    const uint64_t sc = probe_sc(a, 1);
    CHECK(14, trapped() ? trap_cause == kStoreAccess : sc != 0, "SC outside RAM: store access fault or failure");
    arm();
    probe_jump(a);
    CHECK(15, trapped() && trap_cause == kFetchAccess, "jump outside RAM: instruction access fault");
  }
  /* Across the end of RAM: a misaligned access whose second half lies
   * beyond it is a misaligned or access fault, never host memory. */
  arm();
  probe_load(RAM_END - 4, 8);
  CHECK(16, trapped() && (trap_cause == kLoadAccess || trap_cause == kLoadMisaligned), "load across the end of RAM");
  arm();
  probe_store(RAM_END - 2, 4, 0);
  CHECK(17, trapped() && (trap_cause == kStoreAccess || trap_cause == kStoreMisaligned), "store across the end of RAM");
  /* The last word of RAM works. */
  arm();
  probe_store(RAM_END - 8, 8, 0x5a5a5a5a5a5a5a5aull);
  CHECK(18, !trapped() && probe_load(RAM_END - 8, 8) == 0x5a5a5a5a5a5a5a5aull, "the last word of RAM");
  /* A 4-byte instruction whose second half lies beyond RAM. */
  *(volatile uint16_t*)(RAM_END - 2) = 0x0013; /* first half of addi x0, x0, 0 */
  arm();
  probe_jump(RAM_END - 2);
  CHECK(19, trapped() && trap_cause == kFetchAccess, "fetch across the end of RAM");
  /* The reset ROM is read-only. */
  arm();
  probe_store(0x1000, 4, 0);
  CHECK(20, trapped() && trap_cause == kStoreAccess, "store into the reset ROM");
}

/* --- PMP granting everything, S-mode far above RAM ------------------------ */

static volatile int s_ok;
static void s_mode_far(void) {
  int ok = 1;
  for (unsigned i = 0; i < sizeof kFar / sizeof kFar[0]; ++i) {
    arm();
    probe_load(kFar[i], 8);
    ok &= trapped() && trap_cause == kLoadAccess;
    arm();
    probe_store(kFar[i], 4, 0);
    ok &= trapped() && trap_cause == kStoreAccess;
  }
  s_ok = ok;
}

static void attack_pmp(void) {
  /* NAPOT over the whole address space, RWX. */
  __asm__ volatile("csrw pmpaddr0, %0; csrw pmpcfg0, %1" ::"r"(~0ull), "r"(0x1full));
  s_ok = 0;
  run_in_s(s_mode_far);
  CHECK(30, s_ok, "S-mode with PMP granting everything: access faults far above RAM");
  /* TOR up to the largest address PMP can name. */
  __asm__ volatile("csrw pmpaddr0, %0; csrw pmpcfg0, %1" ::"r"(0x003fffffffffffffull), "r"(0x0full));
  s_ok = 0;
  run_in_s(s_mode_far);
  CHECK(31, s_ok, "S-mode with a TOR region up to 2^56: access faults");
}

/* --- page tables ---------------------------------------------------------- */

static uint64_t root[512] __attribute__((aligned(4096)));
static uint64_t level1[512] __attribute__((aligned(4096)));
static uint64_t level0[512] __attribute__((aligned(4096)));

#define PTE_V 1
#define PTE_RWX (2 | 4 | 8)
#define PTE_AD (0x40 | 0x80)
#define LEAF(pa) ((((pa) >> 12) << 10) | PTE_V | PTE_RWX | PTE_AD)
#define TABLE(pa) ((((pa) >> 12) << 10) | PTE_V)
#define SATP(mode, pa) (((uint64_t)(mode) << 60) | ((pa) >> 12))

static void set_satp(uint64_t v) { __asm__ volatile("csrw satp, %0; sfence.vma" ::"r"(v)); }

/* An MPRV load and store at va: both must be access faults. */
static int access_faults(uint64_t va) {
  arm();
  mprv_load(va);
  const int load_ok = trapped() && trap_cause == kLoadAccess;
  arm();
  mprv_store(va, 0);
  return load_ok && trapped() && trap_cause == kStoreAccess;
}

static void attack_mmu(void) {
  /* Let S-mode reach everything (PMP), so faults come from the walk. */
  __asm__ volatile("csrw pmpaddr0, %0; csrw pmpcfg0, %1" ::"r"(~0ull), "r"(0x1full));
  /* Root tables outside RAM, in MMIO and at the top of the PPN space. */
  const uint64_t roots[] = {0x100000000ull, 0x10000000ull, 0x0c000000ull, 0xfffffffffff000ull, RAM_END};
  for (unsigned i = 0; i < sizeof roots / sizeof roots[0]; ++i) {
    set_satp(SATP(8, roots[i]));
    CHECK(40, access_faults(0x80000000ull), "Sv39 root table outside RAM: access fault");
    set_satp(SATP(9, roots[i]));
    CHECK(41, access_faults(0x80000000ull), "Sv48 root table outside RAM: access fault");
  }
  /* A root in RAM whose entries lead outside it. */
  for (int i = 0; i < 512; ++i) root[i] = level1[i] = level0[i] = 0;
  const uint64_t far = 0x100000000000ull;
  root[0] = TABLE(far);                              /* VA 0..1G: next level outside RAM */
  root[1] = LEAF(0x40000000000000ull);               /* VA 1G..2G: gigapage at 2^54 */
  root[2] = TABLE((uint64_t)(uintptr_t)level1);      /* VA 2G..3G: in RAM */
  level1[0] = TABLE(0x10000000ull);                  /* next level in the UART */
  level1[1] = TABLE((uint64_t)(uintptr_t)level0);
  level0[0] = LEAF(RAM_END);                         /* first page past RAM */
  level0[1] = LEAF(RAM_END - 0x1000);                /* the last page of RAM */
  level0[2] = LEAF(0x00fffffffffff000ull);           /* the highest PPN */
  set_satp(SATP(8, (uint64_t)(uintptr_t)root));
  CHECK(42, access_faults(0x1000), "next-level table outside RAM: access fault");
  CHECK(43, access_faults(0x40000000ull), "gigapage far above RAM: access fault");
  CHECK(44, access_faults(0x80000000ull), "next-level table in MMIO: access fault");
  CHECK(45, access_faults(0x80200000ull), "page just past RAM: access fault");
  CHECK(46, access_faults(0x80202000ull), "page at the highest PPN: access fault");
  arm();
  mprv_store(0x80201ff8ull, 0x77);
  CHECK(47, !trapped() && *(volatile uint64_t*)(RAM_END - 8) == 0x77, "the last page of RAM, mapped, works");
  /* A misaligned load across the last page of RAM into the page past it. */
  arm();
  mprv_load(0x80201ffcull);
  CHECK(48, trapped() && (trap_cause == kLoadAccess || trap_cause == kLoadMisaligned),
        "load across mapped RAM end: misaligned or access fault");
  set_satp(0);
}

/* --- MMIO: every size at every offset of every window --------------------- */

struct Window {
  uint64_t base, size;
  int write; /* write zeros too */
};

static int sweep(uint64_t base, uint64_t size, int write, uint64_t stride) {
  for (uint64_t off = 0; off < size; off += stride) {
    for (unsigned sz = 1; sz <= 8; sz <<= 1) {
      if (off + sz > size) break;
      const uint64_t a = base + off;
      arm();
      probe_load(a, sz);
      if (trapped() && trap_cause != kLoadAccess && trap_cause != kLoadMisaligned) return 0;
      if (trapped() && (a & (sz - 1)) == 0 && trap_cause == kLoadMisaligned) return 0;
      if (write) {
        arm();
        probe_store(a, sz, 0);
        if (trapped() && trap_cause != kStoreAccess && trap_cause != kStoreMisaligned) return 0;
      }
    }
  }
  return 1;
}

static void attack_mmio(void) {
  static const struct Window w[] = {
      {0x10000000, 0x100, 1},   /* UART */
      {0x101000, 0x1000, 1},    /* RTC */
      {0x2000000, 0x10000, 1},  /* CLINT */
      {0x100000, 0x1000, 0},    /* SiFive test: a write could end the run */
  };
  for (unsigned i = 0; i < sizeof w / sizeof w[0]; ++i)
    CHECK(50 + (int)i, sweep(w[i].base, w[i].size, w[i].write, 1), "MMIO sweep: only misaligned or access faults");
  for (unsigned slot = 0; slot < 8; ++slot)
    CHECK(54, sweep(0x10001000 + 0x1000 * slot, 0x1000, 1, 1), "virtio-mmio sweep");
  /* PLIC: priorities, pending, enables, then each context's registers. */
  CHECK(55, sweep(0x0c000000, 0x3000, 1, 1), "PLIC sweep (priorities, pending, enables)");
  CHECK(56, sweep(0x0c200000, 0x2000, 1, 1), "PLIC sweep (contexts)");
  CHECK(57, sweep(0x0c000000, 0x4000000, 0, 0x1000), "PLIC window, one access a page");
  /* The holes around the windows. */
  static const uint64_t holes[] = {0x0, 0xfff, 0x110000, 0x2010000, 0x10000100, 0x10009000, 0x0c000000 + 0x4000000,
                                   0x40000000, 0x7ffff000};
  for (unsigned i = 0; i < sizeof holes / sizeof holes[0]; ++i) {
    arm();
    probe_load(holes[i], 4);
    CHECK(58, trapped() && trap_cause == kLoadAccess, "load from a hole: access fault");
    arm();
    probe_store(holes[i], 4, 0);
    CHECK(59, trapped() && trap_cause == kStoreAccess, "store to a hole: access fault");
  }
}

/* --- virtio --------------------------------------------------------------- */

#define VIRTIO(slot) (0x10001000ull + 0x1000ull * (slot))
enum {
  kMagic = 0x000, kDeviceId = 0x008, kDriverFeatures = 0x020, kDriverFeaturesSel = 0x024, kQueueSel = 0x030,
  kQueueNum = 0x038, kQueueReady = 0x044, kQueueNotify = 0x050, kStatus = 0x070, kDescLow = 0x080,
  kDescHigh = 0x084, kDriverLow = 0x090, kDriverHigh = 0x094, kDeviceLow = 0x0a0, kDeviceHigh = 0x0a4,
};
#define NEEDS_RESET 0x40
#define QN 8

struct Desc {
  uint64_t addr;
  uint32_t len;
  uint16_t flags, next;
};
#define F_NEXT 1
#define F_WRITE 2
#define F_INDIRECT 4

static struct Desc desc[QN] __attribute__((aligned(16)));
static struct Desc itable[16] __attribute__((aligned(16)));
static volatile uint16_t avail[2 + QN + 1] __attribute__((aligned(2)));
static volatile uint32_t used[1 + 2 * QN + 1] __attribute__((aligned(4)));
static uint8_t buf[4096] __attribute__((aligned(16)));

static uint32_t r32(uint64_t base, uint64_t off) { return *(volatile uint32_t*)(base + off); }
static void w32(uint64_t base, uint64_t off, uint32_t v) { *(volatile uint32_t*)(base + off) = v; }
static void w64(uint64_t base, uint64_t lo, uint64_t v) {
  w32(base, lo, (uint32_t)v);
  w32(base, lo + 4, (uint32_t)(v >> 32));
}

/* Reset, negotiate VERSION_1 (+ INDIRECT_DESC), set up queue q with the
 * given ring addresses, DRIVER_OK. */
static void setup(uint64_t b, unsigned q, uint64_t d, uint64_t a, uint64_t u) {
  w32(b, kStatus, 0);
  w32(b, kStatus, 1);
  w32(b, kStatus, 3);
  w32(b, kDriverFeaturesSel, 0);
  w32(b, kDriverFeatures, 1u << 28);
  w32(b, kDriverFeaturesSel, 1);
  w32(b, kDriverFeatures, 1);
  w32(b, kStatus, 11);
  w32(b, kQueueSel, q);
  w32(b, kQueueNum, QN);
  w64(b, kDescLow, d);
  w64(b, kDriverLow, a);
  w64(b, kDeviceLow, u);
  w32(b, kQueueReady, 1);
  w32(b, kStatus, 15);
}
static void setup_default(uint64_t b, unsigned q) {
  for (unsigned i = 0; i < sizeof avail / 2; ++i) avail[i] = 0;
  for (unsigned i = 0; i < sizeof used / 4; ++i) used[i] = 0;
  setup(b, q, (uint64_t)(uintptr_t)desc, (uint64_t)(uintptr_t)avail, (uint64_t)(uintptr_t)used);
}
static void publish(uint16_t head, uint16_t step) {
  avail[2 + avail[1] % QN] = head;
  __asm__ volatile("fence" ::: "memory");
  avail[1] = (uint16_t)(avail[1] + step);
  __asm__ volatile("fence" ::: "memory");
}
static void put(unsigned i, uint64_t addr, uint32_t len, uint16_t flags, uint16_t next) {
  desc[i].addr = addr;
  desc[i].len = len;
  desc[i].flags = flags;
  desc[i].next = next;
}

/* The device is in its error state; a reset clears it. */
static int broken_then_reset(uint64_t b) {
  const int broken = (r32(b, kStatus) & NEEDS_RESET) != 0;
  w32(b, kStatus, 0);
  return broken && r32(b, kStatus) == 0;
}

/* A device-writable buffer for the queue's device: rng fills it; blk and
 * net need more (a header) but every case below fails before that. */
static uint16_t wflag(uint32_t id) { return id == 4 ? F_WRITE : 0; }

static void attack_virtio_device(uint64_t b, uint32_t id, unsigned q, int n0) {
  const uint64_t bufa = (uint64_t)(uintptr_t)buf;
  const uint16_t wf = wflag(id);
  /* Rings outside RAM, in MMIO, straddling the end of RAM, wrapping. */
  const uint64_t bad_rings[] = {0x200000000000ull, 0x10000000ull, RAM_END - 16, 0xfffffffffffffff0ull, 0};
  for (unsigned i = 0; i < sizeof bad_rings / sizeof bad_rings[0]; ++i) {
    setup(b, q, bad_rings[i], (uint64_t)(uintptr_t)avail, (uint64_t)(uintptr_t)used);
    CHECK(n0 + 0, broken_then_reset(b), "descriptor table outside RAM: DEVICE_NEEDS_RESET");
    setup(b, q, (uint64_t)(uintptr_t)desc, bad_rings[i], (uint64_t)(uintptr_t)used);
    CHECK(n0 + 1, broken_then_reset(b), "available ring outside RAM: DEVICE_NEEDS_RESET");
    setup(b, q, (uint64_t)(uintptr_t)desc, (uint64_t)(uintptr_t)avail, bad_rings[i]);
    CHECK(n0 + 2, broken_then_reset(b), "used ring outside RAM: DEVICE_NEEDS_RESET");
  }
  /* Buffers: outside RAM, in MMIO, huge, wrapping, zero-length. */
  const struct { uint64_t addr; uint32_t len; } bad_bufs[] = {
      {0x200000000000ull, 16}, {0x0c000000ull, 16}, {0x10000000ull, 64}, {bufa, 0xffffffffu},
      {RAM_END - 8, 16}, {0xfffffffffffffff0ull, 0x20}, {bufa, 0},
  };
  for (unsigned i = 0; i < sizeof bad_bufs / sizeof bad_bufs[0]; ++i) {
    setup_default(b, q);
    put(0, bad_bufs[i].addr, bad_bufs[i].len, wf, 0);
    publish(0, 1);
    w32(b, kQueueNotify, q);
    CHECK(n0 + 3, broken_then_reset(b), "bad buffer: DEVICE_NEEDS_RESET");
  }
  /* A descriptor loop, and a chain longer than the queue (all NEXT). */
  setup_default(b, q);
  put(0, bufa, 16, F_NEXT | wf, 1);
  put(1, bufa + 16, 16, F_NEXT | wf, 0);
  publish(0, 1);
  w32(b, kQueueNotify, q);
  CHECK(n0 + 4, broken_then_reset(b), "descriptor loop: DEVICE_NEEDS_RESET");
  setup_default(b, q);
  for (unsigned i = 0; i < QN; ++i) put(i, bufa + 16 * i, 16, F_NEXT | wf, (uint16_t)((i + 1) % QN));
  publish(3, 1);
  w32(b, kQueueNotify, q);
  CHECK(n0 + 5, broken_then_reset(b), "chain longer than the queue: DEVICE_NEEDS_RESET");
  /* Next index beyond the table. */
  setup_default(b, q);
  put(0, bufa, 16, F_NEXT | wf, 999);
  publish(0, 1);
  w32(b, kQueueNotify, q);
  CHECK(n0 + 6, broken_then_reset(b), "next beyond the table: DEVICE_NEEDS_RESET");
  /* Indirect tables: outside RAM, bad length, looping, nested. */
  const struct { uint64_t addr; uint32_t len; } bad_ind[] = {
      {0x200000000000ull, 64}, {0x10000000ull, 64}, {(uint64_t)(uintptr_t)itable, 17}, {(uint64_t)(uintptr_t)itable, 0},
      {(uint64_t)(uintptr_t)itable, 0xfffffff0u},
  };
  for (unsigned i = 0; i < sizeof bad_ind / sizeof bad_ind[0]; ++i) {
    setup_default(b, q);
    put(0, bad_ind[i].addr, bad_ind[i].len, F_INDIRECT, 0);
    publish(0, 1);
    w32(b, kQueueNotify, q);
    CHECK(n0 + 7, broken_then_reset(b), "bad indirect table: DEVICE_NEEDS_RESET");
  }
  for (unsigned i = 0; i < 16; ++i) {
    itable[i].addr = bufa + 16 * i;
    itable[i].len = 16;
    itable[i].flags = F_NEXT | wf;
    itable[i].next = (uint16_t)((i + 1) % 16);
  }
  setup_default(b, q);
  put(0, (uint64_t)(uintptr_t)itable, sizeof itable, F_INDIRECT, 0);
  publish(0, 1);
  w32(b, kQueueNotify, q);
  CHECK(n0 + 8, broken_then_reset(b), "looping indirect table: DEVICE_NEEDS_RESET");
  itable[0].flags = F_INDIRECT;
  itable[0].addr = (uint64_t)(uintptr_t)itable;
  itable[0].len = sizeof itable;
  setup_default(b, q);
  put(0, (uint64_t)(uintptr_t)itable, sizeof itable, F_INDIRECT, 0);
  publish(0, 1);
  w32(b, kQueueNotify, q);
  CHECK(n0 + 9, broken_then_reset(b), "nested indirect table: DEVICE_NEEDS_RESET");
  /* The available ring: a head out of range; the index moved too far. */
  setup_default(b, q);
  put(0, bufa, 16, wf, 0);
  publish(QN + 3, 1);
  w32(b, kQueueNotify, q);
  CHECK(n0 + 10, broken_then_reset(b), "head beyond the queue: DEVICE_NEEDS_RESET");
  setup_default(b, q);
  publish(0, 40000);
  w32(b, kQueueNotify, q);
  CHECK(n0 + 11, broken_then_reset(b), "available index moved past the queue size: DEVICE_NEEDS_RESET");
  /* DMA around a reset: a request published, then the device reset before
   * the notify: nothing may be written (the used ring stays as it was). */
  setup_default(b, q);
  put(0, bufa, 16, wf, 0);
  publish(0, 1);
  used[1] = 0x5a5a5a5a;
  w32(b, kStatus, 0);
  w32(b, kQueueNotify, q);
  CHECK(n0 + 12, used[1] == 0x5a5a5a5a && r32(b, kStatus) == 0, "notify after a reset: no DMA");
  /* Notify of queues that do not exist, QueueSel far out of range. */
  setup_default(b, q);
  w32(b, kQueueNotify, 0xffffffffu);
  w32(b, kQueueSel, 0xffffffffu);
  w32(b, kQueueReady, 1);
  w32(b, kQueueNotify, 7);
  CHECK(n0 + 13, (r32(b, kStatus) & NEEDS_RESET) == 0, "notify of a missing queue is ignored");
  w32(b, kStatus, 0);
}

static void attack_virtio(int* found) {
  for (unsigned slot = 0; slot < 8; ++slot) {
    const uint64_t b = VIRTIO(slot);
    if (r32(b, kMagic) != 0x74726976) continue;
    const uint32_t id = r32(b, kDeviceId);
    if (id == 2) attack_virtio_device(b, id, 0, 100), found[0] = 1;  /* blk: requests on queue 0 */
    if (id == 4) attack_virtio_device(b, id, 0, 120), found[1] = 1;  /* rng */
    if (id == 1) attack_virtio_device(b, id, 1, 140), found[2] = 1;  /* net: transmit queue */
    if (id == 4) {
      /* After all that, the device still works: 16 random bytes. */
      setup_default(b, 0);
      put(0, (uint64_t)(uintptr_t)buf, 16, F_WRITE, 0);
      publish(0, 1);
      w32(b, kQueueNotify, 0);
      /* used: flags | idx << 16, then {id, len} per element. */
      CHECK(160, (used[0] >> 16) == 1 && used[1] == 0 && used[2] == 16 && (r32(b, kStatus) & NEEDS_RESET) == 0,
            "virtio-rng works after the attacks");
      w32(b, kStatus, 0);
    }
  }
}

/* --- the RTC set to the ends of its range ---------------------------------- */

static void attack_rtc(void) {
  volatile uint32_t* rtc = (volatile uint32_t*)0x101000;
  static const uint32_t highs[] = {0xffffffffu, 0, 0x80000000u, 0x7fffffffu, 0xffffffffu};
  for (unsigned i = 0; i < sizeof highs / sizeof highs[0]; ++i) {
    rtc[1] = highs[i]; /* TIME_HIGH */
    rtc[0] = 0;        /* TIME_LOW */
    (void)rtc[0];      /* latches TIME_HIGH */
    CHECK(70, rtc[1] == highs[i], "RTC set to any time reads it back");
  }
}

int main(void) {
  __asm__ volatile("csrw mtvec, %0" ::"r"(hostile_trap));
  uart_puts("hostile: memory\n");
  attack_memory();
  uart_puts("hostile: pmp\n");
  attack_pmp();
  uart_puts("hostile: mmu\n");
  attack_mmu();
  uart_puts("hostile: virtio\n");
  int found[3] = {0, 0, 0};
  attack_virtio(found);
  CHECK(161, found[0] && found[1] && found[2], "virtio-blk, virtio-rng and virtio-net attached");
  uart_puts("hostile: rtc\n");
  attack_rtc();
  uart_puts("hostile: mmio\n");
  attack_mmio();
  /* The UART sweep wrote zeros to its registers: set it up again. */
  *(volatile uint8_t*)(0x10000000 + 3) = 3;
  *(volatile uint8_t*)(0x10000000 + 1) = 0;
  uart_puts(failed ? "hostile: FAILED\n" : "hostile: all attacks answered\n");
  return failed;
}

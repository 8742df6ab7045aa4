// The decoder and executor: random instruction words run from RAM on a hart
// with random registers and CSRs (privilege mode, mstatus, delegation,
// trap vectors, satp with page tables in random RAM bytes, PMP), one
// instruction at a time. Invariants, checked after every step:
//  - no host fault (ASan, UBSan);
//  - run(1) executes at most one instruction, and the icount moves by
//    exactly what it reports; it reports 0 only when the hart waits (WFI);
//  - pc, mepc and sepc are 2-byte aligned (IALIGN=16 with C);
//  - the privilege mode is U, S or M;
//  - when a step that is not a CSR write changes mcause or scause, the new
//    value is an exception or interrupt cause the hart can raise.
#include <cstdint>

#include "cpu/csr_numbers.h"
#include "fuzz_input.h"
#include "machine/machine.h"

using namespace ttvm;

namespace {

constexpr uint64_t kRam = 1ull << 20;
constexpr uint64_t kCode = kRamBase + 0x1000;  // the instructions
constexpr uint64_t kData = kRamBase + 0x4000;  // random bytes (data, page tables)
constexpr unsigned kMaxInsns = 64;

// CSRs worth randomising: they steer traps, translation and protection.
constexpr uint16_t kCsrs[] = {
    csr::kMstatus, csr::kMedeleg, csr::kMideleg, csr::kMie, csr::kMtvec, csr::kStvec, csr::kSatp,
    csr::kMip, csr::kMcounteren, csr::kScounteren, csr::kMenvcfg, csr::kStimecmp, csr::kFcsr, csr::kMepc,
    csr::kSepc, csr::kPmpcfg0, csr::kPmpaddr0, csr::kPmpaddr0 + 1, csr::kPmpaddr0 + 2, csr::kPmpaddr0 + 3,
    csr::kMcountinhibit, csr::kMscratch};

// Device windows a register may point into, so loads and stores reach MMIO.
constexpr uint64_t kMmio[] = {0x2000000, 0xc000000, 0x10000000, 0x101000, 0x10001000, 0x10008000, 0x100000, 0x1000};

bool valid_cause(uint64_t c) {
  if (c >> 63) {
    const uint64_t code = c & ~(1ull << 63);
    return code == 1 || code == 3 || code == 5 || code == 7 || code == 9 || code == 11;
  }
  return c <= 15 && c != 10 && c != 14;
}

// Whether the 32-bit word is a Zicsr instruction (it may write any value
// to mcause/scause: they are WLRL).
bool is_csr_insn(uint32_t w) { return (w & 0x7f) == 0x73 && ((w >> 12) & 7) != 0; }

uint64_t read_csr(Hart& h, uint16_t n) {
  uint64_t v = 0;
  h.debug_read_csr(n, v);
  return v;
}

void check_state(Hart& h) {
  if (h.pc() & 1) fuzz::fail("pc 0x%llx is odd", (unsigned long long)h.pc());
  if (read_csr(h, csr::kMepc) & 1) fuzz::fail("mepc 0x%llx is odd", (unsigned long long)read_csr(h, csr::kMepc));
  if (read_csr(h, csr::kSepc) & 1) fuzz::fail("sepc 0x%llx is odd", (unsigned long long)read_csr(h, csr::kSepc));
  const Priv p = h.priv();
  if (p != Priv::kU && p != Priv::kS && p != Priv::kM) fuzz::fail("privilege mode %d", int(p));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Input in(data, size);
  MachineConfig cfg;
  cfg.ram_size = kRam;
  Machine m(cfg, [](uint8_t) {});
  Hart& h = m.hart(0);
  h.reset(kCode);

  // Code: n words (any bits: compressed, illegal, reserved encodings).
  const unsigned n = 1 + in.u8() % kMaxInsns;
  for (unsigned i = 0; i < n; ++i) {
    const uint32_t w = in.u32();
    m.ram().write(kCode + 4 * i, &w, 4);
  }
  // CSRs through the guest's own write path (WARL legalisation applies).
  const unsigned ncsr = in.u8() % 12;
  for (unsigned i = 0; i < ncsr; ++i) {
    const uint16_t num = kCsrs[in.u8() % (sizeof kCsrs / sizeof kCsrs[0])];
    uint64_t v = in.u64();
    if (num == csr::kSatp && (in.u8() & 1))  // Sv39 or Sv48, root table in the random data
      v = (v >> 63 ? 9ull : 8ull) << 60 | (kData >> 12) + (v & 3);
    h.debug_write_csr(num, v);
  }
  // Registers: raw values, RAM addresses, MMIO addresses or small numbers.
  for (unsigned r = 1; r < 32 && !in.done(); ++r) {
    const uint8_t tag = in.u8();
    const uint64_t v = in.u64();
    switch (tag & 3) {
      case 0: h.set_reg(r, v); break;
      case 1: h.set_reg(r, kRamBase + v % kRam); break;
      case 2: h.set_reg(r, kMmio[(tag >> 2) % (sizeof kMmio / sizeof kMmio[0])] + (v & 0xfff)); break;
      case 3: h.set_reg(r, int64_t(int8_t(v))); break;
    }
  }
  const uint8_t mode = in.u8() % 3;
  h.debug_set_priv(mode == 0 ? Priv::kU : mode == 1 ? Priv::kS : Priv::kM);
  // The rest is data: page tables, load targets.
  const auto rest = in.bytes(kRam - (kData - kRamBase));
  m.ram().write(kData, rest.data(), rest.size());

  check_state(h);
  for (unsigned step = 0; step < 4 * kMaxInsns; ++step) {
    const uint64_t before = h.icount();
    const uint64_t pc = h.pc();
    const uint64_t mcause = read_csr(h, csr::kMcause), scause = read_csr(h, csr::kScause);
    uint32_t word = 0;
    uint64_t pa = 0;
    const bool fetchable = h.debug_translate(pc, pa) && m.bus().fetch_insn(pa, word) != 0;
    const uint64_t ran = h.run(1);
    if (ran > 1) fuzz::fail("run(1) executed %llu instructions", (unsigned long long)ran);
    if (h.icount() - before != ran)
      fuzz::fail("run(1) reported %llu instructions, icount moved by %llu", (unsigned long long)ran,
                 (unsigned long long)(h.icount() - before));
    if (ran == 0 && !h.waiting()) fuzz::fail("run(1) made no progress at pc 0x%llx", (unsigned long long)pc);
    check_state(h);
    const bool maybe_csr = !fetchable || is_csr_insn(word);
    if (!maybe_csr) {
      const uint64_t mc = read_csr(h, csr::kMcause), sc = read_csr(h, csr::kScause);
      if (mc != mcause && !valid_cause(mc)) fuzz::fail("mcause 0x%llx after pc 0x%llx", (unsigned long long)mc, (unsigned long long)pc);
      if (sc != scause && !valid_cause(sc)) fuzz::fail("scause 0x%llx after pc 0x%llx", (unsigned long long)sc, (unsigned long long)pc);
    }
    if (h.waiting()) break;
  }
  return 0;
}

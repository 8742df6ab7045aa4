// One of the board's simple MMIO devices (TTVM_FUZZ_DEVICE: uart, plic,
// clint or rtc) driven by random access sequences: reads and writes of
// every size at any offset of its window (aligned, as the bus delivers
// them), interleaved with what the rest of the machine does to it (UART
// input, PLIC source lines, time passing). Invariants: no host fault; an
// access the device refuses is an access fault, never a crash; the state
// survives save -> restore -> save unchanged.
#include <cstdint>
#include <memory>
#include <string>

#include "dev/clint.h"
#include "dev/goldfish_rtc.h"
#include "dev/plic.h"
#include "dev/uart16550.h"
#include "fuzz_input.h"

using namespace ttvm;

namespace {

constexpr unsigned kHarts = 2;

class Host : public ClintHost {
 public:
  uint64_t mtime() override { return now; }
  void set_mtime(uint64_t v) override { now = v; }
  void set_msip(unsigned hart, bool) override {
    if (hart >= kHarts) fuzz::fail("msip for hart %u of %u", hart, kHarts);
  }
  void timecmp_changed() override {}
  uint64_t now = 0;
};

struct Rig {
  Rig() {
    const std::string which = TTVM_FUZZ_DEVICE;
    if (which == "uart") {
      uart = std::make_unique<Uart16550>([](uint8_t) {}, [](bool) {});
      dev = uart.get();
      size = Uart16550::kSize;
    } else if (which == "plic") {
      plic = std::make_unique<Plic>(kHarts, [](unsigned ctx, bool) {
        if (ctx >= 2 * kHarts) fuzz::fail("PLIC drove context %u of %u", ctx, 2 * kHarts);
      });
      dev = plic.get();
      size = Plic::window_size(kHarts);
    } else if (which == "clint") {
      clint = std::make_unique<Clint>(kHarts, host);
      dev = clint.get();
      size = Clint::kSize;
    } else {
      rtc = std::make_unique<GoldfishRtc>(1'700'000'000'000'000'000ull, [this] { return host.now * 100; });
      dev = rtc.get();
      size = GoldfishRtc::kSize;
    }
    dev->reset();
  }
  Host host;
  std::unique_ptr<Uart16550> uart;
  std::unique_ptr<Plic> plic;
  std::unique_ptr<Clint> clint;
  std::unique_ptr<GoldfishRtc> rtc;
  Device* dev = nullptr;
  uint64_t size = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Input in(data, size);
  Rig r;
  for (unsigned i = 0; i < 1024 && !in.done(); ++i) {
    const uint8_t op = in.u8();
    switch (op % 4) {
      case 0:
      case 1: {
        const unsigned sz = 1u << (op >> 2 & 3);
        // Offsets near the registers most of the time, anywhere otherwise.
        uint64_t off = (op & 0x40) ? in.u32() % r.size : in.u16() % (r.size < 0x4000 ? r.size : 0x4000);
        if ((op & 0x80) && r.size > 0x200000) off = 0x200000 + in.u16() % (r.size - 0x200000);
        off &= ~uint64_t(sz - 1);
        if (off + sz > r.size) break;  // the bus refuses it before the device
        uint64_t v = in.u64();
        if (op % 4 == 0)
          r.dev->write(off, sz, v);
        else
          r.dev->read(off, sz, v);
        break;
      }
      case 2:
        if (r.uart) {
          if (r.uart->rx_room()) r.uart->push_input(in.u8());
        } else if (r.plic) {
          r.plic->set_level(in.u8() % Plic::kSources, op & 0x10);
        } else {
          r.host.now += in.u16();
        }
        break;
      case 3:
        if (op & 0x80) r.dev->reset();
        break;
    }
  }
  StateWriter a;
  r.dev->save(a);
  Rig r2;
  StateReader rd(a.bytes());
  r2.dev->restore(rd);
  StateWriter b;
  r2.dev->save(b);
  if (a.bytes() != b.bytes()) fuzz::fail("%s state does not survive save/restore", r.dev->name());
  return 0;
}

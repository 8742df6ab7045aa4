// One virtio-mmio device (blk, rng or net: TTVM_FUZZ_VIRTIO picks which at
// compile time) driven by random access sequences: register reads and
// writes of every size and offset, and guest RAM laid out by the input:
// descriptor tables, available and used rings and indirect tables, with
// addresses that point outside RAM, into MMIO or wrap around, huge or zero
// lengths, loops, chains longer than the queue, indices that jump, resets
// in the middle of a request. The device must answer with its error state
// (DEVICE_NEEDS_RESET), never a host fault; all its DMA stays in RAM.
// Also checked: a save taken after the sequence restores to the same state
// (save -> restore -> save gives the same bytes).
#include <cstdint>
#include <memory>
#include <string>

#include "cpu/code_cache.h"
#include "dev/disk_image.h"
#include "dev/entropy.h"
#include "dev/virtio_blk.h"
#include "dev/virtio_mmio.h"
#include "dev/virtio_net.h"
#include "dev/virtio_rng.h"
#include "fuzz_input.h"
#include "mem/bus.h"
#include "mem/dma.h"
#include "mem/ram.h"

using namespace ttvm;

namespace {

constexpr uint64_t kRamBase = 0x80000000, kRamSize = 1ull << 20;
// Per queue q: descriptor table, available ring, used ring at fixed places
// (room for 1024 entries each), indirect tables and buffers after them.
constexpr uint64_t queue_area(unsigned q) { return kRamBase + 0x8000ull * q; }
constexpr uint64_t kDescOff = 0, kAvailOff = 0x4000, kUsedOff = 0x5000;
constexpr uint64_t kIndirect = kRamBase + 0x18000;
constexpr uint64_t kBuffers = kRamBase + 0x20000;

enum : uint64_t {
  kRegQueueSel = 0x030, kRegQueueNum = 0x038, kRegQueueReady = 0x044, kRegQueueNotify = 0x050,
  kRegStatus = 0x070, kRegDesc = 0x080, kRegDriver = 0x090, kRegDevice = 0x0a0,
  kRegDriverFeatures = 0x020, kRegDriverFeaturesSel = 0x024,
};

class Counter : public EntropySource {
 public:
  void fill(uint8_t* p, size_t n) override {
    for (size_t i = 0; i < n; ++i) p[i] = uint8_t(next_++);
  }

 private:
  uint8_t next_ = 0;
};

std::unique_ptr<VirtioDevice> make_device(DiskImage& disk, EntropySource& rng) {
  const std::string which = TTVM_FUZZ_VIRTIO;
  if (which == "blk") return std::make_unique<VirtioBlk>(disk, "fuzz-serial");
  if (which == "rng") return std::make_unique<VirtioRng>(rng);
  return std::make_unique<VirtioNet>(VirtioNet::Mac{0x52, 0x54, 0, 0x12, 0x34, 0x56});
}

struct Rig {
  Rig() : ram(kRamBase, kRamSize), bus(ram), code(bus), dma(ram), disk(std::vector<uint8_t>(64 << 10, 0xa5)) {
    auto dev = make_device(disk, rng);
    net = dynamic_cast<VirtioNet*>(dev.get());
    if (net) net->set_tx_sink([](const uint8_t*, size_t) {});
    mmio = std::make_unique<VirtioMmio>(dma, std::move(dev), [this](bool level) { irq = level; });
    mmio->set_log([](const std::string&) {});
  }
  void w32(uint64_t off, uint32_t v) { mmio->write(off, 4, v); }
  template <typename T>
  void put(uint64_t pa, T v) {
    if (ram.contains(pa, sizeof v)) ram.write(pa, &v, sizeof v);
  }
  template <typename T>
  T get(uint64_t pa) {
    T v{};
    if (ram.contains(pa, sizeof v)) std::memcpy(&v, ram.host(pa), sizeof v);
    return v;
  }

  Ram ram;
  Bus bus;
  CodeCache code;
  Dma dma;
  DiskImage disk;
  Counter rng;
  VirtioNet* net = nullptr;
  std::unique_ptr<VirtioMmio> mmio;
  bool irq = false;
  uint16_t num[3] = {16, 16, 16};
};

// A guest-physical address for a buffer or table: mostly good ones, but
// also the edges a hostile driver would try.
uint64_t pick_addr(fuzz::Input& in) {
  const uint8_t how = in.u8();
  const uint32_t v = in.u32();
  switch (how % 8) {
    case 0:
    case 1:
    case 2: return kBuffers + v % (kRamSize - (kBuffers - kRamBase));
    case 3: return kRamBase + kRamSize - (v & 0xff);   // straddles the end of RAM
    case 4: return kRamBase - 1 - (v & 0xfff);          // just below RAM
    case 5: return 0x10001000 + (v & 0xfff);            // MMIO (a virtio window)
    case 6: return ~uint64_t(0) - (v & 0xffff);         // wraps around
    default: return uint64_t(v) << (how >> 3 & 31);     // anywhere
  }
}

uint32_t pick_len(fuzz::Input& in) {
  const uint8_t how = in.u8();
  const uint32_t v = in.u32();
  switch (how % 4) {
    case 0: return 1 + (v & 0xff);
    case 1: return v & 0xffff;
    case 2: return 0xffffffffu - (v & 0xff);
    default: return v;
  }
}

// The Linux probe sequence up to DRIVER_OK, queue q of n entries at its area.
void init(Rig& r, fuzz::Input& in) {
  const uint64_t features = in.u64();
  const unsigned q = in.u8() % 3;
  uint16_t n = uint16_t(1 + in.u16() % 1024);
  if (in.u8() & 1) n = uint16_t(1u << (in.u8() % 11));
  r.w32(kRegStatus, 0);
  r.w32(kRegStatus, 1);
  r.w32(kRegStatus, 3);
  r.w32(kRegDriverFeaturesSel, 0);
  r.w32(kRegDriverFeatures, uint32_t(features));
  r.w32(kRegDriverFeaturesSel, 1);
  r.w32(kRegDriverFeatures, uint32_t(features >> 32) | 1);  // VERSION_1
  r.w32(kRegStatus, 11);
  for (unsigned i = 0; i <= q; ++i) {
    const uint64_t a = queue_area(i);
    r.w32(kRegQueueSel, i);
    r.w32(kRegQueueNum, i == q ? n : 16);
    r.w32(kRegDesc, uint32_t(a + kDescOff));
    r.w32(kRegDesc + 4, uint32_t((a + kDescOff) >> 32));
    r.w32(kRegDriver, uint32_t(a + kAvailOff));
    r.w32(kRegDriver + 4, uint32_t((a + kAvailOff) >> 32));
    r.w32(kRegDevice, uint32_t(a + kUsedOff));
    r.w32(kRegDevice + 4, uint32_t((a + kUsedOff) >> 32));
    r.w32(kRegQueueReady, 1);
    r.num[i] = i == q ? n : 16;
  }
  r.w32(kRegStatus, 15);
}

void step(Rig& r, fuzz::Input& in) {
  const uint8_t op = in.u8();
  switch (op % 10) {
    case 0: {  // a register write, 32 bits (the registers' width)
      const uint64_t off = (in.u8() & 0x3f) * 4;
      uint32_t v = in.u32();
      if (off >= kRegDesc && off < kRegDevice + 8 && (op & 0x80)) v = uint32_t(pick_addr(in) >> (off & 4 ? 32 : 0));
      r.w32(off, v);
      break;
    }
    case 1: {  // any access of any size anywhere in the window
      const unsigned size = 1u << (in.u8() % 4);
      const uint64_t off = in.u16() % VirtioMmio::kSize & ~uint64_t(size - 1);
      uint64_t v = in.u64();
      if (op & 0x10)
        r.mmio->write(off, size, v);
      else
        r.mmio->read(off, size, v);
      break;
    }
    case 2: init(r, in); break;
    case 3: {  // a descriptor, in a queue's table or an indirect table
      const unsigned q = in.u8() % 3;
      const uint16_t i = in.u16() % 1024;
      const uint64_t table = (op & 0x80) ? kIndirect : queue_area(q) + kDescOff;
      const uint64_t d = table + 16ull * i;
      const bool indirect = (op & 0x40) != 0;
      r.put<uint64_t>(d, indirect ? kIndirect + 16 * (in.u8() % 64) : pick_addr(in));
      r.put<uint32_t>(d + 8, indirect ? 16u * (in.u8() % 70) : pick_len(in));
      r.put<uint16_t>(d + 12, uint16_t((in.u8() & 3) | (indirect ? 4 : (op & 0x20 ? 4 : 0))));
      r.put<uint16_t>(d + 14, in.u16() % 1100);
      break;
    }
    case 4: {  // publish a head and move the available index (maybe too far)
      const unsigned q = in.u8() % 3;
      const uint64_t avail = queue_area(q) + kAvailOff;
      const uint16_t idx = r.get<uint16_t>(avail + 2);
      const uint16_t n = r.num[q] ? r.num[q] : 1;
      r.put<uint16_t>(avail + 4 + 2 * (idx % n), uint16_t(in.u16() % (n + 2)));
      r.put<uint16_t>(avail + 2, uint16_t(idx + ((op & 0x80) ? in.u16() : 1)));
      break;
    }
    case 5: r.w32(kRegQueueNotify, in.u8() % 4); break;
    case 6: {  // raw bytes anywhere in the rings, tables and buffers
      const uint64_t pa = kRamBase + in.u32() % kRamSize;
      const auto b = in.bytes(in.u8() % 32);
      for (size_t k = 0; k < b.size(); ++k) r.put<uint8_t>(pa + k, b[k]);
      break;
    }
    case 7:  // reset in the middle of whatever is going on
      if (op & 0x80)
        r.mmio->reset();
      else
        r.w32(kRegStatus, 0);
      break;
    case 8:  // a frame from the network (net only)
      if (r.net) {
        const auto f = in.bytes(in.u16() % 2048);
        r.net->receive(f.data(), f.size());
        (void)r.net->can_receive();
      }
      break;
    case 9: {  // used-ring event index and flags words
      const unsigned q = in.u8() % 3;
      const uint16_t n = r.num[q];
      r.put<uint16_t>(queue_area(q) + kAvailOff, in.u16());
      r.put<uint16_t>(queue_area(q) + kAvailOff + 4 + 2ull * n, in.u16());
      break;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Input in(data, size);
  Rig r;
  for (unsigned i = 0; i < 512 && !in.done(); ++i) step(r, in);
  StateWriter a;
  r.mmio->save(a);
  Rig r2;
  StateReader rd(a.bytes());
  r2.mmio->restore(rd);
  StateWriter b;
  r2.mmio->save(b);
  if (a.bytes() != b.bytes()) fuzz::fail("virtio state does not survive save/restore");
  return 0;
}

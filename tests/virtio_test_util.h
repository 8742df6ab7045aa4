// A test driver for virtio-mmio devices: guest RAM, Dma, a transport, and a
// minimal "guest driver" that negotiates features and lays out one split
// virtqueue in RAM, as Linux's virtio_mmio/virtio_ring would.
#pragma once
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "cpu/code_cache.h"
#include "dev/virtio_mmio.h"
#include "mem/bus.h"
#include "mem/dma.h"
#include "mem/ram.h"

namespace ttvm::test {

constexpr uint64_t kRamBase = 0x80000000;
constexpr uint64_t kRamSize = 1 << 20;

// Register offsets, as a driver sees them.
enum : uint64_t {
  kMagic = 0x000,
  kVersion = 0x004,
  kDeviceId = 0x008,
  kVendorId = 0x00c,
  kDeviceFeatures = 0x010,
  kDeviceFeaturesSel = 0x014,
  kDriverFeatures = 0x020,
  kDriverFeaturesSel = 0x024,
  kQueueSel = 0x030,
  kQueueNumMax = 0x034,
  kQueueNum = 0x038,
  kQueueReady = 0x044,
  kQueueNotify = 0x050,
  kInterruptStatus = 0x060,
  kInterruptAck = 0x064,
  kStatus = 0x070,
  kQueueDescLow = 0x080,
  kQueueDescHigh = 0x084,
  kQueueDriverLow = 0x090,
  kQueueDriverHigh = 0x094,
  kQueueDeviceLow = 0x0a0,
  kQueueDeviceHigh = 0x0a4,
  kShmSel = 0x0ac,
  kShmLenLow = 0x0b0,
  kShmLenHigh = 0x0b4,
  kConfigGeneration = 0x0fc,
  kConfig = 0x100,
};

constexpr uint64_t kF(unsigned bit) { return 1ull << bit; }
constexpr uint64_t kVersion1 = 1ull << 32, kEventIdx = 1ull << 29, kIndirect = 1ull << 28;

struct Buf {
  uint64_t addr;
  uint32_t len;
  bool writable;
};

class Rig {
 public:
  // Guest-physical layout of the one queue the driver sets up.
  static constexpr uint64_t kDesc = kRamBase + 0x1000;
  static constexpr uint64_t kAvail = kRamBase + 0x2000;
  static constexpr uint64_t kUsed = kRamBase + 0x3000;
  static constexpr uint64_t kData = kRamBase + 0x10000;

  explicit Rig(std::unique_ptr<VirtioDevice> dev) : ram(kRamBase, kRamSize), bus(ram), code(bus), dma(ram) {
    mmio = std::make_unique<VirtioMmio>(dma, std::move(dev), [this](bool level) { irq = level; });
    mmio->set_log([this](const std::string& s) { log.push_back(s); });
  }

  uint32_t r32(uint64_t off) {
    uint64_t v = 0;
    EXPECT_TRUE(mmio->read(off, 4, v));
    return uint32_t(v);
  }
  void w32(uint64_t off, uint32_t v) { EXPECT_TRUE(mmio->write(off, 4, v)); }
  uint64_t cfg(uint64_t off, unsigned size) {
    uint64_t v = 0;
    EXPECT_TRUE(mmio->read(kConfig + off, size, v));
    return v;
  }
  uint64_t device_features() {
    w32(kDeviceFeaturesSel, 0);
    const uint64_t lo = r32(kDeviceFeatures);
    w32(kDeviceFeaturesSel, 1);
    return lo | uint64_t(r32(kDeviceFeatures)) << 32;
  }
  void write_driver_features(uint64_t f) {
    w32(kDriverFeaturesSel, 0);
    w32(kDriverFeatures, uint32_t(f));
    w32(kDriverFeaturesSel, 1);
    w32(kDriverFeatures, uint32_t(f >> 32));
  }

  // The Linux probe sequence up to DRIVER_OK with queue 0 of `num` entries.
  void init(uint64_t features, uint16_t num = 16) {
    w32(kStatus, 0);
    w32(kStatus, 1);
    w32(kStatus, 1 | 2);
    write_driver_features(features);
    w32(kStatus, 1 | 2 | 8);
    ASSERT_TRUE(r32(kStatus) & 8);
    setup_queue(0, num, kDesc, kAvail, kUsed);
    w32(kStatus, 1 | 2 | 8 | 4);
  }
  void setup_queue(uint32_t q, uint16_t num, uint64_t desc, uint64_t avail, uint64_t used) {
    qsize = num;
    w32(kQueueSel, q);
    w32(kQueueNum, num);
    w32(kQueueDescLow, uint32_t(desc));
    w32(kQueueDescHigh, uint32_t(desc >> 32));
    w32(kQueueDriverLow, uint32_t(avail));
    w32(kQueueDriverHigh, uint32_t(avail >> 32));
    w32(kQueueDeviceLow, uint32_t(used));
    w32(kQueueDeviceHigh, uint32_t(used >> 32));
    w32(kQueueReady, 1);
  }

  // Guest memory, as the driver writes it.
  template <typename T>
  void put(uint64_t pa, T v) {
    ASSERT_TRUE(ram.contains(pa, sizeof v));
    std::memcpy(ram.host(pa), &v, sizeof v);
  }
  template <typename T>
  T get(uint64_t pa) {
    T v{};
    EXPECT_TRUE(ram.contains(pa, sizeof v));
    std::memcpy(&v, ram.host(pa), sizeof v);
    return v;
  }
  void put_bytes(uint64_t pa, const void* p, size_t n) { std::memcpy(ram.host(pa), p, n); }
  std::vector<uint8_t> get_bytes(uint64_t pa, size_t n) { return std::vector<uint8_t>(ram.host(pa), ram.host(pa) + n); }

  void put_desc(uint64_t table, uint16_t i, uint64_t addr, uint32_t len, uint16_t flags, uint16_t next) {
    const uint64_t d = table + 16ull * i;
    put<uint64_t>(d, addr);
    put<uint32_t>(d + 8, len);
    put<uint16_t>(d + 12, flags);
    put<uint16_t>(d + 14, next);
  }
  // Publish a head in the available ring (no notify).
  void publish(uint16_t head) {
    const uint16_t idx = get<uint16_t>(kAvail + 2);
    put<uint16_t>(kAvail + 4 + 2 * (idx % qsize), head);
    put<uint16_t>(kAvail + 2, uint16_t(idx + 1));
  }
  // Lay out a chain of direct descriptors from the next free index, publish it.
  uint16_t add_chain(const std::vector<Buf>& bufs) {
    const uint16_t head = next_desc;
    for (size_t i = 0; i < bufs.size(); ++i) {
      const uint16_t idx = uint16_t((head + i) % qsize);
      const bool last = i + 1 == bufs.size();
      put_desc(kDesc, idx, bufs[i].addr, bufs[i].len, uint16_t((bufs[i].writable ? 2 : 0) | (last ? 0 : 1)),
               uint16_t((idx + 1) % qsize));
    }
    next_desc = uint16_t((head + bufs.size()) % qsize);
    publish(head);
    return head;
  }
  void kick(uint32_t q = 0) { w32(kQueueNotify, q); }
  uint16_t used_idx() { return get<uint16_t>(kUsed + 2); }
  uint32_t used_id(uint16_t i) { return get<uint32_t>(kUsed + 4 + 8 * (i % qsize)); }
  uint32_t used_len(uint16_t i) { return get<uint32_t>(kUsed + 8 + 8 * (i % qsize)); }

  Ram ram;
  Bus bus;
  CodeCache code;
  Dma dma;
  std::unique_ptr<VirtioMmio> mmio;
  bool irq = false;
  std::vector<std::string> log;
  uint16_t qsize = 16;
  uint16_t next_desc = 0;
};

// A temporary raw image whose byte i is pattern(i).
class TempImage {
 public:
  explicit TempImage(size_t size) {
    std::string tmpl = testing::TempDir() + "ttvm_blk_XXXXXX";
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    const int fd = mkstemp(name.data());
    EXPECT_GE(fd, 0);
    path = name.data();
    contents.resize(size);
    for (size_t i = 0; i < size; ++i) contents[i] = pattern(i);
    EXPECT_EQ(::write(fd, contents.data(), size), ssize_t(size));
    ::close(fd);
  }
  ~TempImage() { std::remove(path.c_str()); }
  static uint8_t pattern(size_t i) { return uint8_t(i * 7 + (i >> 9)); }
  std::vector<uint8_t> read_back() const {
    std::ifstream f(path, std::ios::binary);
    return std::vector<uint8_t>(std::istreambuf_iterator<char>(f), {});
  }

  std::string path;
  std::vector<uint8_t> contents;
};

}  // namespace ttvm::test

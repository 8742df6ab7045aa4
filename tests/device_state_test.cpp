// Every device's state survives a checkpoint: save, run, restore, save again
// gives identical bytes, and running the same accesses again gives the same
// answers, interrupt levels, outputs and state (DESIGN.md core contract 4).
// The virtio devices are checked with queues in flight (buffers posted that
// the device has not used yet), their guest RAM restored with them.
#include <gtest/gtest.h>

#include <functional>

#include "dev/clint.h"
#include "dev/goldfish_rtc.h"
#include "dev/plic.h"
#include "dev/uart16550.h"
#include "dev/virtio_blk.h"
#include "dev/virtio_net.h"
#include "dev/virtio_rng.h"
#include "virtio_test_util.h"

using namespace ttvm;
using namespace ttvm::test;

namespace {

std::vector<uint8_t> saved(const Device& d) {
  StateWriter w;
  d.save(w);
  return w.bytes();
}

// Saves `dev`, runs `ops` (which returns what it observed), restores the
// save (and `extra_restore` for state outside the device, e.g. its RAM),
// and runs `ops` again: everything must repeat.
void round_trip(Device& dev, const std::function<std::vector<uint64_t>()>& ops,
                const std::function<void()>& extra_save = {}, const std::function<void()>& extra_restore = {}) {
  const std::vector<uint8_t> s1 = saved(dev);
  if (extra_save) extra_save();
  const std::vector<uint64_t> out1 = ops();
  const std::vector<uint8_t> s2 = saved(dev);
  EXPECT_NE(s1, s2) << dev.name() << ": the operations changed nothing (a test that cannot fail)";
  StateReader r(s1);
  dev.restore(r);
  EXPECT_TRUE(r.at_end()) << dev.name();
  if (extra_restore) extra_restore();
  EXPECT_EQ(saved(dev), s1) << dev.name() << ": save after restore differs";
  EXPECT_EQ(ops(), out1) << dev.name() << ": behaviour after restore differs";
  EXPECT_EQ(saved(dev), s2) << dev.name() << ": state after the same operations differs";
}

struct FakeClintHost : ClintHost {
  uint64_t t = 1000;
  std::vector<uint64_t> events;
  uint64_t mtime() override { return t; }
  void set_mtime(uint64_t v) override { t = v; }
  void set_msip(unsigned hart, bool level) override { events.push_back(hart * 2 + level); }
  void timecmp_changed() override { events.push_back(99); }
};

struct CountingEntropy : EntropySource {
  uint8_t next = 0;
  void fill(uint8_t* p, size_t n) override {
    for (size_t i = 0; i < n; ++i) p[i] = next++;
  }
};

}  // namespace

TEST(DeviceState, Clint) {
  FakeClintHost host;
  Clint c(2, host);
  c.write(0x4000, 8, 5000);  // hart 0 mtimecmp
  c.write(0, 4, 1);          // hart 0 msip
  round_trip(c, [&] {
    host.events.clear();
    c.write(0x4008, 8, 7777);
    c.write(4, 4, 1);
    c.write(0, 4, 0);
    uint64_t a = 0, b = 0;
    c.read(0x4008, 8, a);
    c.read(4, 4, b);
    std::vector<uint64_t> out = {a, b};
    out.insert(out.end(), host.events.begin(), host.events.end());
    return out;
  });
}

TEST(DeviceState, Plic) {
  std::vector<uint64_t> lines;
  Plic p(2, [&](unsigned ctx, bool level) { lines.push_back(ctx * 2 + level); });
  p.write(4 * 10, 4, 5);          // source 10 priority
  p.write(0x2000 + 0x80, 4, 1u << 10);  // context 1 enables source 10
  p.set_level(10, true);          // pending
  round_trip(p, [&] {
    lines.clear();
    p.write(0x200000 + 0x1000, 4, 0);  // context 1 threshold 0
    uint64_t claim = 0;
    p.read(0x200000 + 0x1000 + 4, 4, claim);  // claim
    p.set_level(10, false);
    p.write(0x200000 + 0x1000 + 4, 4, claim);  // complete
    p.set_level(11, true);
    std::vector<uint64_t> out = {claim};
    out.insert(out.end(), lines.begin(), lines.end());
    return out;
  });
}

TEST(DeviceState, Uart) {
  std::vector<uint64_t> seen;
  Uart16550 u([&](uint8_t c) { seen.push_back(c); }, [&](bool level) { seen.push_back(1000 + level); });
  u.write(1, 1, 0x01);  // IER: receive interrupts
  u.push_input('a');
  u.push_input('b');
  round_trip(u, [&] {
    seen.clear();
    uint64_t v = 0;
    u.read(0, 1, v);  // 'a'
    seen.push_back(v);
    u.push_input('c');
    u.write(0, 1, 'x');
    u.write(7, 1, 0x5a);  // scratch
    u.read(5, 1, v);      // LSR
    seen.push_back(v);
    return seen;
  });
}

TEST(DeviceState, GoldfishRtc) {
  uint64_t now = 5'000'000;
  GoldfishRtc rtc(1'700'000'000'000'000'000ull, [&] { return now; });
  rtc.write(0x10, 4, 0);  // alarm high
  uint64_t saved_now = 0;
  round_trip(rtc, [&] {
    now += 1000;
    std::vector<uint64_t> out;
    uint64_t lo = 0, hi = 0;
    rtc.read(0x00, 4, lo);  // time low (latches high)
    rtc.read(0x04, 4, hi);
    rtc.write(0x08, 4, uint32_t(lo + 5000));  // alarm low
    rtc.write(0x14, 4, 1);                     // irq enabled
    out = {lo, hi};
    return out;
  }, [&] { saved_now = now; }, [&] { now = saved_now; });  // virtual time goes back with the machine
}

TEST(DeviceState, VirtioNetWithReceiveBuffersInFlight) {
  Rig r(std::make_unique<VirtioNet>(VirtioNet::Mac{0x52, 0x54, 0, 0x12, 0x34, 0x56}));
  r.init(kVersion1 | kF(VirtioNet::kFMac) | kF(VirtioNet::kFStatus), 16);
  auto& net = *static_cast<VirtioNet*>(r.mmio->device());
  // Two receive buffers posted; the device has used none.
  r.add_chain({{Rig::kData, 1526, true}});
  r.add_chain({{Rig::kData + 0x1000, 1526, true}});
  r.kick(0);
  std::vector<uint8_t> ram_copy;
  round_trip(
      *r.mmio,
      [&] {
        std::vector<uint8_t> frame(60, 0x42);
        net.receive(frame.data(), frame.size());
        return std::vector<uint64_t>{r.used_idx(), r.used_len(0), r.irq, r.r32(kInterruptStatus)};
      },
      [&] { ram_copy = r.get_bytes(kRamBase, kRamSize); },
      [&] { r.put_bytes(kRamBase, ram_copy.data(), ram_copy.size()); });
}

TEST(DeviceState, VirtioBlkWithARequestPublished) {
  TempImage f(64 * 1024);
  DiskImage img(f.path, false, false);
  Rig r(std::make_unique<VirtioBlk>(img));
  r.init(kVersion1);
  // A read of sector 3, published, not yet notified.
  r.put<uint32_t>(Rig::kData, VirtioBlk::kTypeIn);
  r.put<uint32_t>(Rig::kData + 4, 0);
  r.put<uint64_t>(Rig::kData + 8, 3);
  r.add_chain({{Rig::kData, 16, false}, {Rig::kData + 0x1000, 512, true}, {Rig::kData + 0x100, 1, true}});
  std::vector<uint8_t> ram_copy;
  round_trip(
      *r.mmio,
      [&] {
        r.kick(0);
        const auto data = r.get_bytes(Rig::kData + 0x1000, 8);
        std::vector<uint64_t> out = {r.used_idx(), r.used_len(0), r.get<uint8_t>(Rig::kData + 0x100), r.irq};
        out.insert(out.end(), data.begin(), data.end());
        return out;
      },
      [&] { ram_copy = r.get_bytes(kRamBase, kRamSize); },
      [&] { r.put_bytes(kRamBase, ram_copy.data(), ram_copy.size()); });
}

TEST(DeviceState, VirtioRngWithABufferPublished) {
  CountingEntropy e;
  Rig r(std::make_unique<VirtioRng>(e));
  r.init(kVersion1);
  r.add_chain({{Rig::kData, 16, true}});
  std::vector<uint8_t> ram_copy;
  uint8_t next = 0;
  round_trip(
      *r.mmio,
      [&] {
        r.kick(0);
        const auto data = r.get_bytes(Rig::kData, 16);
        std::vector<uint64_t> out = {r.used_idx(), r.used_len(0), r.irq};
        out.insert(out.end(), data.begin(), data.end());
        return out;
      },
      [&] {
        ram_copy = r.get_bytes(kRamBase, kRamSize);
        next = e.next;
      },
      [&] {
        r.put_bytes(kRamBase, ram_copy.data(), ram_copy.size());
        e.next = next;  // the entropy port replays the same bytes
      });
}

// virtio-mmio transport and split virtqueue: probe registers, feature
// negotiation, queue setup, interrupts with and without event index,
// malformed rings and chains (DEVICE_NEEDS_RESET, never host memory outside
// RAM), reset, save/restore. The rng and blk devices serve as backends.
#include <gtest/gtest.h>

#include "dev/disk_image.h"
#include "dev/virtio_blk.h"
#include "dev/virtio_rng.h"
#include "virtio_test_util.h"

using namespace ttvm;
using namespace ttvm::test;

namespace {

// Bytes 0, 1, 2, ... across calls: what the guest receives is predictable.
class CountingEntropy : public EntropySource {
 public:
  void fill(uint8_t* p, size_t n) override {
    for (size_t i = 0; i < n; ++i) p[i] = next++;
    calls++;
  }
  uint8_t next = 0;
  int calls = 0;
};

struct RngRig : Rig {
  explicit RngRig(CountingEntropy& e) : Rig(std::make_unique<VirtioRng>(e)) {}
};

std::unique_ptr<VirtioBlk> make_blk(DiskImage& img, std::string serial = "") {
  return std::make_unique<VirtioBlk>(img, std::move(serial));
}

}  // namespace

TEST(VirtioMmio, EmptySlotReadsAsQemu) {
  Ram ram(kRamBase, kRamSize);
  Bus bus(ram);
  CodeCache code(bus);
  Dma dma(ram);
  int irq_calls_high = 0;
  VirtioMmio slot(dma, nullptr, [&](bool l) { irq_calls_high += l; });
  auto rd = [&](uint64_t off) {
    uint64_t v = 1234;
    EXPECT_TRUE(slot.read(off, 4, v));
    return v;
  };
  EXPECT_EQ(rd(kMagic), 0x74726976u);
  EXPECT_EQ(rd(kVersion), 2u);
  EXPECT_EQ(rd(kDeviceId), 0u);
  EXPECT_EQ(rd(kVendorId), 0x554d4551u);
  EXPECT_EQ(rd(kDeviceFeatures), 0u);
  EXPECT_EQ(rd(kQueueNumMax), 0u);
  EXPECT_EQ(rd(kConfig), 0u);
  EXPECT_TRUE(slot.write(kStatus, 4, 0xf));
  EXPECT_TRUE(slot.write(kQueueNotify, 4, 0));
  EXPECT_EQ(rd(kStatus), 0u);
  EXPECT_EQ(irq_calls_high, 0);
  StateWriter w;
  slot.save(w);
  StateReader r(w.bytes());
  slot.restore(r);
  EXPECT_TRUE(r.at_end());
}

TEST(VirtioMmio, ProbeRegisters) {
  DiskImage img(std::vector<uint8_t>(8192));
  Rig r(make_blk(img));
  EXPECT_EQ(r.r32(kMagic), 0x74726976u);
  EXPECT_EQ(r.r32(kVersion), 2u);
  EXPECT_EQ(r.r32(kDeviceId), 2u);
  EXPECT_EQ(r.r32(kVendorId), 0x554d4551u);
  const uint64_t f = r.device_features();
  EXPECT_TRUE(f & kVersion1);
  EXPECT_TRUE(f & kEventIdx);
  EXPECT_TRUE(f & kIndirect);
  EXPECT_FALSE(f & kF(33)) << "ACCESS_PLATFORM must not be offered";
  EXPECT_FALSE(f & kF(24)) << "NOTIFY_ON_EMPTY is a legacy feature";
  EXPECT_FALSE(f & kF(27)) << "ANY_LAYOUT is a legacy feature";
  r.w32(kQueueSel, 0);
  EXPECT_EQ(r.r32(kQueueNumMax), 1024u);
  EXPECT_EQ(r.r32(kQueueReady), 0u);
  r.w32(kQueueSel, 1);
  EXPECT_EQ(r.r32(kQueueNumMax), 0u) << "virtio-blk has one queue";
  EXPECT_EQ(r.r32(kShmLenLow), 0xffffffffu);
  EXPECT_EQ(r.r32(kShmLenHigh), 0xffffffffu);
  // Write-only registers read 0; registers answer 32-bit accesses only.
  r.w32(kQueueDescLow, 0x1234);
  EXPECT_EQ(r.r32(kQueueDescLow), 0u);
  uint64_t v = 99;
  EXPECT_TRUE(r.mmio->read(kMagic, 2, v));
  EXPECT_EQ(v, 0u);
  EXPECT_TRUE(r.mmio->read(kMagic, 8, v));
  EXPECT_EQ(v, 0u);
  EXPECT_EQ(r.r32(kInterruptStatus), 0u);
  EXPECT_EQ(r.r32(kStatus), 0u);
  EXPECT_EQ(r.r32(kConfigGeneration), 0u);
}

TEST(VirtioMmio, FeatureNegotiationMasksUnofferedBits) {
  CountingEntropy e;
  RngRig r(e);
  r.w32(kStatus, 1 | 2);
  r.write_driver_features(kVersion1 | kEventIdx | kF(33) | kF(0) | kF(63));
  r.w32(kStatus, 1 | 2 | 8);
  EXPECT_EQ(r.r32(kStatus), 1u | 2 | 8);
  EXPECT_EQ(r.mmio->driver_features(), kVersion1 | kEventIdx);
  // Once FEATURES_OK is set the features are fixed.
  r.write_driver_features(kVersion1 | kIndirect);
  r.w32(kStatus, 1 | 2 | 8 | 4);
  EXPECT_EQ(r.mmio->driver_features(), kVersion1 | kEventIdx);
}

TEST(VirtioMmio, FeaturesOkAcceptedWithoutVersion1) {
  // QEMU keeps FEATURES_OK even when the driver did not take VERSION_1;
  // guests written against QEMU rely on it.
  CountingEntropy e;
  RngRig r(e);
  r.init(0);
  EXPECT_EQ(r.r32(kStatus), 1u | 2 | 8 | 4);
  EXPECT_EQ(r.mmio->driver_features(), 0u);
  r.add_chain({{Rig::kData, 8, true}});
  r.kick();
  EXPECT_EQ(r.used_idx(), 1);
  EXPECT_EQ(r.used_len(0), 8u);
}

TEST(VirtioMmio, DefaultQueueSizeWhenDriverSetsNone) {
  CountingEntropy e;
  RngRig r(e);
  r.w32(kQueueSel, 0);
  r.w32(kQueueDescLow, uint32_t(Rig::kDesc));
  r.w32(kQueueDriverLow, uint32_t(Rig::kAvail));
  r.w32(kQueueDeviceLow, uint32_t(Rig::kUsed));
  r.w32(kQueueReady, 1);
  EXPECT_EQ(r.r32(kQueueReady), 1u);
  r.qsize = VirtioRng::kQueueSize;
  r.add_chain({{Rig::kData, 4, true}});
  r.kick();
  EXPECT_EQ(r.used_idx(), 1);
}

TEST(VirtioMmio, InterruptStatusAndAck) {
  CountingEntropy e;
  RngRig r(e);
  r.init(kVersion1);
  EXPECT_FALSE(r.irq);
  r.add_chain({{Rig::kData, 16, true}});
  r.kick();
  EXPECT_EQ(r.used_idx(), 1);
  EXPECT_EQ(r.r32(kInterruptStatus), 1u);
  EXPECT_TRUE(r.irq);
  r.w32(kInterruptAck, 2);  // acking a bit that is not set changes nothing
  EXPECT_TRUE(r.irq);
  r.w32(kInterruptAck, 1);
  EXPECT_EQ(r.r32(kInterruptStatus), 0u);
  EXPECT_FALSE(r.irq);
  // A notify with nothing new raises nothing.
  r.kick();
  EXPECT_FALSE(r.irq);
}

TEST(VirtioMmio, NoInterruptFlagSuppresses) {
  CountingEntropy e;
  RngRig r(e);
  r.init(kVersion1);
  r.put<uint16_t>(Rig::kAvail, 1);  // VIRTQ_AVAIL_F_NO_INTERRUPT
  r.add_chain({{Rig::kData, 16, true}});
  r.kick();
  EXPECT_EQ(r.used_idx(), 1);
  EXPECT_FALSE(r.irq);
  r.put<uint16_t>(Rig::kAvail, 0);
  r.add_chain({{Rig::kData, 16, true}});
  r.kick();
  EXPECT_TRUE(r.irq);
}

TEST(VirtioMmio, EventIdxSuppressesUntilUsedEvent) {
  CountingEntropy e;
  RngRig r(e);
  r.init(kVersion1 | kEventIdx);
  const uint64_t used_event = Rig::kAvail + 4 + 2 * r.qsize;
  const uint64_t avail_event = Rig::kUsed + 4 + 8 * r.qsize;
  // The first completion always interrupts (nothing signalled yet).
  r.put<uint16_t>(used_event, 0);
  r.add_chain({{Rig::kData, 4, true}});
  r.kick();
  EXPECT_TRUE(r.irq);
  EXPECT_EQ(r.get<uint16_t>(avail_event), 1) << "the device asks to be notified of the next buffer";
  r.w32(kInterruptAck, 1);
  // The driver wants an interrupt only once used idx passes 3.
  r.put<uint16_t>(used_event, 3);
  for (int i = 0; i < 2; ++i) {
    r.add_chain({{Rig::kData, 4, true}});
    r.kick();
    EXPECT_FALSE(r.irq) << "completion " << i + 2;
  }
  EXPECT_EQ(r.used_idx(), 3);
  r.add_chain({{Rig::kData, 4, true}});
  r.kick();
  EXPECT_TRUE(r.irq) << "used idx moved past used_event 3";
  EXPECT_EQ(r.get<uint16_t>(avail_event), 4);
  // Two buffers at once, crossing used_event, interrupt once.
  r.w32(kInterruptAck, 1);
  r.put<uint16_t>(used_event, 4);
  r.add_chain({{Rig::kData, 4, true}});
  r.add_chain({{Rig::kData, 4, true}});
  r.kick();
  EXPECT_EQ(r.used_idx(), 6);
  EXPECT_TRUE(r.irq);
  // The avail flags mean nothing with event index.
  r.w32(kInterruptAck, 1);
  r.put<uint16_t>(Rig::kAvail, 1);
  r.put<uint16_t>(used_event, 6);
  r.add_chain({{Rig::kData, 4, true}});
  r.kick();
  EXPECT_TRUE(r.irq);
}

TEST(VirtioMmio, BadDescriptorAddressNeedsReset) {
  CountingEntropy e;
  RngRig r(e);
  r.init(kVersion1);
  const uint64_t digest = r.ram.digest();
  // A buffer that starts in RAM and runs past its end.
  r.add_chain({{kRamBase + kRamSize - 8, 64, true}});
  const uint64_t with_ring = r.ram.digest();
  EXPECT_NE(digest, with_ring);
  r.kick();
  EXPECT_EQ(r.used_idx(), 0);
  EXPECT_EQ(e.calls, 0) << "no entropy consumed for a rejected request";
  EXPECT_EQ(r.ram.digest(), with_ring) << "nothing written";
  EXPECT_TRUE(r.r32(kStatus) & 0x40);
  EXPECT_TRUE(r.mmio->broken());
  EXPECT_EQ(r.r32(kInterruptStatus), 2u) << "configuration change interrupt";
  EXPECT_TRUE(r.irq);
  EXPECT_EQ(r.r32(kConfigGeneration), 1u);
  ASSERT_EQ(r.log.size(), 1u);
  EXPECT_NE(r.log[0].find("virtio-rng"), std::string::npos) << r.log[0];
  EXPECT_NE(r.log[0].find("queue 0"), std::string::npos) << r.log[0];
  EXPECT_NE(r.log[0].find("outside RAM"), std::string::npos) << r.log[0];
  // Until reset the device does nothing, and status writes keep NEEDS_RESET.
  r.w32(kStatus, 1 | 2 | 8 | 4);
  EXPECT_TRUE(r.r32(kStatus) & 0x40);
  r.kick();
  EXPECT_EQ(r.used_idx(), 0);
  EXPECT_EQ(r.log.size(), 1u) << "logged once";
  // After a reset the driver can start over.
  r.w32(kStatus, 0);
  EXPECT_EQ(r.r32(kStatus), 0u);
  EXPECT_FALSE(r.irq);
  EXPECT_FALSE(r.mmio->broken());
  r.put<uint16_t>(Rig::kAvail + 2, 0);
  r.next_desc = 0;
  r.init(kVersion1);
  r.add_chain({{Rig::kData, 8, true}});
  r.kick();
  EXPECT_EQ(r.used_idx(), 1);
  EXPECT_EQ(r.get<uint8_t>(Rig::kData + 7), 7);
}

TEST(VirtioMmio, ChainsCompletedBeforeAFailureAreReturned) {
  CountingEntropy e;
  RngRig r(e);
  r.init(kVersion1);
  r.add_chain({{Rig::kData, 4, true}});
  r.add_chain({{kRamBase + kRamSize, 4, true}});
  r.add_chain({{Rig::kData + 4, 4, true}});
  r.kick();
  EXPECT_EQ(r.used_idx(), 1);
  EXPECT_EQ(r.r32(kInterruptStatus), 3u) << "used buffer and configuration change";
  EXPECT_EQ(e.calls, 1);
}

TEST(VirtioMmio, AddressesOutsideRamAndWrapAround) {
  for (uint64_t addr : std::vector<uint64_t>{0, 0x1000, kRamBase - 1, kRamBase + kRamSize, ~uint64_t(0) - 3}) {
    CountingEntropy e;
    RngRig r(e);
    r.init(kVersion1);
    r.add_chain({{addr, 16, true}});
    r.kick();
    EXPECT_TRUE(r.r32(kStatus) & 0x40) << std::hex << addr;
    EXPECT_EQ(r.used_idx(), 0);
  }
}

TEST(VirtioMmio, RingOutsideRamFailsAtQueueReady) {
  CountingEntropy e;
  RngRig r(e);
  r.w32(kStatus, 1 | 2);
  r.write_driver_features(kVersion1);
  r.w32(kStatus, 1 | 2 | 8);
  // The used ring of 16 entries would end past RAM.
  r.setup_queue(0, 16, Rig::kDesc, Rig::kAvail, kRamBase + kRamSize - 64);
  EXPECT_TRUE(r.r32(kStatus) & 0x40);
  ASSERT_EQ(r.log.size(), 1u);
  EXPECT_NE(r.log[0].find("used ring"), std::string::npos) << r.log[0];
  EXPECT_FALSE(r.irq) << "no configuration interrupt before DRIVER_OK";
}

TEST(VirtioMmio, DescriptorLoopNeedsReset) {
  CountingEntropy e;
  RngRig r(e);
  r.init(kVersion1);
  r.put_desc(Rig::kDesc, 0, Rig::kData, 8, 1 | 2, 1);
  r.put_desc(Rig::kDesc, 1, Rig::kData, 8, 1 | 2, 0);
  r.publish(0);
  r.kick();
  EXPECT_TRUE(r.r32(kStatus) & 0x40);
  EXPECT_EQ(r.used_idx(), 0);
  ASSERT_EQ(r.log.size(), 1u);
  EXPECT_NE(r.log[0].find("loops"), std::string::npos) << r.log[0];
}

TEST(VirtioMmio, MalformedChainsNeedReset) {
  struct Case {
    const char* what;
    std::function<void(Rig&)> setup;
    const char* expect;
  };
  const std::vector<Case> cases = {
      {"zero length",
       [](Rig& r) {
         r.add_chain({{Rig::kData, 0, true}});
       },
       "length 0"},
      {"readable after writable",
       [](Rig& r) {
         r.add_chain({{Rig::kData, 8, true}, {Rig::kData + 8, 8, false}});
       },
       "after a device-writable"},
      {"next beyond table",
       [](Rig& r) {
         r.put_desc(Rig::kDesc, 0, Rig::kData, 8, 1 | 2, 16);
         r.publish(0);
       },
       "beyond a table"},
      {"head beyond table", [](Rig& r) { r.publish(40); }, "names descriptor 40"},
      {"avail index jump", [](Rig& r) { r.put<uint16_t>(Rig::kAvail + 2, 17); }, "more than the queue size"},
      {"indirect bad length",
       [](Rig& r) {
         r.put_desc(Rig::kDesc, 0, Rig::kData, 24, 4, 0);
         r.publish(0);
       },
       "indirect table length"},
      {"indirect table outside RAM",
       [](Rig& r) {
         r.put_desc(Rig::kDesc, 0, kRamBase + kRamSize - 16, 32, 4, 0);
         r.publish(0);
       },
       "indirect table at"},
      {"nested indirect",
       [](Rig& r) {
         const uint64_t table = Rig::kData + 0x1000;
         r.put_desc(table, 0, table + 0x100, 16, 4, 0);
         r.put_desc(Rig::kDesc, 0, table, 16, 4, 0);
         r.publish(0);
       },
       "another indirect table"},
      {"indirect buffer outside RAM",
       [](Rig& r) {
         const uint64_t table = Rig::kData + 0x1000;
         r.put_desc(table, 0, kRamBase + kRamSize, 8, 2, 0);
         r.put_desc(Rig::kDesc, 0, table, 16, 4, 0);
         r.publish(0);
       },
       "indirect descriptor 0: buffer"},
      {"indirect loop",
       [](Rig& r) {
         const uint64_t table = Rig::kData + 0x1000;
         r.put_desc(table, 0, Rig::kData, 8, 1 | 2, 1);
         r.put_desc(table, 1, Rig::kData, 8, 1 | 2, 0);
         r.put_desc(Rig::kDesc, 0, table, 32, 4, 0);
         r.publish(0);
       },
       "loops"},
  };
  for (const auto& c : cases) {
    CountingEntropy e;
    RngRig r(e);
    r.init(kVersion1 | kIndirect);
    c.setup(r);
    r.kick();
    EXPECT_TRUE(r.r32(kStatus) & 0x40) << c.what;
    EXPECT_EQ(r.used_idx(), 0) << c.what;
    ASSERT_EQ(r.log.size(), 1u) << c.what;
    EXPECT_NE(r.log[0].find(c.expect), std::string::npos) << c.what << ": " << r.log[0];
    EXPECT_EQ(e.calls, 0) << c.what;
  }
}

TEST(VirtioMmio, IndirectDescriptors) {
  CountingEntropy e;
  RngRig r(e);
  r.init(kVersion1 | kIndirect);
  const uint64_t table = Rig::kData + 0x1000;
  r.put_desc(table, 0, Rig::kData, 3, 1 | 2, 1);
  r.put_desc(table, 1, Rig::kData + 0x100, 5, 2, 0);
  r.put_desc(Rig::kDesc, 0, table, 32, 4, 0);
  r.publish(0);
  r.kick();
  ASSERT_EQ(r.used_idx(), 1);
  EXPECT_EQ(r.used_id(0), 0u);
  EXPECT_EQ(r.used_len(0), 8u);
  EXPECT_EQ(r.get_bytes(Rig::kData, 3), (std::vector<uint8_t>{0, 1, 2}));
  EXPECT_EQ(r.get_bytes(Rig::kData + 0x100, 5), (std::vector<uint8_t>{3, 4, 5, 6, 7}));
  // Direct descriptors followed by an indirect one (spec 2.7.5.3.2).
  r.put_desc(table, 0, Rig::kData + 0x200, 2, 2, 0);
  r.put_desc(Rig::kDesc, 1, Rig::kData + 0x300, 2, 1 | 2, 2);
  r.put_desc(Rig::kDesc, 2, table, 16, 4, 0);
  r.publish(1);
  r.kick();
  ASSERT_EQ(r.used_idx(), 2);
  EXPECT_EQ(r.used_id(1), 1u);
  EXPECT_EQ(r.used_len(1), 4u);
  EXPECT_EQ(r.get_bytes(Rig::kData + 0x300, 2), (std::vector<uint8_t>{8, 9}));
  EXPECT_EQ(r.get_bytes(Rig::kData + 0x200, 2), (std::vector<uint8_t>{10, 11}));
}

TEST(VirtioMmio, NotifyOfUnreadyOrMissingQueueDoesNothing) {
  CountingEntropy e;
  RngRig r(e);
  r.init(kVersion1);
  r.add_chain({{Rig::kData, 4, true}});
  r.kick(5);
  EXPECT_EQ(r.used_idx(), 0);
  r.w32(kQueueSel, 0);
  r.w32(kQueueReady, 0);
  EXPECT_EQ(r.r32(kQueueReady), 0u);
  r.kick();
  EXPECT_EQ(r.used_idx(), 0);
  r.w32(kQueueReady, 1);
  r.kick();
  EXPECT_EQ(r.used_idx(), 1);
  EXPECT_FALSE(r.mmio->broken());
}

TEST(VirtioMmio, StatusZeroResets) {
  CountingEntropy e;
  RngRig r(e);
  r.init(kVersion1 | kEventIdx);
  r.add_chain({{Rig::kData, 4, true}});
  r.kick();
  EXPECT_TRUE(r.irq);
  r.w32(kStatus, 0);
  EXPECT_EQ(r.r32(kStatus), 0u);
  EXPECT_EQ(r.r32(kInterruptStatus), 0u);
  EXPECT_FALSE(r.irq);
  EXPECT_EQ(r.mmio->driver_features(), 0u);
  r.w32(kQueueSel, 0);
  EXPECT_EQ(r.r32(kQueueReady), 0u);
  // The device starts again from index 0 of fresh rings.
  r.put<uint16_t>(Rig::kAvail + 2, 0);
  r.put<uint16_t>(Rig::kUsed + 2, 0);
  r.next_desc = 0;
  r.init(kVersion1);
  r.add_chain({{Rig::kData, 4, true}});
  r.kick();
  EXPECT_EQ(r.used_idx(), 1);
  EXPECT_EQ(r.get<uint8_t>(Rig::kData), 4) << "bytes continue from the source";
}

TEST(VirtioMmio, MachineResetClearsEverything) {
  CountingEntropy e;
  RngRig r(e);
  r.init(kVersion1);
  r.add_chain({{kRamBase + kRamSize, 4, true}});
  r.kick();
  EXPECT_TRUE(r.mmio->broken());
  EXPECT_TRUE(r.irq);
  r.mmio->reset();
  EXPECT_FALSE(r.mmio->broken());
  EXPECT_FALSE(r.irq);
  EXPECT_EQ(r.r32(kStatus), 0u);
  EXPECT_EQ(r.r32(kConfigGeneration), 0u);
}

TEST(VirtioMmio, ConfigSpaceAccessSizes) {
  std::vector<uint8_t> data(3 * 512 + 100);  // rounds up to 4 sectors
  DiskImage img(data);
  Rig r(make_blk(img));
  EXPECT_EQ(r.cfg(0, 8), 4u);
  EXPECT_EQ(r.cfg(0, 4), 4u);
  EXPECT_EQ(r.cfg(4, 4), 0u);
  EXPECT_EQ(r.cfg(0, 2), 4u);
  EXPECT_EQ(r.cfg(0, 1), 4u);
  EXPECT_EQ(r.cfg(20, 4), 512u) << "blk_size";
  EXPECT_EQ(r.cfg(12, 4), 254u) << "seg_max";
  EXPECT_EQ(r.cfg(34, 2), 1u) << "num_queues";
  // Past the end of the configuration space: all ones (QEMU).
  EXPECT_EQ(r.cfg(36, 4), 0xffffffffu);
  EXPECT_EQ(r.cfg(35, 1), 0u);
  EXPECT_EQ(r.cfg(35, 2), 0xffffu);
  EXPECT_EQ(r.cfg(0x800, 8), ~0ull);
  // Writes to the read-only configuration change nothing.
  EXPECT_TRUE(r.mmio->write(kConfig, 4, 77));
  EXPECT_EQ(r.cfg(0, 8), 4u);
}

TEST(VirtioMmio, ConfigChangedBumpsGeneration) {
  CountingEntropy e;
  RngRig r(e);
  r.mmio->config_changed();
  EXPECT_EQ(r.r32(kConfigGeneration), 0u) << "no notification before DRIVER_OK";
  EXPECT_FALSE(r.irq);
  r.init(kVersion1);
  r.mmio->config_changed();
  EXPECT_EQ(r.r32(kConfigGeneration), 1u);
  EXPECT_EQ(r.r32(kInterruptStatus), 2u);
  EXPECT_TRUE(r.irq);
  r.w32(kInterruptAck, 2);
  EXPECT_FALSE(r.irq);
}

TEST(VirtioMmio, SaveRestoreRoundTrip) {
  CountingEntropy e1;
  RngRig a(e1);
  a.init(kVersion1 | kEventIdx);
  a.put<uint16_t>(Rig::kAvail + 4 + 2 * a.qsize, 10);  // used_event far ahead
  for (int i = 0; i < 3; ++i) {
    a.add_chain({{Rig::kData + 16 * i, 16, true}});
    a.kick();
  }
  a.w32(kQueueSel, 0);
  StateWriter w;
  a.mmio->save(w);

  CountingEntropy e2;
  e2.next = e1.next;
  RngRig b(e2);
  std::memcpy(b.ram.host(kRamBase), a.ram.host(kRamBase), kRamSize);
  StateReader rd(w.bytes());
  b.mmio->restore(rd);
  EXPECT_TRUE(rd.at_end());
  EXPECT_EQ(b.irq, a.irq);
  EXPECT_EQ(b.r32(kStatus), a.r32(kStatus));
  EXPECT_EQ(b.r32(kInterruptStatus), a.r32(kInterruptStatus));
  EXPECT_EQ(b.r32(kQueueReady), 1u);
  EXPECT_EQ(b.mmio->driver_features(), kVersion1 | kEventIdx);
  StateWriter w2;
  b.mmio->save(w2);
  EXPECT_EQ(w.bytes(), w2.bytes());

  // Both continue identically.
  for (Rig* r : {static_cast<Rig*>(&a), static_cast<Rig*>(&b)}) {
    r->next_desc = 3;
    r->add_chain({{Rig::kData + 0x100, 16, true}});
    r->kick();
  }
  EXPECT_EQ(a.ram.digest(), b.ram.digest());
  EXPECT_EQ(a.used_idx(), 4);
  EXPECT_EQ(a.irq, b.irq);
}

TEST(VirtioMmio, RestoreRejectsCorruptState) {
  CountingEntropy e;
  RngRig r(e);
  StateWriter w;
  r.mmio->save(w);
  std::vector<uint8_t> bad = w.bytes();
  bad[0] = 7;  // queue count
  StateReader rd(bad);
  EXPECT_THROW(r.mmio->restore(rd), UserError);
  std::vector<uint8_t> cut(w.bytes().begin(), w.bytes().begin() + 10);
  StateReader rd2(cut);
  EXPECT_THROW(r.mmio->restore(rd2), UserError);
}

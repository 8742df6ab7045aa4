// virtio-net driven as Linux's driver would: configuration (MAC, link up),
// frames received into posted buffers (header, num_buffers, split buffers,
// no buffer, a buffer too small), frames transmitted to the sink, malformed
// chains (DEVICE_NEEDS_RESET), the legacy header, save/restore.
#include "dev/virtio_net.h"

#include <gtest/gtest.h>

#include "virtio_test_util.h"

using namespace ttvm;
using namespace ttvm::test;

namespace {

constexpr VirtioNet::Mac kMac = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56};
constexpr uint64_t kNeedsReset = 0x40;

// Queue 0 (receive) at Rig's addresses; queue 1 (transmit) here.
constexpr uint64_t kTxDesc = kRamBase + 0x4000;
constexpr uint64_t kTxAvail = kRamBase + 0x5000;
constexpr uint64_t kTxUsed = kRamBase + 0x6000;
constexpr uint64_t kRxBuf = Rig::kData;
constexpr uint64_t kTxBuf = Rig::kData + 0x8000;
constexpr uint16_t kTxSize = 16;

std::vector<uint8_t> frame_of(size_t n, uint8_t seed) {
  std::vector<uint8_t> f;
  for (size_t i = 0; i < n; ++i) f.push_back(uint8_t(seed + i * 3));
  return f;
}

struct NetRig : Rig {
  explicit NetRig(bool start = true, uint64_t features = kVersion1 | kF(VirtioNet::kFMac) | kF(VirtioNet::kFStatus))
      : Rig(std::make_unique<VirtioNet>(kMac)) {
    dev().set_tx_sink([this](const uint8_t* p, size_t n) { sent.emplace_back(p, p + n); });
    if (start) {
      w32(kStatus, 0);
      w32(kStatus, 1 | 2);
      write_driver_features(features);
      w32(kStatus, 1 | 2 | 8);
      setup_queue(1, kTxSize, kTxDesc, kTxAvail, kTxUsed);
      setup_queue(0, 16, kDesc, kAvail, kUsed);  // last: Rig's helpers use qsize of queue 0
      w32(kStatus, 1 | 2 | 8 | 4);
    }
  }
  VirtioNet& dev() { return *static_cast<VirtioNet*>(mmio->device()); }

  // One transmit chain of readable buffers, published and notified.
  void transmit(const std::vector<std::vector<uint8_t>>& parts) {
    uint64_t at = kTxBuf;
    for (size_t i = 0; i < parts.size(); ++i) {
      put_bytes(at, parts[i].data(), parts[i].size());
      const bool last = i + 1 == parts.size();
      put_desc(kTxDesc, uint16_t(tx_next + i), at, uint32_t(parts[i].size()), last ? 0 : 1, uint16_t(tx_next + i + 1));
      at += 0x800;
    }
    const uint16_t idx = get<uint16_t>(kTxAvail + 2);
    put<uint16_t>(kTxAvail + 4 + 2 * (idx % kTxSize), tx_next);
    put<uint16_t>(kTxAvail + 2, uint16_t(idx + 1));
    tx_next = uint16_t((tx_next + parts.size()) % kTxSize);
    kick(1);
  }
  uint16_t tx_used_idx() { return get<uint16_t>(kTxUsed + 2); }

  std::vector<std::vector<uint8_t>> sent;
  uint16_t tx_next = 0;
};

}  // namespace

TEST(VirtioNet, ProbeAndConfig) {
  NetRig r(false);
  EXPECT_EQ(r.r32(kDeviceId), 1u);
  const uint64_t f = r.device_features();
  EXPECT_TRUE(f & kF(VirtioNet::kFMac));
  EXPECT_TRUE(f & kF(VirtioNet::kFStatus));
  EXPECT_TRUE(f & kVersion1);
  EXPECT_FALSE(f & kF(VirtioNet::kFMrgRxbuf));
  EXPECT_FALSE(f & kF(0)) << "no checksum offload";
  for (unsigned i = 0; i < 6; ++i) EXPECT_EQ(r.cfg(i, 1), kMac[i]) << i;
  EXPECT_EQ(r.cfg(6, 2), VirtioNet::kStatusLinkUp);
  EXPECT_EQ(r.cfg(8, 2), 0xffffu) << "nothing beyond status";
  for (unsigned q : {0u, 1u}) {
    r.w32(kQueueSel, q);
    EXPECT_EQ(r.r32(kQueueNumMax), 1024u);
  }
  r.w32(kQueueSel, 2);
  EXPECT_EQ(r.r32(kQueueNumMax), 0u) << "no control queue";
}

TEST(VirtioNet, ReceivesIntoAPostedBuffer) {
  NetRig r;
  EXPECT_FALSE(r.dev().can_receive()) << "no buffer posted yet";
  r.put_bytes(kRxBuf, std::vector<uint8_t>(2048, 0xee).data(), 2048);
  r.add_chain({{kRxBuf, 12 + 1514, true}});
  r.kick(0);
  EXPECT_FALSE(r.irq) << "posting buffers completes nothing";
  ASSERT_TRUE(r.dev().can_receive());
  const auto f = frame_of(60, 1);
  r.dev().receive(f.data(), f.size());
  ASSERT_EQ(r.used_idx(), 1);
  EXPECT_EQ(r.used_id(0), 0u);
  EXPECT_EQ(r.used_len(0), 72u);
  std::vector<uint8_t> hdr(12, 0);
  hdr[10] = 1;  // num_buffers
  EXPECT_EQ(r.get_bytes(kRxBuf, 12), hdr);
  EXPECT_EQ(r.get_bytes(kRxBuf + 12, 60), f);
  EXPECT_EQ(r.get<uint8_t>(kRxBuf + 72), 0xee) << "nothing written past the frame";
  EXPECT_TRUE(r.irq);
  EXPECT_EQ(r.r32(kInterruptStatus), 1u);
  EXPECT_FALSE(r.dev().can_receive()) << "the one buffer is used";
  EXPECT_EQ(r.dev().stats().rx_frames, 1u);
}

TEST(VirtioNet, ReceiveSpansBuffersOfOneChain) {
  NetRig r;
  // Header in one descriptor, the frame in two more.
  r.add_chain({{kRxBuf, 12, true}, {kRxBuf + 0x100, 20, true}, {kRxBuf + 0x200, 1500, true}});
  const auto f = frame_of(100, 9);
  r.dev().receive(f.data(), f.size());
  ASSERT_EQ(r.used_idx(), 1);
  EXPECT_EQ(r.used_len(0), 112u);
  EXPECT_EQ(r.get<uint16_t>(kRxBuf + 10), 1u);
  auto got = r.get_bytes(kRxBuf + 0x100, 20);
  const auto rest = r.get_bytes(kRxBuf + 0x200, 80);
  got.insert(got.end(), rest.begin(), rest.end());
  EXPECT_EQ(got, f);
}

TEST(VirtioNet, FramesInOrderIntoSuccessiveBuffers) {
  NetRig r;
  for (int i = 0; i < 3; ++i) r.add_chain({{kRxBuf + 0x800 * uint64_t(i), 1526, true}});
  for (uint8_t i = 0; i < 3; ++i) {
    ASSERT_TRUE(r.dev().can_receive());
    const auto f = frame_of(64 + i, uint8_t(i * 50));
    r.dev().receive(f.data(), f.size());
    EXPECT_EQ(r.get_bytes(kRxBuf + 0x800 * uint64_t(i) + 12, f.size()), f);
    EXPECT_EQ(r.used_len(i), 12u + f.size());
  }
  EXPECT_FALSE(r.dev().can_receive());
}

TEST(VirtioNet, NoBufferOrNotRunningDropsTheFrame) {
  NetRig idle(false);
  EXPECT_FALSE(idle.dev().can_receive()) << "before DRIVER_OK";
  const auto f = frame_of(60, 0);
  idle.dev().receive(f.data(), f.size());
  EXPECT_EQ(idle.dev().stats().rx_dropped, 1u);
  EXPECT_FALSE(idle.irq);

  NetRig r;
  r.dev().receive(f.data(), f.size());
  EXPECT_EQ(r.dev().stats().rx_dropped, 1u);
  EXPECT_EQ(r.used_idx(), 0);
  EXPECT_EQ(r.mmio->status() & kNeedsReset, 0u);
}

TEST(VirtioNet, BufferTooSmallForTheFrameComesBackEmpty) {
  NetRig r;
  r.add_chain({{kRxBuf, 12 + 50, true}});
  const auto f = frame_of(60, 0);
  r.dev().receive(f.data(), f.size());
  ASSERT_EQ(r.used_idx(), 1);
  EXPECT_EQ(r.used_len(0), 0u);
  EXPECT_EQ(r.dev().stats().rx_dropped, 1u);
  EXPECT_EQ(r.mmio->status() & kNeedsReset, 0u) << "a valid buffer, just small: not an error";
}

TEST(VirtioNet, BufferShorterThanTheHeaderNeedsReset) {
  NetRig r;
  r.add_chain({{kRxBuf, 8, true}});
  const auto f = frame_of(60, 0);
  r.dev().receive(f.data(), f.size());
  EXPECT_TRUE(r.mmio->status() & kNeedsReset);
  ASSERT_EQ(r.log.size(), 1u);
  EXPECT_NE(r.log[0].find("queue 0: receive buffer of 8 writable bytes"), std::string::npos) << r.log[0];
  EXPECT_FALSE(r.dev().can_receive()) << "a broken device takes nothing";
}

TEST(VirtioNet, LegacyDriverGetsTheTenByteHeader) {
  NetRig r(true, kF(VirtioNet::kFMac));
  r.add_chain({{kRxBuf, 1524, true}});
  const auto f = frame_of(60, 5);
  r.dev().receive(f.data(), f.size());
  EXPECT_EQ(r.used_len(0), 70u);
  EXPECT_EQ(r.get_bytes(kRxBuf + 10, 60), f);

  r.transmit({std::vector<uint8_t>(10, 0), f});
  ASSERT_EQ(r.sent.size(), 1u);
  EXPECT_EQ(r.sent[0], f);
}

TEST(VirtioNet, TransmitsFramesWithoutTheHeader) {
  NetRig r;
  const auto a = frame_of(42, 7), b = frame_of(1514, 3);
  r.transmit({std::vector<uint8_t>(12, 0), a});
  // Header and frame in one buffer, as Linux sends when there is headroom.
  std::vector<uint8_t> one(12, 0);
  one.insert(one.end(), b.begin(), b.end());
  r.transmit({one});
  ASSERT_EQ(r.sent.size(), 2u);
  EXPECT_EQ(r.sent[0], a);
  EXPECT_EQ(r.sent[1], b);
  EXPECT_EQ(r.tx_used_idx(), 2);
  EXPECT_EQ(r.get<uint32_t>(kTxUsed + 4 + 4), 0u) << "used length 0: the device wrote nothing";
  EXPECT_TRUE(r.irq);
  EXPECT_EQ(r.dev().stats().tx_frames, 2u);
}

TEST(VirtioNet, TransmitShorterThanTheHeaderNeedsReset) {
  NetRig r;
  r.transmit({std::vector<uint8_t>(6, 0)});
  EXPECT_TRUE(r.sent.empty());
  EXPECT_TRUE(r.mmio->status() & kNeedsReset);
  ASSERT_EQ(r.log.size(), 1u);
  EXPECT_NE(r.log[0].find("queue 1: transmit chain of 6 readable bytes"), std::string::npos) << r.log[0];
}

TEST(VirtioNet, TransmitWithoutASinkGoesNowhere) {
  NetRig r;
  r.dev().set_tx_sink(nullptr);  // as in replay
  r.transmit({std::vector<uint8_t>(12, 0), frame_of(60, 0)});
  EXPECT_EQ(r.tx_used_idx(), 1);
  EXPECT_EQ(r.dev().stats().tx_frames, 1u);
}

TEST(VirtioNet, ResetForgetsTheQueues) {
  NetRig r;
  r.add_chain({{kRxBuf, 1526, true}});
  ASSERT_TRUE(r.dev().can_receive());
  r.w32(kStatus, 0);
  EXPECT_FALSE(r.dev().can_receive());
}

TEST(VirtioNet, SaveRestoreContinuesWhereItStopped) {
  NetRig a;
  a.add_chain({{kRxBuf, 1526, true}});
  a.add_chain({{kRxBuf + 0x800, 1526, true}});
  const auto f1 = frame_of(60, 1), f2 = frame_of(61, 2);
  a.dev().receive(f1.data(), f1.size());
  a.transmit({std::vector<uint8_t>(12, 0), f1});
  StateWriter w;
  a.mmio->save(w);

  // A second machine with the same RAM and the saved device state.
  NetRig b(false);
  std::memcpy(b.ram.host(kRamBase), a.ram.host(kRamBase), kRamSize);
  StateReader rd(w.bytes());
  b.mmio->restore(rd);
  EXPECT_TRUE(rd.at_end());
  EXPECT_EQ(b.dev().stats().rx_frames, 1u);
  EXPECT_EQ(b.dev().stats().tx_frames, 1u);
  ASSERT_TRUE(b.dev().can_receive());
  a.dev().receive(f2.data(), f2.size());
  b.dev().receive(f2.data(), f2.size());
  EXPECT_EQ(b.used_idx(), 2);
  EXPECT_EQ(b.get_bytes(kRxBuf + 0x800 + 12, f2.size()), f2);
  EXPECT_EQ(a.get_bytes(kRamBase, kRamSize), b.get_bytes(kRamBase, kRamSize)) << "same input, same memory";
  StateWriter wa, wb;
  a.mmio->save(wa);
  b.mmio->save(wb);
  EXPECT_EQ(wa.bytes(), wb.bytes());
}

// The machine asks a card whether it can receive at moments the host picks
// (only while recording or running live): asking must not change the
// device's state, or a replay, which does not ask then, would diverge.
TEST(VirtioNet, AskingWhetherItCanReceiveChangesNoState) {
  NetRig r(true, kVersion1 | kF(VirtioNet::kFMac) | kF(virtio::kFEventIdx));
  auto state = [&r] {
    StateWriter w;
    r.mmio->save(w);
    return w.bytes();
  };
  const auto before = state();
  EXPECT_FALSE(r.dev().can_receive());
  EXPECT_EQ(state(), before);
  // Published without a notify: event-index drivers skip the kick when
  // the device asked for none.
  r.add_chain({{kRxBuf, 12 + 1514, true}});
  const auto posted = state();
  EXPECT_TRUE(r.dev().can_receive());
  EXPECT_TRUE(r.dev().can_receive());
  EXPECT_EQ(state(), posted);
}

// virtio-rng: buffers are filled from the EntropySource it was given (the
// port for host randomness), never from the host directly.
#include "dev/virtio_rng.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "dev/entropy.h"
#include "virtio_test_util.h"

using namespace ttvm;
using namespace ttvm::test;

namespace {

class FakeEntropy : public EntropySource {
 public:
  void fill(uint8_t* p, size_t n) override {
    requested.push_back(n);
    for (size_t i = 0; i < n; ++i) p[i] = uint8_t(0xa0 + total++);
  }
  std::vector<size_t> requested;
  size_t total = 0;
};

}  // namespace

TEST(VirtioRng, Probe) {
  FakeEntropy e;
  Rig r(std::make_unique<VirtioRng>(e));
  EXPECT_EQ(r.r32(kDeviceId), 4u);
  EXPECT_EQ(r.device_features(), kVersion1 | kEventIdx | kIndirect);
  EXPECT_EQ(r.cfg(0, 4), 0xffffffffu) << "no configuration space";
  r.w32(kQueueSel, 0);
  EXPECT_EQ(r.r32(kQueueNumMax), 1024u);
  r.w32(kQueueSel, 1);
  EXPECT_EQ(r.r32(kQueueNumMax), 0u);
}

TEST(VirtioRng, FillsWritableBuffersFromTheSource) {
  FakeEntropy e;
  Rig r(std::make_unique<VirtioRng>(e));
  r.init(kVersion1);
  r.add_chain({{Rig::kData, 5, true}, {Rig::kData + 0x100, 3, true}});
  r.kick();
  ASSERT_EQ(r.used_idx(), 1);
  EXPECT_EQ(r.used_len(0), 8u);
  EXPECT_EQ(r.get_bytes(Rig::kData, 5), (std::vector<uint8_t>{0xa0, 0xa1, 0xa2, 0xa3, 0xa4}));
  EXPECT_EQ(r.get_bytes(Rig::kData + 0x100, 3), (std::vector<uint8_t>{0xa5, 0xa6, 0xa7}));
  EXPECT_EQ(e.requested, (std::vector<size_t>{8}));
  EXPECT_TRUE(r.irq);
  // Device-readable buffers get nothing and cost no entropy.
  r.add_chain({{Rig::kData + 0x200, 4, false}});
  r.kick();
  ASSERT_EQ(r.used_idx(), 2);
  EXPECT_EQ(r.used_len(1), 0u);
  EXPECT_EQ(e.requested.size(), 1u);
}

TEST(VirtioRng, LargeRequestsAreCapped) {
  FakeEntropy e;
  Rig r(std::make_unique<VirtioRng>(e));
  r.init(kVersion1);
  r.add_chain({{Rig::kData, 100 * 1024, true}});
  r.kick();
  ASSERT_EQ(r.used_idx(), 1);
  EXPECT_EQ(r.used_len(0), VirtioRng::kMaxRequest);
  EXPECT_EQ(e.total, VirtioRng::kMaxRequest);
}

TEST(VirtioRng, SaveRestoreIsTheTransportsOnly) {
  FakeEntropy e;
  Rig r(std::make_unique<VirtioRng>(e));
  r.init(kVersion1);
  StateWriter w;
  r.mmio->save(w);
  Rig b(std::make_unique<VirtioRng>(e));
  StateReader rd(w.bytes());
  b.mmio->restore(rd);
  EXPECT_TRUE(rd.at_end());
  EXPECT_EQ(b.r32(kStatus), 1u | 2 | 4 | 8);
}

TEST(HostEntropy, FillsBytes) {
  HostEntropy h;
  std::vector<uint8_t> a(64), b(64);
  h.fill(a.data(), a.size());
  h.fill(b.data(), b.size());
  EXPECT_NE(a, b);
  EXPECT_FALSE(std::all_of(a.begin(), a.end(), [](uint8_t x) { return x == 0; }));
}

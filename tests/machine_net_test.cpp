// Network cards on the board: placed in virtio-mmio slots in command-line
// order with QEMU's default MACs; a backend's frames wait on the host side
// while the guest has posted no receive buffer, and are taken at the
// machine's input boundaries (poll_net between quanta).
#include <gtest/gtest.h>
#include <unistd.h>

#include <deque>

#include "machine/machine.h"
#include "machine/options.h"

using namespace ttvm;

namespace {

class FakeBackend : public NetBackend {
 public:
  void send(const uint8_t* f, size_t n) override { sent.emplace_back(f, f + n); }
  bool take_frame(std::vector<uint8_t>& out) override {
    if (waiting.empty()) return false;
    out = waiting.front();
    waiting.pop_front();
    return true;
  }
  size_t frames_waiting() const override { return waiting.size(); }
  void fill_pollfds(std::vector<pollfd>&, int&) override {}
  void dispatch(const std::vector<pollfd>&, bool) override { ++polls; }

  std::deque<std::vector<uint8_t>> waiting;
  std::vector<std::vector<uint8_t>> sent;
  int polls = 0;
};

// A guest that spins (`j .`) at 0x80000000.
std::string spin_image() {
  char path[] = "/tmp/ttvm-spin-XXXXXX";
  const int fd = mkstemp(path);
  const uint32_t j_self = 0x0000006f;
  EXPECT_EQ(write(fd, &j_self, 4), 4);
  close(fd);
  return path;
}

}  // namespace

TEST(MachineNet, CardsInCommandLineOrderWithQemuMacs) {
  const MachineConfig cfg = parse_machine_options(
      {"-m", "16M", "-netdev", "user,id=a", "-netdev", "user,id=b", "-netdev", "user,id=c", "-device",
       "virtio-net-device,netdev=a,bus=virtio-mmio-bus.5", "-device", "virtio-net-device,netdev=b,mac=02:00:00:00:00:01",
       "-device", "virtio-net-device,netdev=c"});
  Machine m(cfg, [](uint8_t) {});
  ASSERT_EQ(m.net_cards(), 3u);
  EXPECT_EQ(m.net_card(0).mac(), (VirtioNet::Mac{0x52, 0x54, 0x00, 0x12, 0x34, 0x56}));
  EXPECT_EQ(m.net_card(1).mac(), (VirtioNet::Mac{0x02, 0x00, 0x00, 0x00, 0x00, 0x01}));
  EXPECT_EQ(m.net_card(2).mac(), (VirtioNet::Mac{0x52, 0x54, 0x00, 0x12, 0x34, 0x58}));
  // Card a sits where bus= put it: device id 1 (network) in slot 5.
  uint64_t id = 0;
  ASSERT_TRUE(m.bus().read(Machine::kVirtioBase + 5 * 0x1000 + 8, 4, id));
  EXPECT_EQ(id, 1u);
  // The others fill the highest free slots (QEMU's order): 7, then 6.
  for (unsigned slot : {7u, 6u}) {
    ASSERT_TRUE(m.bus().read(Machine::kVirtioBase + slot * 0x1000 + 8, 4, id));
    EXPECT_EQ(id, 1u) << slot;
  }
}

TEST(MachineNet, FramesWaitUntilTheDriverPostsBuffers) {
  const std::string img = spin_image();
  MachineConfig cfg = parse_machine_options({"-m", "16M", "-netdev", "user,id=n0", "-device", "virtio-net-device,netdev=n0"});
  cfg.bios = "none";
  cfg.kernel = img;
  Machine m(cfg, [](uint8_t) {});
  m.boot();
  unlink(img.c_str());
  auto fake = std::make_unique<FakeBackend>();
  FakeBackend* b = fake.get();
  b->waiting.push_back(std::vector<uint8_t>(60, 0xab));
  m.set_net_backend(0, std::move(fake));
  // Several input boundaries' worth of instructions: the backend is polled,
  // but a card without a driver takes nothing.
  EXPECT_FALSE(m.run(5'000'000).has_value());
  EXPECT_GT(b->polls, 0);
  EXPECT_EQ(b->frames_waiting(), 1u);
  EXPECT_EQ(m.net_card(0).stats().rx_frames, 0u);
  EXPECT_EQ(m.net_card(0).stats().rx_dropped, 0u) << "never handed over, so never dropped";
  m.set_net_backend(0, nullptr);  // disconnected (as in replay): still runs
  EXPECT_FALSE(m.run(6'000'000).has_value());
}

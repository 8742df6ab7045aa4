// QEMU spellings that become ttvm configuration (machine/compat_options.cpp):
// -nic is -netdev + -device, -object rng-* ids feed virtio-rng-device,rng=,
// -no-reboot and -snapshot set their flags, -drive format= is kept.
#include <gtest/gtest.h>

#include "machine/options.h"
#include "util/error.h"

using namespace ttvm;

TEST(CompatOptions, NicIsANetdevAndACard) {
  const MachineConfig c = parse_machine_options(
      {"-nic", "user,hostfwd=tcp::5555-:22,model=virtio-net-device,mac=52:54:00:00:00:07", "-nic", "user,id=n9"});
  ASSERT_EQ(c.netdevs.size(), 2u);
  ASSERT_EQ(c.devices.size(), 2u);
  EXPECT_EQ(c.netdevs[0].id, "nic0");
  ASSERT_EQ(c.netdevs[0].hostfwd.size(), 1u);
  EXPECT_EQ(c.netdevs[0].hostfwd[0].host_port, 5555);
  EXPECT_EQ(c.netdevs[0].hostfwd[0].guest_port, 22);
  EXPECT_EQ(c.devices[0].driver, "virtio-net-device");
  EXPECT_EQ(c.devices[0].netdev, "nic0");
  EXPECT_TRUE(c.devices[0].has_mac);
  EXPECT_EQ(c.devices[0].mac[5], 7);
  EXPECT_EQ(c.netdevs[1].id, "n9");
  EXPECT_EQ(c.devices[1].netdev, "n9");
  EXPECT_TRUE(parse_machine_options({"-nic", "none"}).netdevs.empty());
  EXPECT_THROW(parse_machine_options({"-nic", "user,id=a", "-nic", "user,id=a"}), UserError);
}

TEST(CompatOptions, RngObjectsAndFlags) {
  const MachineConfig c =
      parse_machine_options({"-object", "rng-random,filename=/dev/urandom,id=r0", "-device", "virtio-rng-device,rng=r0",
                             "-no-reboot", "-snapshot", "-drive", "file=x.qcow2,format=qcow2,id=d0"});
  ASSERT_EQ(c.rng_objects.size(), 1u);
  EXPECT_EQ(c.devices[0].rng, "r0");
  EXPECT_TRUE(c.no_reboot);
  EXPECT_TRUE(c.snapshot);
  EXPECT_EQ(c.drives[0].format, "qcow2");
  EXPECT_EQ(parse_machine_options({"-drive", "file=x.img,id=d0"}).drives[0].format, "");  // probed
  EXPECT_THROW(parse_machine_options({"-object", "rng-builtin"}), UserError);  // no id
  EXPECT_THROW(parse_machine_options({"-object", "rng-builtin,id=a", "-object", "rng-builtin,id=a"}), UserError);
}

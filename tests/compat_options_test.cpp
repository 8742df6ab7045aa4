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
                             "-no-reboot", "-snapshot", "-drive", "file=x.qcow2,format=qcow2,id=d0", "-device",
                             "virtio-blk-device,drive=d0"});
  ASSERT_EQ(c.rng_objects.size(), 1u);
  EXPECT_EQ(c.devices[0].rng, "r0");
  EXPECT_TRUE(c.no_reboot);
  EXPECT_TRUE(c.snapshot);
  EXPECT_EQ(c.drives[0].format, "qcow2");
  EXPECT_EQ(parse_machine_options({"-drive", "file=x.img,id=d0,if=none"}).drives[0].format, "");  // probed
  EXPECT_THROW(parse_machine_options({"-object", "rng-builtin"}), UserError);  // no id
  EXPECT_THROW(parse_machine_options({"-object", "rng-builtin,id=a", "-object", "rng-builtin,id=a"}), UserError);
}

TEST(CompatOptions, SmpTopology) {
  EXPECT_EQ(parse_machine_options({"-smp", "3"}).smp, 3u);
  EXPECT_EQ(parse_machine_options({"-smp", "cpus=2"}).smp, 2u);
  EXPECT_EQ(parse_machine_options({"-smp", "4,sockets=2,cores=2,threads=1"}).smp, 4u);
  EXPECT_EQ(parse_machine_options({"-smp", "sockets=2,cores=3"}).smp, 6u);
  EXPECT_EQ(parse_machine_options({"-smp", "4,maxcpus=4"}).smp, 4u);
  for (const char* bad : {"0", "-1", "9", "4,cores=3", "2,foo=1", "2x", "", "4,maxcpus=8"})
    EXPECT_THROW(parse_machine_options({"-smp", bad}), UserError) << bad;
}

TEST(CompatOptions, DriveNoDeviceTakes) {
  // No if= and no -device: QEMU's virt refuses it (no default disk bus); so
  // do we, instead of running without the disk.
  EXPECT_THROW(parse_machine_options({"-drive", "file=x.img,format=raw"}), UserError);
  EXPECT_THROW(parse_machine_options({"-drive", "file=x.img,id=d0"}), UserError);
  EXPECT_EQ(parse_machine_options({"-drive", "file=x.img,id=d0", "-device", "virtio-blk-device,drive=d0"}).drives.size(), 1u);
  EXPECT_EQ(parse_machine_options({"-drive", "file=x.img,if=none,id=d0"}).drives.size(), 1u);  // left alone, as QEMU
  EXPECT_TRUE(parse_machine_options({"-drive", "file=x.img,if=virtio"}).drives[0].on_virtio_bus);
}

TEST(CompatOptions, ParseNumber) {
  EXPECT_EQ(parse_number("n", "42", 0, 100), 42u);
  EXPECT_EQ(parse_number("n", "0x2a", 0, 100), 42u);
  EXPECT_EQ(parse_number("n", "18446744073709551615", 0, UINT64_MAX), UINT64_MAX);
  for (const char* bad : {"-3", "+3", "", "0x", "3 ", "1e3", "101", "18446744073709551616"})
    EXPECT_THROW(parse_number("n", bad, 0, 100), UserError) << bad;
}

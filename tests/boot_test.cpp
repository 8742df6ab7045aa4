// load_boot_images: where the images and the device tree go, and the
// errors for images that do not fit.
#include <gtest/gtest.h>

#include <string>
#include <vector>

extern "C" {
#include <libfdt.h>
}

#include "machine/boot.h"
#include "util/error.h"

using namespace ttvm;

namespace {

FdtParams params(uint64_t ram_size) {
  FdtParams p;
  p.ram_base = kRamBase;
  p.ram_size = ram_size;
  p.isa = "rv64imafdc";
  p.mmu_type = "riscv,sv48";
  return p;
}

}  // namespace

// Found by fuzz_dtb: a -dtb larger than RAM was placed below the start of
// RAM (top of RAM minus its size, rounded down) and copied there: a write
// into host memory before the guest's RAM. It must be an error instead.
TEST(Boot, DeviceTreeLargerThanRamIsAnError) {
  const uint64_t ram_size = 1 << 20;  // -m 1M, the smallest allowed
  Ram ram(kRamBase, ram_size);
  // A valid blob of ~1.5 MiB: one big property.
  std::vector<uint8_t> dtb(2 << 20);
  ASSERT_EQ(fdt_create_empty_tree(dtb.data(), int(dtb.size())), 0);
  const std::vector<uint8_t> pad(1536 << 10, 0xab);
  ASSERT_EQ(fdt_setprop(dtb.data(), 0, "pad", pad.data(), int(pad.size())), 0);
  ASSERT_EQ(fdt_pack(dtb.data()), 0);
  dtb.resize(fdt_totalsize(dtb.data()));
  ASSERT_GT(dtb.size(), ram_size);
  MachineConfig cfg;
  cfg.ram_size = ram_size;
  cfg.kernel = "kernel";
  cfg.dtb = "big.dtb";
  const std::vector<uint8_t> kernel = {0x6f, 0, 0, 0};
  try {
    load_boot_images(cfg, ram, params(ram_size), "",
                     [&](const std::string& path) { return path == "kernel" ? kernel : dtb; });
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("big.dtb: device tree of"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("does not fit in RAM"), std::string::npos) << e.what();
  }
}

TEST(Boot, DeviceTreeAtTheTopOfRam) {
  const uint64_t ram_size = 4 << 20;
  Ram ram(kRamBase, ram_size);
  MachineConfig cfg;
  cfg.ram_size = ram_size;
  cfg.kernel = "kernel";
  const std::vector<uint8_t> kernel = {0x6f, 0, 0, 0};
  const BootImages b = load_boot_images(cfg, ram, params(ram_size), "", [&](const std::string&) { return kernel; });
  EXPECT_EQ(b.fdt_addr, kRamBase + (2 << 20));
  EXPECT_TRUE(ram.contains(b.fdt_addr, b.fdt.size()));
}

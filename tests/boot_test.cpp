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

// A minimal ELF64 RISC-V executable: one PT_LOAD of 4 bytes at paddr.
std::vector<uint8_t> tiny_elf(uint64_t paddr) {
  std::vector<uint8_t> e(64 + 56 + 4, 0);
  auto put = [&](size_t off, uint64_t v, int n) {
    for (int i = 0; i < n; ++i) e[off + i] = uint8_t(v >> (8 * i));
  };
  e[0] = 0x7f, e[1] = 'E', e[2] = 'L', e[3] = 'F', e[4] = 2, e[5] = 1, e[6] = 1;
  put(16, 2, 2);         // ET_EXEC
  put(18, 243, 2);       // EM_RISCV
  put(24, paddr, 8);     // e_entry
  put(32, 64, 8);        // e_phoff
  put(54, 56, 2);        // e_phentsize
  put(56, 1, 2);         // e_phnum
  put(64, 1, 4);         // PT_LOAD
  put(64 + 8, 120, 8);   // p_offset
  put(64 + 16, paddr, 8);
  put(64 + 24, paddr, 8);
  put(64 + 32, 4, 8);    // p_filesz
  put(64 + 40, 4, 8);    // p_memsz
  put(120, 0x6f, 1);     // j .
  return e;
}

}  // namespace

// With no -bios, QEMU's virt loads OpenSBI; a bare-metal ELF that loads
// where the firmware goes runs without it, and the demo needs none.
TEST(Boot, FirmwareWhenNoBiosIsGiven) {
  MachineConfig cfg;
  auto from = [](std::vector<uint8_t> k) { return [k](const std::string&) { return k; }; };
  EXPECT_EQ(firmware_of(cfg, from({})), "none");  // no -kernel: the demo
  cfg.kernel = "kernel.elf";  // (a one-letter name trips a false -Wrestrict in GCC 12)
  EXPECT_EQ(firmware_of(cfg, from(tiny_elf(kRamBase))), "none");
  EXPECT_EQ(firmware_of(cfg, from(tiny_elf(kRamBase + 0x1ff000))), "none");
  EXPECT_EQ(firmware_of(cfg, from(tiny_elf(kRamBase + 0x200000))), kDefaultBios);
  EXPECT_EQ(firmware_of(cfg, from({0x6f, 0, 0, 0})), kDefaultBios);  // a raw image (a Linux Image)
  cfg.bios = "none";
  EXPECT_EQ(firmware_of(cfg, from(tiny_elf(kRamBase + 0x200000))), "none");
  cfg.bios = "default";
  EXPECT_EQ(firmware_of(cfg, from(tiny_elf(kRamBase))), kDefaultBios);
  cfg.bios = "fw.bin";
  EXPECT_EQ(firmware_of(cfg, from({})), "fw.bin");
}

// QEMU refuses a kernel ELF that overlaps the firmware; loading one over
// it would boot a corrupted firmware.
TEST(Boot, KernelOverlappingTheFirmwareIsAnError) {
  const uint64_t ram_size = 4 << 20;
  Ram ram(kRamBase, ram_size);
  MachineConfig cfg;
  cfg.ram_size = ram_size;
  cfg.bios = "fw.bin";
  cfg.kernel = "k.elf";
  const std::vector<uint8_t> fw(0x1000, 0x13);
  try {
    load_boot_images(cfg, ram, params(ram_size), "",
                     [&](const std::string& p) { return p == "fw.bin" ? fw : tiny_elf(kRamBase + 0x800); });
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("k.elf: its segments at 0x80000800..0x80000804 overlap the firmware fw.bin"),
              std::string::npos)
        << e.what();
    EXPECT_NE(std::string(e.what()).find("-bios none"), std::string::npos) << e.what();
  }
}

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
  cfg.bios = "none";
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
  cfg.bios = "none";
  cfg.kernel = "kernel";
  const std::vector<uint8_t> kernel = {0x6f, 0, 0, 0};
  const BootImages b = load_boot_images(cfg, ram, params(ram_size), "", [&](const std::string&) { return kernel; });
  EXPECT_EQ(b.fdt_addr, kRamBase + (2 << 20));
  EXPECT_TRUE(ram.contains(b.fdt_addr, b.fdt.size()));
}

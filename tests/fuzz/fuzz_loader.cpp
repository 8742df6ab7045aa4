// The ELF and raw image loaders, alone and as the board uses them
// (load_boot_images: firmware, kernel and initrd placed as on QEMU virt).
// The first byte picks the case:
//   0: the rest is an ELF file for load_elf;
//   1: a raw image for load_raw at an address the input chooses;
//   2: -bios FILE -kernel FILE -initrd FILE in one boot, each a u16-length
//      piece of the input (firmware and kernel ELF or raw, as by file type).
// Every bad image must be a UserError naming the file; nothing may be
// written outside the 2 MiB of RAM (ASan watches the copies; RAM is an
// mmap, so a stray pointer lands in unmapped memory or ASan's shadow).
#include <cstdint>
#include <string>

#include "fuzz_input.h"
#include "machine/boot.h"
#include "machine/loader.h"
#include "util/error.h"

using namespace ttvm;

namespace {
constexpr uint64_t kRamSize = 2ull << 20;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Input in(data, size);
  Ram ram(kRamBase, kRamSize);
  const uint8_t mode = in.u8() % 3;
  try {
    if (mode == 0) {
      const LoadedImage img = load_elf("fuzz.elf", in.rest(), ram);
      if (!ram.contains(img.low, img.high - img.low)) fuzz::fail("ELF loaded outside RAM");
    } else if (mode == 1) {
      const uint64_t addr = kRamBase + int64_t(int32_t(in.u32()));
      load_raw("fuzz.bin", in.rest(), ram, addr);
    } else {
      const auto fw = in.bytes(in.u16()), kernel = in.bytes(in.u16()), initrd = in.bytes(in.u16());
      const std::string append = in.str(in.u8());
      MachineConfig cfg;
      cfg.ram_size = kRamSize;
      cfg.bios = fw.empty() ? "none" : "fw";
      cfg.kernel = "kernel";
      if (!initrd.empty()) cfg.initrd = "initrd";
      cfg.append = append;
      FdtParams fp;
      fp.ram_base = kRamBase;
      fp.ram_size = kRamSize;
      fp.isa = "rv64imafdc_zicsr_zifencei_sstc";
      fp.mmu_type = "riscv,sv48";
      fp.plic_size = 0x202000;
      const BootImages b = load_boot_images(cfg, ram, fp, "", [&](const std::string& path) {
        return path == "fw" ? fw : path == "kernel" ? kernel : initrd;
      });
      if (!ram.contains(b.fdt_addr, b.fdt.size())) fuzz::fail("device tree placed outside RAM");
    }
  } catch (const UserError&) {
  }
  return 0;
}

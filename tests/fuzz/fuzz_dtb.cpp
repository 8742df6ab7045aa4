// -dtb input: a user's device tree blob whose /chosen the board patches
// (bootargs, initrd) and places at the top of RAM (fdt.cpp, boot.cpp). The
// input is: a RAM size choice (u8: 4 KiB, 1, 2 or 4 MiB), an -append string (u8 length), an
// initrd length (u16, 0: none), then the blob. A bad blob must be a
// UserError naming the file; a good one must land inside RAM.
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_input.h"
#include "machine/boot.h"
#include "util/error.h"

using namespace ttvm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Input in(data, size);
  // -m allows 1 MiB and up; the loader itself takes any RAM, and a small
  // one lets blobs of libFuzzer's default sizes (4 KiB) overflow it.
  static const uint64_t kSizes[] = {4ull << 10, 1ull << 20, 2ull << 20, 4ull << 20};
  const uint64_t ram_size = kSizes[in.u8() % 4];
  const std::string append = in.str(in.u8());
  const std::vector<uint8_t> initrd(in.u16(), 0x5a);
  const std::vector<uint8_t> blob = in.rest();
  static const std::vector<uint8_t> kKernel = {0x6f, 0x00, 0x00, 0x00};  // j .
  Ram ram(kRamBase, ram_size);
  MachineConfig cfg;
  cfg.ram_size = ram_size;
  cfg.kernel = "kernel";
  cfg.dtb = "fuzz.dtb";
  cfg.append = append;
  if (!initrd.empty()) cfg.initrd = "initrd";
  FdtParams fp;
  fp.ram_base = kRamBase;
  fp.ram_size = ram_size;
  fp.isa = "rv64imafdc_zicsr_zifencei_sstc";
  fp.mmu_type = "riscv,sv48";
  fp.plic_size = 0x202000;
  try {
    const BootImages b = load_boot_images(cfg, ram, fp, "", [&](const std::string& path) {
      return path == "kernel" ? kKernel : path == "initrd" ? initrd : blob;
    });
    if (!ram.contains(b.fdt_addr, b.fdt.size())) fuzz::fail("device tree placed outside RAM");
  } catch (const UserError&) {
  }
  return 0;
}

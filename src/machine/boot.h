// Putting a guest in RAM the way QEMU's virt board does: firmware (-bios) at
// the start of RAM, the kernel at the next 2 MiB boundary after it (or at
// its ELF addresses), the initrd at kernel + min(RAM/2, 128 MiB), the device
// tree at the top of RAM (2 MiB aligned), and a reset ROM at 0x1000 that
// sets a0 = hartid, a1 = device tree, a2 = fw_dynamic info and jumps to the
// first image.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "machine/config.h"
#include "machine/fdt.h"
#include "mem/ram.h"

namespace ttvm {

constexpr uint64_t kResetRomBase = 0x1000;
constexpr uint64_t kResetRomSize = 0xf000;
// Where Debian's opensbi package puts the generic fw_jump firmware.
constexpr const char* kDefaultBios = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin";

struct BootImages {
  std::vector<uint8_t> rom;  // reset ROM contents for kResetRomBase
  std::vector<uint8_t> fdt;
  uint64_t fdt_addr = 0;
  uint64_t entry = 0;        // where the reset ROM jumps
  std::optional<uint64_t> tohost, fromhost;
};

// Where image bytes come from: the file system (read_file), or a cache of
// what the first boot read, so that a reset loads the very same bytes.
using FileReader = std::function<std::vector<uint8_t>(const std::string& path)>;

// The firmware a configuration boots: "none", or the file to load (the
// opensbi package's fw_jump for -bios default). With no -bios, as QEMU's
// virt: OpenSBI, except for no -kernel (the built-in demo) and for a
// bare-metal ELF that loads where the firmware would go (QEMU refuses that
// overlap; such a program is meant to own M-mode, as with -bios none).
std::string firmware_of(const MachineConfig& cfg, const FileReader& read);

// Loads firmware, kernel and initrd into `ram` and builds the device tree
// from `fdt` (bootargs and initrd filled in here). Errors name the file.
BootImages load_boot_images(const MachineConfig& cfg, Ram& ram, FdtParams fdt, const std::string& default_kernel,
                            const FileReader& read);

}  // namespace ttvm

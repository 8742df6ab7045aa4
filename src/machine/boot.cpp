#include "machine/boot.h"

#include <unistd.h>

#include <cstring>

#include "machine/loader.h"
#include "util/error.h"
#include "util/hex.h"

namespace ttvm {
namespace {

constexpr uint64_t kMiB = 1ull << 20;

uint64_t align_up(uint64_t v, uint64_t a) { return (v + a - 1) & ~(a - 1); }
uint64_t align_down(uint64_t v, uint64_t a) { return v & ~(a - 1); }

LoadedImage load_any(const FileReader& read, const std::string& path, Ram& ram, uint64_t raw_addr) {
  const auto data = read(path);
  return looks_like_elf(data) ? load_elf(path, data, ram) : load_raw(path, data, ram, raw_addr);
}

void put32(std::vector<uint8_t>& v, size_t off, uint32_t x) { std::memcpy(&v[off], &x, 4); }
void put64(std::vector<uint8_t>& v, size_t off, uint64_t x) { std::memcpy(&v[off], &x, 8); }

std::vector<uint8_t> reset_rom(uint64_t entry, uint64_t fdt_addr, uint64_t next_addr) {
  std::vector<uint8_t> rom(kResetRomSize, 0);
  put32(rom, 0x00, 0x00000297);  // auipc t0, 0
  put32(rom, 0x04, 0x02828613);  // addi  a2, t0, 40   (fw_dynamic info)
  put32(rom, 0x08, 0xf1402573);  // csrr  a0, mhartid
  put32(rom, 0x0c, 0x0202b583);  // ld    a1, 32(t0)   (device tree)
  put32(rom, 0x10, 0x0182b283);  // ld    t0, 24(t0)   (entry)
  put32(rom, 0x14, 0x00028067);  // jr    t0
  put64(rom, 0x18, entry);
  put64(rom, 0x20, fdt_addr);
  // OpenSBI's fw_dynamic_info (version 2): where to go next, in S-mode.
  put64(rom, 0x28, 0x4942534f);  // magic "OSBI"
  put64(rom, 0x30, 2);           // version
  put64(rom, 0x38, next_addr);
  put64(rom, 0x40, 1);           // next mode: S
  put64(rom, 0x48, 0);           // options
  put64(rom, 0x50, ~0ull);       // boot hart: any
  return rom;
}

}  // namespace

std::string firmware_of(const MachineConfig& cfg, const FileReader& read) {
  if (cfg.bios == "default") return kDefaultBios;
  if (!cfg.bios.empty()) return cfg.bios;
  if (cfg.kernel.empty()) return "none";
  std::vector<uint8_t> k;
  try {
    k = read(cfg.kernel);
  } catch (const UserError&) {
    return kDefaultBios;  // loading the kernel reports it
  }
  const std::optional<uint64_t> low = elf_load_low(k);
  return low && *low < kRamBase + 2 * kMiB ? "none" : kDefaultBios;
}

BootImages load_boot_images(const MachineConfig& cfg, Ram& ram, FdtParams fdt, const std::string& default_kernel,
                            const FileReader& read) {
  BootImages out;
  const uint64_t ram_end = ram.base() + ram.size();
  std::string kernel = cfg.kernel;
  uint64_t kernel_addr = ram.base();  // where a raw kernel goes
  uint64_t next_addr = 0;

  const std::string bios = firmware_of(cfg, read);
  std::optional<LoadedImage> fw;
  if (bios != "none") {
    if (bios == kDefaultBios && access(bios.c_str(), R_OK) != 0)
      throw UserError("-bios default needs OpenSBI's fw_jump firmware at " + bios +
                      " (Debian package 'opensbi'), or give -bios FILE" +
                      (cfg.bios.empty() ? " or -bios none (QEMU's virt, like ttvm, loads OpenSBI when no -bios is given)" : ""));
    fw = load_any(read, bios, ram, ram.base());
    out.entry = fw->entry;
    kernel_addr = align_up(fw->high, 2 * kMiB);
  } else if (kernel.empty()) {
    kernel = default_kernel;
    if (kernel.empty()) throw UserError("no -kernel given, and this ttvm was built without the demo guest");
  }

  uint64_t kernel_start = kernel_addr;
  if (!kernel.empty()) {
    const LoadedImage k = load_any(read, kernel, ram, kernel_addr);
    // An ELF that overwrote the firmware would boot garbage (QEMU refuses it).
    if (fw && k.low < fw->high && fw->low < k.high)
      throw UserError(kernel + ": its segments at " + hex(k.low) + ".." + hex(k.high) + " overlap the firmware " + bios +
                      " at " + hex(fw->low) + ".." + hex(fw->high) +
                      "; a bare-metal program that runs in M-mode needs -bios none");
    kernel_start = k.is_elf ? k.low : kernel_addr;
    next_addr = k.entry;
    if (!fw) out.entry = k.entry;
    out.tohost = k.tohost;
    out.fromhost = k.fromhost;
  } else {
    next_addr = kernel_addr;
  }

  if (!cfg.initrd.empty()) {
    if (kernel.empty()) throw UserError("-initrd " + cfg.initrd + " needs a -kernel");
    const auto data = read(cfg.initrd);
    const uint64_t start = align_up(kernel_start + std::min(ram.size() / 2, 128 * kMiB), 8);
    if (!ram.contains(start, data.size()))
      throw UserError(cfg.initrd + ": initrd of " + std::to_string(data.size()) + " bytes at " + hex(start) +
                      " does not fit in RAM (ends at " + hex(ram_end) + "); give more -m");
    load_raw(cfg.initrd, data, ram, start);
    fdt.initrd = {{start, start + data.size()}};
  }
  fdt.bootargs = cfg.append;

  if (!cfg.dtb.empty())
    out.fdt = patch_fdt_chosen(read(cfg.dtb), fdt, cfg.dtb);
  else
    out.fdt = build_fdt(fdt);
  // At the top of RAM (below 3 GiB of RAM), 2 MiB aligned, as QEMU.
  const uint64_t top = std::min(ram_end, ram.base() + 3072 * kMiB);
  if (out.fdt.size() > top - ram.base())
    throw UserError((cfg.dtb.empty() ? std::string("the device tree") : cfg.dtb) + ": device tree of " +
                    std::to_string(out.fdt.size()) + " bytes does not fit in RAM (" + hex(ram.base()) + ".." +
                    hex(top) + "); give more -m");
  out.fdt_addr = align_down(top - out.fdt.size(), 2 * kMiB);
  if (fdt.initrd && fdt.initrd->second > out.fdt_addr)
    throw UserError(cfg.initrd + ": the initrd overlaps the device tree at " + hex(out.fdt_addr) + "; give more -m");
  ram.write(out.fdt_addr, out.fdt.data(), out.fdt.size());

  out.rom = reset_rom(out.entry, out.fdt_addr, next_addr);
  return out;
}

}  // namespace ttvm

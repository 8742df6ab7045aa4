// The device tree the virt board describes itself with, built with libfdt
// (the layout of QEMU's virt machine, so guests written for it find the same
// nodes), and the patching of /chosen in a user-supplied -dtb.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ttvm {

struct FdtParams {
  uint64_t ram_base = 0, ram_size = 0;
  unsigned harts = 1;
  std::string isa;       // riscv,isa
  std::string mmu_type;  // e.g. riscv,sv48
  uint64_t timebase_hz = 10'000'000;
  std::string bootargs;
  std::optional<std::pair<uint64_t, uint64_t>> initrd;  // [start, end)
  unsigned virtio_slots = 8;
  unsigned plic_ndev = 95;
  uint64_t plic_size = 0;
};

std::vector<uint8_t> build_fdt(const FdtParams& p);
// Returns `blob` with /chosen's bootargs and initrd properties set from p.
// Throws UserError naming `path` if the blob is not a valid device tree.
std::vector<uint8_t> patch_fdt_chosen(const std::vector<uint8_t>& blob, const FdtParams& p, const std::string& path);

}  // namespace ttvm

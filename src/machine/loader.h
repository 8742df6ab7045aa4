// Loading guest images into RAM: ELF64 RISC-V executables (PT_LOAD segments
// at their physical addresses, the entry point, and the symbols the HTIF
// needs) and raw binaries (copied to a given address). Every problem with a
// file is a UserError naming the file and what was wrong.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mem/ram.h"
#include "util/file.h"

namespace ttvm {

struct LoadedImage {
  bool is_elf = false;
  uint64_t entry = 0;
  uint64_t low = 0, high = 0;  // physical range written
  std::optional<uint64_t> tohost, fromhost;
};

bool looks_like_elf(const std::vector<uint8_t>& data);
// The lowest physical address an ELF64 file's PT_LOAD segments load at;
// nothing for a file that is not a well-formed ELF64 (load_elf says why).
std::optional<uint64_t> elf_load_low(const std::vector<uint8_t>& data);
// Loads an ELF image (ELF64, little-endian, EM_RISCV).
LoadedImage load_elf(const std::string& path, const std::vector<uint8_t>& data, Ram& ram);
// Loads a raw image at addr.
LoadedImage load_raw(const std::string& path, const std::vector<uint8_t>& data, Ram& ram, uint64_t addr);

}  // namespace ttvm

#include "machine/loader.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

#include "util/error.h"
#include "util/hex.h"

namespace ttvm {
namespace {

// ELF64 structures (from the System V ABI), read field by field from the
// little-endian file so that nothing depends on host struct layout.
struct Reader {
  const std::string& path;
  const std::vector<uint8_t>& d;
  template <typename T>
  T at(uint64_t off, const char* what) const {
    if (off > d.size() || d.size() - off < sizeof(T)) {
      std::ostringstream m;
      m << path << ": truncated ELF file: " << what << " at offset " << off << " lies beyond the end of the file ("
        << d.size() << " bytes)";
      throw UserError(m.str());
    }
    T v;
    std::memcpy(&v, d.data() + off, sizeof(T));
    return v;
  }
};

constexpr uint16_t kEmRiscv = 243;
constexpr uint32_t kPtLoad = 1;
constexpr uint32_t kShtSymtab = 2;

}  // namespace

bool looks_like_elf(const std::vector<uint8_t>& d) { return d.size() >= 4 && std::memcmp(d.data(), "\177ELF", 4) == 0; }

std::optional<uint64_t> elf_load_low(const std::vector<uint8_t>& d) {
  if (!looks_like_elf(d) || d.size() < 64 || d[4] != 2 || d[5] != 1) return std::nullopt;
  const std::string path;
  Reader r{path, d};
  try {
    const uint64_t phoff = r.at<uint64_t>(32, "e_phoff");
    const uint16_t phentsize = r.at<uint16_t>(54, "e_phentsize");
    const uint16_t phnum = r.at<uint16_t>(56, "e_phnum");
    std::optional<uint64_t> low;
    for (unsigned i = 0; i < phnum && phentsize >= 56; ++i) {
      const uint64_t ph = phoff + uint64_t(i) * phentsize;
      if (r.at<uint32_t>(ph, "program header") != kPtLoad || r.at<uint64_t>(ph + 40, "p_memsz") == 0) continue;
      const uint64_t paddr = r.at<uint64_t>(ph + 24, "p_paddr");
      low = low ? std::min(*low, paddr) : paddr;
    }
    return low;
  } catch (const UserError&) {
    return std::nullopt;
  }
}

LoadedImage load_elf(const std::string& path, const std::vector<uint8_t>& d, Ram& ram) {
  Reader r{path, d};
  if (!looks_like_elf(d)) throw UserError(path + ": not an ELF file (no \\177ELF magic at offset 0)");
  if (d.size() < 64) throw UserError(path + ": truncated ELF file: header needs 64 bytes, file has " + std::to_string(d.size()));
  if (d[4] != 2) throw UserError(path + ": ELF class " + std::to_string(d[4]) + " at offset 4, expected 2 (ELF64)");
  if (d[5] != 1) throw UserError(path + ": ELF data encoding " + std::to_string(d[5]) + " at offset 5, expected 1 (little-endian)");
  const uint16_t machine = r.at<uint16_t>(18, "e_machine");
  if (machine != kEmRiscv)
    throw UserError(path + ": ELF machine " + std::to_string(machine) + " at offset 18, expected 243 (RISC-V)");
  LoadedImage img;
  img.is_elf = true;
  img.entry = r.at<uint64_t>(24, "e_entry");
  const uint64_t phoff = r.at<uint64_t>(32, "e_phoff");
  const uint64_t shoff = r.at<uint64_t>(40, "e_shoff");
  const uint16_t phentsize = r.at<uint16_t>(54, "e_phentsize");
  const uint16_t phnum = r.at<uint16_t>(56, "e_phnum");
  const uint16_t shentsize = r.at<uint16_t>(58, "e_shentsize");
  const uint16_t shnum = r.at<uint16_t>(60, "e_shnum");
  if (phnum && phentsize < 56) throw UserError(path + ": ELF program header size " + std::to_string(phentsize) + " at offset 54, expected 56");

  img.low = ~0ull;
  img.high = 0;
  for (unsigned i = 0; i < phnum; ++i) {
    const uint64_t ph = phoff + uint64_t(i) * phentsize;
    if (r.at<uint32_t>(ph, "program header") != kPtLoad) continue;
    const uint64_t off = r.at<uint64_t>(ph + 8, "p_offset");
    const uint64_t paddr = r.at<uint64_t>(ph + 24, "p_paddr");
    const uint64_t filesz = r.at<uint64_t>(ph + 32, "p_filesz");
    const uint64_t memsz = r.at<uint64_t>(ph + 40, "p_memsz");
    if (memsz == 0) continue;
    if (filesz > memsz) throw UserError(path + ": segment " + std::to_string(i) + " has p_filesz > p_memsz");
    if (off > d.size() || d.size() - off < filesz)
      throw UserError(path + ": truncated ELF file: segment " + std::to_string(i) + " needs bytes " + hex(off) + ".." +
                      hex(off + filesz) + " but the file has " + std::to_string(d.size()) + " bytes");
    if (!ram.contains(paddr, memsz))
      throw UserError(path + ": segment " + std::to_string(i) + " at " + hex(paddr) + ".." + hex(paddr + memsz) +
                      " lies outside RAM (" + hex(ram.base()) + ".." + hex(ram.base() + ram.size()) +
                      "); is -m large enough?");
    ram.write(paddr, d.data() + off, filesz);
    ram.fill(paddr + filesz, 0, memsz - filesz);
    img.low = std::min(img.low, paddr);
    img.high = std::max(img.high, paddr + memsz);
  }
  if (img.high == 0) throw UserError(path + ": ELF file has no loadable (PT_LOAD) segment");

  // Symbols: only what the HTIF needs.
  for (unsigned i = 0; i < shnum && shentsize >= 64; ++i) {
    const uint64_t sh = shoff + uint64_t(i) * shentsize;
    if (r.at<uint32_t>(sh + 4, "section header") != kShtSymtab) continue;
    const uint64_t sym_off = r.at<uint64_t>(sh + 24, "sh_offset");
    const uint64_t sym_size = r.at<uint64_t>(sh + 32, "sh_size");
    const uint32_t link = r.at<uint32_t>(sh + 40, "sh_link");
    const uint64_t str_sh = shoff + uint64_t(link) * shentsize;
    const uint64_t str_off = r.at<uint64_t>(str_sh + 24, "string table sh_offset");
    const uint64_t str_size = r.at<uint64_t>(str_sh + 32, "string table sh_size");
    for (uint64_t s = 0; s + 24 <= sym_size; s += 24) {
      const uint32_t name = r.at<uint32_t>(sym_off + s, "symbol");
      const uint64_t value = r.at<uint64_t>(sym_off + s + 8, "symbol value");
      if (name >= str_size) continue;
      const uint64_t p = str_off + name;
      if (p >= d.size()) continue;
      const char* n = reinterpret_cast<const char*>(d.data() + p);
      const size_t maxlen = std::min<uint64_t>(d.size() - p, str_size - name);
      const std::string sname(n, strnlen(n, maxlen));
      if (sname == "tohost") img.tohost = value;
      if (sname == "fromhost") img.fromhost = value;
    }
  }
  return img;
}

LoadedImage load_raw(const std::string& path, const std::vector<uint8_t>& d, Ram& ram, uint64_t addr) {
  if (d.empty()) throw UserError(path + ": empty image");
  if (!ram.contains(addr, d.size()))
    throw UserError(path + ": image of " + std::to_string(d.size()) + " bytes at " + hex(addr) +
                    " does not fit in RAM (" + hex(ram.base()) + ".." + hex(ram.base() + ram.size()) + ")");
  ram.write(addr, d.data(), d.size());
  LoadedImage img;
  img.entry = addr;
  img.low = addr;
  img.high = addr + d.size();
  return img;
}

}  // namespace ttvm

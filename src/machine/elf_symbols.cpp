#include "machine/elf_symbols.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "machine/loader.h"
#include "util/error.h"

namespace ttvm {
namespace {

template <typename T>
T get(const std::vector<uint8_t>& d, uint64_t off, const std::string& path) {
  if (off > d.size() || d.size() - off < sizeof(T)) throw UserError(path + ": truncated ELF file");
  T v;
  std::memcpy(&v, d.data() + off, sizeof v);
  return v;
}

}  // namespace

ElfSymbols ElfSymbols::load(const std::string& path) {
  const std::vector<uint8_t> d = read_file(path);
  if (d.size() < 64 || std::memcmp(d.data(), "\x7f" "ELF", 4) != 0 || d[4] != 2 || d[5] != 1)
    throw UserError(path + ": not a little-endian ELF64 file (--symbols wants e.g. vmlinux)");
  const uint64_t shoff = get<uint64_t>(d, 0x28, path);
  const uint16_t shentsize = get<uint16_t>(d, 0x3a, path), shnum = get<uint16_t>(d, 0x3c, path);
  if (shentsize < 64) throw UserError(path + ": bad section header size");
  ElfSymbols s;
  s.path_ = path;
  for (unsigned i = 0; i < shnum; ++i) {
    const uint64_t sh = shoff + uint64_t(i) * shentsize;
    if (get<uint32_t>(d, sh + 4, path) != 2) continue;  // SHT_SYMTAB
    const uint64_t off = get<uint64_t>(d, sh + 0x18, path), size = get<uint64_t>(d, sh + 0x20, path);
    const uint32_t link = get<uint32_t>(d, sh + 0x28, path);
    const uint64_t entsize = get<uint64_t>(d, sh + 0x38, path);
    if (entsize < 24 || link >= shnum) throw UserError(path + ": bad symbol table");
    const uint64_t str = shoff + uint64_t(link) * shentsize;
    const uint64_t stroff = get<uint64_t>(d, str + 0x18, path), strsize = get<uint64_t>(d, str + 0x20, path);
    if (stroff > d.size() || d.size() - stroff < strsize) throw UserError(path + ": truncated string table");
    for (uint64_t e = off; e + entsize <= off + size; e += entsize) {
      const uint32_t name = get<uint32_t>(d, e, path);
      const uint8_t type = get<uint8_t>(d, e + 4, path) & 0xf;
      const uint16_t shndx = get<uint16_t>(d, e + 6, path);
      const uint64_t value = get<uint64_t>(d, e + 8, path), sz = get<uint64_t>(d, e + 16, path);
      // Functions and data objects; also untyped labels of assembly code
      // (entry points), which carry no size.
      if ((type != 1 && type != 2 && type != 0) || shndx == 0 || value == 0 || name >= strsize) continue;
      const char* n = reinterpret_cast<const char*>(d.data() + stroff + name);
      const size_t len = strnlen(n, strsize - name);
      if (len == 0 || n[0] == '$' || (n[0] == '.' && n[1] == 'L')) continue;  // mapping and local labels
      s.syms_.push_back({value, sz, std::string(n, len)});
    }
  }
  if (s.syms_.empty()) throw UserError(path + ": no symbol table (a stripped file?)");
  s.sort();
  return s;
}

void ElfSymbols::add(std::string name, uint64_t addr, uint64_t size) {
  syms_.push_back({addr, size, std::move(name)});
  sort();
}

void ElfSymbols::sort() {
  // By address; at one address the sized symbol first (it is the one that
  // tells where a function ends).
  std::sort(syms_.begin(), syms_.end(), [](const Sym& a, const Sym& b) {
    return a.addr != b.addr ? a.addr < b.addr : a.size > b.size;
  });
}

const ElfSymbols::Sym* ElfSymbols::find(uint64_t addr, uint64_t& off) const {
  auto it = std::upper_bound(syms_.begin(), syms_.end(), addr, [](uint64_t a, const Sym& s) { return a < s.addr; });
  // Walk back over symbols at or below addr: the nearest one that contains
  // it, else the nearest unsized one close enough.
  for (int tries = 0; it != syms_.begin() && tries < 8; ++tries) {
    --it;
    off = addr - it->addr;
    if ((it->size && off < it->size) || (!it->size && off < 0x10000)) return &*it;
    if (it->size) return nullptr;  // inside no sized symbol: past its end
  }
  return nullptr;
}

std::string ElfSymbols::describe(uint64_t addr) const {
  uint64_t off = 0;
  const Sym* s = find(addr, off);
  if (!s) return "";
  if (off == 0) return s->name;
  char b[32];
  std::snprintf(b, sizeof b, "+0x%llx", static_cast<unsigned long long>(off));
  return s->name + b;
}

const std::string* ElfSymbols::function_at(uint64_t addr) const {
  uint64_t off = 0;
  const Sym* s = find(addr, off);
  return s ? &s->name : nullptr;
}

}  // namespace ttvm

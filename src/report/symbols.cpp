#include "report/symbols.h"

#include <elf.h>

#include <algorithm>
#include <cstring>

#include "machine/loader.h"
#include "util/error.h"

namespace ttvm {

Symbols::Symbols(std::vector<Func> f) : funcs_(std::move(f)) {
  std::sort(funcs_.begin(), funcs_.end(), [](const Func& a, const Func& b) { return a.start < b.start; });
}

Symbols Symbols::load(const std::string& path) {
  const std::vector<uint8_t> d = read_file(path);
  auto bad = [&](const char* why) { return UserError(path + ": --symbols: " + why); };
  if (d.size() < sizeof(Elf64_Ehdr) || std::memcmp(d.data(), ELFMAG, SELFMAG) != 0 || d[EI_CLASS] != ELFCLASS64)
    throw bad("not an ELF64 file");
  Elf64_Ehdr eh;
  std::memcpy(&eh, d.data(), sizeof eh);
  if (eh.e_shentsize != sizeof(Elf64_Shdr) || eh.e_shoff > d.size() ||
      uint64_t(eh.e_shnum) * sizeof(Elf64_Shdr) > d.size() - eh.e_shoff)
    throw bad("bad section table");
  auto section = [&](unsigned i) {
    Elf64_Shdr s;
    std::memcpy(&s, d.data() + eh.e_shoff + i * sizeof(Elf64_Shdr), sizeof s);
    return s;
  };
  std::vector<Func> out;
  for (unsigned i = 0; i < eh.e_shnum; ++i) {
    const Elf64_Shdr sh = section(i);
    if (sh.sh_type != SHT_SYMTAB || sh.sh_link >= eh.e_shnum) continue;
    const Elf64_Shdr str = section(sh.sh_link);
    if (sh.sh_offset > d.size() || sh.sh_size > d.size() - sh.sh_offset || str.sh_offset > d.size() ||
        str.sh_size > d.size() - str.sh_offset)
      throw bad("symbol table out of the file");
    for (uint64_t off = 0; off + sizeof(Elf64_Sym) <= sh.sh_size; off += sizeof(Elf64_Sym)) {
      Elf64_Sym s;
      std::memcpy(&s, d.data() + sh.sh_offset + off, sizeof s);
      if (ELF64_ST_TYPE(s.st_info) != STT_FUNC || s.st_value == 0 || s.st_name >= str.sh_size) continue;
      const char* name = reinterpret_cast<const char*>(d.data() + str.sh_offset + s.st_name);
      out.push_back({s.st_value, s.st_size, std::string(name, strnlen(name, str.sh_size - s.st_name))});
    }
  }
  if (out.empty()) throw bad("no function symbols (a stripped file? use vmlinux, not Image)");
  return Symbols(std::move(out));
}

const std::string* Symbols::function_at(uint64_t pc) const {
  auto it = std::upper_bound(funcs_.begin(), funcs_.end(), pc, [](uint64_t v, const Func& f) { return v < f.start; });
  if (it == funcs_.begin()) return nullptr;
  --it;
  // A symbol without a size (assembly entry points) holds up to the next one.
  const uint64_t end = it->size ? it->start + it->size : (std::next(it) != funcs_.end() ? std::next(it)->start : ~0ull);
  return pc < end ? &it->name : nullptr;
}

}  // namespace ttvm

// A symbol table read from an ELF file (e.g. the kernel's vmlinux), so that
// an address prints as function+offset. Only what words need: function and
// object symbols with their sizes, by address.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace ttvm {

class ElfSymbols {
 public:
  // UserError naming the file when it cannot be read or is not an ELF64
  // file with a symbol table.
  static ElfSymbols load(const std::string& path);
  // For tests: symbols given directly.
  void add(std::string name, uint64_t addr, uint64_t size);

  // "name+0x1c" (or "name" at its start) for an address inside a symbol;
  // for a symbol without a size, the nearest one below within 64 KiB; ""
  // when none.
  std::string describe(uint64_t addr) const;
  // The name of the symbol holding `addr` (by the same rule), or null.
  const std::string* function_at(uint64_t addr) const;
  size_t size() const { return syms_.size(); }
  const std::string& path() const { return path_; }

 private:
  struct Sym {
    uint64_t addr, size;
    std::string name;
  };
  void sort();
  // The symbol holding addr and addr's offset in it; null when none.
  const Sym* find(uint64_t addr, uint64_t& off) const;
  std::string path_;
  std::vector<Sym> syms_;  // by address
};

}  // namespace ttvm

// Function symbols of an ELF file (a vmlinux), to name the pcs the report
// sampled: --symbols. Only the symbol table is read (no DWARF): a pc maps
// to the function whose range holds it.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace ttvm {

class Symbols {
 public:
  // UserError naming the file when it cannot be read or has no symbols.
  static Symbols load(const std::string& path);
  // The function holding `pc`, or null.
  const std::string* function_at(uint64_t pc) const;
  size_t size() const { return funcs_.size(); }

  struct Func {
    uint64_t start, size;
    std::string name;
  };
  // For tests and callers that build a table themselves (sorted by start).
  explicit Symbols(std::vector<Func> f);

 private:
  std::vector<Func> funcs_;
};

}  // namespace ttvm

// What a machine is made of, as given on the command line (QEMU spelling,
// parsed by options.cpp).
#pragma once
#include <cstdint>
#include <string>

namespace ttvm {

struct MachineConfig {
  uint64_t ram_size = 128ull << 20;
  unsigned smp = 1;
  std::string bios = "none";
  std::string kernel;       // empty: the built-in demo guest
  bool trace_in_asm = false;  // -d in_asm
  std::string log_file;       // -D FILE (trace output), default stderr
  bool stats = false;         // --stats: instruction count and speed at exit
};

constexpr uint64_t kRamBase = 0x80000000;
constexpr unsigned kMaxHarts = 8;

}  // namespace ttvm

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
  std::string initrd;       // -initrd
  std::string append;       // -append (kernel command line)
  std::string dtb;          // -dtb: a user's device tree instead of ours
  std::string dump_dtb;     // --dump-dtb / -machine dumpdtb=: write ours and exit
  // The wall-clock time the run starts at (the RTC's epoch), chosen once by
  // the command line and recorded with a run; never read while running.
  uint64_t start_epoch_ns = 0;
  bool trace_in_asm = false;  // -d in_asm
  std::string log_file;       // -D FILE (trace output), default stderr
  bool stats = false;         // --stats: instruction count and speed at exit
};

constexpr uint64_t kRamBase = 0x80000000;
constexpr unsigned kMaxHarts = 8;

}  // namespace ttvm

// Tiny raw M-mode guests for unit tests: hand-assembled words written to a
// temporary file and booted at 0x80000000 with no firmware.
#pragma once
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "machine/machine.h"

namespace ttvm::test {

// Writes the words to a new temporary file (mkstemp on `pattern`, which
// must end in XXXXXX) and returns its path; the caller unlinks it.
inline std::string write_raw_program(const std::vector<uint32_t>& words, const char* pattern = "/tmp/ttvm-raw-XXXXXX") {
  std::string path = pattern;
  const int fd = mkstemp(path.data());
  const ssize_t n = ssize_t(words.size() * sizeof(uint32_t));
  if (fd < 0 || write(fd, words.data(), size_t(n)) != n) std::abort();
  close(fd);
  return path;
}

// Boots a machine (16 MiB of RAM) on the program; its file is gone once
// booted. `engine` empty: the default one.
inline std::unique_ptr<Machine> boot_raw_program(const std::vector<uint32_t>& words, unsigned smp = 1,
                                                 const std::string& engine = "") {
  const std::string path = write_raw_program(words);
  MachineConfig cfg;
  cfg.smp = smp;
  cfg.ram_size = 16ull << 20;
  cfg.bios = "none";  // a raw M-mode program (with no -bios QEMU's virt would load OpenSBI)
  cfg.kernel = path;
  cfg.engine = engine;
  auto m = std::make_unique<Machine>(cfg, [](uint8_t) {});
  m->boot();
  unlink(path.c_str());
  return m;
}

}  // namespace ttvm::test

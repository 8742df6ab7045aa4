// QEMU-style machine options (-m, -smp, -bios, -kernel, -d, -D, ...) parsed
// into a MachineConfig. Anything not understood is a UserError naming it:
// an option is never silently ignored.
#pragma once
#include <string>
#include <vector>

#include "machine/config.h"

namespace ttvm {

MachineConfig parse_machine_options(const std::vector<std::string>& args);
// Makes the input files' relative paths (firmware, kernel, initrd, dtb,
// drives) relative to `dir`: a recording's options are replayed from
// wherever the user is.
void rebase_paths(MachineConfig& cfg, const std::string& dir);
// "128M", "1G", "512" (MiB, as QEMU) -> bytes.
uint64_t parse_size(const std::string& what, const std::string& s);
// A whole decimal (or 0x hex) number in [lo, hi]; anything else (a sign,
// trailing text, out of range) is a UserError naming `what`.
uint64_t parse_number(const std::string& what, const std::string& s, uint64_t lo, uint64_t hi);  // util/number.h spellings

}  // namespace ttvm

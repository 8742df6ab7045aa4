// QEMU options that distributions' and teaching kernels' instructions use
// and that mean little or nothing on ttvm (it has one console on stdio, no
// monitor or display, one accelerator, always counts instructions, never
// writes images): each is accepted with QEMU's meaning, or refused with a
// message saying what ttvm does instead, never "unsupported option".
#pragma once
#include <functional>
#include <string>

#include "machine/config.h"

namespace ttvm {

// Handles `opt` (already without a doubled dash) if it is one of these;
// `value` takes its argument from the command line. False: not one of them.
bool parse_compat_option(const std::string& opt, const std::function<std::string()>& value, MachineConfig& cfg);
// Checks needing the whole command line (rng= ids, -snapshot with commit=on).
void check_compat_options(const MachineConfig& cfg);

}  // namespace ttvm

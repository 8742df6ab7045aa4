// -cpu: QEMU's CPU model and extension properties, checked against the one
// hart ttvm has (docs/hart.md). A property that matches the hart is
// accepted; one that asks for an extension the hart lacks, or for switching
// off one it always has, is a UserError naming it: the guest would
// otherwise run on a hart other than the one asked for.
#pragma once
#include <string>

namespace ttvm {

// `v` is the -cpu value, e.g. "rv64,sv48=on,h=off,v=off".
void check_cpu_option(const std::string& v);

}  // namespace ttvm

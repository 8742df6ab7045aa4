// The ttvm subcommands other than run (src/cli/main.cpp): record, replay
// and info (DESIGN.md, "What a user does"). Each returns the process exit
// status and throws UserError for bad input.
#pragma once
#include <string>
#include <vector>

#include "machine/config.h"
#include "record/manifest.h"
#include "timetravel/timeline.h"

namespace ttvm {

int cmd_record(const std::vector<std::string>& args);
int cmd_replay(const std::vector<std::string>& args);
int cmd_info(const std::vector<std::string>& args);
int cmd_verify(const std::vector<std::string>& args);

// Shared by the recording commands (record_cmds.cpp).
// The machine options of a recording, ready to build the same machine;
// checks that its images are the ones recorded.
MachineConfig replay_config(const Manifest& man, const std::string& dir);
// Takes `NAME VALUE` out of args (the last one wins); empty if absent.
std::string take_option(std::vector<std::string>& args, const std::string& name);
// --tt-memory SIZE (empty: the default).
Timeline::Options timeline_options(const std::string& memory);

}  // namespace ttvm

// The ttvm subcommands other than run (src/cli/main.cpp): record, replay,
// info and pack (DESIGN.md, "What a user does"). Each returns the process exit
// status and throws UserError for bad input.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "machine/config.h"
#include "record/manifest.h"
#include "timetravel/timeline.h"

namespace ttvm {

class Machine;
class Replayer;

int cmd_record(const std::vector<std::string>& args);
int cmd_replay(const std::vector<std::string>& args);
int cmd_info(const std::vector<std::string>& args);
int cmd_pack(const std::vector<std::string>& args);
int cmd_verify(const std::vector<std::string>& args);
int cmd_report(const std::vector<std::string>& args);

// Shared by the recording commands (record_cmds.cpp).
// The machine options of a recording, ready to build the same machine,
// with each image taken from where it is now (cli/images.h: the recording's
// copy, else --image LABEL=PATH in `moved`, else the recorded path) and
// checked against its recorded hash.
MachineConfig replay_config(const Manifest& man, const std::string& dir, const std::vector<std::string>& moved = {});
// Takes `NAME VALUE` out of args (the last one wins); empty if absent.
std::string take_option(std::vector<std::string>& args, const std::string& name);
// After a replay of `dir` ended with `st`: checks that it ended where and
// as the recording did (the end event's full state and exit status);
// Divergence if not. Prints the outcome on stderr. For a log cut short
// (no end event) says what was replayed and returns nullopt.
std::optional<int> check_replay_end(Machine& m, Replayer& rp, std::optional<int> st, const std::string& dir);
// --tt-memory SIZE (empty: the default).
Timeline::Options timeline_options(const std::string& memory);

}  // namespace ttvm

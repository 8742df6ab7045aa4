// The ttvm subcommands other than run (src/cli/main.cpp): record, replay,
// info and pack (DESIGN.md, "What a user does"). Each returns the process exit
// status and throws UserError for bad input.
#pragma once
#include <string>
#include <vector>

namespace ttvm {

int cmd_record(const std::vector<std::string>& args);
int cmd_replay(const std::vector<std::string>& args);
int cmd_info(const std::vector<std::string>& args);
int cmd_pack(const std::vector<std::string>& args);

}  // namespace ttvm

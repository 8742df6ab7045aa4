// The time-travel commands a user types (gdb's `monitor`, and the gdb script
// tools/ttvm-gdb.py that wraps them): when, goto, bookmark, checkpoints,
// digest. Parses them, runs them on a Timeline and words the answer; a bad
// argument is one clear line, never an exception out of here.
#pragma once
#include <string>
#include <string_view>

#include "timetravel/timeline.h"

namespace ttvm {

// A point a user named: N (decimal or 0x hex), +N / -N (from `here`),
// start, end, or a bookmark. UserError for anything else.
TimePoint parse_point(const Timeline& tl, std::string_view spec);

// true if `cmd` is a history command; `out` gets the answer, `ok` false
// for bad arguments.
bool run_history_command(Timeline& tl, std::string_view cmd, std::string& out, bool& ok);
std::string history_help();

}  // namespace ttvm

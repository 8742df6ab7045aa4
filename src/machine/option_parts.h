// Pieces of QEMU's option syntax shared by the option parsers
// (options.cpp, compat_options.cpp, cpu_options.cpp). Each error is a
// UserError naming the option as written.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "machine/config.h"

namespace ttvm {

// "a=1,b=2" -> pairs; a leading bare word (the -device driver) has key "".
std::vector<std::pair<std::string, std::string>> split_props(const std::string& v);
// on|off|true|false|yes|no; `opt` and `key` name it in the error.
bool on_off(const std::string& opt, const std::string& key, const std::string& v);
// "52:54:00:12:34:56" (or with '-'), unicast.
std::array<uint8_t, 6> parse_mac(const std::string& opt, const std::string& v);
// -netdev user,id=ID[,hostfwd=RULE]...
NetdevConfig parse_netdev(const std::string& v);

}  // namespace ttvm

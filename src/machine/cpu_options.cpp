#include "machine/cpu_options.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string_view>

#include "machine/option_parts.h"
#include "util/error.h"

namespace ttvm {
namespace {

// QEMU's property names for what ttvm's hart always has (RV64IMAFDC,
// Zicsr, Zifencei, M/S/U, Sv39/Sv48, PMP, Sstc, the counters, Sdtrig).
// Zihintpause's pause is a fence hint, executed as a fence; Zmmul is a
// subset of M.
constexpr std::string_view kHas[] = {
    "i",     "m",    "a",      "f",       "d",     "c",          "g",     "s",
    "u",     "mmu",  "pmp",    "sv39",    "sv48",  "zicsr",      "zifencei",
    "sstc",  "zicntr", "zihpm", "zmmul", "zihintpause", "debug", "sdtrig"};

// Extensions ttvm's hart lacks (QEMU 7.2-9.x names): asking for one is an
// error, switching one off is what the hart is anyway.
constexpr std::string_view kLacks[] = {
    "e",        "h",        "v",        "zba",      "zbb",      "zbc",      "zbs",      "zbkb",
    "zbkc",     "zbkx",     "zk",       "zkn",      "zknd",     "zkne",     "zknh",     "zkr",
    "zks",      "zksed",    "zksh",     "zkt",      "zfh",      "zfhmin",   "zfa",      "zfinx",
    "zdinx",    "zhinx",    "zhinxmin", "zve32f",   "zve64f",   "zve64d",   "zvfh",     "zvfhmin",
    "zicbom",   "zicboz",   "zicbop",   "zicond",   "zawrs",    "zacas",    "zca",      "zcb",
    "zcd",      "zcf",      "zcmp",     "zcmt",     "ztso",     "svinval",  "svnapot",  "svpbmt",
    "svadu",    "sscofpmf", "smepmp",   "epmp",     "smaia",    "ssaia",    "smstateen", "sv57",
    "x-zfa",    "x-smaia",  "x-ssaia",  "x-epmp",   "zihintntl", "zimop",   "x-j",      "xventanacondops"};

bool in(std::string_view name, const auto& table) {
  return std::find(std::begin(table), std::end(table), name) != std::end(table);
}

}  // namespace

void check_cpu_option(const std::string& v) {
  const std::string opt = "-cpu " + v;
  bool first = true;
  for (auto [key, val] : split_props(v)) {
    // QEMU 7.2 spells some extensions with a capital (Zicsr, Zifencei, Zfh),
    // later versions in lower case.
    for (char& c : key) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (first) {
      first = false;
      if (!key.empty() || val != "rv64")
        throw UserError(opt + ": ttvm's hart is the generic 'rv64' CPU (RV64IMAFDC, Sv39/Sv48); '" +
                        (key.empty() ? val : key) + "' is not supported");
      continue;
    }
    const std::string what = opt + ": " + key + "=" + val;
    if (key.empty()) throw UserError(opt + ": '" + val + "' is not a property (expected NAME=on|off)");
    if (key == "priv_spec") {
      if (val != "v1.12.0") throw UserError(what + ": ttvm implements privileged spec v1.12.0");
      continue;
    }
    if (key == "short-isa-string") {
      on_off(opt, key, val);  // only how the device tree spells the ISA
      continue;
    }
    if (key == "mvendorid" || key == "marchid" || key == "mimpid") {
      if (val != "0") throw UserError(what + ": ttvm's " + key + " reads 0");
      continue;
    }
    if (in(key, kHas)) {
      if (!on_off(opt, key, val))
        throw UserError(what + ": ttvm's hart always has " + key + " (it cannot be switched off)");
    } else if (in(key, kLacks)) {
      if (on_off(opt, key, val)) throw UserError(what + ": ttvm's hart does not have the " + key + " extension");
    } else {
      throw UserError(opt + ": unsupported -cpu property '" + key + "'");
    }
  }
}

}  // namespace ttvm

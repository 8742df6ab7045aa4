// A small list of named 64-bit values, the payload of digest and end
// events: replay compares two lists and names the first value that differs
// ("hart1.pc", "memory.sample", ...), so the record layer can report a
// divergence without knowing what a hart or a device is.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ttvm {

using NamedValues = std::vector<std::pair<std::string, uint64_t>>;

std::vector<uint8_t> encode_values(const NamedValues& v);
// nullopt if the bytes are not a well-formed list.
std::optional<NamedValues> decode_values(const std::vector<uint8_t>& bytes);
// "" when equal, else e.g. "hart0.pc: recorded 0x80001000, replay 0x80001004".
std::string first_difference(const NamedValues& recorded, const NamedValues& replay);
// The value named `name`, if present.
std::optional<uint64_t> find_value(const NamedValues& v, const std::string& name);

}  // namespace ttvm

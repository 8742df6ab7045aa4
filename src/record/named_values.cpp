#include "record/named_values.h"

#include <cinttypes>
#include <cstdio>

#include "record/varint.h"

namespace ttvm {

std::vector<uint8_t> encode_values(const NamedValues& v) {
  std::vector<uint8_t> out;
  put_varint(out, v.size());
  for (const auto& [name, value] : v) {
    put_varint(out, name.size());
    out.insert(out.end(), name.begin(), name.end());
    put_varint(out, value);
  }
  return out;
}

std::optional<NamedValues> decode_values(const std::vector<uint8_t>& bytes) {
  size_t pos = 0;
  uint64_t count;
  if (!get_varint(bytes.data(), bytes.size(), pos, count) || count > bytes.size()) return std::nullopt;
  NamedValues out;
  for (uint64_t i = 0; i < count; ++i) {
    uint64_t len, value;
    if (!get_varint(bytes.data(), bytes.size(), pos, len) || len > bytes.size() - pos) return std::nullopt;
    std::string name(bytes.begin() + long(pos), bytes.begin() + long(pos + len));
    pos += len;
    if (!get_varint(bytes.data(), bytes.size(), pos, value)) return std::nullopt;
    out.emplace_back(std::move(name), value);
  }
  if (pos != bytes.size()) return std::nullopt;
  return out;
}

std::string first_difference(const NamedValues& recorded, const NamedValues& replay) {
  char buf[160];
  for (size_t i = 0; i < recorded.size() || i < replay.size(); ++i) {
    if (i >= recorded.size() || i >= replay.size() || recorded[i].first != replay[i].first)
      return "the digests list different state (" + std::to_string(recorded.size()) + " vs " +
             std::to_string(replay.size()) + " values; was the machine configured differently?)";
    if (recorded[i].second != replay[i].second) {
      std::snprintf(buf, sizeof buf, ": recorded 0x%" PRIx64 ", replay 0x%" PRIx64, recorded[i].second,
                    replay[i].second);
      return recorded[i].first + buf;
    }
  }
  return "";
}

std::optional<uint64_t> find_value(const NamedValues& v, const std::string& name) {
  for (const auto& [n, value] : v)
    if (n == name) return value;
  return std::nullopt;
}

}  // namespace ttvm

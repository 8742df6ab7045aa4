#include "gdb/packet.h"

namespace ttvm::gdb {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

constexpr char kHex[] = "0123456789abcdef";

}  // namespace

uint8_t checksum(std::string_view payload) {
  uint8_t s = 0;
  for (char c : payload) s = uint8_t(s + uint8_t(c));
  return s;
}

std::string escape_binary(std::string_view data) {
  std::string out;
  out.reserve(data.size());
  for (char c : data) {
    if (c == '#' || c == '$' || c == '}' || c == '*') {
      out += '}';
      out += char(c ^ 0x20);
    } else {
      out += c;
    }
  }
  return out;
}

bool unescape_binary(std::string_view in, std::string& out) {
  out.clear();
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '}') {
      if (++i == in.size()) return false;
      out += char(in[i] ^ 0x20);
    } else {
      out += in[i];
    }
  }
  return true;
}

std::string frame(std::string_view payload) {
  const uint8_t sum = checksum(payload);
  std::string out;
  out.reserve(payload.size() + 4);
  out += '$';
  out += payload;
  out += '#';
  out += kHex[sum >> 4];
  out += kHex[sum & 15];
  return out;
}

std::string to_hex(const void* data, size_t len) {
  const auto* p = static_cast<const uint8_t*>(data);
  std::string out(len * 2, '0');
  for (size_t i = 0; i < len; ++i) {
    out[2 * i] = kHex[p[i] >> 4];
    out[2 * i + 1] = kHex[p[i] & 15];
  }
  return out;
}

std::string to_hex(std::string_view s) { return to_hex(s.data(), s.size()); }

bool from_hex(std::string_view hex, std::string& out) {
  out.clear();
  if (hex.size() % 2) return false;
  for (size_t i = 0; i < hex.size(); i += 2) {
    const int hi = hex_digit(hex[i]), lo = hex_digit(hex[i + 1]);
    if (hi < 0 || lo < 0) return false;
    out += char(hi << 4 | lo);
  }
  return true;
}

bool parse_hex(std::string_view s, uint64_t& v) {
  if (s.empty() || s.size() > 16) return false;
  v = 0;
  for (char c : s) {
    const int d = hex_digit(c);
    if (d < 0) return false;
    v = v << 4 | uint64_t(d);
  }
  return true;
}

std::string reg_hex(uint64_t v) {
  uint8_t b[8];
  for (int i = 0; i < 8; ++i) b[i] = uint8_t(v >> (8 * i));
  return to_hex(b, 8);
}

bool parse_reg_hex(std::string_view s, uint64_t& v) {
  std::string bytes;
  if (s.size() != 16 || !from_hex(s, bytes)) return false;
  v = 0;
  for (int i = 7; i >= 0; --i) v = v << 8 | uint8_t(bytes[size_t(i)]);
  return true;
}

void PacketReader::feed(const uint8_t* data, size_t len, std::vector<Event>& out) {
  for (size_t i = 0; i < len; ++i) {
    const char c = char(data[i]);
    switch (state_) {
      case State::kIdle:
        if (c == '$') {
          state_ = State::kPayload;
          buf_.clear();
          too_long_ = false;
        } else if (c == '+') {
          out.push_back({Event::Kind::kAck, {}});
        } else if (c == '-') {
          out.push_back({Event::Kind::kNak, {}});
        } else if (c == 0x03) {
          out.push_back({Event::Kind::kInterrupt, {}});
        }
        break;
      case State::kPayload:
        if (c == '#') {
          state_ = State::kSum1;
        } else if (c == '$') {
          // A new packet before the end of this one: the old one was cut.
          out.push_back({Event::Kind::kBadChecksum, {}});
          buf_.clear();
          too_long_ = false;
        } else if (buf_.size() < kMaxPacket) {
          buf_ += c;
        } else {
          too_long_ = true;  // keep reading to the '#', then reject
        }
        break;
      case State::kSum1: {
        const int d = hex_digit(c);
        sum_hi_ = uint8_t(d < 0 ? 0xff : d);
        if (d < 0) {
          out.push_back({Event::Kind::kBadChecksum, {}});
          state_ = c == '$' ? State::kPayload : State::kIdle;
          buf_.clear();
          too_long_ = false;
        } else {
          state_ = State::kSum2;
        }
        break;
      }
      case State::kSum2: {
        const int d = hex_digit(c);
        state_ = State::kIdle;
        if (too_long_) {
          out.push_back({Event::Kind::kTooLong, {}});
        } else if (d < 0 || uint8_t(sum_hi_ << 4 | d) != checksum(buf_)) {
          out.push_back({Event::Kind::kBadChecksum, {}});
          if (c == '$') {
            state_ = State::kPayload;
            too_long_ = false;
          }
        } else {
          out.push_back({Event::Kind::kPacket, buf_});
        }
        buf_.clear();
        break;
      }
    }
  }
}

}  // namespace ttvm::gdb

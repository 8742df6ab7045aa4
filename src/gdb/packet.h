// gdb remote serial protocol framing: "$payload#cc" with a two-digit hex
// checksum (sum of the payload bytes mod 256), '+'/'-' acknowledgements and
// the out-of-band interrupt byte 0x03. Binary data escapes '#', '$', '}' and
// '*' as '}' followed by the byte xor 0x20. Also the hex helpers every
// packet uses.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ttvm::gdb {

// Largest payload accepted and offered (qSupported PacketSize).
constexpr size_t kMaxPacket = 0x4000;

uint8_t checksum(std::string_view payload);
// A complete packet for `payload` (binary replies escape their data first).
std::string frame(std::string_view payload);
std::string escape_binary(std::string_view data);
// Undoes escape_binary; false on a dangling '}'.
bool unescape_binary(std::string_view in, std::string& out);

std::string to_hex(const void* data, size_t len);
std::string to_hex(std::string_view s);
// Strict: an even number of hex digits, nothing else.
bool from_hex(std::string_view hex, std::string& out);
// A hex number of 1..16 digits and nothing else.
bool parse_hex(std::string_view s, uint64_t& v);
// Little-endian bytes of a 64-bit register value as hex (gdb's 'g'/'p').
std::string reg_hex(uint64_t v);
bool parse_reg_hex(std::string_view s, uint64_t& v);

// Splits the incoming byte stream into events. Bytes outside a packet other
// than '+', '-' and 0x03 are ignored (line noise), as gdb does.
class PacketReader {
 public:
  struct Event {
    enum class Kind : uint8_t { kPacket, kAck, kNak, kInterrupt, kBadChecksum, kTooLong };
    Kind kind;
    std::string payload;  // kPacket: the raw payload (escapes not undone)
  };
  // Appends the events `data` completes to `out`.
  void feed(const uint8_t* data, size_t len, std::vector<Event>& out);

 private:
  enum class State : uint8_t { kIdle, kPayload, kSum1, kSum2 };
  State state_ = State::kIdle;
  std::string buf_;
  bool too_long_ = false;
  uint8_t sum_hi_ = 0;
};

}  // namespace ttvm::gdb

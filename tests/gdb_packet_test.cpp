// gdb remote protocol framing: checksums, escapes, hex, and the incremental
// reader with acks, interrupts, bad checksums and oversized packets.
#include "gdb/packet.h"

#include <gtest/gtest.h>

namespace ttvm::gdb {
namespace {

using K = PacketReader::Event::Kind;

std::vector<PacketReader::Event> feed(PacketReader& r, const std::string& s) {
  std::vector<PacketReader::Event> out;
  r.feed(reinterpret_cast<const uint8_t*>(s.data()), s.size(), out);
  return out;
}

TEST(GdbPacket, FrameAndChecksum) {
  EXPECT_EQ(frame("OK"), "$OK#9a");
  EXPECT_EQ(frame(""), "$#00");
  EXPECT_EQ(checksum("qSupported"), 0x37);
}

TEST(GdbPacket, BinaryEscapesRoundTrip) {
  const std::string raw = std::string("a#b$c}d*e\0f", 11);
  const std::string esc = escape_binary(raw);
  EXPECT_EQ(esc.find_first_of("#$*"), std::string::npos);
  std::string back;
  ASSERT_TRUE(unescape_binary(esc, back));
  EXPECT_EQ(back, raw);
  EXPECT_FALSE(unescape_binary("abc}", back));  // dangling escape
}

TEST(GdbPacket, Hex) {
  std::string out;
  EXPECT_TRUE(from_hex("00ff7A", out));
  EXPECT_EQ(out, std::string("\x00\xff\x7a", 3));
  EXPECT_EQ(to_hex(out), "00ff7a");
  EXPECT_FALSE(from_hex("abc", out));
  EXPECT_FALSE(from_hex("zz", out));
  uint64_t v;
  EXPECT_TRUE(parse_hex("ffffffff80000000", v));
  EXPECT_EQ(v, 0xffffffff80000000ull);
  EXPECT_FALSE(parse_hex("", v));
  EXPECT_FALSE(parse_hex("1ffffffff80000000", v));  // 17 digits
  EXPECT_FALSE(parse_hex("12g", v));
  EXPECT_EQ(reg_hex(0x1122334455667788ull), "8877665544332211");
  EXPECT_TRUE(parse_reg_hex("8877665544332211", v));
  EXPECT_EQ(v, 0x1122334455667788ull);
  EXPECT_FALSE(parse_reg_hex("88776655", v));
}

TEST(GdbPacket, ReaderSplitsPacketsAcksAndInterrupts) {
  PacketReader r;
  auto ev = feed(r, "+$g#67-\x03$m0,4#");
  ASSERT_EQ(ev.size(), 4u);
  EXPECT_EQ(ev[0].kind, K::kAck);
  EXPECT_EQ(ev[1].kind, K::kPacket);
  EXPECT_EQ(ev[1].payload, "g");
  EXPECT_EQ(ev[2].kind, K::kNak);
  EXPECT_EQ(ev[3].kind, K::kInterrupt);
  ev = feed(r, "fd");  // the rest of the packet, in another read
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].payload, "m0,4");
}

TEST(GdbPacket, ReaderRejectsBadChecksumsAndResyncs) {
  PacketReader r;
  auto ev = feed(r, "$g#00$g#67");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].kind, K::kBadChecksum);
  EXPECT_EQ(ev[1].kind, K::kPacket);
  ev = feed(r, "$g#z7$g#67");  // not hex
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].kind, K::kBadChecksum);
  EXPECT_EQ(ev[1].kind, K::kPacket);
  ev = feed(r, "$abc$g#67");  // cut short by a new packet
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].kind, K::kBadChecksum);
  EXPECT_EQ(ev[1].payload, "g");
  ev = feed(r, "junk\x01\xff");  // noise between packets
  EXPECT_TRUE(ev.empty());
}

TEST(GdbPacket, ReaderRejectsOversizedPackets) {
  PacketReader r;
  std::string big(kMaxPacket + 100, 'a');
  auto ev = feed(r, "$" + big + "#00$g#67");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].kind, K::kTooLong);
  EXPECT_EQ(ev[1].kind, K::kPacket);
}

TEST(GdbPacket, BinaryPayloadKeepsInterruptBytes) {
  PacketReader r;
  const std::string payload = std::string("X80000000,2:\x03\x7d\x03", 16);  // }\x03 is an escaped '#'
  auto ev = feed(r, frame(payload));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].payload, payload);
}

}  // namespace
}  // namespace ttvm::gdb

// The event log and manifest formats: round trips, and what a damaged,
// truncated or foreign file gives.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <random>

#include "record/crc32c.h"
#include "record/log_reader.h"
#include "record/log_writer.h"
#include "record/manifest.h"
#include "record/named_values.h"
#include "util/error.h"

namespace ttvm {
namespace {

std::string temp_path(const char* name) {
  return std::string(::testing::TempDir()) + "/" + name + "." + std::to_string(getpid());
}

std::vector<uint8_t> slurp(const std::string& p) {
  std::ifstream f(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

void spit(const std::string& p, const std::vector<uint8_t>& b) {
  std::ofstream f(p, std::ios::binary | std::ios::trunc);
  f.write(reinterpret_cast<const char*>(b.data()), std::streamsize(b.size()));
}

// Three chunks: console bytes, then entropy, then a digest and the end.
std::vector<Event> write_sample(const std::string& path) {
  std::vector<Event> ev = {
      {{100, 0}, Port::kConsole, {'l', 's', '\n'}},
      {{100, 0}, Port::kConsole, {'x'}},
      {{5000, 2}, Port::kEntropy, std::vector<uint8_t>(32, 0xab)},
      {{1u << 30, 7}, Port::kDigest, encode_values({{"icount", 1u << 30}})},
      {{(1ull << 40) + 3, 9}, Port::kEnd, encode_values({{"exit", 0}})},
  };
  LogWriter w(path);
  w.append(ev[0]);
  w.append(ev[1]);
  w.flush();
  w.append(ev[2]);
  w.flush();
  w.append(ev[3]);
  w.append(ev[4]);
  return ev;
}

TEST(Crc32c, KnownVector) {
  // The standard check value of CRC-32C.
  EXPECT_EQ(crc32c("123456789", 9), 0xE3069283u);
  // RFC 3720 (iSCSI) B.4: 32 bytes of zeros, of ones, ascending.
  uint8_t b[32];
  std::memset(b, 0, sizeof b);
  EXPECT_EQ(crc32c(b, 32), 0x8A9136AAu);
  std::memset(b, 0xff, sizeof b);
  EXPECT_EQ(crc32c(b, 32), 0x62A8AB43u);
  for (unsigned i = 0; i < 32; ++i) b[i] = uint8_t(i);
  EXPECT_EQ(crc32c(b, 32), 0x46DD794Eu);
  // Split anywhere, continued from the partial value: the same.
  for (size_t k = 0; k <= 32; ++k) EXPECT_EQ(crc32c(b + k, 32 - k, crc32c(b, k)), 0x46DD794Eu) << k;
}

TEST(EventLog, RoundTrip) {
  const std::string p = temp_path("log");
  const auto ev = write_sample(p);
  const LogContents got = read_log(p);
  EXPECT_EQ(got.damage, "");
  EXPECT_EQ(got.good_chunks, 3u);
  ASSERT_EQ(got.events.size(), ev.size());
  for (size_t i = 0; i < ev.size(); ++i) {
    EXPECT_EQ(got.events[i].at, ev[i].at) << i;
    EXPECT_EQ(got.events[i].port, ev[i].port) << i;
    EXPECT_EQ(got.events[i].data, ev[i].data) << i;
  }
  std::remove(p.c_str());
}

TEST(EventLog, CorruptByteStopsAtLastGoodChunk) {
  const std::string p = temp_path("log");
  write_sample(p);
  auto bytes = slurp(p);
  // The last chunk's last payload byte.
  bytes[bytes.size() - 1] ^= 0x40;
  spit(p, bytes);
  const LogContents got = read_log(p);
  EXPECT_EQ(got.good_chunks, 2u);
  EXPECT_EQ(got.events.size(), 3u);
  EXPECT_NE(got.damage.find("chunk 2 at offset"), std::string::npos) << got.damage;
  EXPECT_NE(got.damage.find("checksum mismatch"), std::string::npos) << got.damage;
  std::remove(p.c_str());
}

TEST(EventLog, TruncatedLogKeepsItsPrefix) {
  const std::string p = temp_path("log");
  write_sample(p);
  auto bytes = slurp(p);
  bytes.resize(bytes.size() - 5);
  spit(p, bytes);
  const LogContents got = read_log(p);
  EXPECT_EQ(got.good_chunks, 2u);
  EXPECT_NE(got.damage.find("truncated"), std::string::npos) << got.damage;
  // Cut inside a chunk header.
  bytes.resize(16 + 10);
  spit(p, bytes);
  const LogContents head = read_log(p);
  EXPECT_EQ(head.good_chunks, 0u);
  EXPECT_NE(head.damage.find("truncated header"), std::string::npos) << head.damage;
  std::remove(p.c_str());
}

TEST(EventLog, HeaderCorruptionIsNamed) {
  const std::string p = temp_path("log");
  write_sample(p);
  auto bytes = slurp(p);
  bytes[16 + 5] ^= 1;  // first chunk's size field
  spit(p, bytes);
  EXPECT_NE(read_log(p).damage.find("bad chunk header"), std::string::npos);
  std::remove(p.c_str());
}

TEST(EventLog, ForeignFileAndWrongVersionAreRefused) {
  const std::string p = temp_path("log");
  spit(p, {'h', 'e', 'l', 'l', 'o'});
  try {
    read_log(p);
    FAIL();
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("not a ttvm event log"), std::string::npos);
  }
  write_sample(p);
  auto bytes = slurp(p);
  bytes[8] = 9;
  spit(p, bytes);
  try {
    read_log(p);
    FAIL();
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("version 9"), std::string::npos) << e.what();
  }
  std::remove(p.c_str());
}

TEST(NamedValues, DifferenceNamesTheValue) {
  const NamedValues a = {{"icount", 5}, {"hart0.pc", 0x80000000}};
  NamedValues b = a;
  EXPECT_EQ(first_difference(a, b), "");
  b[1].second = 0x80000004;
  EXPECT_EQ(first_difference(a, b), "hart0.pc: recorded 0x80000000, replay 0x80000004");
  const auto round = decode_values(encode_values(a));
  ASSERT_TRUE(round);
  EXPECT_EQ(*round, a);
  auto bad = encode_values(a);
  bad.pop_back();
  EXPECT_FALSE(decode_values(bad));
}

TEST(Manifest, RoundTripAndErrors) {
  const std::string p = temp_path("manifest");
  Manifest m;
  m.start_epoch_ns = 1234567890123;
  m.cwd = "/home/u/with space";
  m.args = {"-append", "console=ttyS0 a\\b\nc", "-m", "256M"};
  m.images = {{"kernel", "/k/Image x", 42, {0x0123456789abcdefull, 0xfedcba9876543210ull}}};
  write_manifest(p, m);
  const Manifest r = read_manifest(p);
  EXPECT_EQ(r.start_epoch_ns, m.start_epoch_ns);
  EXPECT_EQ(r.cwd, m.cwd);
  EXPECT_EQ(r.args, m.args);
  ASSERT_EQ(r.images.size(), 1u);
  EXPECT_EQ(r.images[0].path, "/k/Image x");
  EXPECT_EQ(r.images[0].hash.hex(), "0123456789abcdeffedcba9876543210");
  EXPECT_EQ(r.images[0].size, 42u);

  std::ofstream(p) << "ttvm-recording 3\n";
  try {
    read_manifest(p);
    FAIL();
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("version 3, this ttvm reads version 2"), std::string::npos) << e.what();
  }
  std::ofstream(p) << "ttvm-recording 1\nbogus 1\n";
  try {
    read_manifest(p);
    FAIL();
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find(":2: unknown key 'bogus'"), std::string::npos) << e.what();
  }
  std::remove(p.c_str());
}


// Random damage anywhere in a log (flipped bytes, cuts, garbage appended)
// never crashes the reader and never yields events out of order: it keeps
// a prefix of the good events and says what stopped it.
TEST(EventLog, RandomDamageNeverCrashes) {
  const std::string p = temp_path("fuzz");
  const auto ev = write_sample(p);
  const auto good = slurp(p);
  std::mt19937 rng(12345);
  for (int round = 0; round < 2000; ++round) {
    auto bytes = good;
    const int kind = round % 4;
    if (kind == 0) {
      for (int k = 1 + int(rng() % 4); k > 0; --k) bytes[rng() % bytes.size()] ^= uint8_t(1 + rng() % 255);
    } else if (kind == 1) {
      bytes.resize(rng() % bytes.size());
    } else if (kind == 2) {
      for (int k = int(rng() % 64); k > 0; --k) bytes.push_back(uint8_t(rng()));
    } else {
      for (size_t i = 16; i < bytes.size(); ++i) bytes[i] = uint8_t(rng());
    }
    spit(p, bytes);
    try {
      const LogContents got = read_log(p);
      ASSERT_LE(got.events.size(), ev.size());
      for (size_t i = 0; i < got.events.size(); ++i) {
        EXPECT_EQ(got.events[i].at, ev[i].at);
        EXPECT_EQ(got.events[i].data, ev[i].data);
      }
      // Same-size damage that lost events says so; appended garbage loses
      // nothing and is reported (unless nothing was appended).
      if ((kind == 0 || kind == 3) && got.events.size() < ev.size()) {
        EXPECT_FALSE(got.damage.empty());
      }
      if (kind == 2) {
        EXPECT_EQ(got.events.size(), ev.size());
        EXPECT_EQ(got.damage.empty(), bytes.size() == good.size());
      }
    } catch (const UserError&) {
      // A damaged file header: refused with a message.
    }
  }
  std::remove(p.c_str());
}

TEST(Manifest, GarbageIsRefusedWithALineNumber) {
  const std::string p = temp_path("manifest-fuzz");
  std::mt19937 rng(7);
  for (int round = 0; round < 500; ++round) {
    std::string text = "ttvm-recording 1\n";
    for (int k = int(rng() % 200); k > 0; --k) text += char(rng() % 128);
    std::ofstream(p, std::ios::binary | std::ios::trunc) << text;
    try {
      read_manifest(p);
    } catch (const UserError& e) {
      EXPECT_NE(std::string(e.what()).find(p + ":"), std::string::npos) << e.what();
    }
  }
  std::remove(p.c_str());
}

}  // namespace
}  // namespace ttvm

// The gdb server over a socket, fed well-formed, random and malformed
// packets: it must answer each packet (or NAK it) and never crash or hang;
// a few answers are checked exactly. Runs the real server on a real machine
// (the loop guest), the server in a thread of its own.
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <random>
#include <thread>

#include "gdb/packet.h"
#include "gdb/server.h"
#include "loop_guest.h"
#include "machine/live_control.h"

namespace ttvm::gdb {
namespace {

class Client {
 public:
  explicit Client(int fd) : fd_(fd) {}
  ~Client() { close(fd_); }
  void send_raw(const std::string& s) { ASSERT_EQ(::send(fd_, s.data(), s.size(), MSG_NOSIGNAL), ssize_t(s.size())); }
  // The next reply packet's payload; acks are skipped. "<timeout>" if none.
  std::string reply(int timeout_ms = 5000) {
    for (;;) {
      const size_t start = buf_.find('$');
      if (start != std::string::npos) {
        const size_t hash = buf_.find('#', start);
        if (hash != std::string::npos && hash + 2 < buf_.size()) {
          std::string payload = buf_.substr(start + 1, hash - start - 1);
          const std::string sum = buf_.substr(hash + 1, 2);
          buf_.erase(0, hash + 3);
          char want[3];
          std::snprintf(want, sizeof want, "%02x", checksum(payload));
          EXPECT_EQ(sum, want) << payload;
          return payload;
        }
      }
      pollfd p{fd_, POLLIN, 0};
      if (poll(&p, 1, timeout_ms) <= 0) return "<timeout>";
      char tmp[8192];
      const ssize_t n = recv(fd_, tmp, sizeof tmp, 0);
      if (n <= 0) return "<closed>";
      buf_.append(tmp, size_t(n));
    }
  }
  std::string ask(const std::string& payload) {
    send_raw(frame(payload));
    return reply();
  }
  // Whatever bytes arrive within timeout_ms (acks, NAKs, replies).
  std::string drain(int timeout_ms) {
    pollfd p{fd_, POLLIN, 0};
    while (poll(&p, 1, timeout_ms) > 0) {
      char tmp[8192];
      const ssize_t n = recv(fd_, tmp, sizeof tmp, 0);
      if (n <= 0) break;
      buf_.append(tmp, size_t(n));
      timeout_ms = 20;
    }
    std::string all;
    all.swap(buf_);
    return all;
  }

 private:
  int fd_;
  std::string buf_;
};

class GdbServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_ = test::make_loop_machine(2);
    ctl_ = std::make_unique<LiveControl>(*m_);
    server_ = std::make_unique<Server>(*ctl_, nullptr);
    int fds[2];
    ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
    thread_ = std::thread([this, fd = fds[0]] { server_->serve_fd(fd); });
    client_ = std::make_unique<Client>(fds[1]);
  }
  void TearDown() override {
    client_.reset();  // closing the connection ends serve_fd
    thread_.join();
  }
  std::unique_ptr<Machine> m_;
  std::unique_ptr<LiveControl> ctl_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<Client> client_;
};

TEST_F(GdbServerTest, KnownAnswers) {
  Client& c = *client_;
  EXPECT_NE(c.ask("qSupported:multiprocess+;swbreak+;xmlRegisters=i386").find("PacketSize=4000;qXfer:features:read+"),
            std::string::npos);
  EXPECT_EQ(c.ask("QStartNoAckMode"), "OK");
  EXPECT_EQ(c.ask("?"), "T05thread:1;");
  EXPECT_EQ(c.ask("vMustReplyEmpty"), "");
  EXPECT_EQ(c.ask("qfThreadInfo"), "m1,2");
  EXPECT_EQ(c.ask("qsThreadInfo"), "l");
  EXPECT_EQ(c.ask("qAttached"), "1");
  EXPECT_EQ(c.ask("vCont?"), "vCont;c;C;s;S");
  EXPECT_EQ(c.ask("Hg2"), "OK");
  EXPECT_EQ(c.ask("p20"), "0010000000000000");  // hart 1's pc: the reset ROM at 0x1000
  EXPECT_EQ(c.ask("Hg3"), "E01");                // no hart 2
  EXPECT_EQ(c.ask("Hg1"), "OK");
  EXPECT_EQ(c.ask("g").size(), 33u * 16);
  std::string xml;
  for (;;) {  // in pieces, as gdb reads it
    char req[64];
    std::snprintf(req, sizeof req, "qXfer:features:read:target.xml:%zx,fff", xml.size());
    const std::string part = c.ask(req);
    ASSERT_TRUE(!part.empty() && (part[0] == 'm' || part[0] == 'l')) << part;
    std::string data;
    ASSERT_TRUE(unescape_binary(part.substr(1), data));
    xml += data;
    if (part[0] == 'l') break;
  }
  EXPECT_EQ(xml.rfind("<?xml", 0), 0u);
  EXPECT_NE(xml.find("</target>"), std::string::npos);
  EXPECT_NE(xml.find("<reg name=\"satp\" bitsize=\"64\" regnum=\"449\""), std::string::npos);  // 65 + 0x180
  EXPECT_NE(xml.find("org.gnu.gdb.riscv.virtual"), std::string::npos);
  EXPECT_EQ(c.ask("p1c1"), "0000000000000000");  // satp = 65 + 0x180
  EXPECT_EQ(c.ask("P1c1=zz"), "E16");
  EXPECT_EQ(c.ask("p1fff"), "E02");  // no such register
  // Memory: M, X with escaped bytes, m back; unmapped gives an error.
  EXPECT_EQ(c.ask("M80003000,4:01020304"), "OK");
  EXPECT_EQ(c.ask(std::string("X80003004,4:") + escape_binary(std::string("#$}\x03", 4))), "OK");
  EXPECT_EQ(c.ask("m80003000,8"), "0102030423247d03");
  EXPECT_EQ(c.ask("m70000000,4"), "E0e");
  EXPECT_EQ(c.ask("m80003000"), "E16");
  EXPECT_EQ(c.ask("X80003000,0:"), "OK");
  EXPECT_EQ(c.ask("M80003000,4:0102"), "E16");  // length mismatch
  // Breakpoint on the store, continue, step over a compressed instruction.
  EXPECT_EQ(c.ask("Z0,80000018,4"), "OK");
  EXPECT_EQ(c.ask("vCont;c"), "T05thread:1;swbreak:;");
  EXPECT_EQ(c.ask("p20"), "1800008000000000");
  EXPECT_EQ(c.ask("z0,80000018,4"), "OK");
  EXPECT_EQ(c.ask("vCont;s:1;c"), "T05thread:1;");
  EXPECT_EQ(c.ask("vCont;s:1"), "T05thread:1;");
  EXPECT_EQ(c.ask("p20"), "1e00008000000000");
  // A write watchpoint on hart 1's counter.
  EXPECT_EQ(c.ask("Z2,80002008,8"), "OK");
  EXPECT_EQ(c.ask("c"), "T05thread:2;watch:80002008;");
  EXPECT_EQ(c.ask("z2,80002008,8"), "OK");
  EXPECT_EQ(c.ask("Z9,0,0"), "");  // unknown type: unsupported
  // Continue, then Ctrl-C.
  c.send_raw(frame("c"));
  EXPECT_EQ(c.reply(200), "<timeout>");
  c.send_raw("\x03");
  EXPECT_NE(c.reply().rfind("T02thread:", 0), std::string::npos);
  // Monitor commands answer with 'O' output, then OK.
  c.send_raw(frame("qRcmd," + to_hex("info harts")));
  const std::string out = c.reply();
  ASSERT_EQ(out[0], 'O');
  std::string text;
  ASSERT_TRUE(from_hex(out.substr(1), text));
  EXPECT_NE(text.find("hart 1 (thread 2): pc 0x00000000800000"), std::string::npos) << text;
  EXPECT_EQ(c.reply(), "OK");
  c.send_raw(frame("qRcmd," + to_hex("frobnicate")));
  EXPECT_EQ(c.reply()[0], 'O');
  EXPECT_EQ(c.reply(), "E01");
  EXPECT_EQ(c.ask("qRcmd,zz"), "E16");
}

// An ack followed by a framed reply. (Not "+" + frame(...): GCC 12 warns a
// false -Wrestrict on that operator+ at -O2.)
std::string acked(const std::string& payload) { return std::string(1, '+').append(frame(payload)); }

TEST_F(GdbServerTest, AcksAndBadChecksums) {
  Client& c = *client_;
  c.send_raw("$g#00");
  EXPECT_EQ(c.drain(500), "-");  // NAK: gdb resends
  c.send_raw(frame("?"));
  EXPECT_EQ(c.drain(500), acked("T05thread:1;"));
  c.send_raw("-");  // we NAK the reply: it comes again
  EXPECT_EQ(c.drain(500), frame("T05thread:1;"));
  c.send_raw("$" + std::string(kMaxPacket + 10, 'm') + "#00");
  EXPECT_EQ(c.drain(500), acked("E16"));
}

// gdb 13 writes a '-' when a reply is slow (a long monitor goto), even in
// no-ack mode. Resending the last reply then put an extra "OK" in the
// stream and every later reply was one packet behind.
TEST_F(GdbServerTest, NoAckModeIgnoresNak) {
  Client& c = *client_;
  EXPECT_EQ(c.ask("QStartNoAckMode"), "OK");
  EXPECT_EQ(c.ask("Hg1"), "OK");
  c.send_raw("-");
  EXPECT_EQ(c.drain(300), "");  // nothing resent
  EXPECT_EQ(c.ask("qfThreadInfo"), "m1,2");
}

TEST_F(GdbServerTest, RandomAndMalformedPackets) {
  Client& c = *client_;
  EXPECT_EQ(c.ask("QStartNoAckMode"), "OK");
  std::mt19937_64 rng(1234);
  auto pick = [&](size_t n) { return size_t(rng() % n); };
  static const char* const kHeads[] = {"g", "G", "p", "P", "m", "M", "X", "Z", "z", "H", "T", "vCont;", "vCont?",
                                       "qXfer:features:read:target.xml:", "qXfer:features:read:", "qRcmd,",
                                       "qfThreadInfo", "qC", "q", "Q", "?", "s", "S", "c", "C", "b", "!", "vKill"};
  static const char kAlphabet[] = "0123456789abcdefABCDEF,:;=-+xXpP#$}*\x03\x7f ";
  auto junk = [&](size_t len) {
    std::string s;
    for (size_t i = 0; i < len; ++i) s += pick(4) ? kAlphabet[pick(sizeof kAlphabet - 1)] : char(rng());
    return s;
  };
  for (int i = 0; i < 3000; ++i) {
    std::string payload = kHeads[pick(std::size(kHeads))];
    switch (pick(5)) {
      case 0: payload += junk(pick(40)); break;
      case 1: payload += std::to_string(rng()) + "," + std::to_string(rng() % 100000); break;
      case 2: payload += "80002000," + std::to_string(pick(64)) + ":" + junk(pick(64)); break;
      case 3: payload += "ffffffffffffffffff,ffffffffffffffff"; break;  // huge numbers
      default: payload += "1," + std::to_string(pick(4)) + "," + std::to_string(pick(9)); break;
    }
    const std::string pkt = frame(payload);
    // A raw '$' or '#' inside breaks the framing: the server sees a
    // malformed packet (dropped in no-ack mode) and maybe a fragment.
    const bool broken = payload.find_first_of("$#") != std::string::npos;
    const unsigned how = broken ? 0 : unsigned(pick(10));
    if (how == 0) {
      c.send_raw(broken ? pkt : pkt.substr(0, pick(pkt.size())));  // truncated: cut by the next '$'
      c.drain(5);
      continue;
    }
    if (how == 1) {
      c.send_raw(junk(pick(100)));  // noise outside packets
      continue;
    }
    if (how == 2) {
      std::string bad = pkt;
      bad[bad.size() - 1] = bad[bad.size() - 1] == '0' ? '1' : '0';
      c.send_raw(bad);  // no-ack mode: dropped
      continue;
    }
    const char h = payload[0];
    const bool resumes = h == 'c' || h == 's' || h == 'C' || h == 'S' || payload.rfind("vCont;", 0) == 0;
    // A resume gets its Ctrl-C at once: the guest loops forever.
    c.send_raw(resumes ? pkt + "\x03" : pkt);
    std::string r = c.reply(300);
    if (r == "<timeout>") {
      if (getenv("FUZZ_DEBUG")) fprintf(stderr, "timeout after %s (how %u)\n", to_hex(payload).c_str(), how);
      // A resume that keeps running (or a packet swallowed by an earlier
      // truncated one): interrupt; then the server must answer again.
      c.send_raw("\x03");
      r = c.reply(300);
    }
    ASSERT_NE(r, "<closed>") << "after " << payload;
    // The server still answers something it must.
    if (i % 100 == 0) {
      c.drain(50);
      ASSERT_EQ(c.ask("qC").rfind("QC", 0), 0u) << "after " << payload;
    }
  }
  c.drain(100);
  EXPECT_EQ(c.ask("qfThreadInfo"), "m1,2");
}

TEST_F(GdbServerTest, DetachEndsTheSession) {
  Client& c = *client_;
  EXPECT_EQ(c.ask("Z0,80000018,4"), "OK");
  EXPECT_EQ(c.ask("D"), "OK");
  EXPECT_EQ(c.reply(2000), "<closed>");
}

}  // namespace
}  // namespace ttvm::gdb

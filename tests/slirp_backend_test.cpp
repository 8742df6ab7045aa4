// The slirp backend on its own (no guest): it answers a guest's ARP request
// for the gateway, turns a host connection to a hostfwd port into frames for
// the guest (starting with an ARP request for 10.0.2.15), and reports a host
// port it cannot bind, naming the rule.
#include "net/slirp_backend.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

#include "util/error.h"

using namespace ttvm;

namespace {

constexpr uint8_t kGuestMac[6] = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56};

// An ARP request (Ethernet + ARP for IPv4) from the guest's MAC/IP.
std::vector<uint8_t> arp_request(const char* target_ip) {
  std::vector<uint8_t> f(42, 0);
  std::fill(f.begin(), f.begin() + 6, 0xff);
  std::copy(kGuestMac, kGuestMac + 6, f.begin() + 6);
  f[12] = 0x08, f[13] = 0x06;              // ARP
  f[14] = 0, f[15] = 1;                    // Ethernet
  f[16] = 0x08, f[17] = 0x00;              // IPv4
  f[18] = 6, f[19] = 4, f[20] = 0, f[21] = 1;  // request
  std::copy(kGuestMac, kGuestMac + 6, f.begin() + 22);
  inet_pton(AF_INET, "10.0.2.15", &f[28]);
  inet_pton(AF_INET, target_ip, &f[38]);
  return f;
}

bool is_arp(const std::vector<uint8_t>& f, uint16_t op, const char* sender_ip, const char* target_ip) {
  if (f.size() < 42 || f[12] != 0x08 || f[13] != 0x06 || f[20] != 0 || f[21] != op) return false;
  in_addr s{}, t{};
  inet_pton(AF_INET, sender_ip, &s);
  inet_pton(AF_INET, target_ip, &t);
  return std::memcmp(&f[28], &s, 4) == 0 && std::memcmp(&f[38], &t, 4) == 0;
}

// A port that was free a moment ago (bound, read back, closed).
uint16_t free_port() {
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
  socklen_t len = sizeof a;
  getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
  close(s);
  return ntohs(a.sin_port);
}

NetdevConfig netdev_with_fwd(uint16_t host_port) {
  NetdevConfig n;
  n.id = "n0";
  HostFwd f;
  f.spec = "tcp:127.0.0.1:" + std::to_string(host_port) + "-:7";
  f.host_addr = "127.0.0.1";
  f.host_port = host_port;
  f.guest_port = 7;
  n.hostfwd.push_back(f);
  return n;
}

}  // namespace

TEST(SlirpBackend, AnswersArpForTheGateway) {
  NetdevConfig n;
  n.id = "n0";
  SlirpBackend b(n);
  EXPECT_EQ(b.frames_waiting(), 0u);
  const auto req = arp_request("10.0.2.2");
  b.send(req.data(), req.size());
  // Answered at once, but queued: it reaches the guest when the machine takes it.
  ASSERT_EQ(b.frames_waiting(), 1u);
  std::vector<uint8_t> reply;
  ASSERT_TRUE(b.take_frame(reply));
  EXPECT_TRUE(is_arp(reply, 2, "10.0.2.2", "10.0.2.15"));
  EXPECT_TRUE(std::equal(kGuestMac, kGuestMac + 6, reply.begin())) << "addressed to the guest's MAC";
  EXPECT_FALSE(b.take_frame(reply));
}

TEST(SlirpBackend, HostConnectionBecomesFramesForTheGuest) {
  const uint16_t port = free_port();
  SlirpBackend b(netdev_with_fwd(port));
  const int c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const int r = connect(c, reinterpret_cast<sockaddr*>(&a), sizeof a);
  EXPECT_TRUE(r == 0 || errno == EINPROGRESS);
  // slirp accepts, then must find the guest's MAC first: an ARP request.
  std::vector<uint8_t> f;
  for (int i = 0; i < 200 && b.frames_waiting() == 0; ++i) {
    std::vector<pollfd> fds;
    int timeout = 10;
    b.fill_pollfds(fds, timeout);
    EXPECT_FALSE(fds.empty()) << "the hostfwd listener is watched";
    ::poll(fds.data(), fds.size(), timeout);
    b.dispatch(fds, false);
  }
  ASSERT_TRUE(b.take_frame(f));
  EXPECT_TRUE(is_arp(f, 1, "10.0.2.2", "10.0.2.15"));
  close(c);
}

TEST(SlirpBackend, PortInUseIsAClearError) {
  const uint16_t port = free_port();
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
  ASSERT_EQ(listen(s, 1), 0);
  try {
    SlirpBackend b(netdev_with_fwd(port));
    FAIL() << "bound a port in use";
  } catch (const UserError& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("hostfwd=tcp:127.0.0.1:" + std::to_string(port) + "-:7"), std::string::npos) << m;
    EXPECT_NE(m.find("in use"), std::string::npos) << m;
  }
  close(s);
}

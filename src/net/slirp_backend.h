// `-netdev user`: a user-mode TCP/IP network from libslirp, as in QEMU. The
// guest sees a 10.0.2.0/24 network with a gateway at 10.0.2.2 (which is
// also how the guest reaches the host), DNS at 10.0.2.3 and DHCP handing out
// 10.0.2.15 (QEMU's defaults); IPv4 only. hostfwd rules listen on host ports
// and forward each connection to the guest.
//
// slirp's timers and its clock run on the host's monotonic clock: that only
// decides when slirp produces frames, and the frames are the logged input.
#pragma once
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "machine/config.h"
#include "net/net_backend.h"

struct Slirp;

namespace ttvm {

class SlirpBackend : public NetBackend {
 public:
  // Frames for the guest beyond this many are dropped (as a full NIC queue
  // would; TCP retransmits).
  static constexpr size_t kMaxWaiting = 512;
  // Where DHCP puts the guest, and where hostfwd forwards by default.
  static constexpr const char* kGuestAddr = "10.0.2.15";

  // Starts the stack and its hostfwd listeners. Throws UserError naming the
  // rule when a host port cannot be bound (in use, bad address).
  explicit SlirpBackend(const NetdevConfig& cfg);
  ~SlirpBackend() override;
  SlirpBackend(const SlirpBackend&) = delete;
  SlirpBackend& operator=(const SlirpBackend&) = delete;

  void send(const uint8_t* frame, size_t len) override;
  bool take_frame(std::vector<uint8_t>& out) override;
  size_t frames_waiting() const override { return rx_.size(); }
  void fill_pollfds(std::vector<pollfd>& fds, int& timeout_ms) override;
  void dispatch(const std::vector<pollfd>& fds, bool poll_failed) override;

  size_t dropped() const { return dropped_; }

  // slirp's callbacks (C functions in the .cpp reach the object through
  // these; not for other callers).
  struct Timer;
  void queue_frame(const uint8_t* p, size_t n);
  Timer* new_timer(Timer t);
  void free_timer(Timer* t);
  void guest_error(const char* msg);
  static int64_t now_ns();
  int add_poll(int fd, int events);
  int revents(int idx) const;

 private:
  void run_timers();

  std::string id_;
  Slirp* slirp_ = nullptr;
  std::deque<std::vector<uint8_t>> rx_;
  size_t dropped_ = 0;
  std::vector<std::unique_ptr<Timer>> timers_;
  // The vector being filled or dispatched (valid during those calls only).
  std::vector<pollfd>* fill_fds_ = nullptr;
  const std::vector<pollfd>* poll_fds_ = nullptr;
};

}  // namespace ttvm

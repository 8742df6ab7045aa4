// The host side of a guest network card: where the guest's transmitted
// frames go and where frames for the guest come from (slirp_backend.h is
// the one kind so far, QEMU's `-netdev user`).
//
// A backend never touches the device or guest memory. Frames for the guest
// wait in the backend until the machine, between quanta, finds the device
// ready and takes one (take_frame): that hand-over is the network input
// port (DESIGN.md core contract 3), logged in record mode; in replay no
// backend exists at all. Host clocks and sockets are fine in here: nothing
// of them reaches the guest except through those frames.
#pragma once
#include <poll.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ttvm {

class NetBackend {
 public:
  virtual ~NetBackend();

  // One Ethernet frame from the guest (without the virtio header).
  virtual void send(const uint8_t* frame, size_t len) = 0;
  // Moves the oldest frame for the guest into `out`; false when none waits.
  virtual bool take_frame(std::vector<uint8_t>& out) = 0;
  // How many frames wait for the guest.
  virtual size_t frames_waiting() const = 0;

  // For one poll(2) over several backends and the console: add the file
  // descriptors to watch to `fds` and lower `timeout_ms` (-1: forever) to
  // the backend's next timer; after poll(), dispatch() with the same vector
  // does the I/O and timers that are due.
  virtual void fill_pollfds(std::vector<pollfd>& fds, int& timeout_ms) = 0;
  virtual void dispatch(const std::vector<pollfd>& fds, bool poll_failed) = 0;
  // Both, without blocking.
  void poll_now();
};

}  // namespace ttvm

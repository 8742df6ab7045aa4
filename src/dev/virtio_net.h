// virtio-net (virtio 1.x 5.1): one receive queue (0) and one transmit queue
// (1), features MAC and STATUS (the link is always up), no offloads, no
// mergeable receive buffers, no control queue. Every frame carries the
// virtio_net_hdr in front: 12 bytes with VERSION_1 (num_buffers present),
// 10 for a legacy driver; the device writes an all-zero header with
// num_buffers = 1 and ignores the driver's on transmit (nothing offloaded).
//
// The device never talks to the host: received frames are handed to it by
// the machine, between quanta, one at a time through receive() — the network
// input port (DESIGN.md core contract 3) — only when can_receive() says the
// driver has posted a buffer. Transmitted frames go to a TxSink, which the
// machine connects to the host backend (and which replay leaves empty).
// So the device is a function of the guest's accesses and the frames given
// to it; its only own state is its MAC and counters, all saved.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "dev/virtio_mmio.h"

namespace ttvm {

class VirtioNet : public VirtioDevice {
 public:
  static constexpr uint16_t kQueueSize = 256;  // QEMU's rx/tx queue size
  static constexpr unsigned kRxQueue = 0, kTxQueue = 1;
  // Feature bits (5.1.3).
  static constexpr unsigned kFMac = 5, kFMrgRxbuf = 15, kFStatus = 16;
  static constexpr uint16_t kStatusLinkUp = 1;
  static constexpr uint32_t kConfigSize = 8;  // mac[6], status (le16)
  // The largest frame taken from the driver (no TSO is offered, so a frame
  // is at most MTU + 14; this only bounds a misbehaving driver).
  static constexpr size_t kMaxFrame = 65535;
  static constexpr size_t kHdrLen = 12, kLegacyHdrLen = 10;

  using Mac = std::array<uint8_t, 6>;
  using TxSink = std::function<void(const uint8_t* frame, size_t len)>;

  struct Stats {
    uint64_t rx_frames = 0;   // delivered to the driver
    uint64_t rx_dropped = 0;  // given to receive() with no room for them
    uint64_t tx_frames = 0;   // passed to the sink
    uint64_t tx_dropped = 0;  // longer than kMaxFrame
  };

  explicit VirtioNet(const Mac& mac) : mac_(mac) {}

  // Where transmitted frames go (Ethernet frames, without the virtio header).
  void set_tx_sink(TxSink sink) { tx_ = std::move(sink); }
  // Whether the driver has a receive buffer posted: the machine takes a
  // frame from the backend only then (frames wait on the host side).
  bool can_receive() const;
  // One Ethernet frame (no FCS) for the guest: written into the next receive
  // buffer, with the interrupt the driver asked for. Without a buffer, or
  // with one too small, the frame is dropped (counted), as a NIC would.
  void receive(const uint8_t* frame, size_t len);

  const Mac& mac() const { return mac_; }
  const Stats& stats() const { return stats_; }

  const char* name() const override { return "virtio-net"; }
  uint32_t device_id() const override { return virtio::kIdNet; }
  uint64_t features() const override { return (1ull << kFMac) | (1ull << kFStatus); }
  unsigned num_queues() const override { return 2; }
  uint16_t queue_size(unsigned) const override { return kQueueSize; }
  uint32_t config_size() const override { return kConfigSize; }
  void read_config(uint8_t* out) const override;
  void process(unsigned queue, VirtQueue& q) override;
  void save(StateWriter& w) const override;
  void restore(StateReader& r) override;

 private:
  // The header length the driver expects (depends on the negotiation).
  size_t hdr_len() const;
  void transmit(VirtQueue& q);

  Mac mac_;
  TxSink tx_;
  Stats stats_;
  std::vector<uint8_t> buf_;  // scratch: one frame with its header
};

}  // namespace ttvm

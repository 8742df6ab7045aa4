#include "dev/virtio_net.h"

#include <cstring>

namespace ttvm {

size_t VirtioNet::hdr_len() const {
  // num_buffers is part of the header with VERSION_1 or MRG_RXBUF (5.1.6).
  const uint64_t f = transport_ ? transport_->driver_features() : 0;
  return (f & ((1ull << virtio::kFVersion1) | (1ull << kFMrgRxbuf))) ? kHdrLen : kLegacyHdrLen;
}

void VirtioNet::read_config(uint8_t* out) const {
  std::memcpy(out, mac_.data(), mac_.size());
  const uint16_t status = kStatusLinkUp;
  std::memcpy(out + 6, &status, 2);
}

bool VirtioNet::can_receive() const {
  VirtQueue* q = transport_ ? transport_->active_queue(kRxQueue) : nullptr;
  return q && q->has_available();
}

void VirtioNet::receive(const uint8_t* frame, size_t len) {
  VirtQueue* q = transport_ ? transport_->active_queue(kRxQueue) : nullptr;
  VirtChain c;
  if (!q || !q->pop(c)) {
    ++stats_.rx_dropped;
    if (q) transport_->queue_done(kRxQueue);  // pop may have failed the queue
    return;
  }
  const size_t hl = hdr_len();
  if (c.writable_bytes() < hl) {
    q->fail("receive buffer of " + std::to_string(c.writable_bytes()) + " writable bytes cannot hold the " +
            std::to_string(hl) + "-byte virtio-net header");
    ++stats_.rx_dropped;
    transport_->queue_done(kRxQueue);
    return;
  }
  if (c.writable_bytes() < hl + len) {
    // Too small for this frame (the driver sized it for a smaller MTU):
    // the buffer goes back empty, which drivers count as a length error.
    ++stats_.rx_dropped;
    q->push(c, 0);
    transport_->queue_done(kRxQueue);
    return;
  }
  // The header: no checksum or segmentation offload; num_buffers = 1.
  buf_.assign(hl, 0);
  if (hl == kHdrLen) buf_[10] = 1;
  buf_.insert(buf_.end(), frame, frame + len);
  c.write(transport_->dma(), 0, buf_.data(), buf_.size());
  q->push(c, uint32_t(buf_.size()));
  ++stats_.rx_frames;
  io_.in(len);
  transport_->queue_done(kRxQueue);
}

void VirtioNet::transmit(VirtQueue& q) {
  const size_t hl = hdr_len();
  VirtChain c;
  while (q.pop(c)) {
    const uint64_t total = c.readable_bytes();
    if (total < hl) {
      q.fail("transmit chain of " + std::to_string(total) + " readable bytes is shorter than the " +
             std::to_string(hl) + "-byte virtio-net header");
      return;
    }
    const uint64_t len = total - hl;
    if (len > kMaxFrame) {
      ++stats_.tx_dropped;
    } else {
      buf_.resize(len);
      c.read(transport_->dma(), hl, buf_.data(), len);
      ++stats_.tx_frames;
      io_.out(len);
      if (tx_) tx_(buf_.data(), len);
    }
    // The used length of a transmit buffer is what the device wrote: 0.
    q.push(c, 0);
  }
}

void VirtioNet::process(unsigned queue, VirtQueue& q) {
  // Receive buffers are used as frames arrive (receive()); a notify on the
  // receive queue only says there are more of them.
  if (queue == kTxQueue) transmit(q);
}

void VirtioNet::save(StateWriter& w) const {
  w.put(mac_);
  w.put(stats_.rx_frames);
  w.put(stats_.rx_dropped);
  w.put(stats_.tx_frames);
  w.put(stats_.tx_dropped);
}

void VirtioNet::restore(StateReader& r) {
  r.get(mac_);
  r.get(stats_.rx_frames);
  r.get(stats_.rx_dropped);
  r.get(stats_.tx_frames);
  r.get(stats_.tx_dropped);
}

}  // namespace ttvm

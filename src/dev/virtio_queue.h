// A split virtqueue (virtio 1.x, 2.7) as the device side sees it: the
// descriptor table, the available ring the driver fills and the used ring the
// device fills, all in guest RAM. VirtQueue owns the device's private queue
// state (size, ring addresses, last_avail_idx, used idx, the event-index
// bookkeeping) and walks descriptor chains into VirtChains.
//
// Every ring, table and buffer address is checked against guest RAM through
// Dma before it is used; a malformed queue (address outside RAM, chain loop,
// zero-length buffer, readable after writable, ...) puts the queue into a
// failed state with a one-line reason, and the transport turns that into
// DEVICE_NEEDS_RESET. VirtQueue never touches host memory outside RAM and
// never throws on guest input.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "mem/dma.h"
#include "util/state.h"

namespace ttvm {

// One guest buffer of a chain, already checked to lie inside RAM.
struct VirtSegment {
  uint64_t addr;
  uint32_t len;
};

// A descriptor chain popped from the available ring: the device-readable
// buffers first, then the device-writable ones (the order the spec demands).
class VirtChain {
 public:
  uint16_t head = 0;  // descriptor index returned in the used ring
  std::vector<VirtSegment> readable;
  std::vector<VirtSegment> writable;

  void clear() {
    head = 0;
    readable.clear();
    writable.clear();
  }
  uint64_t readable_bytes() const;
  uint64_t writable_bytes() const;
  // Copy from the readable bytes starting at `offset` (a byte position in the
  // concatenation of readable buffers). Returns the number of bytes copied,
  // less than len when the readable part ends first.
  uint64_t read(const Dma& dma, uint64_t offset, void* out, uint64_t len) const;
  // Copy into the writable bytes starting at `offset`; returns bytes copied.
  uint64_t write(Dma& dma, uint64_t offset, const void* in, uint64_t len) const;
};

class VirtQueue {
 public:
  // QueueNumMax as QEMU reports it (VIRTQUEUE_MAX_SIZE), and the most
  // buffers one chain may have in total (direct and indirect).
  static constexpr uint16_t kMaxSize = 1024;

  // Descriptor flags and ring flags (virtio 1.x 2.7.5, 2.7.6, 2.7.8).
  static constexpr uint16_t kDescNext = 1, kDescWrite = 2, kDescIndirect = 4;
  static constexpr uint16_t kAvailNoInterrupt = 1;

  // `default_size` is the queue size used when the driver sets none (QEMU's
  // per-device queue size: 256 for virtio-blk, 8 for virtio-rng).
  VirtQueue(Dma& dma, uint16_t default_size);

  // Back to the power-on state: not ready, default size, all indices 0.
  void reset();

  // Start using the rings (QueueReady=1). size must be 1..kMaxSize. Returns
  // false and fails the queue when a ring does not lie inside RAM.
  bool enable(uint16_t size, uint64_t desc, uint64_t driver, uint64_t device);
  void disable() { ready_ = false; }
  bool ready() const { return ready_; }
  uint16_t size() const { return size_; }
  uint16_t default_size() const { return default_size_; }
  // VIRTIO_F_EVENT_IDX negotiated: write avail_event, honour used_event.
  void set_event_idx(bool on) { event_idx_ = on; }

  // The next available chain, validated. False when the ring is empty, the
  // queue is not ready, or it has failed (check failed()).
  bool pop(VirtChain& chain);
  // Whether the driver has made a chain available that pop() would take
  // (without taking it, and without failing the queue).
  bool has_available() const;
  // Return a chain to the driver with `len` bytes written into it.
  void push(const VirtChain& chain, uint32_t len);
  // Whether the driver wants an interrupt for what was pushed since the last
  // call (VIRTQ_AVAIL_F_NO_INTERRUPT, or used_event with event index).
  bool should_notify();
  // Whether used entries were pushed since the last should_notify().
  bool pushed_since_notify() const { return used_idx_ != signalled_used_; }

  // Device-detected malformed request: the queue stops until reset.
  void fail(std::string why);
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }

  uint16_t last_avail_idx() const { return last_avail_idx_; }
  uint16_t used_idx() const { return used_idx_; }
  uint64_t desc_addr() const { return desc_; }
  uint64_t driver_addr() const { return avail_; }
  uint64_t device_addr() const { return used_; }

  void save(StateWriter& w) const;
  void restore(StateReader& r);

 private:
  struct Desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags;
    uint16_t next;
  };
  bool read_desc(uint64_t table, uint32_t index, Desc& d);
  bool read_u16(uint64_t pa, uint16_t& v, const char* what);
  bool write_u16(uint64_t pa, uint16_t v, const char* what);

  Dma& dma_;
  uint16_t default_size_;
  uint16_t size_;
  bool ready_ = false;
  bool event_idx_ = false;
  uint64_t desc_ = 0, avail_ = 0, used_ = 0;
  uint16_t last_avail_idx_ = 0;
  uint16_t used_idx_ = 0;
  // used_idx_ at the last should_notify(); not valid before the first one,
  // which then always interrupts (event index, as QEMU).
  uint16_t signalled_used_ = 0;
  bool signalled_used_valid_ = false;
  std::string error_;
};

}  // namespace ttvm

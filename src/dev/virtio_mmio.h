// The virtio-mmio transport, version 2 ("modern", virtio 1.x 4.2), as on
// QEMU's virt board: one 0x1000-byte window per slot holding the register
// file (magic, version, device/vendor id, feature words, queue setup,
// notify, interrupt status/ack, status, config generation) and the device's
// configuration space at 0x100.
//
// VirtioMmio owns everything virtio has in common: feature negotiation, the
// device status and its reset, the split virtqueues and their interrupts
// (with event index), and the error state (DEVICE_NEEDS_RESET). What a
// device does with a request lives in a VirtioDevice (virtio_blk, virtio_rng)
// that it owns; with no VirtioDevice the slot is empty and reads as QEMU's
// empty slots do (magic, version, vendor, device id 0) so guests skip it.
//
// Queues are processed synchronously inside the QueueNotify write, so a
// request completes at the same instruction count on every run; no threads,
// no host clock. Work that starts on the device's side (a frame for
// virtio-net's receive queue, handed over by the machine between quanta)
// uses active_queue()/queue_done() instead. Guest misbehaviour never throws and never reaches host
// memory outside guest RAM: all guest memory goes through Dma.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dev/io_counters.h"
#include "dev/virtio_queue.h"
#include "mem/device.h"
#include "mem/dma.h"

namespace ttvm {

namespace virtio {
// Feature bits common to all devices (virtio 1.x 6).
constexpr unsigned kFIndirectDesc = 28;
constexpr unsigned kFEventIdx = 29;
constexpr unsigned kFVersion1 = 32;
constexpr unsigned kFAccessPlatform = 33;
// Device status bits (2.1).
constexpr uint32_t kStatusAcknowledge = 1, kStatusDriver = 2, kStatusDriverOk = 4, kStatusFeaturesOk = 8,
                   kStatusNeedsReset = 0x40, kStatusFailed = 0x80;
// InterruptStatus bits (4.2.2).
constexpr uint32_t kIntUsedBuffer = 1, kIntConfigChange = 2;
// Device ids (5).
constexpr uint32_t kIdNet = 1, kIdBlock = 2, kIdRng = 4;
}  // namespace virtio

// What a device sees of its transport.
class VirtioTransport {
 public:
  // Features the driver accepted (valid once FEATURES_OK was written).
  virtual uint64_t driver_features() const = 0;
  // The device's configuration changed: bump the config generation and
  // raise the configuration-change interrupt (once DRIVER_OK is set).
  virtual void config_changed() = 0;
  virtual Dma& dma() = 0;
  // For work that starts on the device's side rather than at a driver
  // notify (a network frame arriving): `queue` if the driver has set it up
  // and the device runs (DRIVER_OK, not in error), else null. After popping
  // and pushing on it, call queue_done().
  virtual VirtQueue* active_queue(unsigned queue) = 0;
  // What follows a notify's processing: the used-buffer interrupt if the
  // driver wants one, and DEVICE_NEEDS_RESET if the queue failed.
  virtual void queue_done(unsigned queue) = 0;

 protected:
  ~VirtioTransport() = default;
};

// A virtio device type (block, rng, ...) behind a transport.
class VirtioDevice {
 public:
  virtual ~VirtioDevice() = default;
  virtual const char* name() const = 0;  // "virtio-blk"
  virtual uint32_t device_id() const = 0;
  // Device-type feature bits; the transport adds VERSION_1, EVENT_IDX and
  // INDIRECT_DESC.
  virtual uint64_t features() const = 0;
  virtual unsigned num_queues() const = 0;
  // The queue size used when the driver does not set one (QEMU's).
  virtual uint16_t queue_size(unsigned queue) const = 0;
  // The configuration space: its length and current contents.
  virtual uint32_t config_size() const = 0;
  virtual void read_config(uint8_t* out) const = 0;
  // A driver write into the configuration space (bounds already checked).
  virtual void write_config(uint32_t /*offset*/, const uint8_t* /*data*/, unsigned /*len*/) {}
  // The driver notified `queue`: take chains with q.pop(), answer them with
  // q.push(); q.fail(why) for a malformed request (the device then needs a
  // reset). Called only for a ready queue of a device not in error.
  virtual void process(unsigned queue, VirtQueue& q) = 0;
  // Device reset (status 0 or machine reset). Backing storage is kept.
  virtual void reset() {}
  virtual void save(StateWriter& w) const = 0;
  virtual void restore(StateReader& r) = 0;

  void attach(VirtioTransport* t) { transport_ = t; }
  // Requests and bytes moved (dev/io_counters.h: not guest state).
  const IoCounters& io() const { return io_; }

 protected:
  VirtioTransport* transport_ = nullptr;
  IoCounters io_;
};

class VirtioMmio : public Device, public VirtioTransport {
 public:
  static constexpr uint64_t kSize = 0x1000;       // one slot's window
  static constexpr uint32_t kMagic = 0x74726976;  // "virt"
  static constexpr uint32_t kVersion = 2;
  static constexpr uint32_t kVendor = 0x554d4551;  // "QEMU", as QEMU's virt board
  static constexpr uint32_t kConfigOffset = 0x100;
  static constexpr uint32_t kMaxQueueSel = 1024;  // QueueSel values QEMU accepts

  using IrqLine = std::function<void(bool)>;
  using LogSink = std::function<void(const std::string&)>;

  // `device` may be null: an empty slot. The transport owns the device.
  VirtioMmio(Dma& dma, std::unique_ptr<VirtioDevice> device, IrqLine irq);
  ~VirtioMmio() override;

  const char* name() const override { return device_ ? device_->name() : "virtio-mmio"; }
  bool read(uint64_t offset, unsigned size, uint64_t& value) override;
  bool write(uint64_t offset, unsigned size, uint64_t value) override;
  void reset() override;
  void save(StateWriter& w) const override;
  void restore(StateReader& r) override;

  VirtioDevice* device() const { return device_.get(); }
  // Error lines go to `sink` (default: "ttvm: <label>: ..." on stderr).
  // The label defaults to the device name; a machine with several devices
  // of one kind can name the slot, e.g. "virtio-blk@0x10008000".
  void set_log(LogSink sink) { log_ = std::move(sink); }
  void set_label(std::string label) { label_ = std::move(label); }

  // VirtioTransport
  uint64_t driver_features() const override { return negotiated_; }
  void config_changed() override;
  Dma& dma() override { return dma_; }
  VirtQueue* active_queue(unsigned queue) override;
  void queue_done(unsigned queue) override;

  // For tests and diagnostics.
  uint32_t status() const { return status_; }
  uint32_t interrupt_status() const { return isr_; }
  bool broken() const { return broken_; }

 private:
  // Per-queue register values as the driver wrote them; they take effect at
  // QueueReady=1 (as QEMU's proxy keeps them).
  struct QueueRegs {
    uint32_t num = 0;
    uint32_t desc[2] = {0, 0}, driver[2] = {0, 0}, device[2] = {0, 0};
  };

  uint64_t offered_features() const;
  uint32_t read_reg(uint64_t offset);
  void write_reg(uint64_t offset, uint32_t value);
  uint64_t read_config(uint64_t offset, unsigned size);
  void write_config(uint64_t offset, unsigned size, uint64_t value);
  void set_status(uint32_t value);
  void soft_reset();  // status 0: the device resets, the driver's register values stay
  void notify(uint32_t queue);
  void enter_error(unsigned queue, const std::string& why);
  void update_irq();

  Dma& dma_;
  std::unique_ptr<VirtioDevice> device_;
  IrqLine irq_;
  LogSink log_;
  std::string label_;
  std::vector<VirtQueue> queues_;
  std::vector<QueueRegs> regs_;

  uint32_t device_features_sel_ = 0;
  uint32_t driver_features_sel_ = 0;
  uint32_t driver_features_[2] = {0, 0};
  uint64_t negotiated_ = 0;
  uint32_t queue_sel_ = 0;
  uint32_t status_ = 0;
  uint32_t isr_ = 0;
  uint32_t config_generation_ = 0;
  bool broken_ = false;
};

}  // namespace ttvm

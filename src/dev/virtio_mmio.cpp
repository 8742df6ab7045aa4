#include "dev/virtio_mmio.h"

#include <cstdio>
#include <cstring>

namespace ttvm {
namespace {

// Register offsets (virtio 1.x 4.2.2).
enum : uint64_t {
  kRegMagic = 0x000,
  kRegVersion = 0x004,
  kRegDeviceId = 0x008,
  kRegVendorId = 0x00c,
  kRegDeviceFeatures = 0x010,
  kRegDeviceFeaturesSel = 0x014,
  kRegDriverFeatures = 0x020,
  kRegDriverFeaturesSel = 0x024,
  kRegQueueSel = 0x030,
  kRegQueueNumMax = 0x034,
  kRegQueueNum = 0x038,
  kRegQueueReady = 0x044,
  kRegQueueNotify = 0x050,
  kRegInterruptStatus = 0x060,
  kRegInterruptAck = 0x064,
  kRegStatus = 0x070,
  kRegQueueDescLow = 0x080,
  kRegQueueDescHigh = 0x084,
  kRegQueueDriverLow = 0x090,
  kRegQueueDriverHigh = 0x094,
  kRegQueueDeviceLow = 0x0a0,
  kRegQueueDeviceHigh = 0x0a4,
  kRegShmSel = 0x0ac,
  kRegShmLenLow = 0x0b0,
  kRegShmLenHigh = 0x0b4,
  kRegShmBaseLow = 0x0b8,
  kRegShmBaseHigh = 0x0bc,
  kRegConfigGeneration = 0x0fc,
};

uint64_t join(const uint32_t v[2]) { return uint64_t(v[1]) << 32 | v[0]; }

}  // namespace

VirtioMmio::VirtioMmio(Dma& dma, std::unique_ptr<VirtioDevice> device, IrqLine irq)
    : dma_(dma), device_(std::move(device)), irq_(std::move(irq)) {
  if (device_) {
    device_->attach(this);
    label_ = device_->name();
    for (unsigned i = 0; i < device_->num_queues(); ++i) queues_.emplace_back(dma_, device_->queue_size(i));
    regs_.resize(queues_.size());
  } else {
    label_ = "virtio-mmio";
  }
  reset();
}

VirtioMmio::~VirtioMmio() = default;

uint64_t VirtioMmio::offered_features() const {
  if (!device_) return 0;
  return device_->features() | (1ull << virtio::kFVersion1) | (1ull << virtio::kFEventIdx) |
         (1ull << virtio::kFIndirectDesc);
}

void VirtioMmio::update_irq() {
  if (irq_) irq_(isr_ != 0);
}

void VirtioMmio::soft_reset() {
  if (device_) device_->reset();
  for (auto& q : queues_) q.reset();
  negotiated_ = 0;
  queue_sel_ = 0;
  status_ = 0;
  isr_ = 0;
  broken_ = false;
  update_irq();
}

void VirtioMmio::reset() {
  device_features_sel_ = driver_features_sel_ = 0;
  driver_features_[0] = driver_features_[1] = 0;
  for (auto& r : regs_) r = QueueRegs{};
  config_generation_ = 0;
  soft_reset();
}

bool VirtioMmio::read(uint64_t offset, unsigned size, uint64_t& value) {
  value = 0;
  if (!device_) {
    // An empty slot (as QEMU's): the probe finds a valid transport with
    // device id 0, which no driver claims.
    if (size == 4 && offset == kRegMagic) value = kMagic;
    if (size == 4 && offset == kRegVersion) value = kVersion;
    if (size == 4 && offset == kRegVendorId) value = kVendor;
    return true;
  }
  if (offset >= kConfigOffset) {
    if (size == 8) {
      value = read_config(offset - kConfigOffset, 4) | read_config(offset - kConfigOffset + 4, 4) << 32;
    } else {
      value = read_config(offset - kConfigOffset, size);
    }
    return true;
  }
  // Registers are 32 bits wide; other sizes read 0 and write nothing (QEMU).
  if (size == 4) value = read_reg(offset);
  return true;
}

bool VirtioMmio::write(uint64_t offset, unsigned size, uint64_t value) {
  if (!device_) return true;
  if (offset >= kConfigOffset) {
    write_config(offset - kConfigOffset, size, value);
    return true;
  }
  if (size == 4) write_reg(offset, uint32_t(value));
  return true;
}

uint64_t VirtioMmio::read_config(uint64_t offset, unsigned size) {
  const uint32_t len = device_->config_size();
  // Beyond the configuration space: all ones (QEMU).
  if (offset + size > len) return size == 8 ? ~0ull : (1ull << (8 * size)) - 1;
  std::vector<uint8_t> cfg(len);
  device_->read_config(cfg.data());
  uint64_t v = 0;
  std::memcpy(&v, cfg.data() + offset, size);
  return v;
}

void VirtioMmio::write_config(uint64_t offset, unsigned size, uint64_t value) {
  if (offset + size > device_->config_size()) return;
  uint8_t bytes[8];
  std::memcpy(bytes, &value, 8);
  device_->write_config(uint32_t(offset), bytes, size);
}

uint32_t VirtioMmio::read_reg(uint64_t offset) {
  const bool have_queue = queue_sel_ < queues_.size();
  switch (offset) {
    case kRegMagic: return kMagic;
    case kRegVersion: return kVersion;
    case kRegDeviceId: return device_->device_id();
    case kRegVendorId: return kVendor;
    case kRegDeviceFeatures: return uint32_t(offered_features() >> (32 * device_features_sel_));
    case kRegQueueNumMax: return have_queue ? VirtQueue::kMaxSize : 0;
    case kRegQueueReady: return have_queue && queues_[queue_sel_].ready();
    case kRegInterruptStatus: return isr_;
    case kRegStatus: return status_;
    // No shared memory regions: a length of ~0 says so (QEMU, Linux).
    case kRegShmLenLow:
    case kRegShmLenHigh: return 0xffffffff;
    case kRegConfigGeneration: return config_generation_;
    default: return 0;  // write-only and unknown registers read 0 (QEMU)
  }
}

void VirtioMmio::write_reg(uint64_t offset, uint32_t value) {
  QueueRegs* qr = queue_sel_ < queues_.size() ? &regs_[queue_sel_] : nullptr;
  switch (offset) {
    case kRegDeviceFeaturesSel: device_features_sel_ = value ? 1 : 0; break;
    case kRegDriverFeatures: driver_features_[driver_features_sel_] = value; break;
    case kRegDriverFeaturesSel: driver_features_sel_ = value ? 1 : 0; break;
    case kRegQueueSel:
      if (value < kMaxQueueSel) queue_sel_ = value;
      break;
    case kRegQueueNum:
      if (qr) qr->num = value;
      break;
    case kRegQueueReady:
      if (!qr) break;
      if (value) {
        VirtQueue& q = queues_[queue_sel_];
        // A size out of range leaves the current one (QEMU).
        const uint16_t n = (qr->num >= 1 && qr->num <= VirtQueue::kMaxSize) ? uint16_t(qr->num) : q.size();
        if (!q.enable(n, join(qr->desc), join(qr->driver), join(qr->device))) enter_error(queue_sel_, q.error());
        // Fixed here, once: looking at a queue must never change its state
        // (the machine asks a card whether it can receive at host-chosen
        // moments, which must not show in the device's state).
        q.set_event_idx(negotiated_ & (1ull << virtio::kFEventIdx));
      } else {
        queues_[queue_sel_].disable();
      }
      break;
    case kRegQueueNotify: notify(value); break;
    case kRegInterruptAck:
      isr_ &= ~value;
      update_irq();
      break;
    case kRegStatus: set_status(value); break;
    case kRegQueueDescLow:
      if (qr) qr->desc[0] = value;
      break;
    case kRegQueueDescHigh:
      if (qr) qr->desc[1] = value;
      break;
    case kRegQueueDriverLow:
      if (qr) qr->driver[0] = value;
      break;
    case kRegQueueDriverHigh:
      if (qr) qr->driver[1] = value;
      break;
    case kRegQueueDeviceLow:
      if (qr) qr->device[0] = value;
      break;
    case kRegQueueDeviceHigh:
      if (qr) qr->device[1] = value;
      break;
    default: break;  // read-only, SHMSel and unknown registers ignore writes
  }
}

void VirtioMmio::set_status(uint32_t value) {
  value &= 0xff;
  if (value == 0) {
    soft_reset();
    return;
  }
  // The features take effect when FEATURES_OK is first set; bits the device
  // did not offer are dropped. FEATURES_OK is accepted whatever the driver
  // chose, VERSION_1 or not (QEMU does the same).
  if ((value & virtio::kStatusFeaturesOk) && !(status_ & virtio::kStatusFeaturesOk)) {
    negotiated_ = join(driver_features_) & offered_features();
    for (auto& q : queues_) q.set_event_idx(negotiated_ & (1ull << virtio::kFEventIdx));
  }
  status_ = value | (broken_ ? virtio::kStatusNeedsReset : 0);
}

void VirtioMmio::notify(uint32_t queue) {
  if (broken_ || queue >= queues_.size()) return;
  VirtQueue& q = queues_[queue];
  if (!q.ready()) return;
  device_->process(queue, q);
  queue_done(queue);
}

VirtQueue* VirtioMmio::active_queue(unsigned queue) {
  if (!device_ || broken_ || !(status_ & virtio::kStatusDriverOk) || queue >= queues_.size()) return nullptr;
  VirtQueue& q = queues_[queue];
  if (!q.ready()) return nullptr;
  return &q;
}

void VirtioMmio::queue_done(unsigned queue) {
  if (queue >= queues_.size()) return;
  VirtQueue& q = queues_[queue];
  if (q.pushed_since_notify() && q.should_notify()) {
    isr_ |= virtio::kIntUsedBuffer;
    update_irq();
  }
  if (q.failed()) enter_error(queue, q.error());
}

void VirtioMmio::config_changed() {
  if (!(status_ & virtio::kStatusDriverOk)) return;
  ++config_generation_;
  isr_ |= virtio::kIntConfigChange;
  update_irq();
}

void VirtioMmio::enter_error(unsigned queue, const std::string& why) {
  if (broken_) return;
  broken_ = true;
  status_ |= virtio::kStatusNeedsReset;
  const std::string line = label_ + ": queue " + std::to_string(queue) + ": " + why + "; the device needs a reset";
  if (log_)
    log_(line);
  else
    std::fprintf(stderr, "ttvm: %s\n", line.c_str());
  config_changed();
}

void VirtioMmio::save(StateWriter& w) const {
  w.put<uint32_t>(uint32_t(queues_.size()));
  w.put(device_features_sel_);
  w.put(driver_features_sel_);
  w.put(driver_features_[0]);
  w.put(driver_features_[1]);
  w.put(negotiated_);
  w.put(queue_sel_);
  w.put(status_);
  w.put(isr_);
  w.put(config_generation_);
  w.put<uint8_t>(broken_);
  for (size_t i = 0; i < queues_.size(); ++i) {
    w.put(regs_[i]);
    queues_[i].save(w);
  }
  if (device_) device_->save(w);
}

void VirtioMmio::restore(StateReader& r) {
  const uint32_t n = r.get<uint32_t>();
  if (n != queues_.size())
    throw UserError("machine state: " + label_ + " with " + std::to_string(n) + " queues where " +
                    std::to_string(queues_.size()) + " were expected");
  r.get(device_features_sel_);
  r.get(driver_features_sel_);
  r.get(driver_features_[0]);
  r.get(driver_features_[1]);
  r.get(negotiated_);
  r.get(queue_sel_);
  r.get(status_);
  r.get(isr_);
  r.get(config_generation_);
  broken_ = r.get<uint8_t>() != 0;
  if (device_features_sel_ > 1 || driver_features_sel_ > 1 || queue_sel_ >= kMaxQueueSel)
    throw UserError("machine state: " + label_ + ": selector register out of range");
  for (size_t i = 0; i < queues_.size(); ++i) {
    r.get(regs_[i]);
    queues_[i].restore(r);
  }
  if (device_) device_->restore(r);
  update_irq();
}

}  // namespace ttvm

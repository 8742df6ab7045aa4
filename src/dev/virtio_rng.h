// virtio-rng (virtio 1.x 5.4): one queue of device-writable buffers that the
// device fills with random bytes from an EntropySource. The source is the
// port through which host randomness enters (DESIGN.md core contract 3); the
// device never reads the host itself. No features, no configuration space,
// and no state beyond the transport's.
#pragma once
#include <cstdint>
#include <vector>

#include "dev/entropy.h"
#include "dev/virtio_mmio.h"

namespace ttvm {

class VirtioRng : public VirtioDevice {
 public:
  static constexpr uint16_t kQueueSize = 8;  // QEMU's
  // The most bytes given for one request; the driver asks again for more.
  static constexpr uint32_t kMaxRequest = 64 * 1024;

  explicit VirtioRng(EntropySource& source) : source_(source) {}

  const char* name() const override { return "virtio-rng"; }
  uint32_t device_id() const override { return virtio::kIdRng; }
  uint64_t features() const override { return 0; }
  unsigned num_queues() const override { return 1; }
  uint16_t queue_size(unsigned) const override { return kQueueSize; }
  uint32_t config_size() const override { return 0; }
  void read_config(uint8_t*) const override {}
  void process(unsigned queue, VirtQueue& q) override;
  void save(StateWriter&) const override {}
  void restore(StateReader&) override {}

 private:
  EntropySource& source_;
  std::vector<uint8_t> buf_;
};

}  // namespace ttvm

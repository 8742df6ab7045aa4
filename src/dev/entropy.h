// Where virtio-rng's random bytes come from. Random bytes are host input
// the guest can observe, so they must enter through a port (DESIGN.md core
// contract 3): devices take an EntropySource and never read host randomness
// themselves. HostEntropy is the live backend (getrandom); the record/replay
// layer wraps a source so that replay hands back the recorded bytes at the
// same instruction count.
#pragma once
#include <cstddef>
#include <cstdint>

namespace ttvm {

class EntropySource {
 public:
  virtual ~EntropySource();
  // Fill p[0..n) with random bytes. Called only from device processing, at a
  // point fixed by the guest's instruction stream.
  virtual void fill(uint8_t* p, size_t n) = 0;
};

// The host's randomness (getrandom(2)). Throws std::system_error if the
// host cannot supply it.
class HostEntropy : public EntropySource {
 public:
  void fill(uint8_t* p, size_t n) override;
};

}  // namespace ttvm

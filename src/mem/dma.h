// Device access to guest RAM (DMA), for virtio and anything else that reads
// or writes guest memory on its own. Every access is bounds-checked against
// RAM: an address or length outside it is refused (the device then enters
// its error state), so no guest-supplied address can reach host memory
// outside the guest's RAM. Writes go through Ram's write door, exactly as a
// hart's store does (code invalidation, checkpoint write tracking).
#pragma once
#include <cstdint>
#include <cstring>

#include "mem/ram.h"

namespace ttvm {

class Dma {
 public:
  explicit Dma(Ram& ram) : ram_(ram) {}

  bool valid(uint64_t pa, uint64_t len) const { return ram_.contains(pa, len); }
  bool read(uint64_t pa, void* out, uint64_t len) const {
    if (!ram_.contains(pa, len)) return false;
    std::memcpy(out, ram_.host(pa), len);
    return true;
  }
  bool write(uint64_t pa, const void* in, uint64_t len) {
    if (!ram_.contains(pa, len)) return false;
    ram_.write(pa, in, len);
    return true;
  }
  template <typename T>
  bool read_obj(uint64_t pa, T& v) const { return read(pa, &v, sizeof(T)); }
  template <typename T>
  bool write_obj(uint64_t pa, const T& v) { return write(pa, &v, sizeof(T)); }

 private:
  Ram& ram_;
};

}  // namespace ttvm

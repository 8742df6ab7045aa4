#include "dev/virtio_rng.h"

#include <algorithm>

namespace ttvm {

void VirtioRng::process(unsigned, VirtQueue& q) {
  VirtChain c;
  while (q.pop(c)) {
    const uint32_t n = uint32_t(std::min<uint64_t>(c.writable_bytes(), kMaxRequest));
    buf_.resize(n);
    if (n) source_.fill(buf_.data(), n);
    c.write(transport_->dma(), 0, buf_.data(), n);
    q.push(c, n);
    io_.in(n);
  }
}

}  // namespace ttvm

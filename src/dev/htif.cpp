#include "dev/htif.h"

#include <cstdio>
#include <cstring>

namespace ttvm {

std::optional<int> Htif::on_write(uint64_t pa, unsigned size) {
  if (pa + size <= tohost_ || pa >= tohost_ + 8) return std::nullopt;
  uint64_t v;
  std::memcpy(&v, ram_.host(tohost_), 8);
  if (v == 0) return std::nullopt;
  const uint64_t device = v >> 56, cmd = (v >> 48) & 0xff, payload = v & ((1ull << 48) - 1);
  if (device == 0 && cmd == 0) {
    if (payload & 1) return int(payload >> 1);
    // An even payload is a pointer to a proxied system call, which needs a
    // host-side front end that ttvm does not have.
    std::fprintf(stderr, "ttvm: HTIF system call proxy (tohost=0x%llx) is not supported\n",
                 static_cast<unsigned long long>(v));
    return 1;
  }
  if (device == 1 && cmd == 1) {
    if (out_) out_(uint8_t(payload));
    const uint64_t zero = 0, ack = (device << 56) | (cmd << 48);
    ram_.write(tohost_, &zero, 8);
    if (ram_.contains(fromhost_, 8)) ram_.write(fromhost_, &ack, 8);
    return std::nullopt;
  }
  // Other devices/commands (e.g. console input) are not offered: leave the
  // request pending as a host without them would.
  return std::nullopt;
}

}  // namespace ttvm

#include "dev/entropy.h"

#include <sys/random.h>

#include <cerrno>
#include <system_error>

namespace ttvm {

EntropySource::~EntropySource() = default;

void HostEntropy::fill(uint8_t* p, size_t n) {
  while (n > 0) {
    const ssize_t r = getrandom(p, n, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      throw std::system_error(errno, std::generic_category(), "getrandom");
    }
    p += r;
    n -= size_t(r);
  }
}

}  // namespace ttvm

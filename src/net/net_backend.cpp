#include "net/net_backend.h"

namespace ttvm {

NetBackend::~NetBackend() = default;

void NetBackend::poll_now() {
  std::vector<pollfd> fds;
  int timeout = 0;
  fill_pollfds(fds, timeout);
  const int r = fds.empty() ? 0 : ::poll(fds.data(), fds.size(), 0);
  dispatch(fds, r < 0);
}

}  // namespace ttvm

// The machine's input ports (DESIGN.md core contract 3): console, network,
// entropy and control input, taken from the host (live, record: and
// logged) or from the log (replay), and delivered to their devices.
#include <poll.h>

#include <cstring>

#include "machine/machine.h"
#include "net/slirp_backend.h"
#include "record/recorder.h"
#include "record/replayer.h"

namespace ttvm {

void Machine::take_inputs() {
  const TimePoint now = here();
  if (replayer_) {
    while (const Event* e = replayer_->peek_boundary()) {
      if (e->at.before(now))
        throw Divergence(now.icount, std::string("the machine went past a logged ") + port_name(e->port) +
                                         " event at icount " + std::to_string(e->at.icount) + " without stopping there");
      if (!(e->at == now)) break;
      if (e->port == Port::kEnd) {
        if (hold_at_end_) return;  // time travel: stay at the end of history
        // The recording ended here (the guest exited, or the user or a
        // debugger ended the run): so does the replay. The caller checks
        // the final state.
        const auto v = decode_values(e->data);
        request_exit(int(int64_t(v ? find_value(*v, "exit").value_or(0) : 0)));
        return;
      }
      if (e->port == Port::kDigest) {
        const auto recorded = decode_values(e->data);
        if (!recorded) throw Divergence(now.icount, "a logged digest is malformed");
        const std::string diff = first_difference(*recorded, state_values());
        if (!diff.empty()) throw Divergence(now.icount, diff);
      } else {
        inject(e->port, e->data.data(), e->data.size());
      }
      replayer_->pop_boundary();
    }
    return;
  }
  take_host_inputs(false);
  if (recorder_ && recorder_->digest_due(now)) recorder_->digest(now, state_values());
}

bool Machine::take_quit() {
  if (console_in_ && console_in_->quit_requested()) request_quit(0);
  if (quit_flag_ && *quit_flag_) request_quit(128 + *quit_flag_);
  if (quit_status_ < 0) return false;
  const uint8_t st = uint8_t(quit_status_);
  if (recorder_) recorder_->input(here(), Port::kControl, &st, 1);
  inject(Port::kControl, &st, 1);
  quit_status_ = -1;
  return true;
}

bool Machine::take_host_inputs(bool idle) {
  if (take_quit()) return true;
  if ((!console_in_ && net_.empty()) || (!idle && (++rounds_ & 63) != 0)) return false;
  const bool received = poll_net();
  if (!console_in_) return received;
  uint8_t buf[Uart16550::kFifoSize];
  const size_t n = console_in_->poll(buf, uart_->rx_room());
  if (n) {
    if (recorder_) recorder_->input(here(), Port::kConsole, buf, n);
    inject(Port::kConsole, buf, n);
  }
  // Ctrl-A x may have come with these bytes.
  return take_quit() || n != 0 || received;
}

void Machine::open_net_backends() {
  for (unsigned i = 0; i < net_.size(); ++i)
    for (const auto& n : cfg_.netdevs)
      if (n.id == net_[i].netdev) set_net_backend(i, std::make_unique<SlirpBackend>(n));
}

void Machine::set_net_backend(unsigned i, std::unique_ptr<NetBackend> b) {
  NetCard& c = net_.at(i);
  c.backend = std::move(b);
  NetBackend* to = c.backend.get();
  if (to)
    c.dev->set_tx_sink([to](const uint8_t* frame, size_t len) { to->send(frame, len); });
  else
    c.dev->set_tx_sink(nullptr);
}

bool Machine::net_connected() const {
  for (const auto& c : net_)
    if (c.backend) return true;
  return false;
}

// The network input port's seam: the frame's bytes are the whole input.
void Machine::net_input(unsigned i, const uint8_t* frame, size_t len) { net_[i].dev->receive(frame, len); }

bool Machine::poll_net() {
  bool any = false;
  for (unsigned i = 0; i < net_.size(); ++i) {
    NetCard& c = net_[i];
    if (!c.backend) continue;
    c.backend->poll_now();
    // Frames wait on the host side until the driver has buffers for them.
    while (c.dev->can_receive() && c.backend->take_frame(net_frame_)) {
      if (recorder_) {
        // The net port's event: the card's index, then the frame.
        net_frame_.insert(net_frame_.begin(), uint8_t(i));
        recorder_->input(here(), Port::kNet, net_frame_.data(), net_frame_.size());
        net_input(i, net_frame_.data() + 1, net_frame_.size() - 1);
      } else {
        net_input(i, net_frame_.data(), net_frame_.size());
      }
      any = true;
    }
  }
  return any;
}

void Machine::wait_for_host_input(int timeout_ms) {
  std::vector<pollfd> fds;
  if (console_in_) fds.push_back(pollfd{console_in_->fd(), POLLIN, 0});
  for (auto& c : net_)
    if (c.backend) c.backend->fill_pollfds(fds, timeout_ms);
  const int r = ::poll(fds.data(), fds.size(), timeout_ms);
  for (auto& c : net_)
    if (c.backend) c.backend->dispatch(fds, r < 0);
}

void Machine::inject(Port p, const uint8_t* data, size_t n) {
  switch (p) {
    case Port::kConsole:
      for (size_t i = 0; i < n; ++i) uart_->push_input(data[i]);
      break;
    case Port::kNet:
      if (n == 0 || data[0] >= net_.size() || !net_[data[0]].dev->can_receive())
        throw Divergence(icount(), "the log has a network frame for card " + std::to_string(n ? data[0] : 0) +
                                       ", which has no receive buffer posted at this point");
      net_input(data[0], data + 1, n - 1);
      break;
    case Port::kControl:
      request_exit(n ? data[0] : 0);
      break;
    case Port::kDebugger: {
      Recorder* rec = recorder_;
      recorder_ = nullptr;  // replaying it: not logged again
      const bool ok = debugger_input(std::vector<uint8_t>(data, data + n));
      recorder_ = rec;
      if (!ok) throw Divergence(icount(), "a logged debugger write cannot be applied here");
      break;
    }
    default:
      throw Divergence(icount(), std::string("the log has a ") + port_name(p) + " input this machine has no device for");
  }
}

void Machine::fill(uint8_t* p, size_t n) {
  if (replayer_) {
    const Event& e = replayer_->take(Port::kEntropy, here(), n);
    std::memcpy(p, e.data.data(), n);
    return;
  }
  host_entropy_.fill(p, n);
  if (recorder_) recorder_->input(here(), Port::kEntropy, p, n);
}

}  // namespace ttvm

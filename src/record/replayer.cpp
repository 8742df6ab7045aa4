#include "record/replayer.h"

namespace ttvm {

Replayer::Replayer(LogContents log) : log_(std::move(log)) {
  skip_sync();
  while (sync_pos_ < log_.events.size() && !is_sync(log_.events[sync_pos_].port)) ++sync_pos_;
}

void Replayer::skip_sync() {
  while (boundary_pos_ < log_.events.size() && is_sync(log_.events[boundary_pos_].port)) ++boundary_pos_;
}

const Event* Replayer::peek_boundary() const {
  return boundary_pos_ < log_.events.size() ? &log_.events[boundary_pos_] : nullptr;
}

void Replayer::pop_boundary() {
  ++boundary_pos_;
  skip_sync();
}

const Event& Replayer::take(Port p, const TimePoint& at, size_t n) {
  if (sync_pos_ >= log_.events.size())
    throw Divergence(at.icount, std::string("the guest asked for ") + port_name(p) +
                                    " input the recording does not have (no more " + port_name(p) + " events)");
  const Event& e = log_.events[sync_pos_];
  if (!(e.at == at) || e.data.size() != n)
    throw Divergence(at.icount, std::string("the guest asked for ") + std::to_string(n) + " bytes of " + port_name(p) +
                                    " input; the recording has " + std::to_string(e.data.size()) + " at icount " +
                                    std::to_string(e.at.icount));
  ++sync_pos_;
  while (sync_pos_ < log_.events.size() && !is_sync(log_.events[sync_pos_].port)) ++sync_pos_;
  return e;
}

}  // namespace ttvm

#include "record/replayer.h"

namespace ttvm {

Replayer::Replayer(LogContents log) : log_(std::move(log)), events_(&log_.events) {
  skip_sync();
  next_sync();
}

Replayer::Replayer(const std::vector<Event>* events) : events_(events) {
  skip_sync();
  next_sync();
}

void Replayer::skip_sync() {
  while (boundary_pos_ < events_->size() && is_sync((*events_)[boundary_pos_].port)) ++boundary_pos_;
}

void Replayer::next_sync() {
  while (sync_pos_ < events_->size() && !is_sync((*events_)[sync_pos_].port)) ++sync_pos_;
}

const Event* Replayer::peek_boundary() const {
  // The list may have grown since the last look (a live recording).
  auto* self = const_cast<Replayer*>(this);
  self->skip_sync();
  return boundary_pos_ < events_->size() ? &(*events_)[boundary_pos_] : nullptr;
}

void Replayer::pop_boundary() {
  ++boundary_pos_;
  skip_sync();
}

void Replayer::set_position(Position p) {
  boundary_pos_ = size_t(std::min<uint64_t>(p.boundary, events_->size()));
  sync_pos_ = size_t(std::min<uint64_t>(p.sync, events_->size()));
  skip_sync();
  next_sync();
}

Replayer::Position Replayer::position_at(const TimePoint& at) const {
  Position p{events_->size(), events_->size()};
  bool have_b = false, have_s = false;
  for (size_t i = 0; i < events_->size() && !(have_b && have_s); ++i) {
    const Event& e = (*events_)[i];
    if (e.at.before(at)) continue;
    if (is_sync(e.port)) {
      if (!have_s) p.sync = i, have_s = true;
    } else if (!have_b) {
      p.boundary = i, have_b = true;
    }
  }
  return p;
}

const Event& Replayer::take(Port p, const TimePoint& at, size_t n) {
  next_sync();
  if (sync_pos_ >= events_->size())
    throw Divergence(at.icount, std::string("the guest asked for ") + port_name(p) +
                                    " input the recording does not have (no more " + port_name(p) + " events)");
  const Event& e = (*events_)[sync_pos_];
  if (!(e.at == at) || e.data.size() != n)
    throw Divergence(at.icount, std::string("the guest asked for ") + std::to_string(n) + " bytes of " + port_name(p) +
                                    " input; the recording has " + std::to_string(e.data.size()) + " at icount " +
                                    std::to_string(e.at.icount));
  ++sync_pos_;
  next_sync();
  return e;
}

}  // namespace ttvm

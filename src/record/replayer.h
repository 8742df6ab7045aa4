// Log mode's input source: hands the machine the logged inputs at the points
// they were recorded. Inputs taken at boundaries (console, network, control)
// and the recorder's digests come from peek()/pop() when the machine stands
// at their point; inputs a device asks for in the middle of an instruction
// (entropy) come from take(), which checks the point and the size.
//
// The position in the log can be saved and set (checkpoints, goto), and the
// events may belong to someone else: a live recording replays its own
// history from the Recorder's list, which grows while the replayer exists.
#pragma once
#include <cstdint>
#include <string>

#include "record/divergence.h"
#include "record/event.h"
#include "record/log_reader.h"

namespace ttvm {

class Replayer {
 public:
  explicit Replayer(LogContents log);
  // Replays `events`, owned by the caller (a recorder still appending).
  explicit Replayer(const std::vector<Event>* events);

  // The next event delivered at a boundary (anything but entropy), or null.
  const Event* peek_boundary() const;
  void pop_boundary();
  // The next entropy event; throws Divergence unless it is at `at` and
  // holds exactly `n` bytes.
  const Event& take(Port p, const TimePoint& at, size_t n);

  // Whether the log ends with the recorder's end event (else it is a prefix).
  bool complete() const { return !events_->empty() && events_->back().port == Port::kEnd; }
  // The point of the last logged event: a prefix replays up to here.
  TimePoint horizon() const { return events_->empty() ? TimePoint{} : events_->back().at; }
  const LogContents& log() const { return log_; }
  const std::vector<Event>& events() const { return *events_; }
  bool done() const { return boundary_pos_ >= events_->size(); }

  // Where the replayer stands in the log: the next boundary and entropy
  // events (indices into events()).
  struct Position {
    uint64_t boundary = 0, sync = 0;
    bool operator==(const Position&) const = default;
  };
  Position position() const { return {boundary_pos_, sync_pos_}; }
  void set_position(Position p);
  // The position a replay from power-on has at `at` (before the events at
  // `at` are delivered): for a machine that was restored to that point.
  Position position_at(const TimePoint& at) const;

 private:
  static bool is_sync(Port p) { return p == Port::kEntropy; }
  void skip_sync();
  void next_sync();

  LogContents log_;
  const std::vector<Event>* events_;
  size_t boundary_pos_ = 0;  // next boundary event
  size_t sync_pos_ = 0;      // next entropy event
};

}  // namespace ttvm

// Replay mode: hands the machine the logged inputs at the points they were
// recorded. Inputs taken at boundaries (console, network, control) and the
// recorder's digests come from peek()/pop() when the machine stands at
// their point; inputs a device asks for in the middle of an instruction
// (entropy) come from take(), which checks the point and the size.
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

  // The next event delivered at a boundary (anything but entropy), or null.
  const Event* peek_boundary() const;
  void pop_boundary();
  // The next entropy event; throws Divergence unless it is at `at` and
  // holds exactly `n` bytes.
  const Event& take(Port p, const TimePoint& at, size_t n);

  // Whether the log ends with the recorder's end event (else it is a prefix).
  bool complete() const { return !log_.events.empty() && log_.events.back().port == Port::kEnd; }
  // The point of the last logged event: a prefix replays up to here.
  TimePoint horizon() const { return log_.events.empty() ? TimePoint{} : log_.events.back().at; }
  const LogContents& log() const { return log_; }
  bool done() const { return boundary_pos_ >= log_.events.size(); }

 private:
  static bool is_sync(Port p) { return p == Port::kEntropy; }
  void skip_sync();

  LogContents log_;
  size_t boundary_pos_ = 0;  // next boundary event
  size_t sync_pos_ = 0;      // next entropy event
};

}  // namespace ttvm

// Record mode: writes a recording directory (manifest + event log) while the
// machine runs. The machine hands it each host input it takes, at the point
// it takes it, and a state digest whenever digest_due() says so; the
// recorder decides chunking and flushing (at least once a second of wall
// time, and before the machine blocks on host input).
#pragma once
#include <array>
#include <chrono>
#include <cstdint>
#include <string>

#include "record/event.h"
#include "record/log_writer.h"
#include "record/manifest.h"
#include "record/named_values.h"

namespace ttvm {

class Recorder {
 public:
  // A digest at least every this many instructions and inputs.
  static constexpr uint64_t kDigestInsns = 10'000'000;
  static constexpr unsigned kDigestEvents = 64;

  // Creates `dir` (or reuses an existing recording there; refuses any other
  // non-empty directory), writes the manifest and starts the log.
  Recorder(const std::string& dir, const Manifest& m);

  void input(const TimePoint& at, Port p, const uint8_t* data, size_t n);
  // At an input boundary: whether the machine should log a digest now.
  bool digest_due(const TimePoint& at);
  void digest(const TimePoint& at, const NamedValues& v);
  // The machine is about to block on host input: make everything logged
  // so far durable (with a digest at `at`, so a prefix ends checkably).
  bool needs_sync() const { return log_.has_pending(); }
  void sync(const TimePoint& at, const NamedValues& v);
  // The run ended at `at`; `v` holds the exit status and the full digest.
  void end(const TimePoint& at, const NamedValues& v);

  uint64_t log_bytes() const { return log_.file_bytes(); }
  // Everything logged so far, in order: a live session replays its own
  // history from it (Replayer over events()) when it goes back in time.
  const std::vector<Event>* events() const { return &history_; }
  uint64_t events(Port p) const { return counts_[uint8_t(p)]; }
  const std::string& log_path() const { return log_path_; }

 private:
  void count(Port p) { ++counts_[uint8_t(p)]; }
  void keep(const TimePoint& at, Port p, const uint8_t* data, size_t n) {
    history_.push_back(Event{at, p, std::vector<uint8_t>(data, data + n)});
  }

  std::string log_path_;
  LogWriter log_;
  uint64_t last_digest_icount_ = 0;
  unsigned inputs_since_digest_ = 0;
  std::chrono::steady_clock::time_point last_flush_ = std::chrono::steady_clock::now();
  std::array<uint64_t, 256> counts_{};
  std::vector<Event> history_;
};

// The files of a recording directory.
std::string manifest_path(const std::string& dir);
std::string log_path(const std::string& dir);

}  // namespace ttvm

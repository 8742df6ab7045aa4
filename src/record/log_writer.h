// Appends events to a log file in checksummed, zstd-compressed chunks.
// Within a chunk each event is: varint icount delta, varint time-offset
// delta (both from the previous event of the chunk, the first from 0), port
// byte, varint length, payload.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "record/event.h"

namespace ttvm {

class LogWriter {
 public:
  // Creates (truncates) `path` and writes the file header.
  explicit LogWriter(const std::string& path);
  ~LogWriter();
  LogWriter(const LogWriter&) = delete;
  LogWriter& operator=(const LogWriter&) = delete;

  void append(const Event& e);
  void append(const TimePoint& at, Port port, const uint8_t* data, size_t n);
  // Writes the chunk being built, if it holds any event.
  void flush();
  bool has_pending() const { return events_ != 0; }
  uint64_t file_bytes() const { return file_bytes_; }

 private:
  void write_all(const uint8_t* p, size_t n);

  std::string path_;
  int fd_ = -1;
  std::vector<uint8_t> raw_;
  uint32_t events_ = 0;
  TimePoint prev_;
  uint64_t file_bytes_ = 0;
};

}  // namespace ttvm

// Reads a whole event log, checking every chunk. A log that is cut short or
// damaged yields the events of its good chunks plus a description of where
// and why reading stopped: replay then runs that prefix.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "record/event.h"

namespace ttvm {

struct LogContents {
  std::vector<Event> events;  // in log order, from every good chunk
  uint64_t file_bytes = 0;
  unsigned good_chunks = 0;
  // Empty when the log ends cleanly after a whole chunk; else e.g.
  // "chunk 4 at offset 9120: checksum mismatch (corrupt data)".
  std::string damage;
};

// Throws UserError when the file cannot be read, is not an event log, or
// has a version this ttvm does not read.
LogContents read_log(const std::string& path);

}  // namespace ttvm

// Unwind information for translated code, so that a C++ exception thrown
// by an instruction's semantics called from a translation (a replay
// divergence, a disk block the recording does not hold, a host I/O error)
// passes through the translated frames to the run loop's callers, as it
// does from the interpreter. Without it the unwinder finds no frame
// description for the translated code and the process terminates.
//
// Every translation has one frame layout (translate.cpp's prologue) and
// calls out only once that frame is complete, so one description covers a
// whole code region, registered with the host unwinder while it lives.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace ttvm {

class JitUnwindInfo {
 public:
  JitUnwindInfo() = default;
  ~JitUnwindInfo();
  JitUnwindInfo(const JitUnwindInfo&) = delete;
  JitUnwindInfo& operator=(const JitUnwindInfo&) = delete;

  // Describes [begin, begin + size) to the unwinder (once).
  void cover(const void* begin, size_t size);

 private:
  std::vector<uint8_t> eh_frame_;  // CIE, FDE, terminator: must outlive the registration
};

}  // namespace ttvm

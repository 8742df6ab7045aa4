// The guest's console output on stdout, written through line by line so
// that it interleaves sensibly with ttvm's own messages on stderr, and so
// that a guest printing byte by byte does not cost a write(2) per byte.
// A partial line (a shell prompt) must not wait for its newline forever: the
// scheduler calls flush_if_stale() between slices, and bytes that have been
// pending for kMaxHoldNs of wall time go out then. Only host-side timing is
// involved: what the guest sees never depends on when its output is written.
#pragma once
#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace ttvm {

class ConsoleOut {
 public:
  // Long enough to gather a burst of output into one write, short enough
  // that a person (or expect) sees a prompt at once.
  static constexpr int64_t kMaxHoldNs = 20'000'000;

  void put(uint8_t c) {
    if (n_ == 0) first_pending_ns_ = now_ns();
    buf_[n_++] = char(c);
    if (c == '\n' || n_ == sizeof buf_) flush();
  }
  // Cheap when nothing is pending (no clock read): called every slice.
  void flush_if_stale() {
    if (n_ != 0 && now_ns() - first_pending_ns_ >= kMaxHoldNs) flush();
  }
  void flush() {
    size_t off = 0;
    while (off < n_) {
      const ssize_t w = ::write(1, buf_ + off, n_ - off);
      if (w <= 0) break;
      off += size_t(w);
    }
    n_ = 0;
  }
  ~ConsoleOut() { flush(); }

 private:
  static int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
  }

  char buf_[4096];
  size_t n_ = 0;
  int64_t first_pending_ns_ = 0;
};

}  // namespace ttvm

// The guest's console output on stdout, written through line by line so
// that it interleaves sensibly with ttvm's own messages on stderr.
#pragma once
#include <unistd.h>

#include <cstddef>
#include <cstdint>

namespace ttvm {

class ConsoleOut {
 public:
  void put(uint8_t c) {
    buf_[n_++] = char(c);
    if (c == '\n' || n_ == sizeof buf_) flush();
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
  char buf_[4096];
  size_t n_ = 0;
};

}  // namespace ttvm

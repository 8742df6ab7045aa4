// The host side of the guest console: reads the terminal (raw mode when
// stdin is a tty, restored on exit, on a crash signal and on Ctrl-C) and
// hands bytes to the machine, which injects them into the UART at an
// instruction count of its choosing (the console is an input port). As in
// QEMU, Ctrl-A x quits and Ctrl-A Ctrl-A sends a Ctrl-A.
#pragma once
#include <cstddef>
#include <cstdint>

namespace ttvm {

class HostConsole {
 public:
  HostConsole();
  ~HostConsole();
  HostConsole(const HostConsole&) = delete;
  HostConsole& operator=(const HostConsole&) = delete;

  // Non-blocking: up to `max` bytes for the guest. Sets quit_requested()
  // on Ctrl-A x; eof() once stdin is closed.
  size_t poll(uint8_t* out, size_t max);
  // The descriptor to poll(2) for input (the machine waits on it together
  // with the network backends'); -1 at EOF.
  int fd() const { return eof_ ? -1 : 0; }
  bool quit_requested() const { return quit_; }
  bool eof() const { return eof_; }
  bool interactive() const { return raw_; }

 private:
  bool raw_ = false;
  bool eof_ = false;
  bool quit_ = false;
  bool escape_ = false;  // the last byte was Ctrl-A
};

}  // namespace ttvm

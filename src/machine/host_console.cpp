#include "machine/host_console.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <initializer_list>

namespace ttvm {
namespace {

// The terminal settings to restore. Process-wide by nature: there is one
// terminal, and a signal handler must be able to reach it.
termios g_saved;
volatile sig_atomic_t g_saved_valid = 0;

void restore_terminal() {
  if (g_saved_valid) tcsetattr(0, TCSANOW, &g_saved);
}

void on_fatal_signal(int sig) {
  restore_terminal();
  signal(sig, SIG_DFL);
  raise(sig);
}

}  // namespace

HostConsole::HostConsole() {
  if (isatty(0) && tcgetattr(0, &g_saved) == 0) {
    g_saved_valid = 1;
    termios raw = g_saved;
    // Raw input (no echo, no line editing, no signals: Ctrl-C goes to the
    // guest, as in QEMU -nographic); output post-processing stays on.
    raw.c_iflag &= ~(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
    raw.c_lflag &= ~(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    raw.c_cflag |= CS8;
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    tcsetattr(0, TCSANOW, &raw);
    raw_ = true;
    std::atexit(restore_terminal);
    for (int s : {SIGTERM, SIGHUP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGINT, SIGQUIT})
      signal(s, on_fatal_signal);
  }
}

HostConsole::~HostConsole() { restore_terminal(); }

size_t HostConsole::poll(uint8_t* out, size_t max) {
  if (eof_ || max == 0) return 0;
  pollfd p{0, POLLIN, 0};
  if (::poll(&p, 1, 0) <= 0) return 0;
  uint8_t buf[64];
  const ssize_t n = ::read(0, buf, max < sizeof buf ? max : sizeof buf);
  if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
    eof_ = true;
    return 0;
  }
  size_t k = 0;
  for (ssize_t i = 0; i < n; ++i) {
    const uint8_t c = buf[i];
    if (raw_ && escape_) {
      escape_ = false;
      if (c == 'x' || c == 'X') {
        quit_ = true;
        return k;
      }
      if (c == 0x01) out[k++] = c;
      continue;  // other escapes are not offered
    }
    if (raw_ && c == 0x01) {
      escape_ = true;
      continue;
    }
    out[k++] = c;
  }
  return k;
}

}  // namespace ttvm

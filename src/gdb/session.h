// One gdb connection's protocol state and its commands: turns each packet
// payload into reply packets, asking the ExecControl to run, step, read and
// write. It never runs a hart itself.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "timetravel/exec_control.h"

namespace ttvm::gdb {

class Session {
 public:
  // `last_stop`: what '?' reports before anything ran (the machine was
  // stopped for gdb).
  Session(ExecControl& ctl, const StopEvent& last_stop);

  enum class Next : uint8_t {
    kContinue,  // send `out` and read the next packet
    kDetach,    // send `out`, then let the machine run without gdb
    kKill,      // gdb killed the target: end ttvm (no reply)
    kQuit,      // monitor quit: send `out`, then end ttvm
    kExited,    // the guest exited (`out` holds the W reply); end ttvm
  };
  // Handles one packet (payload as received, escapes not undone), appending
  // the packets to send (without framing) to `out`.
  Next handle(std::string_view payload, std::vector<std::string>& out);

  bool no_ack() const { return no_ack_; }
  const StopEvent& last_stop() const { return last_; }
  int exit_code() const { return exit_code_; }
  static std::string stop_reply(const StopEvent& ev);

 private:
  std::string cmd_query(std::string_view p, std::vector<std::string>& out, Next& next);
  std::string cmd_read_regs();
  std::string cmd_write_regs(std::string_view hex);
  std::string cmd_read_reg(std::string_view p);
  std::string cmd_write_reg(std::string_view p);
  std::string cmd_read_mem(std::string_view p);
  std::string cmd_write_mem(std::string_view p, bool binary);
  std::string cmd_break(std::string_view p, bool insert);
  std::string cmd_thread_select(std::string_view p);
  std::string cmd_vcont(std::string_view p, Next& next);
  std::string run(bool step, unsigned hart, Direction dir, Next& next);
  bool parse_thread(std::string_view s, int& hart) const;

  ExecControl& ctl_;
  StopEvent last_;
  unsigned g_hart_ = 0;  // registers and memory (Hg)
  unsigned c_hart_ = 0;  // the hart 's' steps (Hc)
  // Hc0 / Hc-1 ("any", "all"): gdb means the thread it looks at (Hg), as
  // for its reverse-stepi, which has no thread of its own.
  bool c_any_ = false;
  unsigned step_hart() const { return c_any_ ? g_hart_ : c_hart_; }
  bool no_ack_ = false;
  int exit_code_ = 0;
  std::string xml_;  // target.xml, built once
};

}  // namespace ttvm::gdb

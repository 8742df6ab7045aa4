// The gdb server's main loop, single-threaded: while the machine runs, the
// ExecControl's poll hook checks the socket between quanta (Ctrl-C, a closed
// connection, a new gdb); while it is stopped, the server blocks on the
// socket and hands packets to a Session. A closed connection leaves the
// machine running (or stopped, if gdb left it stopped) and a new gdb can
// attach; a new connection stops a running machine.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gdb/packet.h"
#include "gdb/session.h"
#include "gdb/socket.h"
#include "timetravel/exec_control.h"

namespace ttvm::gdb {

class Server {
 public:
  // `listener` may be null: then only a connection given to serve_fd().
  Server(ExecControl& ctl, Listener* listener);
  ~Server();

  // Serves gdb until the guest exits, gdb kills the target or `monitor
  // quit`; returns the exit status for ttvm. `start_stopped` (-S): wait for
  // gdb before the first instruction.
  int run(bool start_stopped);
  // Serves one connected socket (tests): returns when it closes, when the
  // target is killed or the guest exits.
  void serve_fd(int fd);

 private:
  enum class Ended : uint8_t {
    kClosed,    // gdb went away while the machine was stopped: it stays so
    kDetached,  // gdb detached: the machine runs on
    kLost,      // the connection closed while the machine ran: it runs on
    kExit,      // end ttvm
  };
  // Talks to the current connection while the machine is stopped.
  Ended serve_connection();
  bool poll_while_running();
  void attach(int fd);
  void send_packet(const std::string& payload);

  ExecControl& ctl_;
  Listener* listener_;
  std::unique_ptr<Connection> conn_;
  std::optional<Session> session_;
  PacketReader reader_;
  std::vector<uint8_t> pending_;  // bytes that arrived while running
  std::string last_sent_;         // for a '-' (retransmit)
  StopEvent last_stop_;
  bool new_conn_ = false;  // a connection was accepted while running
  bool lost_ = false;      // the connection closed while running
  bool interrupt_pending_ = false;  // a Ctrl-C arrived with the resume packet
  int exit_code_ = 0;
};

}  // namespace ttvm::gdb

// TCP for the gdb server: a listening socket and one connection, both used
// with poll() so the single-threaded machine loop can check them without
// blocking.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ttvm::gdb {

class Listener {
 public:
  // Listens on host:port (port 0: a free port the system picks). Throws
  // UserError naming the address when that fails (e.g. the port is in use).
  Listener(const std::string& host, uint16_t port);
  ~Listener();
  Listener(const Listener&) = delete;
  Listener& operator=(const Listener&) = delete;

  uint16_t port() const { return port_; }
  const std::string& host() const { return host_; }
  // A new connection's descriptor, or -1 when none came within timeout_ms
  // (-1: wait as long as it takes).
  int accept(int timeout_ms);

 private:
  int fd_ = -1;
  std::string host_;
  uint16_t port_ = 0;
};

class Connection {
 public:
  explicit Connection(int fd);  // takes ownership
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Appends what arrives within timeout_ms (-1: wait for something, 0: only
  // what is there). false once the peer closed the connection or it failed.
  bool read(std::vector<uint8_t>& out, int timeout_ms);
  bool send(std::string_view bytes);

 private:
  int fd_;
};

}  // namespace ttvm::gdb

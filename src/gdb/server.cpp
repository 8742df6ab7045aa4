#include "gdb/server.h"

#include <cstdio>

namespace ttvm::gdb {

Server::Server(ExecControl& ctl, Listener* listener) : ctl_(ctl), listener_(listener) {
  ctl_.set_poll([this] { return poll_while_running(); });
  last_stop_.reason = StopEvent::Reason::kStepDone;  // stopped for gdb, no particular reason
}

Server::~Server() { ctl_.set_poll(nullptr); }

// A new connection (the session is made by the caller: this may run inside
// the current session's resume).
void Server::attach(int fd) {
  conn_ = std::make_unique<Connection>(fd);
  reader_ = PacketReader();
  pending_.clear();
  last_sent_.clear();
}

bool Server::poll_while_running() {
  if (interrupt_pending_) {
    interrupt_pending_ = false;
    return true;
  }
  if (!conn_) {
    // Nobody attached: a new gdb stops the machine.
    const int fd = listener_ ? listener_->accept(0) : -1;
    if (fd < 0) return false;
    attach(fd);
    new_conn_ = true;
    return true;
  }
  const size_t before = pending_.size();
  if (!conn_->read(pending_, 0)) {
    // gdb went away while the guest runs: nobody to report stops to.
    conn_.reset();
    lost_ = true;
    ctl_.remove_all_breaks();
    return false;
  }
  for (size_t i = before; i < pending_.size(); ++i) {
    if (pending_[i] == 0x03) {
      pending_.erase(pending_.begin() + long(i));
      return true;
    }
  }
  return false;
}

void Server::send_packet(const std::string& payload) {
  if (!conn_) return;
  last_sent_ = frame(payload);
  if (!conn_->send(last_sent_)) conn_.reset();
}

Server::Ended Server::serve_connection() {
  std::vector<PacketReader::Event> events;
  std::vector<uint8_t> bytes;
  for (;;) {
    if (!pending_.empty()) {
      bytes.swap(pending_);
      pending_.clear();
    } else {
      bytes.clear();
      if (!conn_->read(bytes, -1)) {
        conn_.reset();
        return Ended::kClosed;
      }
    }
    events.clear();
    reader_.feed(bytes.data(), bytes.size(), events);
    for (size_t i = 0; i < events.size(); ++i) {
      auto& ev = events[i];
      using K = PacketReader::Event::Kind;
      switch (ev.kind) {
        case K::kAck:
        case K::kInterrupt: break;  // stopped already: nothing to interrupt
        case K::kNak:
          // In no-ack mode a '-' asks for nothing: gdb 13 still writes one
          // after a reply is slow to come (a long monitor goto), and
          // answering it would put a second reply in the stream, one
          // packet ahead of gdb from then on.
          if (!session_->no_ack() && !last_sent_.empty() && !conn_->send(last_sent_)) conn_.reset();
          break;
        case K::kBadChecksum:
          if (!session_->no_ack() && !conn_->send("-")) conn_.reset();
          break;
        case K::kTooLong:
          if (!session_->no_ack()) conn_->send("+");
          send_packet("E16");
          break;
        case K::kPacket: {
          if (!session_->no_ack() && !conn_->send("+")) conn_.reset();
          if (!conn_) break;
          // A Ctrl-C that came in the same read as a resume is for it.
          for (size_t j = i + 1; j < events.size(); ++j) {
            if (events[j].kind == K::kInterrupt) {
              interrupt_pending_ = true;
              events[j].kind = K::kAck;  // consumed
              break;
            }
          }
          std::vector<std::string> out;
          new_conn_ = lost_ = false;
          const Session::Next next = session_->handle(ev.payload, out);
          interrupt_pending_ = false;
          last_stop_ = session_->last_stop();
          if (new_conn_) {
            // The old gdb left while the machine ran and a new one came
            // (attached in the poll): it starts from this stop.
            new_conn_ = false;
            session_.emplace(ctl_, last_stop_);
            return serve_connection();
          }
          if (next == Session::Next::kExited) exit_code_ = session_->exit_code();
          if (lost_) return next == Session::Next::kExited ? Ended::kExit : Ended::kLost;
          if (next == Session::Next::kKill) return Ended::kExit;
          for (auto& o : out) send_packet(o);
          if (next == Session::Next::kExited || next == Session::Next::kQuit) return Ended::kExit;
          if (next == Session::Next::kDetach) {
            conn_.reset();
            return Ended::kDetached;
          }
          break;
        }
      }
      if (!conn_) return Ended::kClosed;
    }
  }
}

int Server::run(bool start_stopped) {
  bool running = !start_stopped;
  if (start_stopped && listener_)
    std::fprintf(stderr, "ttvm: waiting for gdb on %s:%u\n", listener_->host().c_str(), unsigned(listener_->port()));
  for (;;) {
    if (!conn_) {
      if (running) {
        new_conn_ = lost_ = false;
        const StopEvent ev = ctl_.resume();
        if (ev.reason == StopEvent::Reason::kExited) return ev.exit_code;
        // A replay cut short ran out of history with no gdb attached:
        // nothing more can happen.
        if (ev.reason == StopEvent::Reason::kHistoryEnd) return exit_code_;
        last_stop_ = ev;
        running = false;
        if (!new_conn_) continue;  // a breakpoint an earlier gdb left: wait, stopped, for the next
        new_conn_ = false;
      } else {
        const int fd = listener_ ? listener_->accept(-1) : -1;
        if (fd < 0) return exit_code_;
        attach(fd);
      }
      session_.emplace(ctl_, last_stop_);
    }
    switch (serve_connection()) {
      case Ended::kExit: return exit_code_;
      case Ended::kClosed: running = false; break;
      case Ended::kDetached:
      case Ended::kLost: running = true; break;
    }
  }
}

void Server::serve_fd(int fd) {
  attach(fd);
  session_.emplace(ctl_, last_stop_);
  serve_connection();
  conn_.reset();
}

}  // namespace ttvm::gdb

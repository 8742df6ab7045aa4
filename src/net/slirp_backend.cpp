#include "net/slirp_backend.h"

#include <arpa/inet.h>
#include <libslirp.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstring>

#include "util/error.h"

namespace ttvm {

// A slirp timer: either a callback (timer_new) or an id handed back to
// slirp_handle_timer (timer_new_opaque, SlirpConfig version 4).
struct SlirpBackend::Timer {
  SlirpTimerCb cb = nullptr;
  SlirpTimerId id = SLIRP_TIMER_RA;
  void* cb_opaque = nullptr;
  int64_t expire_ms = -1;  // -1: not armed
};

namespace {

SlirpBackend* self(void* opaque) { return static_cast<SlirpBackend*>(opaque); }

in_addr addr(const char* dotted) {
  in_addr a{};
  inet_pton(AF_INET, dotted, &a);
  return a;
}

ssize_t cb_send_packet(const void* buf, size_t len, void* opaque) {
  self(opaque)->queue_frame(static_cast<const uint8_t*>(buf), len);
  return ssize_t(len);
}
void cb_guest_error(const char* msg, void* opaque) { self(opaque)->guest_error(msg); }
int64_t cb_clock_get_ns(void*) { return SlirpBackend::now_ns(); }
void* cb_timer_new(SlirpTimerCb cb, void* cb_opaque, void* opaque) {
  SlirpBackend::Timer t;
  t.cb = cb;
  t.cb_opaque = cb_opaque;
  return self(opaque)->new_timer(t);
}
void* cb_timer_new_opaque(SlirpTimerId id, void* cb_opaque, void* opaque) {
  SlirpBackend::Timer t;
  t.id = id;
  t.cb_opaque = cb_opaque;
  return self(opaque)->new_timer(t);
}
void cb_timer_free(void* timer, void* opaque) { self(opaque)->free_timer(static_cast<SlirpBackend::Timer*>(timer)); }
void cb_timer_mod(void* timer, int64_t expire_ms, void*) { static_cast<SlirpBackend::Timer*>(timer)->expire_ms = expire_ms; }
// We poll slirp's descriptors through slirp_pollfds_fill each time, so the
// registrations (meant for event loops that keep fd sets) need nothing.
void cb_register_poll_fd(int, void*) {}
void cb_unregister_poll_fd(int, void*) {}
void cb_notify(void*) {}

int cb_add_poll(int fd, int events, void* opaque) { return self(opaque)->add_poll(fd, events); }
int cb_get_revents(int idx, void* opaque) { return self(opaque)->revents(idx); }

const SlirpCb kCallbacks = {
    cb_send_packet, cb_guest_error, cb_clock_get_ns, cb_timer_new,    cb_timer_free,       cb_timer_mod,
    cb_register_poll_fd, cb_unregister_poll_fd, cb_notify, nullptr, cb_timer_new_opaque,
};

}  // namespace

SlirpBackend::SlirpBackend(const NetdevConfig& cfg) : id_(cfg.id) {
  SlirpConfig sc{};
  sc.version = 4;  // up to disable_dhcp and timer_new_opaque (libslirp 4.7)
  sc.restricted = 0;
  sc.in_enabled = true;
  sc.vnetwork = addr("10.0.2.0");
  sc.vnetmask = addr("255.255.255.0");
  sc.vhost = addr("10.0.2.2");
  sc.in6_enabled = false;
  sc.vdhcp_start = addr(kGuestAddr);
  sc.vnameserver = addr("10.0.2.3");
  slirp_ = slirp_new(&sc, &kCallbacks, this);
  if (!slirp_) throw UserError("-netdev user,id=" + id_ + ": libslirp could not start");
  for (const HostFwd& f : cfg.hostfwd) {
    const std::string host = f.host_addr.empty() ? "0.0.0.0" : f.host_addr;
    const std::string guest = f.guest_addr.empty() ? kGuestAddr : f.guest_addr;
    errno = 0;
    if (slirp_add_hostfwd(slirp_, f.udp, addr(host.c_str()), f.host_port, addr(guest.c_str()), f.guest_port) < 0) {
      const int err = errno;
      slirp_cleanup(slirp_);
      slirp_ = nullptr;
      throw UserError("-netdev user,id=" + id_ + ",hostfwd=" + f.spec + ": cannot listen on " + host + ":" +
                      std::to_string(f.host_port) + (f.udp ? "/udp" : "/tcp") + ": " +
                      (err ? std::strerror(err) : "refused by libslirp") +
                      (err == EADDRINUSE ? " (another program uses the port)" : ""));
    }
  }
}

SlirpBackend::~SlirpBackend() {
  if (slirp_) slirp_cleanup(slirp_);
}

int64_t SlirpBackend::now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

void SlirpBackend::send(const uint8_t* frame, size_t len) {
  if (len > INT_MAX) return;
  // slirp answers some frames at once (ARP, ICMP echo): they are queued by
  // queue_frame and reach the guest at the next poll, never inside this call.
  slirp_input(slirp_, frame, int(len));
}

void SlirpBackend::queue_frame(const uint8_t* p, size_t n) {
  if (rx_.size() >= kMaxWaiting) {
    ++dropped_;
    return;
  }
  rx_.emplace_back(p, p + n);
}

bool SlirpBackend::take_frame(std::vector<uint8_t>& out) {
  if (rx_.empty()) return false;
  out = std::move(rx_.front());
  rx_.pop_front();
  return true;
}

SlirpBackend::Timer* SlirpBackend::new_timer(Timer t) {
  timers_.push_back(std::make_unique<Timer>(t));
  return timers_.back().get();
}

void SlirpBackend::free_timer(Timer* t) {
  for (auto it = timers_.begin(); it != timers_.end(); ++it)
    if (it->get() == t) {
      timers_.erase(it);
      return;
    }
}

void SlirpBackend::guest_error(const char* msg) {
  std::fprintf(stderr, "ttvm: -netdev user,id=%s: guest error: %s\n", id_.c_str(), msg);
}

int SlirpBackend::add_poll(int fd, int events) {
  short ev = 0;
  if (events & SLIRP_POLL_IN) ev |= POLLIN;
  if (events & SLIRP_POLL_OUT) ev |= POLLOUT;
  if (events & SLIRP_POLL_PRI) ev |= POLLPRI;
  fill_fds_->push_back(pollfd{fd, ev, 0});
  return int(fill_fds_->size() - 1);
}

int SlirpBackend::revents(int idx) const {
  if (idx < 0 || size_t(idx) >= poll_fds_->size()) return 0;
  const short re = (*poll_fds_)[size_t(idx)].revents;
  int r = 0;
  if (re & POLLIN) r |= SLIRP_POLL_IN;
  if (re & POLLOUT) r |= SLIRP_POLL_OUT;
  if (re & POLLPRI) r |= SLIRP_POLL_PRI;
  if (re & (POLLERR | POLLNVAL)) r |= SLIRP_POLL_ERR;
  if (re & POLLHUP) r |= SLIRP_POLL_HUP;
  return r;
}

void SlirpBackend::fill_pollfds(std::vector<pollfd>& fds, int& timeout_ms) {
  uint32_t t = timeout_ms < 0 ? UINT32_MAX : uint32_t(timeout_ms);
  fill_fds_ = &fds;
  slirp_pollfds_fill(slirp_, &t, cb_add_poll, this);
  fill_fds_ = nullptr;
  const int64_t now_ms = now_ns() / 1'000'000;
  for (const auto& tm : timers_)
    if (tm->expire_ms >= 0) t = uint32_t(std::min<int64_t>(t, std::max<int64_t>(0, tm->expire_ms - now_ms)));
  timeout_ms = t == UINT32_MAX ? -1 : int(std::min<uint32_t>(t, INT_MAX));
}

void SlirpBackend::dispatch(const std::vector<pollfd>& fds, bool poll_failed) {
  poll_fds_ = &fds;
  slirp_pollfds_poll(slirp_, poll_failed, cb_get_revents, this);
  poll_fds_ = nullptr;
  run_timers();
}

void SlirpBackend::run_timers() {
  // One expired timer at a time: a callback may arm, free or add timers.
  for (;;) {
    const int64_t now_ms = now_ns() / 1'000'000;
    Timer* due = nullptr;
    for (const auto& tm : timers_)
      if (tm->expire_ms >= 0 && tm->expire_ms <= now_ms) {
        due = tm.get();
        break;
      }
    if (!due) return;
    due->expire_ms = -1;
    if (due->cb)
      due->cb(due->cb_opaque);
    else
      slirp_handle_timer(slirp_, due->id, due->cb_opaque);
  }
}

}  // namespace ttvm

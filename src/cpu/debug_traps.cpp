#include "cpu/debug_traps.h"

#include <atomic>

namespace ttvm {

namespace {
std::atomic<uint64_t> g_generations{0};
}

void DebugTraps::add_breakpoint(uint64_t va, bool hardware) {
  Bp& b = bps_[va];
  if (b.sw + b.hw == 0) {
    ++bp_pages_[va >> 12];
    generation_ = ++g_generations;
  }
  ++(hardware ? b.hw : b.sw);
}

bool DebugTraps::breakpoint_within(uint64_t va, uint64_t end) const {
  bool any_page = false;
  for (uint64_t p = va >> 12; p <= (end - 1) >> 12 && !any_page; ++p) any_page = bp_pages_.count(p) != 0;
  if (!any_page) return false;
  auto it = bps_.lower_bound(va);
  return it != bps_.end() && it->first < end;
}

bool DebugTraps::remove_breakpoint(uint64_t va, bool hardware) {
  auto it = bps_.find(va);
  if (it == bps_.end()) return false;
  unsigned& n = hardware ? it->second.hw : it->second.sw;
  if (n == 0) return false;
  --n;
  if (it->second.sw + it->second.hw == 0) {
    bps_.erase(it);
    auto p = bp_pages_.find(va >> 12);
    if (--p->second == 0) bp_pages_.erase(p);
  }
  return true;
}

void DebugTraps::add_watch(uint64_t va, uint64_t len, WatchKind kind) { watches_.push_back({va, len, kind}); }

bool DebugTraps::remove_watch(uint64_t va, uint64_t len, WatchKind kind) {
  for (auto it = watches_.begin(); it != watches_.end(); ++it) {
    if (it->va == va && it->len == len && it->kind == kind) {
      watches_.erase(it);
      return true;
    }
  }
  return false;
}

void DebugTraps::clear() {
  bps_.clear();
  bp_pages_.clear();
  watches_.clear();
}

bool DebugTraps::breakpoint_at(uint64_t va, bool& hardware) const {
  auto it = bps_.find(va);
  if (it == bps_.end()) return false;
  hardware = it->second.sw == 0;
  return true;
}

bool DebugTraps::watched_page(uint64_t va, bool write) const {
  const uint64_t page = va >> 12;
  for (const Watch& w : watches_) {
    if (!(unsigned(w.kind) & (write ? unsigned(WatchKind::kWrite) : unsigned(WatchKind::kRead)))) continue;
    const uint64_t last = w.len ? w.va + w.len - 1 : w.va;
    if (page >= w.va >> 12 && page <= last >> 12) return true;
  }
  return false;
}

bool DebugTraps::watch_hit(uint64_t va, unsigned size, bool write, DebugHit& hit) const {
  for (const Watch& w : watches_) {
    if (!(unsigned(w.kind) & (write ? unsigned(WatchKind::kWrite) : unsigned(WatchKind::kRead)))) continue;
    const uint64_t len = w.len ? w.len : 1;
    // Overlap of [va, va+size) and [w.va, w.va+len), without overflow.
    if (va - w.va < len || w.va - va < size) {
      hit.kind = w.kind == WatchKind::kWrite  ? DebugHit::Kind::kWatchWrite
                 : w.kind == WatchKind::kRead ? DebugHit::Kind::kWatchRead
                                              : DebugHit::Kind::kWatchAccess;
      hit.addr = va > w.va ? va : w.va;  // inside the watched range, as gdb matches it
      return true;
    }
  }
  return false;
}

}  // namespace ttvm

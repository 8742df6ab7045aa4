#include "timetravel/history_query.h"

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <optional>

#include "machine/elf_symbols.h"
#include "util/error.h"

namespace ttvm {
namespace {

// Sees every access to the requested bytes while the timeline replays.
// Writes other than a hart's store (DMA, the walker's A/D bits) are noticed
// before they happen (before_write) and settled at the next access or at the
// end of the slice, by comparing with a shadow copy of the bytes.
class HistoryWatch final : public AccessWatch {
 public:
  HistoryWatch(Machine& m, const HistoryRequest& req, HistoryResult& out) : m_(m), req_(req), out_(out) {
    shadow_.resize(req.len);
  }

  void load_shadow() {
    for (const auto& p : out_.pieces) std::memcpy(&shadow_[p.va - req_.addr], m_.ram().host(p.pa), p.len);
  }

  void before_write(uint64_t pa, uint64_t len) override {
    settle();
    if (!overlaps(pa, len)) return;
    Hart* h = m_.running_hart();
    pending_ = Pending{pa, len, m_.icount() + (h ? 1 : 0), h ? int(h->hartid()) : -1, h ? h->pc() : 0,
                       h ? unsigned(h->priv()) : 3};
  }

  void hart_wrote(Hart& h, uint64_t pa, unsigned size) override {
    if (!overlaps(pa, size)) return;
    pending_.reset();  // this store is what before_write announced
    HistoryAccess a = describe(h, pa, size);
    a.write = true;
    emit(std::move(a), pa, size);
  }

  void hart_read(Hart& h, uint64_t pa, unsigned size) override {
    if (!req_.reads || !overlaps(pa, size)) return;
    settle();
    HistoryAccess a = describe(h, pa, size);
    a.write = false;
    emit(std::move(a), pa, size);
  }

  void slice_done() override { settle(); }

  // Brings the shadow up to date: a write that was announced and not a
  // store (or one nobody announced: none should exist) becomes an entry.
  void settle() {
    bool changed = false;
    for (const auto& p : out_.pieces) changed |= std::memcmp(&shadow_[p.va - req_.addr], m_.ram().host(p.pa), p.len) != 0;
    if (!pending_ && !changed) return;
    HistoryAccess a;
    a.by_store = false;
    uint64_t lo = ~0ull, hi = 0;  // the request offsets written
    if (pending_) {
      a.icount = pending_->icount;
      a.hart = pending_->hart;
      a.pc = pending_->pc;
      a.priv = pending_->priv;
      for (const auto& p : out_.pieces) {
        const uint64_t s = std::max(p.pa, pending_->pa), e = std::min(p.pa + p.len, pending_->pa + pending_->len);
        if (s < e) lo = std::min(lo, s - p.pa + (p.va - req_.addr)), hi = std::max(hi, e - p.pa + (p.va - req_.addr));
      }
    } else {
      a.icount = m_.icount();
    }
    if (changed) {
      for (uint64_t i = 0; i < req_.len; ++i)
        if (shadow_[i] != current(i)) lo = std::min(lo, i), hi = std::max(hi, i + 1);
    }
    pending_.reset();
    if (lo >= hi) return;
    a.write = true;
    fill_values(a, lo, hi);
    record(std::move(a));
    load_shadow();
  }

 private:
  struct Pending {
    uint64_t pa, len, icount;
    int hart;
    uint64_t pc;
    unsigned priv;
  };

  bool overlaps(uint64_t pa, uint64_t len) const {
    for (const auto& p : out_.pieces)
      if (pa < p.pa + p.len && p.pa < pa + len) return true;
    return false;
  }
  uint8_t current(uint64_t off) const {
    for (const auto& p : out_.pieces)
      if (off >= p.va - req_.addr && off < p.va - req_.addr + p.len) return *m_.ram().host(p.pa + (off - (p.va - req_.addr)));
    return 0;
  }
  HistoryAccess describe(Hart& h, uint64_t, unsigned) const {
    HistoryAccess a;
    a.icount = m_.icount() + 1;  // just after the accessing instruction
    a.hart = int(h.hartid());
    a.pc = h.pc();
    a.priv = unsigned(h.priv());
    return a;
  }
  // The request offsets [lo, hi) that [pa, pa+size) covers.
  void emit(HistoryAccess a, uint64_t pa, unsigned size) {
    uint64_t lo = ~0ull, hi = 0;
    for (const auto& p : out_.pieces) {
      const uint64_t s = std::max(p.pa, pa), e = std::min(p.pa + p.len, pa + size);
      if (s < e) lo = std::min(lo, s - p.pa + (p.va - req_.addr)), hi = std::max(hi, e - p.pa + (p.va - req_.addr));
    }
    fill_values(a, lo, hi);
    const bool write = a.write;
    record(std::move(a));
    if (write)
      for (uint64_t i = lo; i < hi; ++i) shadow_[i] = current(i);
  }
  void fill_values(HistoryAccess& a, uint64_t lo, uint64_t hi) const {
    a.off = lo;
    if (!wanted()) return;  // counted, not listed: no copies
    for (uint64_t i = lo; i < hi; ++i) {
      if (a.write) a.old_bytes.push_back(shadow_[i]);
      a.new_bytes.push_back(current(i));
    }
    if (req_.len <= 8) {
      for (uint64_t i = 0; i < req_.len; ++i) {
        if (a.write) a.old_all.push_back(shadow_[i]);
        a.new_all.push_back(current(i));
      }
    }
  }
  bool wanted() const { return out_.listed.size() < req_.max; }
  void record(HistoryAccess a) {
    ++(a.write ? out_.writes : out_.reads);
    out_.last_icount = a.icount;
    if (wanted()) out_.listed.push_back(std::move(a));
  }

  Machine& m_;
  const HistoryRequest& req_;
  HistoryResult& out_;
  std::vector<uint8_t> shadow_;
  std::optional<Pending> pending_;
};

// The request page by page, translated (UserError if a page is not RAM).
void translate(Machine& m, const HistoryRequest& req, HistoryResult& r) {
  // The hart whose time slice it is first (the one gdb stopped with, as a
  // rule), then the others: the first whose page tables map the address.
  std::vector<unsigned> order{m.current_hart()};
  for (unsigned h = 0; h < m.hart_count(); ++h)
    if (h != m.current_hart()) order.push_back(h);
  for (uint64_t va = req.addr; va < req.addr + req.len;) {
    const uint64_t n = std::min(req.addr + req.len, (va | (kPageSize - 1)) + 1) - va;
    uint64_t pa = va;
    if (!req.physical) {
      bool ok = false;
      // The hart's own view first; then (a hart in firmware, where
      // nothing is translated) the supervisor's page tables.
      for (int pass = 0; pass < 2 && !ok; ++pass) {
        for (unsigned h : order) {
          const bool t = pass == 0 ? m.hart(h).debug_translate(va, pa) : m.hart(h).debug_translate_supervisor(va, pa);
          if (t && m.ram().contains(pa, n)) {
            ok = true;
            if (r.translated_by < 0) r.translated_by = int(h);
            break;
          }
        }
      }
      if (!ok) {
        char b[160];
        std::snprintf(b, sizeof b,
                      "history: 0x%" PRIx64 " is not mapped to RAM by any hart's page tables here (--phys for a physical address)", va);
        throw UserError(b);
      }
    }
    if (!m.ram().contains(pa, n)) {
      char b[160];
      std::snprintf(b, sizeof b, "history: 0x%" PRIx64 " is not in RAM (physical 0x%" PRIx64 ")", va, pa);
      throw UserError(b);
    }
    r.pieces.push_back({va, pa, n});
    va += n;
  }
}

std::string hex_bytes(const std::vector<uint8_t>& b) {
  std::string s;
  char t[4];
  for (size_t i = 0; i < b.size() && i < 16; ++i) {
    std::snprintf(t, sizeof t, "%s%02x", i ? " " : "", b[i]);
    s += t;
  }
  if (b.size() > 16) s += " ...";
  return s;
}

// Little-endian bytes as one number, as the guest reads them.
std::string number(const std::vector<uint8_t>& b) {
  uint64_t v = 0;
  for (size_t i = b.size(); i-- > 0;) v = v << 8 | b[i];
  char t[24];
  std::snprintf(t, sizeof t, "0x%0*" PRIx64, int(2 * b.size()), v);
  return t;
}

}  // namespace

HistoryResult query_history(Timeline& tl, const HistoryRequest& req, const std::function<void(double)>& progress) {
  Machine& m = tl.machine();
  HistoryResult r;
  translate(m, req, r);
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<uint64_t> pages;
  for (const auto& p : r.pieces) pages.push_back(m.ram().page_index(p.pa));
  // Reads leave no trace in the logs: all of history.
  const auto spans = tl.spans_writing(req.reads ? std::vector<uint64_t>{} : pages);
  uint64_t total = 0;
  for (const auto& [a, b] : spans) total += b.icount - a.icount;
  r.spans = spans.size();
  r.history = tl.end().icount - tl.begin().icount;
  const TimePoint origin = tl.now();
  HistoryWatch watch(m, req, r);
  std::vector<uint64_t> page_pas;
  for (const auto& p : r.pieces) page_pas.push_back(p.pa & ~(kPageSize - 1));
  struct Unwatch {
    Machine& m;
    ~Unwatch() { m.set_access_watch(nullptr, {}, false); }
  } unwatch{m};
  uint64_t done = 0;
  for (const auto& [a, b] : spans) {
    m.set_access_watch(nullptr, {}, false);
    tl.go_to(a);  // unwatched: restoring pages is not a write in history
    watch.load_shadow();
    m.set_access_watch(&watch, page_pas, req.reads);
    tl.replay_forward(b, [&](uint64_t n) {
      if (progress) progress(double(done + n) / double(total ? total : 1));
    });
    watch.settle();
    done += tl.now().icount - a.icount;
  }
  m.set_access_watch(nullptr, {}, false);
  r.replayed = done;
  tl.go_to(origin);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return r;
}

std::string format_history(const HistoryResult& r, const HistoryRequest& req, const ElfSymbols* syms) {
  std::string out;
  char b[512];
  std::snprintf(b, sizeof b, "history of 0x%" PRIx64 " (%" PRIu64 " byte%s", req.addr, req.len, req.len == 1 ? "" : "s");
  out += b;
  if (r.translated_by >= 0) {
    for (size_t i = 0; i < r.pieces.size(); ++i) {
      std::snprintf(b, sizeof b, "%s0x%" PRIx64, i ? ", " : "; physical ", r.pieces[i].pa);
      out += b;
    }
    std::snprintf(b, sizeof b, " through hart %d's page tables here", r.translated_by);
    out += b;
  } else {
    out += ", physical";
  }
  std::snprintf(b, sizeof b, "): %" PRIu64 " write%s", r.writes, r.writes == 1 ? "" : "s");
  out += b;
  if (req.reads) {
    std::snprintf(b, sizeof b, ", %" PRIu64 " read%s", r.reads, r.reads == 1 ? "" : "s");
    out += b;
  }
  out += "\n";
  static const char kPriv[] = "USHM";
  for (const auto& a : r.listed) {
    std::snprintf(b, sizeof b, "  %-5s icount %-12" PRIu64 " ", a.write ? "write" : "read", a.icount);
    out += b;
    if (a.hart >= 0) {
      std::snprintf(b, sizeof b, "hart %d %c pc 0x%016" PRIx64, a.hart, kPriv[a.priv & 3], a.pc);
      out += b;
      if (syms) {
        const std::string s = syms->describe(a.pc);
        if (!s.empty()) out += " <" + s + ">";
      }
    } else {
      out += "no hart (reset)";
    }
    if (!a.by_store) out += " [not a store: DMA or page-table walker]";
    if (!a.new_all.empty()) {
      out += a.write ? "  " + number(a.old_all) + " -> " + number(a.new_all) : "  " + number(a.new_all);
    } else {
      std::snprintf(b, sizeof b, "  +0x%" PRIx64 " [%zu]: ", a.off, a.new_bytes.size());
      out += b;
      out += a.write ? hex_bytes(a.old_bytes) + " -> " + hex_bytes(a.new_bytes) : hex_bytes(a.new_bytes);
    }
    out += "\n";
  }
  const uint64_t found = r.writes + r.reads;
  if (found > r.listed.size()) {
    std::snprintf(b, sizeof b, "  ... %" PRIu64 " more (the last at icount %" PRIu64 "; --max N lists more)\n",
                  found - r.listed.size(), r.last_icount);
    out += b;
  }
  std::snprintf(b, sizeof b,
                "replayed %" PRIu64 " of %" PRIu64 " instructions of history (%zu stretch%s%s) in %.2f s\n",
                r.replayed, r.history, r.spans, r.spans == 1 ? "" : "es",
                req.reads ? ", all of it: reads are not in the page logs" : " whose page logs show writes to the page",
                r.seconds);
  out += b;
  return out;
}

}  // namespace ttvm

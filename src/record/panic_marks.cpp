#include "record/panic_marks.h"

#include <cctype>
#include <cstdio>

namespace ttvm {

const char* panic_kind_name(PanicKind k) {
  switch (k) {
    case PanicKind::Panic: return "panic";
    case PanicKind::Oops: return "oops";
    case PanicKind::Bug: return "bug";
    case PanicKind::Warning: return "warning";
    case PanicKind::Stuck: return "stuck";
    case PanicKind::TrapLoop: return "trap-loop";
  }
  return "mark";
}

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Skips "<N>" (a log level that reached the console raw) and
// "[    1.234567] " (CONFIG_PRINTK_TIME), and "[    T1] "-style caller ids.
std::string_view strip_prefixes(std::string_view s) {
  if (s.size() >= 3 && s[0] == '<' && s[2] == '>' && s[1] >= '0' && s[1] <= '9') s.remove_prefix(3);
  while (!s.empty() && s[0] == '[') {
    size_t close = s.find(']');
    if (close == std::string_view::npos) break;
    s.remove_prefix(close + 1);
    while (!s.empty() && s[0] == ' ') s.remove_prefix(1);
  }
  return s;
}

}  // namespace

std::optional<PanicKind> classify_console_line(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.remove_suffix(1);
  std::string_view s = strip_prefixes(line);
  if (starts_with(s, "Kernel panic - not syncing")) return PanicKind::Panic;
  // RISC-V Linux prints "Oops - <cause> [#1]" (die()) or "Oops [#1]"; a bad
  // kernel access is announced first by "Unable to handle kernel ...".
  // ("Oops" as a word: "Oopsie" is not one.)
  if ((starts_with(s, "Oops") && (s.size() == 4 || !std::isalnum(static_cast<unsigned char>(s[4])))) ||
      starts_with(s, "Unable to handle kernel"))
    return PanicKind::Oops;
  if (starts_with(s, "BUG:") || starts_with(s, "kernel BUG at")) return PanicKind::Bug;
  // A WARN() begins with the cut-here line, then "WARNING: CPU: ..." (one
  // mark: see end_line()).
  if (starts_with(s, "WARNING:") || starts_with(s, "------------[ cut here ]")) return PanicKind::Warning;
  return std::nullopt;
}

void PanicMarker::console_byte(uint8_t b, uint64_t icount) {
  if (!in_line_) {
    in_line_ = true;
    line_icount_ = icount;
    line_.clear();
  }
  if (b == '\n') {
    end_line();
    return;
  }
  if (line_.size() < kMaxLine) line_.push_back(static_cast<char>(b));
}

void PanicMarker::end_line() {
  in_line_ = false;
  if (auto kind = classify_console_line(line_)) {
    // An oops is announced by "Unable to handle kernel ..." and then
    // "Oops ..." a few lines later: one problem, one mark.
    if (*kind == PanicKind::Oops && !marks_.empty() && marks_.back().kind == PanicKind::Oops &&
        starts_with(strip_prefixes(marks_.back().line), "Unable to handle") &&
        starts_with(strip_prefixes(line_), "Oops")) {
      return;
    }
    // Likewise "------------[ cut here ]------------" then "WARNING: ...".
    if (*kind == PanicKind::Warning && !marks_.empty() && marks_.back().kind == PanicKind::Warning &&
        starts_with(strip_prefixes(marks_.back().line), "------------[ cut here ]") &&
        starts_with(strip_prefixes(line_), "WARNING:")) {
      marks_.back().line = line_;  // the more telling of the two lines
      while (!marks_.back().line.empty() && marks_.back().line.back() == '\r') marks_.back().line.pop_back();
      return;
    }
    std::string text = line_;
    while (!text.empty() && text.back() == '\r') text.pop_back();
    add(*kind, line_icount_, -1, std::move(text));
  }
}

void PanicMarker::pc_sample(int hart, uint64_t pc, uint64_t icount) {
  HartPc& h = harts_[hart];
  if (h.count == 0 || h.pc != pc) {
    h = HartPc{pc, icount, 1, false};
    return;
  }
  if (++h.count >= stuck_samples_ && !h.marked) {
    h.marked = true;
    char note[96];
    std::snprintf(note, sizeof note, "hart %d stuck at pc 0x%llx", hart,
                  static_cast<unsigned long long>(pc));
    add(PanicKind::Stuck, h.first_icount, hart, note);
  }
}

void PanicMarker::quantum_sample(int hart, uint64_t pc, uint64_t icount, uint64_t traps, uint64_t trap_cause,
                                 uint64_t trap_pc) {
  pc_sample(hart, pc, icount);
  HartTraps& t = traps_[hart];
  if (traps < trap_loop_traps_) {
    t = HartTraps{};
    return;
  }
  if (t.count == 0 || t.cause != trap_cause || t.pc != trap_pc) {
    t = HartTraps{trap_cause, trap_pc, icount, 1, false};
    return;
  }
  if (++t.count >= trap_loop_samples_ && !t.marked) {
    t.marked = true;
    char note[128];
    std::snprintf(note, sizeof note, "hart %d in a trap loop: cause 0x%llx at pc 0x%llx", hart,
                  static_cast<unsigned long long>(trap_cause), static_cast<unsigned long long>(trap_pc));
    add(PanicKind::TrapLoop, t.first_icount, hart, note);
  }
}

void PanicMarker::hart_idle(int hart) {
  harts_.erase(hart);
  traps_.erase(hart);
}

void PanicMarker::gap() {
  in_line_ = false;
  line_.clear();
  harts_.clear();
  traps_.clear();
}

void PanicMarker::add(PanicKind kind, uint64_t icount, int hart, std::string line) {
  unsigned n = ++counts_[kind];
  std::string name = panic_kind_name(kind);
  if (n > 1) {
    name += '-';
    name += std::to_string(n);
  }
  marks_.push_back(PanicMark{std::move(name), kind, icount, hart, std::move(line)});
  if (on_mark_) on_mark_(marks_.back());
}

const PanicMark* PanicMarker::find(std::string_view name) const {
  for (const PanicMark& m : marks_)
    if (m.name == name) return &m;
  return nullptr;
}

}  // namespace ttvm

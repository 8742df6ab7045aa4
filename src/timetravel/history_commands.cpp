#include "timetravel/history_commands.h"

#include <chrono>
#include <cinttypes>
#include <cstdarg>
#include <cstdio>
#include <vector>

#include "machine/elf_symbols.h"
#include "timetravel/history_query.h"
#include "util/error.h"
#include "util/number.h"

namespace ttvm {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

std::string fmt(const char* f, ...) __attribute__((format(printf, 1, 2)));
std::string fmt(const char* f, ...) {
  char b[512];
  va_list ap;
  va_start(ap, f);
  std::vsnprintf(b, sizeof b, f, ap);
  va_end(ap);
  return b;
}

std::string point_text(TimePoint t) {
  if (t.idle_jumps == 0) return fmt("%" PRIu64, t.icount);
  return fmt("%" PRIu64 " (idle jump %" PRIu64 ")", t.icount, t.idle_jumps);
}

std::string when(Timeline& tl, Machine& m) {
  std::string out = "icount " + std::to_string(tl.now().icount) + "\n";
  for (unsigned i = 0; i < m.hart_count(); ++i)
    out += fmt("hart %u: icount %" PRIu64 ", pc 0x%016" PRIx64 "\n", i, m.hart(i).current_icount(), m.hart(i).pc());
  const TimePoint end = tl.end();
  if (tl.at_end())
    out += tl.live() ? "at the end of history (live: running on records)\n" : "at the end of history\n";
  else
    out += fmt("end of history: icount %" PRIu64 " (%" PRIu64 " instructions ahead)%s\n", end.icount,
               end.icount - tl.now().icount, tl.live() ? "; live execution resumes there" : "");
  out += fmt("start of history: icount %" PRIu64 "\n", tl.begin().icount);
  return out;
}

std::string checkpoints(Timeline& tl) {
  std::string out = "  icount           age(s)   pages      bytes\n";
  uint64_t total = 0;
  const auto list = tl.checkpoints();
  // A long list shows its first and last entries.
  for (size_t i = 0; i < list.size(); ++i) {
    const auto& c = list[i];
    total += c.bytes;
    if (list.size() > 40 && i >= 20 && i + 20 < list.size()) {
      if (i == 20) out += fmt("  ... %zu more ...\n", list.size() - 40);
      continue;
    }
    out += fmt("  %-16s %7.1f %7" PRIu64 " %10" PRIu64 "\n", point_text(c.at).c_str(), c.age_s, c.pages, c.bytes);
  }
  out += fmt("%zu checkpoints, %.1f MiB of %.1f MiB (--tt-memory)\n", list.size(),
             double(tl.memory_bytes()) / 1048576.0, double(tl.memory_budget()) / 1048576.0);
  for (const auto& [name, t] : tl.bookmarks()) out += "bookmark " + name + " at icount " + point_text(t) + "\n";
  return out;
}

// history [--reads] [--max N] [--phys] ADDR LEN
HistoryRequest parse_history(std::string_view arg) {
  HistoryRequest req;
  std::vector<std::string_view> words;
  while (!(arg = trim(arg)).empty()) {
    const size_t sp = arg.find_first_of(" \t");
    words.push_back(arg.substr(0, sp));
    arg = sp == std::string_view::npos ? std::string_view() : arg.substr(sp);
  }
  std::vector<std::string_view> pos;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    if (w == "--reads") {
      req.reads = true;
    } else if (w == "--phys") {
      req.physical = true;
    } else if (w == "--max") {
      if (i + 1 == words.size() || !parse_u64(words[i + 1], req.max) || req.max == 0)
        throw UserError("history: --max wants a number of accesses to list (at least 1)");
      ++i;
    } else if (!w.empty() && w[0] == '-') {
      throw UserError("history: unknown option '" + std::string(w) + "' (usage: history [--reads] [--max N] [--phys] ADDR LEN)");
    } else {
      pos.push_back(w);
    }
  }
  if (pos.size() != 2) throw UserError("history: usage: history [--reads] [--max N] [--phys] ADDR LEN");
  if (!parse_u64(pos[0], req.addr)) throw UserError("history: '" + std::string(pos[0]) + "' is not an address (decimal or 0x hex)");
  if (!parse_u64(pos[1], req.len)) throw UserError("history: '" + std::string(pos[1]) + "' is not a length");
  if (req.len == 0 || req.len > kPageSize)
    throw UserError("history: length " + std::string(pos[1]) + ": from 1 to 4096 bytes");
  if (req.addr + req.len < req.addr) throw UserError("history: the range wraps around the address space");
  return req;
}

std::string history_of(Timeline& tl, std::string_view arg) {
  const HistoryRequest req = parse_history(arg);
  // Long queries say how far they are, on ttvm's stderr (gdb shows the
  // answer only when it is complete).
  const auto t0 = std::chrono::steady_clock::now();
  double shown_at = 0;
  bool shown = false;
  const HistoryResult r = query_history(tl, req, [&](double frac) {
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (s > 1.0 && s - shown_at > 0.5) {
      std::fprintf(stderr, "\rttvm: history: %.0f%% of the stretches to replay", 100.0 * frac);
      shown_at = s;
      shown = true;
    }
  });
  if (shown) std::fprintf(stderr, "\n");
  return format_history(r, req, tl.symbols());
}

}  // namespace

TimePoint parse_point(const Timeline& tl, std::string_view spec) {
  spec = trim(spec);
  if (spec.empty()) throw UserError("goto: where to? (an icount, +N, -N, start, end or a bookmark)");
  if (spec == "start" || spec == "begin") return tl.begin();
  if (spec == "end") return tl.end();
  uint64_t n;
  if (spec[0] == '+' || spec[0] == '-') {
    if (!parse_u64(spec.substr(1), n)) throw UserError("'" + std::string(spec) + "' is not +N or -N");
    const uint64_t here = tl.now().icount;
    if (spec[0] == '-') {
      if (n > here) throw UserError("-" + std::to_string(n) + " is before the start of history (now at icount " + std::to_string(here) + ")");
      return tl.point_at(here - n);
    }
    if (n > ~0ull - here) throw UserError("'" + std::string(spec) + "' is too far");
    return tl.point_at(here + n);
  }
  if (parse_u64(spec, n)) return tl.point_at(n);
  if (auto b = tl.bookmark(std::string(spec))) return *b;
  throw UserError("'" + std::string(spec) + "' is neither an icount, +N, -N, start, end nor a bookmark");
}

bool run_history_command(Timeline& tl, std::string_view cmd_in, std::string& out, bool& ok) {
  const std::string_view cmd = trim(cmd_in);
  const size_t sp = cmd.find(' ');
  const std::string_view verb = cmd.substr(0, sp);
  const std::string_view arg = sp == std::string_view::npos ? std::string_view() : trim(cmd.substr(sp + 1));
  Machine& m = tl.machine();
  ok = true;
  try {
    if (verb == "when") {
      out = when(tl, m);
    } else if (verb == "goto") {
      const TimePoint t = parse_point(tl, arg);
      tl.go_to(t);
      out = "icount " + point_text(tl.now()) + "\n";
    } else if (verb == "bookmark") {
      if (arg.empty()) {
        for (const auto& [name, t] : tl.bookmarks()) out += name + " at icount " + point_text(t) + "\n";
        if (out.empty()) out = "no bookmarks (monitor bookmark NAME marks where you are)\n";
      } else {
        if (arg.find(' ') != std::string_view::npos || (arg[0] >= '0' && arg[0] <= '9') || arg[0] == '+' ||
            arg[0] == '-' || arg == "start" || arg == "end")
          throw UserError("bookmark name '" + std::string(arg) + "': use one word that is not a number, start or end");
        tl.set_bookmark(std::string(arg), tl.now());
        out = "bookmark " + std::string(arg) + " at icount " + point_text(tl.now()) + "\n";
      }
    } else if (verb == "checkpoints") {
      out = checkpoints(tl);
    } else if (verb == "history" && arg.empty()) {
      const auto list = tl.checkpoints();
      out = fmt("history: icount %" PRIu64 " to %" PRIu64 " (%s), now at %" PRIu64 "; reverse execution reaches all of it\n",
                tl.begin().icount, tl.end().icount, tl.live() ? "live: the end moves on" : "a replay", tl.now().icount);
      out += fmt("%zu checkpoints in memory (%.1f MiB of %.1f MiB), the nearest before now at icount %" PRIu64 "\n",
                 list.size(), double(tl.memory_bytes()) / 1048576.0, double(tl.memory_budget()) / 1048576.0,
                 [&] {
                   uint64_t best = tl.begin().icount;
                   for (const auto& c : list)
                     if (!tl.now().before(c.at)) best = c.at.icount;
                   return best;
                 }());
    } else if (verb == "history") {
      out = history_of(tl, arg);
    } else if (verb == "digest") {
      out = fmt("icount %" PRIu64 " state digest %016" PRIx64 "\n", tl.now().icount, m.digest());
    } else {
      return false;
    }
  } catch (const UserError& e) {
    out = std::string("ttvm: ") + e.what() + "\n";
    ok = false;
  }
  return true;
}

std::string history_help() {
  return "time travel:\n"
         "  when                   where the session is: icount, each hart's count, the end of history\n"
         "  goto N|+N|-N|start|end|BOOKMARK   move to that point of history (exact to the instruction)\n"
         "  bookmark [NAME]        name the current point (no NAME: list bookmarks)\n"
         "  checkpoints            the checkpoints kept: icount, age, pages, bytes, total against the budget\n"
         "  history                the span of history reverse execution can reach, and the checkpoints\n"
         "  history [--reads] [--max N] [--phys] ADDR LEN\n"
         "                         every write to those bytes in all of history (--reads: reads too, slower):\n"
         "                         icount, hart, privilege, pc, old -> new; a virtual ADDR is translated here\n"
         "                         and matched by physical address; --max lists more than 100\n"
         "  digest                 a hash of the whole machine state here (registers, devices, memory, disks)\n"
         "  (gdb caches registers and memory: use the ttvm gdb script's 'ttvm goto', or 'flushregs' after a goto)\n";
}

}  // namespace ttvm

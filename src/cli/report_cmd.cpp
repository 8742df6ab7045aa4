// ttvm report REC -o FILE.html [--symbols ELF]: one replay of the recording
// with a RunCollector watching (src/report/run_collector.h), then one
// self-contained HTML page with the run's timeline (docs/report.md). The
// replay checks itself as `ttvm replay` does, so the page describes the
// recording's own run.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>

#include "cli/commands.h"
#include "cli/images.h"
#include "machine/elf_symbols.h"
#include "machine/machine.h"
#include "record/image_store.h"
#include "record/log_reader.h"
#include "record/recorder.h"
#include "record/replayer.h"
#include "report/html_page.h"
#include "report/report_model.h"
#include "timetravel/checkpoint_store.h"
#include "util/error.h"

namespace ttvm {

namespace {

std::string count_text(uint64_t n) {
  std::string s = std::to_string(n), o;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i && (s.size() - i) % 3 == 0) o += ',';
    o += s[i];
  }
  return o;
}

// What entered through each port, per bucket (from the log: no replay
// needed). Console and network count bytes and frames as a person thinks
// of them; digests are the recorder's own and are left out.
std::vector<RunCollector::Named> logged_inputs(const LogContents& log, const BucketAxis& axis) {
  std::vector<RunCollector::Named> out;
  auto series = [&](const std::string& name) -> Series& {
    for (auto& n : out)
      if (n.name == name) return n.series;
    out.push_back({name, Series(axis)});
    return out.back().series;
  };
  series("console bytes typed");
  for (const Event& e : log.events) {
    switch (e.port) {
      case Port::kConsole: series("console bytes typed").add_at(e.at.icount, double(e.data.size())); break;
      case Port::kNet:
        series("net frames card " + std::to_string(e.data.empty() ? 0 : e.data[0])).add_at(e.at.icount, 1);
        break;
      case Port::kEntropy: series("entropy requests").add_at(e.at.icount, 1); break;
      case Port::kControl: series("control (end of run)").add_at(e.at.icount, 1); break;
      case Port::kDebugger: series("debugger writes").add_at(e.at.icount, 1); break;
      default: break;
    }
  }
  return out;
}

// Progress on stderr for a replay longer than a moment: a line every few
// seconds (rewritten in place on a terminal).
class Progress {
 public:
  explicit Progress(uint64_t end) : end_(end), tty_(isatty(2)) {}
  void at(uint64_t icount) {
    const double s = secs();
    if (s < next_) return;
    next_ = s + (tty_ ? 0.5 : 5.0);
    std::fprintf(stderr, "%sttvm report: replaying, %.0f%% (%s of %s instructions, %.0f s)%s", tty_ ? "\r" : "",
                 end_ ? 100.0 * double(icount) / double(end_) : 100.0, count_text(icount).c_str(),
                 count_text(end_).c_str(), s, tty_ ? "" : "\n");
    shown_ = true;
  }
  void done() {
    if (shown_ && tty_) std::fputc('\n', stderr);
  }
  double secs() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0_).count(); }

 private:
  uint64_t end_;
  bool tty_;
  bool shown_ = false;
  double next_ = 2.0;  // a short replay shows nothing
  std::chrono::steady_clock::time_point t0_ = std::chrono::steady_clock::now();
};

std::vector<ReportModel::HotSpot> profile(const RunCollector& run, const ElfSymbols& syms, uint64_t& total) {
  std::map<std::string, uint64_t> by;
  total = 0;
  for (const auto& [pc, n] : run.pc_samples()) {
    total += n;
    const std::string* f = syms.function_at(pc);
    // Linux runs its kernel in the upper half: a lower-half pc is user space.
    by[f ? *f : (pc >> 63) ? "(kernel, no symbol)" : "(user space or firmware)"] += n;
  }
  std::vector<ReportModel::HotSpot> out;
  for (const auto& [w, n] : by) out.push_back({w, n});
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.samples > b.samples; });
  if (out.size() > 40) out.resize(40);
  return out;
}

}  // namespace

int cmd_report(const std::vector<std::string>& args_in) {
  std::vector<std::string> args = args_in;
  const std::string out_path = take_option(args, "-o");
  const std::string symbols_path = take_option(args, "--symbols");
  const std::string buckets_s = take_option(args, "--buckets");
  const std::string lines_s = take_option(args, "--lines");
  const char* usage = "report: usage: ttvm report DIR -o FILE.html [--symbols ELF] [--buckets N] [--lines N]";
  if (args.size() != 1 || out_path.empty()) throw UserError(usage);
  const std::string dir = args[0];
  unsigned buckets = 2000;
  size_t lines = 2500;
  try {
    if (!buckets_s.empty()) buckets = unsigned(std::stoul(buckets_s));
    if (!lines_s.empty()) lines = std::stoul(lines_s);
  } catch (...) {
    throw UserError("report: --buckets and --lines take numbers");
  }
  if (buckets < 10 || buckets > 100000) throw UserError("report: --buckets between 10 and 100000");
  // Fail before a long replay, not after it.
  html_page(dir, "{}");
  std::optional<ElfSymbols> syms;
  if (!symbols_path.empty()) syms = ElfSymbols::load(symbols_path);

  const Manifest man = read_manifest(manifest_path(dir));
  const MachineConfig cfg = replay_config(man, dir);
  LogContents log = read_log(log_path(dir));
  if (log.events.empty()) throw UserError(dir + ": the recording has no events");
  const uint64_t end_icount = log.events.back().at.icount;
  const BucketAxis axis(end_icount, buckets);
  ReportModel model;
  model.axis = &axis;
  model.inputs = logged_inputs(log, axis);
  std::map<std::string, uint64_t> port_counts;
  for (const Event& e : log.events) ++port_counts[port_name(e.port)];

  RunCollector::Options copt;
  copt.head_lines = lines * 4 / 5;
  copt.tail_lines = lines - copt.head_lines;
  copt.sample_pcs = syms.has_value();
  RunCollector* col = nullptr;
  Machine m(cfg, [&col](uint8_t c) { col->console_byte(c); });
  RunCollector collector(m, axis, copt);
  col = &collector;
  m.boot();
  Replayer rp(std::move(log));
  m.set_replayer(&rp);
  m.set_run_observer(&collector);
  Progress progress(end_icount);
  std::optional<int> st;
  try {
    // In steps, for the progress line: stopping between slices does not
    // change the schedule (Machine::run_to).
    const uint64_t step = std::max<uint64_t>(end_icount / 200, 1'000'000);
    for (;;) {
      st = m.run_to({m.icount() + step, 0});
      if (st || m.at_history_end()) break;
      progress.at(m.icount());
    }
  } catch (const UnstoredBlock& e) {
    throw Divergence(m.icount(), e.what());
  }
  progress.done();
  collector.finish();
  const double replay_s = progress.secs();
  check_replay_end(m, rp, st, dir);

  model.title = dir;
  model.run = &collector;
  std::string opts;
  for (const auto& a : man.args) opts += (opts.empty() ? "" : " ") + a;
  model.facts.push_back({"options", opts});
  model.facts.push_back({"length", count_text(end_icount) + " instructions, " + std::to_string(m.hart_count()) +
                                       (m.hart_count() == 1 ? " hart" : " harts")});
  if (rp.complete())
    model.facts.push_back({"ended", "guest exit status " + std::to_string(st.value_or(0))});
  else
    model.facts.push_back({"ended", "incomplete log: " + (rp.log().damage.empty() ? std::string("no end event")
                                                                                   : rp.log().damage)});
  std::string ev;
  for (const auto& [name, n] : port_counts) ev += (ev.empty() ? "" : ", ") + name + " " + count_text(n);
  model.facts.push_back({"events", ev});
  model.facts.push_back({"buckets", std::to_string(axis.count()) + " of " + count_text(axis.width()) +
                                        " instructions; modes sampled at " + count_text(collector.slices()) +
                                        " slice ends"});
  for (const PanicMark& pm : collector.panic_marks().marks())
    model.marks.push_back({panic_kind_name(pm.kind), pm.name, pm.icount, pm.line});
  CheckpointStore store(dir);
  for (const auto& c : store.list())
    model.marks.push_back({"checkpoint", "", c.at.icount, "saved checkpoint (a goto near it starts here)"});
  model.marks.push_back({"end", "end", end_icount, rp.complete() ? "end of the recording" : "end of the log"});
  std::stable_sort(model.marks.begin(), model.marks.end(),
                   [](const ReportMark& a, const ReportMark& b) { return a.icount < b.icount; });
  if (syms) model.profile = profile(collector, *syms, model.profile_samples);

  const std::string page = html_page(dir, report_json(model));
  {
    std::ofstream f(out_path, std::ios::binary | std::ios::trunc);
    if (!f || !f.write(page.data(), std::streamsize(page.size())) || !f.flush())
      throw UserError(out_path + ": cannot write the report");
  }
  std::fprintf(stderr,
               "ttvm: wrote %s (%zu bytes): %" PRIu64 " instructions in %u buckets, %" PRIu64
               " console lines, %zu panic marks; replay %.1f s\n",
               out_path.c_str(), page.size(), end_icount, axis.count(), collector.console_lines().total(),
               collector.panic_marks().marks().size(), replay_s);
  return 0;
}

}  // namespace ttvm

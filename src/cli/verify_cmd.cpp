// ttvm verify REC: checks time travel on a recording. A plain forward
// replay (no timeline) notes the full state digest at random points; then a
// replay with a timeline goes to each point from the end of history, from
// the start and from another random point, and its digest there must be the
// same. Last, it goes to the end and checks the recording's final state.
// Prints goto latencies (median and worst) per way of getting there: the
// benchmark of bench/timetravel.sh uses them.
#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <random>

#include "cli/commands.h"
#include "machine/machine.h"
#include "machine/options.h"
#include "record/log_reader.h"
#include "record/named_values.h"
#include "record/recorder.h"
#include "record/replayer.h"
#include "timetravel/checkpoint_store.h"
#include "timetravel/history_commands.h"
#include "util/error.h"

namespace ttvm {
namespace {

struct Latency {
  std::vector<double> ms;
  void add(double v) { ms.push_back(v); }
  std::string text() {
    if (ms.empty()) return "-";
    std::sort(ms.begin(), ms.end());
    char b[96];
    std::snprintf(b, sizeof b, "median %.1f ms, worst %.1f ms (%zu)", ms[ms.size() / 2], ms.back(), ms.size());
    return b;
  }
};

double since_ms(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int cmd_verify(const std::vector<std::string>& args_in) {
  std::vector<std::string> args = args_in;
  const std::string points_s = take_option(args, "--points");
  const std::string seed_s = take_option(args, "--seed");
  const Timeline::Options tt = timeline_options(take_option(args, "--tt-memory"));
  bool verbose = false;
  std::erase_if(args, [&](const std::string& a) { return a == "-v" && (verbose = true); });
  if (args.size() != 1)
    throw UserError("verify: usage: ttvm verify DIR [--points N] [--seed S] [--tt-memory SIZE]");
  const std::string dir = args[0];
  const unsigned points = points_s.empty() ? 20 : unsigned(parse_number("verify: --points", points_s, 1, 100000));
  const uint64_t seed = seed_s.empty() ? 1 : parse_number("verify: --seed", seed_s, 0, UINT64_MAX);
  const Manifest man = read_manifest(manifest_path(dir));
  const MachineConfig cfg = replay_config(man, dir);
  const LogContents log = read_log(log_path(dir));
  if (log.events.empty()) throw UserError(dir + ": the recording has no events");
  const uint64_t end_icount = log.events.back().at.icount;

  // The reference: a plain forward replay, digests at sorted random points.
  std::mt19937_64 rng(seed);
  std::vector<TimePoint> at;
  for (unsigned i = 0; i < points; ++i) at.push_back({rng() % (end_icount + 1), 0});
  // Points inside idle time jumps too: the logged points themselves.
  for (unsigned i = 0; i < points / 4; ++i) at.push_back(log.events[rng() % log.events.size()].at);
  std::sort(at.begin(), at.end(), [](const TimePoint& a, const TimePoint& b) { return a.before(b); });
  at.erase(std::unique(at.begin(), at.end()), at.end());
  std::vector<uint64_t> want;
  auto t0 = std::chrono::steady_clock::now();
  {
    Replayer rp{LogContents(log)};
    Machine ref(cfg, nullptr);
    ref.boot();
    ref.set_replayer(&rp);
    ref.set_hold_at_end(true);
    for (auto& t : at) {
      ref.run_to(t);
      t = ref.here();  // a point past the end of a cut-short log is its end
      want.push_back(ref.digest());
    }
  }
  const double ref_ms = since_ms(t0);

  Replayer rp{LogContents(log)};
  Machine m(cfg, nullptr);
  m.boot();
  m.set_replayer(&rp);
  Timeline tl(m, &rp, [&] {
    Timeline::Options o = tt;
    o.progress = false;
    return o;
  }());
  // Saved checkpoints too: the first move to the end starts from one.
  CheckpointStore store(dir);
  tl.set_store(&store, false);
  tl.start();
  t0 = std::chrono::steady_clock::now();
  tl.go_to(tl.end());
  const double to_end_ms = since_ms(t0);
  const uint64_t end_memory = tl.memory_bytes();
  const size_t end_checkpoints = tl.checkpoints().size();
  // From the end of history to 1%, 50% and 99% of it.
  std::string fractions;
  for (double f : {0.01, 0.5, 0.99}) {
    tl.go_to(tl.end());
    const auto s = std::chrono::steady_clock::now();
    tl.go_to(tl.point_at(uint64_t(double(end_icount) * f)));
    char b[64];
    std::snprintf(b, sizeof b, "%s%.0f%% %.1f ms", fractions.empty() ? "" : ", ", f * 100, since_ms(s));
    fractions += b;
  }

  unsigned bad = 0, checked = 0;
  Latency from_end, from_start, from_other;
  auto check = [&](size_t i, const char* how, Latency& lat) {
    const auto s = std::chrono::steady_clock::now();
    if (verbose) std::fprintf(stderr, "goto %" PRIu64 " from %" PRIu64 " (%s)\n", at[i].icount, tl.now().icount, how);
    tl.go_to(at[i]);
    lat.add(since_ms(s));
    const uint64_t d = m.digest();
    ++checked;
    if (tl.now() != at[i] || d != want[i]) {
      ++bad;
      std::fprintf(stderr, "ttvm verify: goto %" PRIu64 " (idle jump %" PRIu64 ") %s: at %" PRIu64 ", digest %016" PRIx64
                           ", forward replay %016" PRIx64 "\n",
                   at[i].icount, at[i].idle_jumps, how, tl.now().icount, d, want[i]);
    }
  };
  std::vector<size_t> order(at.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), rng);
  for (size_t i : order) {
    tl.go_to(tl.end());
    check(i, "from the end", from_end);
    tl.go_to(tl.begin());
    check(i, "from the start", from_start);
    {
      const TimePoint o = at[rng() % at.size()];
      if (verbose) std::fprintf(stderr, "goto %" PRIu64 " (idle jump %" PRIu64 ")\n", o.icount, o.idle_jumps);
      tl.go_to(o);
    }
    check(i, "from another point", from_other);
  }
  // And the end: the recording's final state.
  tl.go_to(tl.end());
  m.set_hold_at_end(false);
  m.run();
  const NamedValues mine = m.full_state_values();
  std::string end_diff;
  if (const Event* e = rp.peek_boundary(); e && e->port == Port::kEnd) {
    NamedValues rec = *decode_values(e->data);
    std::erase_if(rec, [](const auto& kv) { return kv.first == "exit"; });
    end_diff = first_difference(rec, mine);
  }
  if (!end_diff.empty()) {
    ++bad;
    std::fprintf(stderr, "ttvm verify: final state after the gotos: %s\n", end_diff.c_str());
  }
  std::printf("verify %s: %u gotos to %zu points, %u wrong; %zu checkpoints, %.1f MiB (budget %.0f MiB), %" PRIu64
              " merges\n",
              dir.c_str(), checked, at.size(), bad, tl.checkpoints().size(), double(tl.memory_bytes()) / 1048576.0,
              double(tl.memory_budget()) / 1048576.0, tl.stats().merges);
  std::printf("  history %" PRIu64 " instructions; forward replay with digests %.0f ms; first run to the end %.0f ms\n",
              end_icount, ref_ms, to_end_ms);
  std::printf("  after the first run to the end: %zu checkpoints, %.1f MiB\n", end_checkpoints,
              double(end_memory) / 1048576.0);
  std::printf("  goto from the end to %s\n", fractions.c_str());
  std::printf("  goto from the end:   %s\n", from_end.text().c_str());
  std::printf("  goto from the start: %s\n", from_start.text().c_str());
  std::printf("  goto from elsewhere: %s\n", from_other.text().c_str());
  return bad ? 1 : 0;
}

}  // namespace ttvm

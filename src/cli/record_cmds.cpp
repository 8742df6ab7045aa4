// ttvm record / replay / info (the images a recording keeps: cli/images.cpp).
#include <unistd.h>

#include <cctype>
#include <cinttypes>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <future>
#include <map>
#include <memory>

#include "cli/commands.h"
#include "cli/console_out.h"
#include "cli/drive.h"
#include "cli/images.h"
#include "machine/machine.h"
#include "machine/options.h"
#include "record/image_store.h"
#include "record/log_reader.h"
#include "machine/elf_symbols.h"
#include "record/manifest.h"
#include "record/marks_file.h"
#include "record/panic_marks.h"
#include "record/recorder.h"
#include "record/replayer.h"
#include "timetravel/checkpoint_store.h"
#include "timetravel/history_commands.h"
#include "timetravel/timeline.h"
#include "util/error.h"

namespace ttvm {

namespace {

volatile std::sig_atomic_t g_quit_signal = 0;
void on_quit_signal(int sig) { g_quit_signal = sig; }

std::string hex64(uint64_t v) {
  char b[17];
  std::snprintf(b, sizeof b, "%016" PRIx64, v);
  return b;
}

double guest_seconds(uint64_t time_units) {
  return double(time_units) / double(Machine::kInsnsPerTick * Machine::kTimebaseHz);
}

}  // namespace

MachineConfig replay_config(const Manifest& man, const std::string& dir, const std::vector<std::string>& moved) {
  require_current(man, dir);
  MachineConfig cfg = parse_machine_options(man.args);
  rebase_paths(cfg, man.cwd);
  cfg.start_epoch_ns = man.start_epoch_ns;
  // No -bios: what the recording booted is what its manifest lists (the
  // kernel the choice depends on may have moved since).
  if (cfg.bios.empty()) {
    cfg.bios = "none";
    for (const auto& img : man.images)
      if (img.role == "firmware") cfg.bios = img.path;
  }
  const auto files = machine_files(cfg);
  if (files.size() != man.images.size())
    throw UserError(dir + ": the manifest lists " + std::to_string(man.images.size()) +
                    " images but its options name " + std::to_string(files.size()));
  for (size_t i = 0; i < files.size(); ++i) {
    const ImageRef& want = man.images[i];
    const std::string path = std::filesystem::absolute(files[i].second).lexically_normal();
    if (files[i].first != want.role || path != want.path)
      throw UserError(dir + ": manifest image " + std::to_string(i) + " is the " + want.role + " " + want.path +
                      ", but the options name the " + files[i].first + " " + path);
  }
  locate_images(cfg, man, dir, moved);
  return cfg;
}

std::string take_option(std::vector<std::string>& args, const std::string& name) {
  std::string v;
  for (size_t i = 0; i < args.size();) {
    if (args[i] == name) {
      if (i + 1 == args.size()) throw UserError(name + " needs a value");
      v = args[i + 1];
      args.erase(args.begin() + long(i), args.begin() + long(i) + 2);
    } else {
      ++i;
    }
  }
  return v;
}

Timeline::Options timeline_options(const std::string& memory) {
  Timeline::Options o;
  if (!memory.empty()) {
    o.memory_budget = parse_size("--tt-memory", memory);
    if (o.memory_budget < (1ull << 20)) throw UserError("--tt-memory " + memory + ": at least 1M");
  }
  return o;
}

namespace {

// --symbols ELF: pcs in `monitor history` print as function+offset.
std::optional<ElfSymbols> symbols_option(std::vector<std::string>& args) {
  const std::string path = take_option(args, "--symbols");
  if (path.empty()) return std::nullopt;
  return ElfSymbols::load(path);
}

// Panic marks become bookmarks (monitor goto panic, replay --goto panic).
void bookmark_marks(Timeline& tl, const std::vector<PanicMark>& marks) {
  for (const auto& mk : marks) tl.set_bookmark(mk.name, tl.point_at(mk.icount));
}

}  // namespace

int cmd_record(const std::vector<std::string>& all) {
  std::string dir = "ttvm.rec";
  std::vector<std::string> args;
  bool pack = true;  // keep the images in the recording
  std::vector<std::string> rest = all;
  const std::string tt_memory = take_option(rest, "--tt-memory");
  const std::optional<ElfSymbols> syms = symbols_option(rest);
  const Timeline::Options tt = timeline_options(tt_memory);
  bool save_checkpoints = true;
  std::erase_if(rest, [&](const std::string& a) { return a == "--no-checkpoints" && !(save_checkpoints = false); });
  for (size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == "--no-pack") {
      pack = false;
    } else if (rest[i] == "-o") {
      if (i + 1 == rest.size()) throw UserError("-o needs a recording directory");
      dir = rest[++i];
    } else {
      args.push_back(rest[i]);
    }
  }
  MachineConfig cfg = parse_machine_options(args);
  for (const auto& d : cfg.drives)
    if (d.commit)
      throw UserError("-drive " + d.file + ": commit=on would change an image the recording depends on; record without it");
  if (!cfg.dump_dtb.empty()) throw UserError("--dump-dtb: use 'ttvm run' to write the device tree");
  // The one read of the host clock: the RTC's epoch, kept in the manifest.
  cfg.start_epoch_ns = host_epoch_ns();
  Manifest man;
  man.start_epoch_ns = cfg.start_epoch_ns;
  man.cwd = std::filesystem::current_path();
  man.args = args;
  // The images are hashed for the manifest on another thread while the
  // machine is built and booted; a hashing error is still the one reported
  // first, as when the hashing came first.
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& [role, path] : machine_files(cfg))
    files.emplace_back(role, std::filesystem::absolute(path).lexically_normal());
  std::future<std::vector<ImageRef>> hashed = std::async(std::launch::async, [files] {
    std::vector<ImageRef> v;
    for (const auto& [role, path] : files) v.push_back(hash_image(role, path));
    return v;
  });
  std::optional<RecordImages> kept;
  ConsoleOut out;
  std::unique_ptr<Machine> machine;
  try {
    if (pack) kept.emplace(cfg);
    machine = std::make_unique<Machine>(cfg, [&out](uint8_t c) { out.put(c); });
    machine->boot();
  } catch (...) {
    man.images = hashed.get();
    throw;
  }
  man.images = hashed.get();
  Machine& m = *machine;
  Recorder rec(dir, man);
  // The boot images are copied into the recording (and the copies checked)
  // beside the run, on another thread: they are only files, and the run does
  // not read them again.
  std::future<std::string> kept_files;
  if (kept)
    kept_files = std::async(std::launch::async, [&] { return kept->keep_files(dir, man); });
  else
    reset_images_dir(dir, false);  // what an earlier recording here kept goes
  HostConsole console;
  m.set_console_input(&console);
  m.set_output_flush([&out] { out.flush(); });
  m.set_output_poll([&out] { out.flush_if_stale(); });
  m.set_recorder(&rec);
  // Checkpoints as it goes: gdb on the recording can go back in time, and
  // some are saved with the recording for replays that start later.
  Timeline::Options topt = tt;
  // No debugger: only the saved checkpoints matter, and nothing goes back.
  if (cfg.gdb_port < 0) topt.keep_history = false;
  std::optional<Timeline> timeline;
  CheckpointStore store(dir);
  if (cfg.gdb_port >= 0 || save_checkpoints) {
    timeline.emplace(m, nullptr, topt);
    if (save_checkpoints) timeline->set_store(&store, true);
    if (syms) timeline->set_symbols(&*syms);
    timeline->start();
  }
  // Panic marks: kept with the recording as they are found, and bookmarks
  // for gdb on the recording.
  MarksWriter marks_out(dir);
  PanicMarker marker;
  marker.set_on_mark([&](const PanicMark& mk) {
    marks_out.add(mk);
    if (timeline) timeline->set_bookmark(mk.name, timeline->point_at(mk.icount));
    std::fprintf(stderr, "\nttvm: mark %s at icount %" PRIu64 ": %s\n", mk.name.c_str(), mk.icount, mk.line.c_str());
  });
  m.set_panic_marker(&marker);
  // The network backends (slirp, hostfwd listeners) feed the net port;
  // replay never opens them.
  m.open_net_backends();
  // SIGINT/SIGTERM/SIGHUP end the recording cleanly, as an input at a
  // point the machine chooses.
  for (int s : {SIGINT, SIGTERM, SIGHUP}) std::signal(s, on_quit_signal);
  m.set_quit_flag(&g_quit_signal);
  const std::optional<int> st =
      drive_machine(m, cfg, {.debugger_read_only = true, .timeline = timeline ? &*timeline : nullptr});
  out.flush();
  if (timeline) {
    // gdb may have left the machine in the past: the recording ends at its
    // end of history.
    if (!timeline->at_end()) timeline->go_to(timeline->end());
    if (save_checkpoints) timeline->save_final_checkpoint();  // so that `replay --goto end` starts soon
  }
  m.set_panic_marker(nullptr);
  NamedValues end = m.full_state_values();
  const uint64_t digest = Machine::digest_of(end);
  end.emplace_back("exit", uint64_t(int64_t(st.value_or(0))));
  rec.end(m.here(), end);
  std::string kept_all = kept_files.valid() ? kept_files.get() : "";
  if (kept) {
    const std::string drives = kept->keep_drives(dir, man);
    kept_all += (kept_all.empty() || drives.empty() ? "" : "; ") + drives;
  }
  if (!kept_all.empty()) std::fprintf(stderr, "ttvm: %s/images: %s\n", dir.c_str(), kept_all.c_str());
  std::fprintf(stderr,
               "ttvm: recorded %" PRIu64 " instructions (%.3f guest s) in %s: %" PRIu64 " console, %" PRIu64
               " net, %" PRIu64 " entropy inputs; log %" PRIu64 " bytes; state digest %s\n",
               m.icount(), guest_seconds(*find_value(end, "time")), dir.c_str(), rec.events(Port::kConsole),
               rec.events(Port::kNet), rec.events(Port::kEntropy), rec.log_bytes(), hex64(digest).c_str());
  return exit_status(st);
}

int cmd_replay(const std::vector<std::string>& args_in) {
  std::vector<std::string> args = args_in;
  const std::string goto_spec = take_option(args, "--goto");
  const Timeline::Options tt = timeline_options(take_option(args, "--tt-memory"));
  const std::optional<ElfSymbols> syms = symbols_option(args);
  std::string dir;
  std::vector<std::string> extra;  // replay's own options: gdb, tracing, stats
  std::vector<std::string> moved;  // --image ROLE=PATH
  for (size_t i = 0; i < args.size(); ++i) {
    if (dir.empty() && !args[i].empty() && args[i][0] != '-') {
      dir = args[i];
    } else if (args[i] == "--image") {
      if (i + 1 == args.size()) throw UserError("--image needs ROLE=PATH (e.g. kernel=/new/place/Image)");
      moved.push_back(args[++i]);
    } else {
      extra.push_back(args[i]);
      // Options with a value: the value is not the recording's directory.
      if ((args[i] == "-gdb" || args[i] == "--gdb" || args[i] == "-d" || args[i] == "-D" || args[i] == "--engine") &&
          i + 1 < args.size())
        extra.push_back(args[++i]);
    }
  }
  if (dir.empty())
    throw UserError(
        "replay: which recording? (usage: ttvm replay DIR [--goto POINT] [--image ROLE=PATH] [--gdb PORT] [-s] [-S] "
        "[--stats])");
  const Manifest man = read_manifest(manifest_path(dir));
  MachineConfig cfg = replay_config(man, dir, moved);
  const MachineConfig own = parse_machine_options(extra);
  cfg.gdb_host = own.gdb_host;
  cfg.gdb_port = own.gdb_port;
  cfg.start_stopped = own.start_stopped;
  cfg.stats = own.stats;
  cfg.engine = own.engine;  // the engine is the replayer's choice, not the recording's
  cfg.trace_in_asm = own.trace_in_asm;
  cfg.log_file = own.log_file;
  Replayer rp(read_log(log_path(dir)));

  ConsoleOut out;
  Machine m(cfg, [&out](uint8_t c) { out.put(c); });
  m.boot();
  m.set_replayer(&rp);
  m.set_output_poll([&out] { out.flush_if_stale(); });
  std::optional<int> st;
  CheckpointStore store(dir);
  // Panic marks: the recording's, else found again as the replay goes
  // (they depend only on the guest's output and the icount).
  const std::optional<std::vector<PanicMark>> kept_marks = read_marks(dir);
  std::optional<Timeline> timeline;
  PanicMarker marker;
  if (!kept_marks) {
    marker.set_on_mark([&timeline](const PanicMark& mk) {
      if (timeline) timeline->set_bookmark(mk.name, timeline->point_at(mk.icount));
    });
    m.set_panic_marker(&marker);
  }
  // A read of a disk block the recording does not keep (cli/images.h) can
  // only come from a replay that left the recording.
  try {
    // Time travel when a debugger may ask for it, or a point was given.
    if (cfg.gdb_port >= 0 || !goto_spec.empty()) {
      timeline.emplace(m, &rp, tt);
      timeline->set_store(&store, false);
      if (syms) timeline->set_symbols(&*syms);
      timeline->start();
      if (kept_marks) bookmark_marks(*timeline, *kept_marks);
      if (!goto_spec.empty()) {
        TimePoint where;
        try {
          where = parse_point(*timeline, goto_spec);
        } catch (const UserError&) {
          // A mark of a recording that did not keep its marks: found by
          // replaying to the end.
          if (kept_marks || goto_spec.empty() || !std::isalpha(static_cast<unsigned char>(goto_spec[0]))) throw;
          // Every instruction runs (a jump to a saved checkpoint would skip
          // the output that makes the mark), until the mark is seen.
          while (!timeline->bookmark(goto_spec) && timeline->now().before(timeline->end())) {
            const TimePoint before = timeline->now();
            timeline->replay_forward({timeline->now().icount + 50'000'000, 0}, nullptr);
            if (timeline->now() == before) break;
          }
          if (!timeline->bookmark(goto_spec))
            throw UserError("--goto " + goto_spec + ": no such bookmark or mark in this recording (ttvm info lists its marks)");
          where = *timeline->bookmark(goto_spec);
        }
        timeline->go_to(where);
        if (cfg.gdb_port < 0) {
          out.flush();
          std::fprintf(stderr, "ttvm: at icount %" PRIu64 " of %" PRIu64 "; state digest %s\n", m.icount(),
                       timeline->end().icount, hex64(m.digest()).c_str());
          return 0;
        }
      }
    }
    st = drive_machine(m, cfg, {.debugger_read_only = true, .timeline = timeline ? &*timeline : nullptr});
    if (timeline) {
      // The session may end anywhere in history: finish the replay from
      // there (without time travel's hold at the end) to check it.
      timeline->go_to(timeline->end());
      m.set_hold_at_end(false);
      st = m.run();
    }
  } catch (const UnstoredBlock& e) {
    throw Divergence(m.icount(), e.what());
  }
  out.flush();
  return exit_status(check_replay_end(m, rp, st, dir));
}

std::optional<int> check_replay_end(Machine& m, Replayer& rp, std::optional<int> st, const std::string& dir) {
  if (!rp.complete()) {
    const std::string why = rp.log().damage.empty() ? "it ends without the recorder's end event (was the recorder killed?)"
                                                    : rp.log().damage;
    std::fprintf(stderr, "ttvm: %s: %s; replayed the %zu events before it, to icount %" PRIu64 "\n",
                 log_path(dir).c_str(), why.c_str(), rp.log().events.size(), m.icount());
    return std::nullopt;
  }
  const Event* e = rp.peek_boundary();
  if (!e || e->port != Port::kEnd)
    throw Divergence(m.icount(), "the guest stopped (status " + std::to_string(st.value_or(0)) +
                                     ") before the recording ended");
  if (!(e->at == m.here()))
    throw Divergence(m.icount(), "the recording ended at icount " + std::to_string(e->at.icount) + ", the replay at " +
                                     std::to_string(m.icount()));
  NamedValues want = *decode_values(e->data);
  const uint64_t exit = find_value(want, "exit").value_or(0);
  std::erase_if(want, [](const auto& kv) { return kv.first == "exit"; });
  const NamedValues mine = m.full_state_values();
  const std::string diff = first_difference(want, mine);
  if (!diff.empty()) throw Divergence(m.icount(), "final state: " + diff);
  if (uint64_t(int64_t(st.value_or(0))) != exit)
    throw Divergence(m.icount(), "exit status " + std::to_string(st.value_or(0)) + ", recorded " + std::to_string(int64_t(exit)));
  std::fprintf(stderr, "ttvm: replay matched the recording: %" PRIu64 " instructions, exit status %d, state digest %s\n",
               m.icount(), st.value_or(0), hex64(Machine::digest_of(mine)).c_str());
  return st;
}

int cmd_info(const std::vector<std::string>& args) {
  if (args.size() != 1) throw UserError("info: usage: ttvm info DIR");
  const std::string& dir = args[0];
  const Manifest man = read_manifest(manifest_path(dir));
  const LogContents log = read_log(log_path(dir));
  std::printf("recording   %s (format %u)\n", dir.c_str(), man.version);
  std::string opts;
  for (const auto& a : man.args) opts += (opts.empty() ? "" : " ") + a;
  std::printf("options     %s\n", opts.c_str());
  std::printf("directory   %s\n", man.cwd.c_str());
  std::printf("epoch       %" PRIu64 " ns since 1970\n", man.start_epoch_ns);
  print_images(man, dir);
  std::map<std::string, uint64_t> counts;
  for (const auto& e : log.events) ++counts[port_name(e.port)];
  uint64_t icount = 0, time = 0;
  std::optional<int64_t> exit;
  for (const auto& e : log.events) {
    if (e.port != Port::kDigest && e.port != Port::kEnd) continue;
    if (auto v = decode_values(e.data)) {
      icount = find_value(*v, "icount").value_or(icount);
      time = find_value(*v, "time").value_or(time);
      if (e.port == Port::kEnd && find_value(*v, "exit")) exit = int64_t(*find_value(*v, "exit"));
    }
  }
  const double secs = guest_seconds(time);
  std::printf("length      %" PRIu64 " instructions, %.3f guest seconds\n", icount, secs);
  if (exit)
    std::printf("ended       guest exit status %" PRId64 "\n", *exit);
  else
    std::printf("ended       incomplete: %s\n",
                log.damage.empty() ? "no end event (the recorder was killed)" : log.damage.c_str());
  std::string ev;
  for (const auto& [name, n] : counts) ev += (ev.empty() ? "" : ", ") + name + " " + std::to_string(n);
  std::printf("events      %s\n", ev.empty() ? "none" : ev.c_str());
  std::printf("log         %" PRIu64 " bytes in %u chunks", log.file_bytes, log.good_chunks);
  if (secs > 0) std::printf(", %.0f bytes per guest second", double(log.file_bytes) / secs);
  std::printf("\n");
  CheckpointStore store(dir);
  const auto& saved = store.list();
  uint64_t files = 0;
  for (const auto& c : saved) files += c.bytes;
  if (const auto marks = read_marks(dir)) {
    std::printf("marks       %zu (ttvm replay %s --goto NAME starts there)\n", marks->size(), dir.c_str());
    for (const auto& mk : *marks)
      std::printf("mark        %-10s icount %-12" PRIu64 " %s\n", mk.name.c_str(), mk.icount, mk.line.c_str());
  } else {
    std::printf("marks       not kept (recorded by an older ttvm; a replay finds them)\n");
  }
  std::printf("checkpoints %zu saved (%" PRIu64 " bytes of tables, %" PRIu64 " bytes of pages in %s/pages.pack)\n",
              saved.size(), files, saved.empty() ? 0 : store.pack_bytes(), store.dir().c_str());
  for (const auto& c : saved) std::printf("checkpoint  icount %" PRIu64 "  %" PRIu64 " bytes\n", c.at.icount, c.bytes);
  return 0;
}

}  // namespace ttvm

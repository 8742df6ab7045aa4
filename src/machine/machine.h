// The machine: RAM, bus, devices and harts, and the scheduler that runs the
// harts one at a time, round-robin in a fixed quantum of instructions, so
// that SMP runs are deterministic. Guest time is virtual: mtime advances by
// one tick every kInsnsPerTick instructions (of any hart) and jumps to the
// next timer deadline when every hart waits in WFI (DESIGN.md, core contract
// 2). The Machine owns everything; there is no global state.
#pragma once
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cpu/code_cache.h"
#include "cpu/hart.h"
#include "dev/clint.h"
#include "dev/goldfish_rtc.h"
#include "dev/htif.h"
#include "dev/plic.h"
#include "dev/disk_image.h"
#include "dev/entropy.h"
#include "dev/virtio_mmio.h"
#include "dev/virtio_net.h"
#include "mem/dma.h"
#include "dev/sifive_test.h"
#include "machine/access_watch.h"
#include "dev/uart16550.h"
#include "machine/boot.h"
#include "machine/config.h"
#include "machine/host_console.h"
#include "machine/run_observer.h"
#include "mem/bus.h"
#include "mem/ram.h"
#include "net/net_backend.h"
#include "record/event.h"
#include "record/named_values.h"

namespace ttvm {

class Recorder;
class Replayer;
class PanicMarker;

// The files a machine with this configuration reads when it boots, as
// (role, path): firmware, kernel, initrd, dtb, drive.
std::vector<std::pair<std::string, std::string>> machine_files(const MachineConfig& cfg);

class Machine : public HartEnv, public ClintHost, private EntropySource {
 public:
  // Virtual time: 100 million instructions per guest second, mtime at 10 MHz.
  static constexpr uint64_t kInsnsPerTick = 10;
  static constexpr uint64_t kTimebaseHz = 10'000'000;
  static constexpr uint64_t kQuantum = 10'000;
  // PLIC sources of the board's devices (QEMU virt numbering).
  static constexpr unsigned kUartIrq = 10, kRtcIrq = 11, kVirtioIrqBase = 1;
  static constexpr unsigned kVirtioSlots = 8;
  static constexpr uint64_t kVirtioBase = 0x10001000;

  using Sink = std::function<void(uint8_t)>;
  // `console` receives the guest's console output (UART and HTIF).
  Machine(const MachineConfig& cfg, Sink console);
  ~Machine() override;

  // Loads the images named by the configuration, builds the device tree
  // and resets the harts to the reset ROM.
  void boot();
  const std::vector<uint8_t>& fdt() const { return fdt_; }
  // Runs until the guest exits or `max_icount` instructions have run in
  // total. Returns the exit status once the guest has exited. Stopping and
  // resuming never changes the schedule: the hart that was running goes on
  // with the rest of its quantum.
  std::optional<int> run(uint64_t max_icount = ~0ull) { return run_to({max_icount, 0}); }
  // The same, stopping at the point `until` (an icount and the idle jumps
  // at it): run_to returns at the first input boundary not before it. A
  // point inside an idle time jump (several points at one icount) is
  // reached exactly.
  std::optional<int> run_to(TimePoint until);

  uint64_t icount() const;  // instructions executed by all harts
  unsigned hart_count() const { return unsigned(harts_.size()); }
  Hart& hart(unsigned i) { return *harts_[i]; }
  // The hart whose time slice it is (or was last).
  unsigned current_hart() const { return cur_hart_; }
  Ram& ram() { return ram_; }
  Bus& bus() { return bus_; }
  std::optional<int> exit_code() const { return exit_code_; }
  // Console input (an input port): polled between quanta, injected into
  // the UART. Null: no console input.
  void set_console_input(HostConsole* c) { console_in_ = c; }
  // Record mode: every host input taken is logged, with periodic digests.
  void set_recorder(Recorder* r) { recorder_ = r; }
  // Log mode: inputs come from the log instead of the host (a replay, or a
  // live session replaying its own history). Null: live mode. A log cut
  // short limits history to its last event.
  void set_replayer(Replayer* r);
  Replayer* replayer() const { return replayer_; }
  Recorder* recorder() const { return recorder_; }
  // run_to() never goes past this point (the end of what is known).
  void set_history_limit(TimePoint t) { history_limit_ = t; }
  TimePoint history_limit() const { return history_limit_; }
  // Log mode, time travel: the recording's end event is not acted on (the
  // machine stays at the end of history instead of exiting), and history
  // ends there.
  void set_hold_at_end(bool hold);
  // The user asked the run to end with `status` (Ctrl-A x, a signal): an
  // input like any other, logged when recording.
  void request_quit(int status) { quit_status_ = status; }
  // Standing at the history limit (a log cut short, the recording's end
  // when holding there): run() cannot go further.
  bool at_history_end() const;
  // Set asynchronously (by a signal handler) to a signal number.
  void set_quit_flag(const volatile std::sig_atomic_t* f) { quit_flag_ = f; }
  // Where the machine stands in its history.
  TimePoint here() const { return {icount(), idle_jumps_}; }

  // --- checkpoints (src/machine/machine_state.cpp; src/timetravel) ---
  // Everything but RAM and disk blocks: every hart, every device (each a
  // framed, named section), the schedule (current hart, rest of its slice),
  // virtual time, idle jumps, the exit status and the console position.
  // restore_state throws UserError naming the section that does not fit.
  void save_state(StateWriter& w) const;
  void restore_state(StateReader& r);
  unsigned disk_count() const { return unsigned(disks_.size()); }
  DiskImage& disk(unsigned i) { return *disks_[i]; }
  // Called at input boundaries (after the inputs there were delivered, the
  // points run_to() stops at) once icount() >= the value last returned, so
  // the timeline can take a checkpoint; returns the next icount to be called
  // at (~0: never).
  void set_boundary_hook(std::function<uint64_t()> fn, uint64_t first_icount) {
    boundary_hook_ = std::move(fn);
    boundary_next_ = boundary_hook_ ? first_icount : ~0ull;
  }
  // The timeline moved the machine: the next icount to call the hook at.
  void set_boundary_next(uint64_t icount) { boundary_next_ = icount; }
  // Console bytes the guest has written since power-on. Bytes at positions
  // already shown (the machine was sent back in time and runs forward
  // again) are not shown twice.
  uint64_t console_position() const { return out_count_; }
  // Cheap digest for the log: registers of each hart, devices, icount and
  // a sample of memory. full_state_values() adds the whole of RAM.
  NamedValues state_values();
  NamedValues full_state_values();
  // Network cards (-device virtio-net-device), in command-line order.
  unsigned net_cards() const { return unsigned(net_.size()); }
  VirtioNet& net_card(unsigned i) { return *net_[i].dev; }
  // Opens the host side of every card (its -netdev: slirp, hostfwd
  // listeners) and connects it. Replay does not call this: cards without a
  // backend transmit into nothing and receive only through net_input().
  void open_net_backends();
  // Gives card i a backend of the caller's (tests); null disconnects it.
  void set_net_backend(unsigned i, std::unique_ptr<NetBackend> b);
  // The network input port: hands one frame to card i. Called by poll_net()
  // only when the card can_receive(); the frame's bytes are all its input.
  void net_input(unsigned i, const uint8_t* frame, size_t len);
  // Called before the machine waits for input (the front end flushes the
  // console output it buffers, so a prompt is visible).
  void set_output_flush(std::function<void()> f) { flush_output_ = std::move(f); }
  // Called between slices while the harts run (the front end writes out
  // console output held back too long, e.g. a prompt of a guest that spins
  // instead of waiting). Host-side only: the guest cannot tell.
  void set_output_poll(std::function<void()> f) { poll_output_ = std::move(f); }
  // An observer of the run (null: none, the default; one branch a slice).
  void set_run_observer(RunObserver* o) { observer_ = o; }
  // The interrupt controller and the virtio-mmio slots (null: empty), for
  // observers that read their counters.
  const Plic& plic() const { return *plic_; }
  const VirtioDevice* virtio_device(unsigned slot) const {
    return slot < virtio_.size() ? virtio_[slot]->device() : nullptr;
  }
  // What drives PLIC source `s`: "uart", "rtc", "virtio-blk@slot7"; empty
  // if nothing does.
  std::string irq_source_name(unsigned s) const;
  // Instruction tracing (-d in_asm) to `out`.
  void set_trace(FILE* out);
  // Digest of all state (harts, devices, memory).
  uint64_t digest();
  // The same, from full_state_values() already computed.
  static uint64_t digest_of(const NamedValues& v);

  // --- debugger support (src/machine/machine_debug.cpp, live_control.h) ---
  // Called between rounds (every few quanta) while run() runs; returning
  // true makes run() return (at a round boundary: the guest cannot tell).
  void set_poll_hook(std::function<bool()> fn) { poll_hook_ = std::move(fn); }
  // Breakpoints and watchpoints for every hart (null: none).
  void set_debug_traps(const DebugTraps* t);
  // The hart a debugger pause stopped (run() returned with its reason in
  // debug_hit()); the next run() goes on with the rest of its slice.
  Hart* paused_hart() const { return paused_; }
  // Memory as hart `h` sees it (its current translation), for a debugger:
  // no A/D updates, no TLB changes, RAM and ROM only (no MMIO). A write to
  // code invalidates its decoded blocks. false if any byte is unreachable.
  bool debug_read(Hart& h, uint64_t va, void* out, uint64_t len);
  bool debug_write(Hart& h, uint64_t va, const void* in, uint64_t len);
  // A debugger's register write (kind: RegId::Kind as a number).
  bool debug_write_reg(unsigned hart, uint8_t kind, unsigned index, uint64_t value);
  // The debugger port: a register or memory write as an input, applied now
  // and logged when recording, so that the recording replays it. The
  // payload: kind (0 memory, 1 register), hart, then for memory the address
  // (8 bytes) and the bytes, for a register its kind (1), index (4) and
  // value (8). false (nothing logged) if it cannot be applied.
  bool debugger_input(const std::vector<uint8_t>& payload);

  // --- derived observations (record/panic_marks.h, monitor history) ---
  // Console bytes and quantum-end samples, each fed once: only output at a
  // console position and samples at an icount the machine reaches for the
  // first time (going back and forward again feeds nothing twice). Both
  // depend only on the guest's execution, so record and replay feed the
  // same. Null: none.
  void set_panic_marker(PanicMarker* p) { marker_ = p; }
  // Watches every access to the RAM pages at `page_pas` (physical
  // addresses of their first bytes); reads too if `reads`. Null: stops
  // watching (the pages' flags as before).
  void set_access_watch(AccessWatch* w, const std::vector<uint64_t>& page_pas, bool reads);
  // The hart executing an instruction right now (inside a slice), or null.
  Hart* running_hart() const { return running_; }

  // HartEnv
  uint64_t time_now(const Hart& h) override;
  void timer_changed(Hart& h) override;
  void watched_write(Hart& h, uint64_t pa, unsigned size) override;
  void watched_read(Hart& h, uint64_t pa, unsigned size) override;
  // ClintHost
  uint64_t mtime() override;
  void set_mtime(uint64_t v) override;
  void set_msip(unsigned hart, bool level) override;
  void timecmp_changed() override;

 private:
  uint64_t time_units();
  // Virtual time units (one per instruction) as guest nanoseconds.
  static uint64_t units_to_ns(uint64_t units) { return units / kInsnsPerTick * (1'000'000'000 / kTimebaseHz); }
  // Host nanoseconds since the machine was built (idle pacing only).
  uint64_t wall_ns() const;
  // Loads firmware, kernel, initrd and device tree into RAM (from the
  // image cache after the first time).
  BootImages load_images();
  // Devices and harts to their reset state, hart 0 first.
  void reset_board();
  // The guest asked for a reset (SiFive test 0x7777, e.g. Linux `reboot`).
  void guest_reset();
  void update_timer_lines();
  // Instructions until the next timer deadline that is not yet due
  // (~0 if none).
  uint64_t until_next_deadline();
  void request_exit(int code);
  void add_virtio_devices();
  // At an input boundary: takes host input (live, record) or logged input
  // (replay), and logs or checks a digest when one is due.
  void take_inputs();
  // Live and record: host inputs (every 64th call unless `idle`); true if
  // any was delivered.
  bool take_host_inputs(bool idle);
  // The user's request to end the run (Ctrl-A x, a signal), if any, as a
  // control input; true if there was one.
  bool take_quit();
  // Delivers one input to the device its port feeds.
  void inject(Port p, const uint8_t* data, size_t n);
  // Picks the next hart that is not waiting; false if every hart waits.
  bool next_slice();
  // Live and record: hands the frames waiting in the backends to the
  // cards that have receive buffers; true if any was delivered.
  bool poll_net();
  bool net_connected() const;
  // One poll(2) over the console and the network backends.
  void wait_for_host_input(int timeout_ms);
  // All harts wait: advance virtual time to the next deadline, or wait for
  // console or network input. false when nothing can ever wake the machine.
  bool idle();
  // EntropySource: virtio-rng's bytes, through the entropy port.
  void fill(uint8_t* p, size_t n) override;
  static void trace_one(void* ctx, const Hart& h, const Insn& in);

  MachineConfig cfg_;
  Sink console_;
  Ram ram_;
  Bus bus_;
  CodeCache code_;
  std::unique_ptr<Clint> clint_;
  std::unique_ptr<Plic> plic_;
  std::unique_ptr<Uart16550> uart_;
  std::unique_ptr<GoldfishRtc> rtc_;
  Dma dma_;
  HostEntropy host_entropy_;
  std::vector<std::unique_ptr<DiskImage>> disks_;
  std::vector<std::unique_ptr<VirtioMmio>> virtio_;  // slots 0..7
  struct NetCard {
    std::string netdev;  // -netdev id
    VirtioNet* dev;      // owned by its VirtioMmio slot
    std::unique_ptr<NetBackend> backend;
  };
  std::vector<NetCard> net_;
  std::vector<uint8_t> net_frame_;  // scratch for poll_net
  std::unique_ptr<Htif> htif_;
  std::unique_ptr<SifiveTest> test_dev_;
  // Every device with state, by name ("clint", "virtio7.virtio-blk"): one
  // list for reset, save/restore and digests.
  struct NamedDevice {
    std::string name;
    Device* dev;
  };
  std::vector<NamedDevice> devices_;
  void console_byte(uint8_t c);
  // The end of a hart's quantum (not waiting): a sample for the marker.
  void quantum_done(Hart& h);
  PanicMarker* marker_ = nullptr;
  uint64_t marker_bytes_ = 0;   // console positions fed to marker_
  uint64_t marker_icount_ = 0;  // the furthest icount sampled for marker_
  // Per hart: traps taken when its current quantum began, and whether the
  // machine ran that quantum from its start (not restored into its middle).
  struct QuantumStart {
    uint64_t traps = 0;
    bool whole = false;
  };
  std::vector<QuantumStart> quantum_start_;
  AccessWatch* access_watch_ = nullptr;
  std::vector<std::pair<uint64_t, uint8_t>> watch_flags_;  // page pa, flags we added
  uint64_t out_count_ = 0;  // console bytes written by the guest
  uint64_t out_shown_ = 0;  // console bytes handed to the sink
  std::function<uint64_t()> boundary_hook_;
  TimePoint history_limit_{~0ull, ~0ull};
  bool hold_at_end_ = false;
  uint64_t boundary_next_ = ~0ull;
  std::vector<std::unique_ptr<Hart>> harts_;
  Hart* running_ = nullptr;
  // The schedule: the hart whose quantum it is and what is left of it.
  unsigned cur_hart_ = 0;
  uint64_t slice_left_ = 0;
  uint64_t time_offset_ = 0;  // time units added by idle skips and mtime writes
  uint64_t idle_jumps_ = 0;   // idle time jumps so far (second coordinate of a TimePoint)
  Recorder* recorder_ = nullptr;
  Replayer* replayer_ = nullptr;
  int quit_status_ = -1;
  bool reset_pending_ = false;
  std::map<std::string, std::vector<uint8_t>> image_cache_;  // path -> bytes read at boot
  const volatile std::sig_atomic_t* quit_flag_ = nullptr;
  std::optional<int> exit_code_;
  FILE* trace_out_ = nullptr;
  std::vector<uint8_t> fdt_;
  HostConsole* console_in_ = nullptr;
  std::function<void()> flush_output_;
  std::function<void()> poll_output_;
  unsigned rounds_ = 0;
  std::function<bool()> poll_hook_;
  bool poll_soon_ = false;  // idle: poll the hook at the next round
  unsigned hook_rounds_ = 0;
  Hart* paused_ = nullptr;
  RunObserver* observer_ = nullptr;
  std::chrono::steady_clock::time_point wall_start_ = std::chrono::steady_clock::now();
  // Pacing of live idle time (Machine::idle): how far guest time has run
  // ahead of the wall clock by executing instructions (ns), never less.
  uint64_t pace_lead_ = 0;
};

}  // namespace ttvm

// The machine: RAM, bus, devices and harts, and the scheduler that runs the
// harts one at a time, round-robin in a fixed quantum of instructions, so
// that SMP runs are deterministic. Guest time is virtual: mtime advances by
// one tick every kInsnsPerTick instructions (of any hart) and jumps to the
// next timer deadline when every hart waits in WFI (DESIGN.md, core contract
// 2). The Machine owns everything; there is no global state.
#pragma once
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
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
#include "mem/dma.h"
#include "dev/sifive_test.h"
#include "dev/uart16550.h"
#include "machine/config.h"
#include "machine/host_console.h"
#include "mem/bus.h"
#include "mem/ram.h"

namespace ttvm {

class Machine : public HartEnv, public ClintHost {
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
  // total. Returns the exit status once the guest has exited.
  std::optional<int> run(uint64_t max_icount = ~0ull);

  uint64_t icount() const;  // instructions executed by all harts
  unsigned hart_count() const { return unsigned(harts_.size()); }
  Hart& hart(unsigned i) { return *harts_[i]; }
  Ram& ram() { return ram_; }
  Bus& bus() { return bus_; }
  std::optional<int> exit_code() const { return exit_code_; }
  // Console input (an input port): polled between quanta, injected into
  // the UART. Null: no console input.
  void set_console_input(HostConsole* c) { console_in_ = c; }
  // Instruction tracing (-d in_asm) to `out`.
  void set_trace(FILE* out);
  // Digest of all state (harts, devices, memory).
  uint64_t digest();

  // --- debugger support (src/machine/machine_debug.cpp, live_control.h) ---
  // Called between rounds (every few quanta) while run() runs; returning
  // true makes run() return (at a round boundary: the guest cannot tell).
  void set_poll_hook(std::function<bool()> fn) { poll_hook_ = std::move(fn); }
  // Breakpoints and watchpoints for every hart (null: none).
  void set_debug_traps(const DebugTraps* t);
  // The hart whose turn a debugger pause interrupted (run() returned with
  // its reason in debug_hit()); the next run() finishes that turn first.
  Hart* paused_hart() const { return paused_; }
  // Memory as hart `h` sees it (its current translation), for a debugger:
  // no A/D updates, no TLB changes, RAM and ROM only (no MMIO). A write to
  // code invalidates its decoded blocks. false if any byte is unreachable.
  bool debug_read(Hart& h, uint64_t va, void* out, uint64_t len);
  bool debug_write(Hart& h, uint64_t va, const void* in, uint64_t len);

  // HartEnv
  uint64_t time_now(const Hart& h) override;
  void timer_changed(Hart& h) override;
  void watched_write(Hart& h, uint64_t pa, unsigned size) override;
  // ClintHost
  uint64_t mtime() override;
  void set_mtime(uint64_t v) override;
  void set_msip(unsigned hart, bool level) override;
  void timecmp_changed() override;

 private:
  uint64_t time_units();
  void update_timer_lines();
  // Instructions until the next timer deadline that is not yet due
  // (~0 if none).
  uint64_t until_next_deadline();
  void request_exit(int code);
  void add_virtio_devices();
  void poll_console();
  // All harts wait: advance virtual time to the next deadline, or wait for
  // console input. false when nothing can ever wake the machine.
  bool idle();
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
  HostEntropy entropy_;
  std::vector<std::unique_ptr<DiskImage>> disks_;
  std::vector<std::unique_ptr<VirtioMmio>> virtio_;  // slots 0..7
  std::unique_ptr<Htif> htif_;
  std::unique_ptr<SifiveTest> test_dev_;
  std::vector<std::unique_ptr<Hart>> harts_;
  Hart* running_ = nullptr;
  unsigned next_hart_ = 0;
  uint64_t time_offset_ = 0;  // time units added by idle skips and mtime writes
  std::optional<int> exit_code_;
  FILE* trace_out_ = nullptr;
  std::vector<uint8_t> fdt_;
  HostConsole* console_in_ = nullptr;
  unsigned rounds_ = 0;
  std::function<bool()> poll_hook_;
  bool poll_soon_ = false;  // idle: poll the hook at the next round
  Hart* paused_ = nullptr;
  // Runs one turn (or the rest of a paused one); false if a debugger paused it.
  bool run_turn(Hart& h, uint64_t budget);
  std::chrono::steady_clock::time_point wall_start_ = std::chrono::steady_clock::now();
};

}  // namespace ttvm

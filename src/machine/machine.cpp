#include "machine/machine.h"

#include <poll.h>

#include <cinttypes>

#include "dev/virtio_blk.h"
#include "dev/virtio_net.h"
#include "dev/virtio_rng.h"
#include "isa/disasm.h"
#include "machine/boot.h"
#include "machine/loader.h"
#include "net/slirp_backend.h"
#include "record/recorder.h"
#include "record/replayer.h"
#include "util/error.h"
#include "util/hash.h"

#ifndef TTVM_DEMO_PATH
#define TTVM_DEMO_PATH ""
#endif

namespace ttvm {

std::vector<std::pair<std::string, std::string>> machine_files(const MachineConfig& cfg) {
  std::vector<std::pair<std::string, std::string>> out;
  if (cfg.bios != "none") out.emplace_back("firmware", cfg.bios == "default" ? kDefaultBios : cfg.bios);
  if (!cfg.kernel.empty())
    out.emplace_back("kernel", cfg.kernel);
  else if (cfg.bios == "none" && *TTVM_DEMO_PATH)
    out.emplace_back("kernel", TTVM_DEMO_PATH);
  if (!cfg.initrd.empty()) out.emplace_back("initrd", cfg.initrd);
  if (!cfg.dtb.empty()) out.emplace_back("dtb", cfg.dtb);
  for (const auto& d : cfg.drives) out.emplace_back("drive", d.file);
  return out;
}

Machine::Machine(const MachineConfig& cfg, Sink console)
    : cfg_(cfg), console_(std::move(console)), ram_(kRamBase, cfg.ram_size), bus_(ram_), code_(bus_),
      dma_(ram_, code_) {
  if (cfg.smp < 1 || cfg.smp > kMaxHarts)
    throw UserError("-smp " + std::to_string(cfg.smp) + ": ttvm supports 1 to " + std::to_string(kMaxHarts) + " harts");
  clint_ = std::make_unique<Clint>(cfg.smp, *this);
  bus_.add_device(Clint::kBase, Clint::kSize, clint_.get());
  plic_ = std::make_unique<Plic>(cfg.smp, [this](unsigned ctx, bool level) {
    harts_[ctx / 2]->set_irq_lines(ctx % 2 ? irq::kSeip : irq::kMeip, level);
  });
  bus_.add_device(Plic::kBase, Plic::window_size(cfg.smp), plic_.get());
  uart_ = std::make_unique<Uart16550>(console_, [this](bool level) { plic_->set_level(kUartIrq, level); });
  bus_.add_device(Uart16550::kBase, Uart16550::kSize, uart_.get());
  rtc_ = std::make_unique<GoldfishRtc>(cfg.start_epoch_ns, [this] { return mtime() * (1'000'000'000 / kTimebaseHz); });
  bus_.add_device(GoldfishRtc::kBase, GoldfishRtc::kSize, rtc_.get());
  add_virtio_devices();
  test_dev_ = std::make_unique<SifiveTest>([this](SifiveTest::Action a, int status) {
    if (a == SifiveTest::Action::kReset)
      std::fprintf(stderr, "ttvm: the guest asked for a reset, which is not supported yet; stopping\n");
    request_exit(status);
    if (running_) running_->request_stop();
  });
  bus_.add_device(SifiveTest::kBase, SifiveTest::kSize, test_dev_.get());
  for (unsigned i = 0; i < cfg.smp; ++i) {
    HartConfig hc;
    hc.hartid = i;
    harts_.push_back(std::make_unique<Hart>(hc, bus_, code_, *this));
  }
  code_.on_new_code_page = [this](uint64_t ppage) {
    for (auto& h : harts_) h->flush_write_tlb_ppage(ppage);
  };
  code_.on_invalidate = [this] {
    for (auto& h : harts_) h->flush_jump_cache();
  };
}

Machine::~Machine() {
  for (auto& d : disks_) d->flush();  // commit=on drives write back
}

// Puts each -device (and each -drive if=virtio) in a virtio-mmio slot: the
// slot its bus= names, else the highest free one (QEMU fills the slots from
// the top, and Linux probes them from the top, so the first disk is vda).
void Machine::add_virtio_devices() {
  std::vector<std::unique_ptr<VirtioDevice>> slot_dev(kVirtioSlots);
  auto place = [&](std::unique_ptr<VirtioDevice> dev, int slot, const std::string& what) {
    if (slot < 0) {
      for (int n = int(kVirtioSlots) - 1; n >= 0 && slot < 0; --n)
        if (!slot_dev[unsigned(n)]) slot = n;
      if (slot < 0) throw UserError(what + ": all " + std::to_string(kVirtioSlots) + " virtio-mmio slots are taken");
    } else if (slot_dev[unsigned(slot)]) {
      throw UserError(what + ": virtio-mmio-bus." + std::to_string(slot) + " is already taken");
    }
    slot_dev[unsigned(slot)] = std::move(dev);
  };
  auto disk_for = [&](const DriveConfig& d) -> DiskImage& {
    disks_.push_back(std::make_unique<DiskImage>(d.file, d.read_only, d.commit));
    return *disks_.back();
  };
  std::vector<VirtioNet*> nic(cfg_.devices.size(), nullptr);
  // Explicit buses first, so that automatic placement cannot take them.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < cfg_.devices.size(); ++i) {
      const DeviceConfig& dev = cfg_.devices[i];
      if ((dev.slot >= 0) != (pass == 0)) continue;
      const std::string what = "-device " + dev.driver;
      if (dev.driver == "virtio-rng-device") {
        place(std::make_unique<VirtioRng>(static_cast<EntropySource&>(*this)), dev.slot, what);
      } else if (dev.driver == "virtio-net-device") {
        // QEMU's default MACs: 52:54:00:12:34:56 for the first card, then
        // the last byte counts up (in command-line order).
        unsigned index = 0;
        for (size_t j = 0; j < i; ++j) index += cfg_.devices[j].driver == "virtio-net-device";
        VirtioNet::Mac mac = {0x52, 0x54, 0x00, 0x12, 0x34, uint8_t(0x56 + index)};
        if (dev.has_mac) std::copy(dev.mac.begin(), dev.mac.end(), mac.begin());
        auto card = std::make_unique<VirtioNet>(mac);
        nic[i] = card.get();
        place(std::move(card), dev.slot, what);
      } else {
        for (const auto& d : cfg_.drives)
          if (d.id == dev.drive && !d.on_virtio_bus) place(std::make_unique<VirtioBlk>(disk_for(d)), dev.slot, what);
      }
    }
  }
  for (const auto& d : cfg_.drives)
    if (d.on_virtio_bus) place(std::make_unique<VirtioBlk>(disk_for(d)), -1, "-drive " + d.file);
  for (size_t i = 0; i < cfg_.devices.size(); ++i)
    if (nic[i]) net_.push_back({cfg_.devices[i].netdev, nic[i], nullptr});
  for (unsigned n = 0; n < kVirtioSlots; ++n) {
    const unsigned irq = kVirtioIrqBase + n;
    virtio_.push_back(std::make_unique<VirtioMmio>(dma_, std::move(slot_dev[n]),
                                                   [this, irq](bool level) { plic_->set_level(irq, level); }));
    const uint64_t base = kVirtioBase + 0x1000ull * n;
    char label[48];
    std::snprintf(label, sizeof label, "virtio-mmio@0x%llx", static_cast<unsigned long long>(base));
    virtio_.back()->set_label(label);
    bus_.add_device(base, VirtioMmio::kSize, virtio_.back().get());
  }
}

void Machine::boot() {
  FdtParams fp;
  fp.ram_base = ram_.base();
  fp.ram_size = ram_.size();
  fp.harts = unsigned(harts_.size());
  fp.isa = "rv64imafdc_zicsr_zifencei_sstc";
  fp.mmu_type = "riscv,sv48";
  fp.timebase_hz = kTimebaseHz;
  fp.plic_size = Plic::window_size(fp.harts);
  const BootImages img = load_boot_images(cfg_, ram_, fp, TTVM_DEMO_PATH);
  fdt_ = img.fdt;
  bus_.add_rom(kResetRomBase, img.rom);
  if (img.tohost) {
    const uint64_t fromhost = img.fromhost.value_or(*img.tohost + 64);
    if (!ram_.contains(*img.tohost, 8)) throw UserError("symbol tohost lies outside RAM");
    htif_ = std::make_unique<Htif>(ram_, *img.tohost, fromhost, console_);
    ram_.set_page_flag(*img.tohost, Ram::kWatchPage);
  }
  clint_->reset();
  plic_->reset();
  uart_->reset();
  rtc_->reset();
  for (auto& v : virtio_) v->reset();
  for (auto& h : harts_) h->reset(kResetRomBase);
  // The first slice goes to hart 0.
  cur_hart_ = unsigned(harts_.size()) - 1;
  slice_left_ = 0;
  update_timer_lines();
}

uint64_t Machine::icount() const {
  uint64_t n = 0;
  for (const auto& h : harts_) n += h->current_icount();
  return n;
}

uint64_t Machine::time_units() { return icount() + time_offset_; }
uint64_t Machine::mtime() { return time_units() / kInsnsPerTick; }
uint64_t Machine::time_now(const Hart&) { return mtime(); }

void Machine::set_mtime(uint64_t v) {
  time_offset_ += v * kInsnsPerTick - time_units();
  timecmp_changed();
}

void Machine::set_msip(unsigned hart, bool level) {
  if (hart < harts_.size()) harts_[hart]->set_irq_lines(irq::kMsip, level);
}

void Machine::update_timer_lines() {
  const uint64_t now = mtime();
  for (unsigned i = 0; i < harts_.size(); ++i) {
    Hart& h = *harts_[i];
    h.set_irq_lines(irq::kMtip, now >= clint_->mtimecmp(i));
    h.set_irq_lines(irq::kStip, h.sstc_enabled() && now >= h.mtimecmp_stimecmp());
  }
}

uint64_t Machine::until_next_deadline() {
  const uint64_t now = time_units();
  uint64_t best = ~0ull;
  auto consider = [&](uint64_t cmp) {
    if (cmp > ~0ull / kInsnsPerTick) return;  // never, in practice
    const uint64_t at = cmp * kInsnsPerTick;
    if (at > now) best = std::min(best, at - now);
  };
  for (unsigned i = 0; i < harts_.size(); ++i) {
    consider(clint_->mtimecmp(i));
    if (harts_[i]->sstc_enabled()) consider(harts_[i]->mtimecmp_stimecmp());
  }
  return best;
}

void Machine::timecmp_changed() {
  update_timer_lines();
  if (running_) {
    const uint64_t d = until_next_deadline();
    if (d != ~0ull) running_->limit_to(running_->current_icount() + d);
  }
}

void Machine::timer_changed(Hart&) { timecmp_changed(); }

void Machine::watched_write(Hart& h, uint64_t pa, unsigned size) {
  if (!htif_) return;
  if (auto code = htif_->on_write(pa, size)) {
    request_exit(*code);
    h.request_stop();
  }
}

void Machine::request_exit(int code) {
  if (!exit_code_) exit_code_ = code;
}

std::optional<int> Machine::run(uint64_t max_icount) {
  // A log cut short (a killed recorder, a damaged chunk) replays up to its
  // last event and no further: what came after it is unknown.
  if (replayer_ && !replayer_->complete()) max_icount = std::min(max_icount, replayer_->horizon().icount);
  paused_ = nullptr;
  while (!exit_code_) {
    take_inputs();
    if (exit_code_) break;
    const uint64_t now = icount();
    if (now >= max_icount) return std::nullopt;
    // A debugger's stop request: between slices, where the guest cannot tell.
    if (poll_hook_ && ((++hook_rounds_ & 7) == 0 || poll_soon_)) {
      poll_soon_ = false;
      if (poll_hook_()) return std::nullopt;
    }
    if (slice_left_ == 0 && !next_slice()) {
      if (!idle()) {
        std::fprintf(stderr, "ttvm: every hart waits for an interrupt (WFI) and nothing can raise one; stopping\n");
        return 1;
      }
      continue;
    }
    Hart& h = *harts_[cur_hart_];
    uint64_t budget = std::min({slice_left_, until_next_deadline(), max_icount - now});
    if (replayer_) {
      // Stop exactly where the next logged input enters.
      if (const Event* e = replayer_->peek_boundary(); e && e->at.icount > now)
        budget = std::min(budget, e->at.icount - now);
    }
    running_ = &h;
    const uint64_t n = h.run(budget);
    running_ = nullptr;
    slice_left_ = h.waiting() ? 0 : slice_left_ - std::min(n, slice_left_);
    update_timer_lines();
    code_.collect_garbage();
    if (__builtin_expect(h.paused(), 0)) {
      // A breakpoint, watchpoint or step: the slice goes on when run() is
      // called again, so the schedule is the same as without the stop.
      paused_ = &h;
      return std::nullopt;
    }
  }
  return exit_code_;
}

bool Machine::next_slice() {
  const unsigned count = unsigned(harts_.size());
  for (unsigned k = 1; k <= count; ++k) {
    const unsigned i = (cur_hart_ + k) % count;
    if (harts_[i]->waiting()) continue;
    // Another hart's stores may hit a reserved granule: a reservation does
    // not survive a switch.
    if (i != cur_hart_) harts_[cur_hart_]->clear_reservation();
    cur_hart_ = i;
    slice_left_ = kQuantum;
    return true;
  }
  return false;
}

void Machine::take_inputs() {
  const TimePoint now = here();
  if (replayer_) {
    while (const Event* e = replayer_->peek_boundary()) {
      if (e->at.before(now))
        throw Divergence(now.icount, std::string("the machine went past a logged ") + port_name(e->port) +
                                         " event at icount " + std::to_string(e->at.icount) + " without stopping there");
      if (!(e->at == now)) break;
      if (e->port == Port::kDigest || e->port == Port::kEnd) {
        if (e->port == Port::kEnd) {
          // The recording ended here (the guest exited, or the user or a
          // debugger ended the run): so does the replay. The caller checks
          // the final state.
          const auto v = decode_values(e->data);
          request_exit(int(int64_t(v ? find_value(*v, "exit").value_or(0) : 0)));
          return;
        }
        const auto recorded = decode_values(e->data);
        if (!recorded) throw Divergence(now.icount, "a logged digest is malformed");
        const std::string diff = first_difference(*recorded, state_values());
        if (!diff.empty()) throw Divergence(now.icount, diff);
      } else {
        inject(e->port, e->data.data(), e->data.size());
      }
      replayer_->pop_boundary();
    }
    return;
  }
  take_host_inputs(false);
  if (recorder_ && recorder_->digest_due(now)) recorder_->digest(now, state_values());
}

bool Machine::take_host_inputs(bool idle) {
  if (console_in_ && console_in_->quit_requested()) request_quit(0);
  if (quit_flag_ && *quit_flag_) request_quit(128 + *quit_flag_);
  if (quit_status_ >= 0) {
    const uint8_t st = uint8_t(quit_status_);
    if (recorder_) recorder_->input(here(), Port::kControl, &st, 1);
    inject(Port::kControl, &st, 1);
    quit_status_ = -1;
    return true;
  }
  if ((!console_in_ && net_.empty()) || (!idle && (++rounds_ & 63) != 0)) return false;
  const bool received = poll_net();
  if (!console_in_) return received;
  uint8_t buf[Uart16550::kFifoSize];
  const size_t n = console_in_->poll(buf, uart_->rx_room());
  if (n) {
    if (recorder_) recorder_->input(here(), Port::kConsole, buf, n);
    inject(Port::kConsole, buf, n);
  }
  if (console_in_->quit_requested()) return take_host_inputs(idle) || n || received;
  return n != 0 || received;
}

void Machine::open_net_backends() {
  for (unsigned i = 0; i < net_.size(); ++i)
    for (const auto& n : cfg_.netdevs)
      if (n.id == net_[i].netdev) set_net_backend(i, std::make_unique<SlirpBackend>(n));
}

void Machine::set_net_backend(unsigned i, std::unique_ptr<NetBackend> b) {
  NetCard& c = net_.at(i);
  c.backend = std::move(b);
  NetBackend* to = c.backend.get();
  if (to)
    c.dev->set_tx_sink([to](const uint8_t* frame, size_t len) { to->send(frame, len); });
  else
    c.dev->set_tx_sink(nullptr);
}

bool Machine::net_connected() const {
  for (const auto& c : net_)
    if (c.backend) return true;
  return false;
}

// The network input port's seam: the frame's bytes are the whole input.
void Machine::net_input(unsigned i, const uint8_t* frame, size_t len) { net_[i].dev->receive(frame, len); }

bool Machine::poll_net() {
  bool any = false;
  for (unsigned i = 0; i < net_.size(); ++i) {
    NetCard& c = net_[i];
    if (!c.backend) continue;
    c.backend->poll_now();
    // Frames wait on the host side until the driver has buffers for them.
    while (c.dev->can_receive() && c.backend->take_frame(net_frame_)) {
      if (recorder_) {
        // The net port's event: the card's index, then the frame.
        net_frame_.insert(net_frame_.begin(), uint8_t(i));
        recorder_->input(here(), Port::kNet, net_frame_.data(), net_frame_.size());
        net_input(i, net_frame_.data() + 1, net_frame_.size() - 1);
      } else {
        net_input(i, net_frame_.data(), net_frame_.size());
      }
      any = true;
    }
  }
  return any;
}

void Machine::wait_for_host_input(int timeout_ms) {
  std::vector<pollfd> fds;
  if (console_in_) fds.push_back(pollfd{console_in_->fd(), POLLIN, 0});
  for (auto& c : net_)
    if (c.backend) c.backend->fill_pollfds(fds, timeout_ms);
  const int r = ::poll(fds.data(), fds.size(), timeout_ms);
  for (auto& c : net_)
    if (c.backend) c.backend->dispatch(fds, r < 0);
}

void Machine::inject(Port p, const uint8_t* data, size_t n) {
  switch (p) {
    case Port::kConsole:
      for (size_t i = 0; i < n; ++i) uart_->push_input(data[i]);
      break;
    case Port::kNet:
      if (n == 0 || data[0] >= net_.size() || !net_[data[0]].dev->can_receive())
        throw Divergence(icount(), "the log has a network frame for card " + std::to_string(n ? data[0] : 0) +
                                       ", which has no receive buffer posted at this point");
      net_input(data[0], data + 1, n - 1);
      break;
    case Port::kControl:
      request_exit(n ? data[0] : 0);
      break;
    default:
      throw Divergence(icount(), std::string("the log has a ") + port_name(p) + " input this machine has no device for");
  }
}

void Machine::fill(uint8_t* p, size_t n) {
  if (replayer_) {
    const Event& e = replayer_->take(Port::kEntropy, here(), n);
    std::memcpy(p, e.data.data(), n);
    return;
  }
  host_entropy_.fill(p, n);
  if (recorder_) recorder_->input(here(), Port::kEntropy, p, n);
}

bool Machine::idle() {
  // Whatever the guest printed (a prompt, say) is out before we wait.
  if (flush_output_) flush_output_();
  const uint64_t d = until_next_deadline();
  // Input may still come: typed, piped, or from the network.
  const bool live = !replayer_ && ((console_in_ && !console_in_->eof()) || net_connected());
  if (live) {
    if (recorder_ && recorder_->needs_sync()) recorder_->sync(here(), state_values());  // may block on the host
    // Input may still come (a person typing, a script feeding a pipe, a
    // peer on the network): do not let idle guest time run ahead of the
    // wall clock. This only sleeps; the guest sees the same time whatever
    // the host does.
    const uint64_t guest_ns = (time_units() + (d == ~0ull ? 0 : d)) / kInsnsPerTick * (1'000'000'000 / kTimebaseHz);
    const auto wall_ns = uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                      std::chrono::steady_clock::now() - wall_start_).count());
    const bool early = d != ~0ull && guest_ns > wall_ns;
    if (d == ~0ull)
      wait_for_host_input(poll_hook_ ? 50 : -1);  // a debugger must still get through
    else if (early)
      wait_for_host_input(int(std::min<uint64_t>((guest_ns - wall_ns) / 1'000'000, 100)));
    poll_soon_ = true;
    // Input arrived: let the harts see it before time moves on.
    if (take_host_inputs(true)) return true;
    // Still ahead of the wall clock: wait again (the deadline stays put).
    if (early && uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(
                              std::chrono::steady_clock::now() - wall_start_).count()) < guest_ns)
      return true;
  }
  if (d == ~0ull) return live;
  time_offset_ += d;  // jump to the deadline
  ++idle_jumps_;
  update_timer_lines();
  return true;
}

void Machine::set_trace(FILE* out) {
  trace_out_ = out;
  for (auto& h : harts_) h->set_trace(out ? &Machine::trace_one : nullptr, this);
}

void Machine::trace_one(void* ctx, const Hart& h, const Insn& in) {
  auto* m = static_cast<Machine*>(ctx);
  static const char kPriv[] = {'U', 'S', '?', 'M'};
  const std::string text = disassemble(in, h.pc());
  if (in.len == 2)
    std::fprintf(m->trace_out_, "%" PRIu64 " hart%" PRIu64 " %c 0x%016" PRIx64 ":     %04x  %s\n", h.current_icount(),
                 h.hartid(), kPriv[unsigned(h.priv())], h.pc(), in.raw, text.c_str());
  else
    std::fprintf(m->trace_out_, "%" PRIu64 " hart%" PRIu64 " %c 0x%016" PRIx64 ": %08x  %s\n", h.current_icount(),
                 h.hartid(), kPriv[unsigned(h.priv())], h.pc(), in.raw, text.c_str());
}

uint64_t Machine::digest() { return digest_of(full_state_values()); }

uint64_t Machine::digest_of(const NamedValues& v) {
  uint64_t h = kFnvOffset;
  for (const auto& kv : v) h = fnv1a(&kv.second, sizeof kv.second, h);
  return h;
}

uint64_t Machine::guest_ns() { return mtime() * (1'000'000'000 / kTimebaseHz); }

NamedValues Machine::state_values() {
  NamedValues v;
  v.emplace_back("icount", icount());
  v.emplace_back("time", time_units());
  for (unsigned i = 0; i < harts_.size(); ++i) {
    const std::string name = "hart" + std::to_string(i);
    v.emplace_back(name + ".pc", harts_[i]->pc());
    v.emplace_back(name + ".icount", harts_[i]->current_icount());
    v.emplace_back(name + ".state", harts_[i]->digest());
  }
  v.emplace_back("schedule", uint64_t(cur_hart_) << 32 | slice_left_);
  StateWriter w;
  clint_->save(w);
  plic_->save(w);
  uart_->save(w);
  rtc_->save(w);
  for (auto& d : virtio_) d->save(w);
  v.emplace_back("devices", fnv1a(w.bytes().data(), w.bytes().size()));
  v.emplace_back("memory.sample", ram_.sample_digest(4096));
  return v;
}

NamedValues Machine::full_state_values() {
  NamedValues v = state_values();
  v.emplace_back("memory", ram_.digest());
  return v;
}

}  // namespace ttvm

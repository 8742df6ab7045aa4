// The board: memory map, devices, boot, virtual time and timers. The
// scheduler is in machine_run.cpp, the input ports in machine_inputs.cpp,
// state digests in machine_state.cpp, debugger access in machine_debug.cpp.
#include "machine/machine.h"

#include <cinttypes>

#include "dev/virtio_blk.h"
#include "dev/virtio_net.h"
#include "dev/virtio_rng.h"
#include "isa/disasm.h"
#include "machine/boot.h"
#include "machine/loader.h"
#include "record/panic_marks.h"
#include "util/error.h"

#ifndef TTVM_DEMO_PATH
#define TTVM_DEMO_PATH ""
#endif

namespace ttvm {

std::vector<std::pair<std::string, std::string>> machine_files(const MachineConfig& cfg) {
  std::vector<std::pair<std::string, std::string>> out;
  const std::string bios = firmware_of(cfg, [](const std::string& p) { return read_file(p); });
  if (bios != "none") out.emplace_back("firmware", bios);
  if (!cfg.kernel.empty())
    out.emplace_back("kernel", cfg.kernel);
  else if (bios == "none" && *TTVM_DEMO_PATH)
    out.emplace_back("kernel", TTVM_DEMO_PATH);
  if (!cfg.initrd.empty()) out.emplace_back("initrd", cfg.initrd);
  if (!cfg.dtb.empty()) out.emplace_back("dtb", cfg.dtb);
  for (const auto& d : cfg.drives) out.emplace_back("drive", d.file);
  return out;
}

Machine::Machine(const MachineConfig& cfg, Sink console)
    : cfg_(cfg), console_(std::move(console)), ram_(kRamBase, cfg.ram_size), bus_(ram_), code_(bus_),
      dma_(ram_) {
  if (cfg.smp < 1 || cfg.smp > kMaxHarts)
    throw UserError("-smp " + std::to_string(cfg.smp) + ": ttvm supports 1 to " + std::to_string(kMaxHarts) + " harts");
  clint_ = std::make_unique<Clint>(cfg.smp, *this);
  bus_.add_device(Clint::kBase, Clint::kSize, clint_.get());
  plic_ = std::make_unique<Plic>(cfg.smp, [this](unsigned ctx, bool level) {
    harts_[ctx / 2]->set_irq_lines(ctx % 2 ? irq::kSeip : irq::kMeip, level);
  });
  bus_.add_device(Plic::kBase, Plic::window_size(cfg.smp), plic_.get());
  uart_ = std::make_unique<Uart16550>([this](uint8_t c) { console_byte(c); },
                                      [this](bool level) { plic_->set_level(kUartIrq, level); });
  bus_.add_device(Uart16550::kBase, Uart16550::kSize, uart_.get());
  rtc_ = std::make_unique<GoldfishRtc>(cfg.start_epoch_ns, [this] { return units_to_ns(time_units()); });
  bus_.add_device(GoldfishRtc::kBase, GoldfishRtc::kSize, rtc_.get());
  add_virtio_devices();
  test_dev_ = std::make_unique<SifiveTest>([this](SifiveTest::Action a, int status) {
    if (a == SifiveTest::Action::kReset && !cfg_.no_reboot)
      reset_pending_ = true;  // done between slices, where no hart is running
    else
      request_exit(a == SifiveTest::Action::kReset ? 0 : status);  // -no-reboot: a reset ends the run, as in QEMU
    if (running_) running_->request_stop();
  });
  bus_.add_device(SifiveTest::kBase, SifiveTest::kSize, test_dev_.get());
  devices_ = {{"clint", clint_.get()}, {"plic", plic_.get()}, {"uart", uart_.get()}, {"rtc", rtc_.get()},
              {"test", test_dev_.get()}};
  for (unsigned n = 0; n < virtio_.size(); ++n)
    devices_.push_back({"virtio" + std::to_string(n) + "." + virtio_[n]->name(), virtio_[n].get()});
  for (unsigned i = 0; i < disks_.size(); ++i) disks_[i]->set_block_logger(nullptr, i);
  for (unsigned i = 0; i < cfg.smp; ++i) {
    HartConfig hc;
    hc.hartid = i;
    if (!parse_engine(cfg.engine.empty() ? default_engine() : cfg.engine, hc.engine))
      throw UserError("--engine " + cfg.engine + ": expected interp, fast or jit");
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
    disks_.push_back(d.base ? std::make_unique<DiskImage>(d.base, d.read_only)
                            : std::make_unique<DiskImage>(d.file, d.read_only, d.commit, d.format));
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

std::string Machine::irq_source_name(unsigned s) const {
  if (s == kUartIrq) return "uart";
  if (s == kRtcIrq) return "rtc";
  if (s >= kVirtioIrqBase && s - kVirtioIrqBase < virtio_.size())
    if (const VirtioDevice* d = virtio_[s - kVirtioIrqBase]->device())
      return std::string(d->name()) + "@slot" + std::to_string(s - kVirtioIrqBase);
  return "";
}

BootImages Machine::load_images() {
  FdtParams fp;
  fp.ram_base = ram_.base();
  fp.ram_size = ram_.size();
  fp.harts = unsigned(harts_.size());
  fp.isa = "rv64imafdc_zicsr_zifencei_sstc";
  fp.mmu_type = "riscv,sv48";
  fp.timebase_hz = kTimebaseHz;
  fp.plic_size = Plic::window_size(fp.harts);
  // Every file is read once; a reset loads the same bytes again.
  return load_boot_images(cfg_, ram_, fp, TTVM_DEMO_PATH, [this](const std::string& path) {
    auto it = image_cache_.find(path);
    if (it == image_cache_.end()) it = image_cache_.emplace(path, read_file(path)).first;
    return it->second;
  });
}

void Machine::boot() {
  const BootImages img = load_images();
  fdt_ = img.fdt;
  bus_.add_rom(kResetRomBase, img.rom);
  if (img.tohost) {
    const uint64_t fromhost = img.fromhost.value_or(*img.tohost + 64);
    if (!ram_.contains(*img.tohost, 8)) throw UserError("symbol tohost lies outside RAM");
    htif_ = std::make_unique<Htif>(ram_, *img.tohost, fromhost, [this](uint8_t c) { console_byte(c); });
    ram_.set_page_flag(*img.tohost, Ram::kHookPage);
  }
  reset_board();
}

void Machine::console_byte(uint8_t c) {
  if (marker_) {
    if (out_count_ > marker_bytes_) marker_->gap();  // a jump over output never produced here
    if (out_count_ >= marker_bytes_) {
      marker_->console_byte(c, icount());
      marker_bytes_ = out_count_ + 1;
    }
  }
  if (out_count_++ < out_shown_) return;  // shown before this trip back in time
  out_shown_ = out_count_;
  if (console_) console_(c);
}

void Machine::reset_board() {
  for (auto& d : devices_) d.dev->reset();
  for (auto& h : harts_) h->reset(kResetRomBase);
  // The first slice goes to hart 0.
  cur_hart_ = unsigned(harts_.size()) - 1;
  slice_left_ = 0;
  update_timer_lines();
}

void Machine::guest_reset() {
  // As QEMU's virt board: the images are loaded again (the rest of RAM
  // keeps its contents, disks keep their writes), every device and hart
  // starts over from the reset ROM. Virtual time and the icount go on.
  load_images();
  code_.flush_all();
  reset_board();
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
  if (access_watch_) access_watch_->hart_wrote(h, pa, size);
  if (!htif_) return;
  if (auto code = htif_->on_write(pa, size)) {
    request_exit(*code);
    h.request_stop();
  }
}

void Machine::watched_read(Hart& h, uint64_t pa, unsigned size) {
  if (access_watch_) access_watch_->hart_read(h, pa, size);
}

void Machine::set_access_watch(AccessWatch* w, const std::vector<uint64_t>& page_pas, bool reads) {
  for (const auto& [pa, f] : watch_flags_) ram_.clear_page_flag(pa, f);
  watch_flags_.clear();
  access_watch_ = w;
  ram_.set_write_hook(w);
  if (w) {
    for (uint64_t pa : page_pas) {
      const uint8_t want = Ram::kHookPage | (reads ? Ram::kReadHook : 0);
      const uint8_t added = want & ~ram_.page_flags(pa);
      ram_.set_page_flag(pa, added);
      watch_flags_.emplace_back(pa, added);
    }
  }
  // No TLB entry may cover a watched page (and entries may come back for
  // pages no longer watched).
  for (auto& h : harts_) h->flush_tlbs();
}

void Machine::quantum_done(Hart& h) {
  const unsigned i = unsigned(h.hartid());
  const uint64_t now = icount();
  if (i >= quantum_start_.size() || !quantum_start_[i].whole || now <= marker_icount_) return;
  marker_icount_ = now;
  const Hart::LastTrap t = h.last_trap();
  marker_->quantum_sample(int(i), h.pc(), now, h.traps_taken() - quantum_start_[i].traps, t.cause, t.pc);
}

void Machine::request_exit(int code) {
  if (!exit_code_) exit_code_ = code;
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

}  // namespace ttvm

#include "report/run_collector.h"

namespace ttvm {

namespace {

constexpr size_t kNone = ~size_t(0);

// The two directions of a virtio device, as a person reads them.
std::pair<const char*, const char*> directions(uint32_t device_id) {
  switch (device_id) {
    case virtio::kIdBlock: return {"read", "written"};
    case virtio::kIdNet: return {"received", "sent"};
    case virtio::kIdRng: return {"random bytes", nullptr};
    default: return {"in", "out"};
  }
}

}  // namespace

RunCollector::RunCollector(Machine& m, const BucketAxis& axis, const Options& o)
    : m_(m), axis_(axis), opt_(o), console_bytes_(axis), lines_(o.head_lines, o.tail_lines) {
  for (unsigned h = 0; h < m.hart_count(); ++h) {
    modes_.push_back({Series(axis), Series(axis), Series(axis), Series(axis)});
    last_traps_.push_back(m.hart(h).trap_counts());
  }
  irqs_.push_back({"timer", Series(axis)});
  irqs_.push_back({"software (IPI)", Series(axis)});
  for (unsigned s = 1; s < Plic::kSources; ++s) {
    const std::string name = m.irq_source_name(s);
    if (name.empty()) continue;
    plic_.push_back({s, irqs_.size(), m.plic().claims(s)});
    irqs_.push_back({"external: " + name, Series(axis)});
  }
  for (const char* t : {"syscalls (ecall from U)", "SBI calls (ecall from S)", "page faults", "other exceptions"})
    traps_.push_back({t, Series(axis)});
  for (unsigned slot = 0; slot < Machine::kVirtioSlots; ++slot) {
    const VirtioDevice* d = m.virtio_device(slot);
    if (!d) continue;
    const std::string name = std::string(d->name()) + "@slot" + std::to_string(slot);
    const auto [in, out] = directions(d->device_id());
    Device dev{slot, io_.size(), kNone, d->io().in_bytes, d->io().out_bytes};
    io_.push_back({name + " " + in, Series(axis)});
    if (out) {
      dev.out = io_.size();
      io_.push_back({name + " " + out, Series(axis)});
    }
    devices_.push_back(dev);
  }
}

void RunCollector::console_byte(uint8_t c) {
  const uint64_t at = m_.icount();
  console_bytes_.add_at(at, 1);
  lines_.byte(c, at);
  marker_.console_byte(c, at);
}

void RunCollector::ran(unsigned hart, uint64_t n) {
  ++slices_;
  const uint64_t now = m_.icount();
  const uint64_t from = now - n;
  for (unsigned h = 0; h < modes_.size(); ++h) {
    const Hart& x = m_.hart(h);
    HartModes& md = modes_[h];
    // The hart that ran was in its mode (it may have just entered WFI:
    // those instructions still ran); the others stood where they were.
    Series* s = h != hart && x.waiting() ? &md.wait
                : x.priv() == Priv::kU   ? &md.user
                : x.priv() == Priv::kS   ? &md.kernel
                                         : &md.firmware;
    s->add_span(from, n);
  }
  const Hart& r = m_.hart(hart);
  if (!r.waiting()) {
    marker_.pc_sample(int(hart), r.pc(), now);
    if (opt_.sample_pcs) ++pcs_[r.pc()];
  }
  take_counters(now ? now - 1 : 0);
}

void RunCollector::idle_jump(uint64_t units) {
  const uint64_t now = m_.icount();
  for (HartModes& md : modes_) md.wait.add_at(now, double(units));
}

void RunCollector::take_counters(uint64_t at) {
  for (unsigned h = 0; h < last_traps_.size(); ++h) {
    const Hart::TrapCounts& now = m_.hart(h).trap_counts();
    Hart::TrapCounts& was = last_traps_[h];
    auto delta = [&](uint64_t& old, uint64_t cur) {
      const uint64_t d = cur - old;
      old = cur;
      return double(d);
    };
    irqs_[0].series.add_at(at, delta(was.interrupt[irq::kMti], now.interrupt[irq::kMti]) +
                                   delta(was.interrupt[irq::kSti], now.interrupt[irq::kSti]));
    irqs_[1].series.add_at(at, delta(was.interrupt[irq::kMsi], now.interrupt[irq::kMsi]) +
                                   delta(was.interrupt[irq::kSsi], now.interrupt[irq::kSsi]));
    double other = 0;
    for (unsigned c = 0; c < 24; ++c) {
      const double d = delta(was.exception[c], now.exception[c]);
      if (d == 0) continue;
      if (c == exc::kEcallU)
        traps_[0].series.add_at(at, d);
      else if (c == exc::kEcallS)
        traps_[1].series.add_at(at, d);
      else if (c == exc::kInsnPage || c == exc::kLoadPage || c == exc::kStorePage)
        traps_[2].series.add_at(at, d);
      else
        other += d;
    }
    if (other) traps_[3].series.add_at(at, other);
  }
  for (PlicSource& p : plic_) {
    const uint64_t c = m_.plic().claims(p.source);
    if (c != p.last) irqs_[p.series].series.add_at(at, double(c - p.last));
    p.last = c;
  }
  for (Device& d : devices_) {
    const IoCounters& io = m_.virtio_device(d.slot)->io();
    if (io.in_bytes != d.last_in) io_[d.in].series.add_at(at, double(io.in_bytes - d.last_in));
    if (d.out != kNone && io.out_bytes != d.last_out) io_[d.out].series.add_at(at, double(io.out_bytes - d.last_out));
    d.last_in = io.in_bytes;
    d.last_out = io.out_bytes;
  }
}

void RunCollector::finish() {
  take_counters(m_.icount() ? m_.icount() - 1 : 0);
  lines_.finish();
}

}  // namespace ttvm

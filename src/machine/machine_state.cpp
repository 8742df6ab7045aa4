// Digests of the machine's state: the cheap one logged while recording and
// checked while replaying, and the full one (all of RAM) at the end.
#include "machine/machine.h"
#include "util/hash.h"

namespace ttvm {

uint64_t Machine::digest() { return digest_of(full_state_values()); }

uint64_t Machine::digest_of(const NamedValues& v) {
  uint64_t h = kFnvOffset;
  for (const auto& kv : v) h = fnv1a(&kv.second, sizeof kv.second, h);
  return h;
}

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
  // One value per device, so that a divergence names the device.
  auto device = [&v](const std::string& name, const Device& d) {
    StateWriter w;
    d.save(w);
    v.emplace_back("device." + name, fnv1a(w.bytes().data(), w.bytes().size()));
  };
  device("clint", *clint_);
  device("plic", *plic_);
  device("uart", *uart_);
  device("rtc", *rtc_);
  for (unsigned n = 0; n < virtio_.size(); ++n)
    device("virtio" + std::to_string(n) + "." + virtio_[n]->name(), *virtio_[n]);
  v.emplace_back("memory.sample", ram_.sample_digest(4096));
  return v;
}

NamedValues Machine::full_state_values() {
  NamedValues v = state_values();
  v.emplace_back("memory", ram_.digest());
  return v;
}

}  // namespace ttvm

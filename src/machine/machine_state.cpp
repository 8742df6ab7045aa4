// Digests of the machine's state: the cheap one logged while recording and
// checked while replaying, and the full one (all of RAM) at the end.
#include "machine/machine.h"
#include "record/panic_marks.h"
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
  for (const auto& d : devices_) {
    if (d.dev == test_dev_.get()) continue;  // stateless (and not in older recordings' digests)
    StateWriter w;
    d.dev->save(w);
    v.emplace_back("device." + d.name, fnv1a(w.bytes().data(), w.bytes().size()));
  }
  for (unsigned i = 0; i < disks_.size(); ++i) v.emplace_back("disk" + std::to_string(i), disks_[i]->overlay_digest());
  v.emplace_back("memory.sample", ram_.sample_digest(4096));
  return v;
}

namespace {
constexpr uint32_t kStateMagic = 0x74737430;  // "0tst": a Machine::save_state blob

void put_name(StateWriter& w, const std::string& s) { w.put_bytes(s.data(), s.size()); }
std::string get_name(StateReader& r) {
  const uint64_t n = r.get<uint64_t>();
  if (n > 256) throw UserError("machine state: a section name of " + std::to_string(n) + " bytes");
  std::string s(n, '\0');
  r.get_raw(s.data(), n);
  return s;
}
}  // namespace

void Machine::save_state(StateWriter& w) const {
  w.put(kStateMagic);
  w.put<uint32_t>(unsigned(harts_.size()));
  for (const auto& h : harts_) {
    StateWriter hw;
    h->save(hw);
    w.put_bytes(hw.bytes().data(), hw.bytes().size());
  }
  w.put(cur_hart_);
  w.put(slice_left_);
  w.put(time_offset_);
  w.put(idle_jumps_);
  w.put<uint8_t>(exit_code_.has_value());
  w.put<int32_t>(exit_code_.value_or(0));
  w.put(out_count_);
  w.put<uint32_t>(unsigned(devices_.size()));
  for (const auto& d : devices_) {
    put_name(w, d.name);
    StateWriter dw;
    d.dev->save(dw);
    w.put_bytes(dw.bytes().data(), dw.bytes().size());
  }
}

void Machine::restore_state(StateReader& r) {
  if (r.get<uint32_t>() != kStateMagic) throw UserError("machine state: not a ttvm machine state");
  const uint32_t harts = r.get<uint32_t>();
  if (harts != harts_.size())
    throw UserError("machine state: for " + std::to_string(harts) + " harts; this machine has " +
                    std::to_string(harts_.size()));
  for (unsigned i = 0; i < harts; ++i) {
    const std::vector<uint8_t> blob = r.get_blob();
    StateReader hr(blob);
    harts_[i]->restore(hr);
    if (!hr.at_end()) throw UserError("machine state: hart " + std::to_string(i) + " has extra bytes");
  }
  r.get(cur_hart_);
  if (cur_hart_ >= harts_.size()) throw UserError("machine state: current hart " + std::to_string(cur_hart_));
  r.get(slice_left_);
  r.get(time_offset_);
  r.get(idle_jumps_);
  const bool exited = r.get<uint8_t>();
  const int32_t code = r.get<int32_t>();
  exit_code_ = exited ? std::optional<int>(code) : std::nullopt;
  r.get(out_count_);
  const uint32_t n = r.get<uint32_t>();
  if (n != devices_.size())
    throw UserError("machine state: " + std::to_string(n) + " devices; this machine has " +
                    std::to_string(devices_.size()));
  for (const auto& d : devices_) {
    const std::string name = get_name(r);
    if (name != d.name) throw UserError("machine state: device '" + name + "' where '" + d.name + "' was expected");
    const std::vector<uint8_t> blob = r.get_blob();
    StateReader dr(blob);
    try {
      d.dev->restore(dr);
    } catch (const UserError& e) {
      throw UserError("device " + d.name + ": " + e.what());
    }
    if (!dr.at_end()) throw UserError("machine state: device " + d.name + " has extra bytes");
  }
  reset_pending_ = false;
  running_ = nullptr;
  paused_ = nullptr;
  update_timer_lines();
  // The current quanta began before this state: their trap counts are
  // unknown here. A jump ahead of what was sampled breaks the runs of
  // consecutive samples.
  for (auto& q : quantum_start_) q.whole = false;
  if (marker_ && icount() > marker_icount_)
    for (unsigned i = 0; i < harts_.size(); ++i) marker_->hart_idle(int(i));
}

NamedValues Machine::full_state_values() {
  NamedValues v = state_values();
  v.emplace_back("memory", ram_.digest());
  return v;
}

}  // namespace ttvm

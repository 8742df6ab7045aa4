// The platform-level interrupt controller at 0xc000000 (SiFive PLIC layout,
// as on QEMU virt): per-source priorities and pending bits, per-context
// enables, thresholds and claim/complete. Contexts are numbered M then S for
// each hart (context 2h is hart h's M-mode, 2h+1 its S-mode), as QEMU does.
// Sources are level-triggered: a source whose line is still high after
// completion becomes pending again.
#pragma once
#include <cstdint>
#include <functional>
#include <vector>

#include "mem/device.h"

namespace ttvm {

class Plic : public Device {
 public:
  static constexpr uint64_t kBase = 0xc000000;
  static constexpr unsigned kSources = 96;  // source 0 is reserved; riscv,ndev = 95
  static uint64_t window_size(unsigned harts) { return 0x200000 + 0x1000ull * 2 * harts; }

  // `output(context, level)` drives a hart's MEIP (even context) or SEIP (odd).
  using Output = std::function<void(unsigned context, bool level)>;
  Plic(unsigned harts, Output output);

  const char* name() const override { return "plic"; }
  bool read(uint64_t offset, unsigned size, uint64_t& value) override;
  bool write(uint64_t offset, unsigned size, uint64_t value) override;
  void reset() override;
  void save(StateWriter& w) const override;
  void restore(StateReader& r) override;

  // A device's interrupt line.
  void set_level(unsigned source, bool level);
  // Claims of `source` since the PLIC was built (any context), for
  // observers of a run (ttvm report): not guest state, never saved or
  // digested, so counting cannot change a replay.
  uint64_t claims(unsigned source) const { return source < kSources ? claims_[source] : 0; }

 private:
  static constexpr unsigned kWords = kSources / 32;
  bool is_pending(unsigned s) const { return pending_[s / 32] >> (s % 32) & 1; }
  void set_pending(unsigned s, bool v);
  unsigned best(unsigned ctx) const;  // highest-priority claimable source, or 0
  void update();

  unsigned contexts_;
  Output output_;
  std::vector<uint32_t> priority_;   // per source
  std::vector<uint32_t> pending_;    // bitmap
  std::vector<uint32_t> level_;      // bitmap of line levels
  std::vector<uint32_t> claimed_;    // bitmap: claimed, not yet completed
  std::vector<uint32_t> enable_;     // contexts_ * kWords
  std::vector<uint32_t> threshold_;  // per context
  std::vector<uint8_t> out_;         // last output level per context
  uint64_t claims_[kSources] = {};   // see claims()
};

}  // namespace ttvm

// The Goldfish real-time clock at 0x101000 (QEMU virt): nanoseconds since
// the Unix epoch, read as TIME_LOW then TIME_HIGH (reading LOW latches
// HIGH). The clock is virtual: the run's start epoch (chosen once, recorded
// with the run) plus the machine's virtual time, so it never reads the host
// clock while running. The alarm registers are kept but the alarm never
// fires (nothing in our guests uses it).
#pragma once
#include <cstdint>
#include <functional>

#include "mem/device.h"

namespace ttvm {

class GoldfishRtc : public Device {
 public:
  static constexpr uint64_t kBase = 0x101000, kSize = 0x1000;
  // `now_ns()` gives the machine's virtual time in nanoseconds since power-on.
  GoldfishRtc(uint64_t start_epoch_ns, std::function<uint64_t()> now_ns)
      : epoch_ns_(start_epoch_ns), now_ns_(std::move(now_ns)) {}

  const char* name() const override { return "goldfish_rtc"; }
  bool read(uint64_t offset, unsigned size, uint64_t& value) override;
  bool write(uint64_t offset, unsigned size, uint64_t value) override;
  void reset() override;
  void save(StateWriter& w) const override;
  void restore(StateReader& r) override;

 private:
  // The clock counts modulo 2^64 ns: the guest may set any time, so the
  // offset wraps instead of overflowing (a signed overflow would be UB).
  void add_offset(uint64_t delta) { offset_ns_ = int64_t(uint64_t(offset_ns_) + delta); }

  uint64_t epoch_ns_;
  std::function<uint64_t()> now_ns_;
  int64_t offset_ns_ = 0;  // set by guest writes to the time registers
  uint32_t time_high_latch_ = 0;
  uint64_t alarm_ = 0;
  uint32_t irq_enabled_ = 0, alarm_running_ = 0;
};

}  // namespace ttvm

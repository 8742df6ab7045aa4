#include "dev/goldfish_rtc.h"

namespace ttvm {
namespace {
enum : uint64_t {
  kTimeLow = 0x00, kTimeHigh = 0x04, kAlarmLow = 0x08, kAlarmHigh = 0x0c, kIrqEnabled = 0x10,
  kClearAlarm = 0x14, kAlarmStatus = 0x18, kClearInterrupt = 0x1c
};
}

void GoldfishRtc::reset() {
  offset_ns_ = 0;
  time_high_latch_ = 0;
  alarm_ = 0;
  irq_enabled_ = alarm_running_ = 0;
}

bool GoldfishRtc::read(uint64_t off, unsigned size, uint64_t& v) {
  if (size != 4) return false;
  const uint64_t now = epoch_ns_ + now_ns_() + uint64_t(offset_ns_);
  switch (off) {
    case kTimeLow:
      time_high_latch_ = uint32_t(now >> 32);
      v = uint32_t(now);
      return true;
    case kTimeHigh: v = time_high_latch_; return true;
    case kAlarmLow: v = uint32_t(alarm_); return true;
    case kAlarmHigh: v = uint32_t(alarm_ >> 32); return true;
    case kIrqEnabled: v = irq_enabled_; return true;
    case kAlarmStatus: v = alarm_running_; return true;
    default: v = 0; return true;
  }
}

bool GoldfishRtc::write(uint64_t off, unsigned size, uint64_t v) {
  if (size != 4) return false;
  const uint64_t now = epoch_ns_ + now_ns_() + uint64_t(offset_ns_);
  switch (off) {
    case kTimeLow: {
      const uint64_t want = (now & ~0xffffffffull) | uint32_t(v);
      add_offset(want - now);
      return true;
    }
    case kTimeHigh: {
      const uint64_t want = (uint64_t(uint32_t(v)) << 32) | (now & 0xffffffffull);
      add_offset(want - now);
      return true;
    }
    case kAlarmLow:
      alarm_ = (alarm_ & ~0xffffffffull) | uint32_t(v);
      alarm_running_ = 1;
      return true;
    case kAlarmHigh: alarm_ = (alarm_ & 0xffffffffull) | (uint64_t(uint32_t(v)) << 32); return true;
    case kIrqEnabled: irq_enabled_ = uint32_t(v) & 1; return true;
    case kClearAlarm: alarm_running_ = 0; return true;
    default: return true;
  }
}

void GoldfishRtc::save(StateWriter& w) const {
  w.put(epoch_ns_);
  w.put(offset_ns_);
  w.put(time_high_latch_);
  w.put(alarm_);
  w.put(irq_enabled_);
  w.put(alarm_running_);
}

void GoldfishRtc::restore(StateReader& r) {
  r.get(epoch_ns_);
  r.get(offset_ns_);
  r.get(time_high_latch_);
  r.get(alarm_);
  r.get(irq_enabled_);
  r.get(alarm_running_);
}

}  // namespace ttvm

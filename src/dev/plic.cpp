#include "dev/plic.h"

namespace ttvm {
namespace {
constexpr uint64_t kPending = 0x1000, kEnable = 0x2000, kEnableStride = 0x80, kContext = 0x200000,
                   kContextStride = 0x1000;
}

Plic::Plic(unsigned harts, Output output) : contexts_(2 * harts), output_(std::move(output)) { reset(); }

void Plic::reset() {
  priority_.assign(kSources, 0);
  pending_.assign(kWords, 0);
  claimed_.assign(kWords, 0);
  enable_.assign(contexts_ * kWords, 0);
  threshold_.assign(contexts_, 0);
  out_.assign(contexts_, 0);
  // Line levels belong to the devices and survive a PLIC reset.
  if (level_.size() != kWords) level_.assign(kWords, 0);
  update();
}

void Plic::set_pending(unsigned s, bool v) {
  if (v)
    pending_[s / 32] |= 1u << (s % 32);
  else
    pending_[s / 32] &= ~(1u << (s % 32));
}

void Plic::set_level(unsigned s, bool level) {
  if (s == 0 || s >= kSources) return;
  if (level)
    level_[s / 32] |= 1u << (s % 32);
  else
    level_[s / 32] &= ~(1u << (s % 32));
  // The gateway forwards a request only while the source is not in service.
  const bool claimed = claimed_[s / 32] >> (s % 32) & 1;
  if (!claimed) set_pending(s, level);
  update();
}

unsigned Plic::best(unsigned ctx) const {
  unsigned id = 0;
  uint32_t max_prio = threshold_[ctx];
  for (unsigned w = 0; w < kWords; ++w) {
    uint32_t bits = pending_[w] & enable_[ctx * kWords + w];
    while (bits) {
      const unsigned s = w * 32 + unsigned(__builtin_ctz(bits));
      bits &= bits - 1;
      if (priority_[s] > max_prio) {
        max_prio = priority_[s];
        id = s;
      }
    }
  }
  return id;
}

void Plic::update() {
  for (unsigned c = 0; c < contexts_; ++c) {
    const uint8_t level = best(c) != 0;
    if (level != out_[c]) {
      out_[c] = level;
      if (output_) output_(c, level);
    }
  }
}

bool Plic::read(uint64_t off, unsigned size, uint64_t& v) {
  if (size != 4) return false;
  v = 0;
  if (off < kPending) {
    if (off / 4 < kSources) v = priority_[off / 4];
  } else if (off < kEnable) {
    if ((off - kPending) / 4 < kWords) v = pending_[(off - kPending) / 4];
  } else if (off < kContext) {
    const uint64_t ctx = (off - kEnable) / kEnableStride, word = (off - kEnable) % kEnableStride / 4;
    if (ctx < contexts_ && word < kWords) v = enable_[ctx * kWords + word];
  } else {
    const uint64_t ctx = (off - kContext) / kContextStride, reg = (off - kContext) % kContextStride;
    if (ctx >= contexts_) return true;
    if (reg == 0) {
      v = threshold_[ctx];
    } else if (reg == 4) {  // claim
      const unsigned s = best(unsigned(ctx));
      v = s;
      if (s) {
        set_pending(s, false);
        claimed_[s / 32] |= 1u << (s % 32);
        ++claims_[s];
        update();
      }
    }
  }
  return true;
}

bool Plic::write(uint64_t off, unsigned size, uint64_t v) {
  if (size != 4) return false;
  const uint32_t val = uint32_t(v);
  if (off < kPending) {
    if (off / 4 < kSources && off / 4 != 0) priority_[off / 4] = val & 7;
  } else if (off < kEnable) {
    // Pending bits are read-only.
  } else if (off < kContext) {
    const uint64_t ctx = (off - kEnable) / kEnableStride, word = (off - kEnable) % kEnableStride / 4;
    if (ctx < contexts_ && word < kWords) enable_[ctx * kWords + word] = word == 0 ? val & ~1u : val;
  } else {
    const uint64_t ctx = (off - kContext) / kContextStride, reg = (off - kContext) % kContextStride;
    if (ctx >= contexts_) return true;
    if (reg == 0) {
      threshold_[ctx] = val & 7;
    } else if (reg == 4) {  // complete
      const unsigned s = val;
      if (s > 0 && s < kSources && (enable_[ctx * kWords + s / 32] >> (s % 32) & 1)) {
        claimed_[s / 32] &= ~(1u << (s % 32));
        if (level_[s / 32] >> (s % 32) & 1) set_pending(s, true);
      }
    }
  }
  update();
  return true;
}

void Plic::save(StateWriter& w) const {
  for (const auto* v : {&priority_, &pending_, &level_, &claimed_, &enable_, &threshold_})
    w.put_bytes(v->data(), v->size() * 4);
  w.put_bytes(out_.data(), out_.size());
}

void Plic::restore(StateReader& r) {
  for (auto* v : {&priority_, &pending_, &level_, &claimed_, &enable_, &threshold_})
    r.get_bytes(v->data(), v->size() * 4);
  r.get_bytes(out_.data(), out_.size());
  for (unsigned c = 0; c < contexts_; ++c)
    if (output_) output_(c, out_[c]);
}

}  // namespace ttvm

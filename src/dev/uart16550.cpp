#include "dev/uart16550.h"

namespace ttvm {
namespace {
enum : uint64_t { kRbrThr = 0, kIer = 1, kIirFcr = 2, kLcr = 3, kMcr = 4, kLsr = 5, kMsr = 6, kScr = 7 };
constexpr uint8_t kLcrDlab = 0x80;
constexpr uint8_t kIerRda = 1, kIerThre = 2;
constexpr uint8_t kLsrDr = 0x01, kLsrThre = 0x20, kLsrTemt = 0x40;
constexpr uint8_t kIirNone = 0x01, kIirThre = 0x02, kIirRda = 0x04, kIirFifo = 0xc0;
constexpr uint8_t kMcrLoop = 0x10;
}  // namespace

void Uart16550::reset() {
  rx_.clear();
  ier_ = lcr_ = mcr_ = scr_ = fcr_ = dll_ = dlm_ = 0;
  thr_empty_irq_ = false;
  update_irq();
}

uint8_t Uart16550::iir() const {
  const uint8_t fifo = (fcr_ & 1) ? kIirFifo : 0;
  if ((ier_ & kIerRda) && !rx_.empty()) return kIirRda | fifo;
  if ((ier_ & kIerThre) && thr_empty_irq_) return kIirThre | fifo;
  return kIirNone | fifo;
}

void Uart16550::update_irq() {
  if (irq_) irq_(!(iir() & kIirNone));
}

void Uart16550::push_input(uint8_t c) {
  if (rx_.size() < kFifoSize) rx_.push_back(c);
  update_irq();
}

bool Uart16550::read(uint64_t off, unsigned size, uint64_t& v) {
  if (size != 1) return false;
  switch (off) {
    case kRbrThr:
      if (lcr_ & kLcrDlab) {
        v = dll_;
      } else {
        v = rx_.empty() ? 0 : rx_.front();
        if (!rx_.empty()) rx_.pop_front();
        update_irq();
      }
      return true;
    case kIer: v = (lcr_ & kLcrDlab) ? dlm_ : ier_; return true;
    case kIirFcr: {
      const uint8_t r = iir();
      v = r;
      // Reading IIR while it reports THRE clears that interrupt.
      if ((r & 0x0f) == kIirThre) {
        thr_empty_irq_ = false;
        update_irq();
      }
      return true;
    }
    case kLcr: v = lcr_; return true;
    case kMcr: v = mcr_; return true;
    case kLsr: v = kLsrThre | kLsrTemt | (rx_.empty() ? 0 : kLsrDr); return true;
    case kMsr:
      // With loopback, the modem inputs follow MCR; otherwise report a
      // connected terminal (CTS, DSR, DCD) as QEMU does.
      v = (mcr_ & kMcrLoop) ? (((mcr_ & 0x0c) << 4) | ((mcr_ & 0x01) << 5) | ((mcr_ & 0x02) << 3)) : 0xb0;
      return true;
    case kScr: v = scr_; return true;
    default: v = 0; return true;
  }
}

bool Uart16550::write(uint64_t off, unsigned size, uint64_t v) {
  if (size != 1) return false;
  const uint8_t b = uint8_t(v);
  switch (off) {
    case kRbrThr:
      if (lcr_ & kLcrDlab) {
        dll_ = b;
      } else {
        if (mcr_ & kMcrLoop)
          push_input(b);
        else if (out_)
          out_(b);
        // The transmitter is infinitely fast: THR is empty again at once.
        thr_empty_irq_ = true;
        update_irq();
      }
      return true;
    case kIer:
      if (lcr_ & kLcrDlab) {
        dlm_ = b;
      } else {
        const bool thre_enabled = !(ier_ & kIerThre) && (b & kIerThre);
        ier_ = b & 0x0f;
        if (thre_enabled) thr_empty_irq_ = true;  // THR is empty: interrupt at once
        update_irq();
      }
      return true;
    case kIirFcr:
      fcr_ = b & 0xc9;
      if (b & 0x02) rx_.clear();
      update_irq();
      return true;
    case kLcr: lcr_ = b; return true;
    case kMcr: mcr_ = b & 0x1f; return true;
    case kScr: scr_ = b; return true;
    default: return true;  // LSR and MSR are read-only
  }
}

void Uart16550::save(StateWriter& w) const {
  w.put<uint64_t>(rx_.size());
  for (uint8_t c : rx_) w.put(c);
  w.put(ier_);
  w.put(lcr_);
  w.put(mcr_);
  w.put(scr_);
  w.put(fcr_);
  w.put(dll_);
  w.put(dlm_);
  w.put(thr_empty_irq_);
}

void Uart16550::restore(StateReader& r) {
  const uint64_t n = r.get<uint64_t>();
  if (n > kFifoSize) throw UserError("machine state: uart receive FIFO of " + std::to_string(n) + " bytes");
  rx_.clear();
  for (uint64_t i = 0; i < n; ++i) rx_.push_back(r.get<uint8_t>());
  r.get(ier_);
  r.get(lcr_);
  r.get(mcr_);
  r.get(scr_);
  r.get(fcr_);
  r.get(dll_);
  r.get(dlm_);
  r.get(thr_empty_irq_);
  update_irq();
}

}  // namespace ttvm

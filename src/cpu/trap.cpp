// Traps and interrupts (privileged spec 1.12, sections 3.1.6-3.1.9, 3.3):
// delegation, vectored mode, xRET, WFI, and the interrupt priority order.
#include "cpu/hart.h"

namespace ttvm {

Outcome Hart::raise(uint64_t cause, uint64_t tval) {
  take_trap(cause, tval, false);
  return Outcome::kEndAfter;
}

void Hart::take_trap(uint64_t cause, uint64_t tval, bool interrupt) {
  reservation_ = kNoReservation;
  if (interrupt)
    ++trap_counts_.interrupt[cause & 15];
  else if (cause < 24)
    ++trap_counts_.exception[cause];
  ++traps_taken_;
  last_trap_ = {interrupt ? (cause | (1ull << 63)) : cause, pc_};
  const uint64_t bit = 1ull << cause;
  const bool to_s = priv_ != Priv::kM && ((interrupt ? mideleg_ : medeleg_) & bit);
  const uint64_t code = interrupt ? (cause | (1ull << 63)) : cause;
  if (to_s) {
    scause_ = code;
    sepc_ = pc_;
    stval_ = tval;
    uint64_t s = mstatus_;
    s = (s & ~mstatus::kSpie) | ((s & mstatus::kSie) ? mstatus::kSpie : 0);
    s = (s & ~mstatus::kSpp) | (priv_ == Priv::kS ? mstatus::kSpp : 0);
    s &= ~mstatus::kSie;
    mstatus_ = s;
    priv_ = Priv::kS;
    pc_ = (stvec_ & ~3ull) + ((interrupt && (stvec_ & 1)) ? 4 * cause : 0);
  } else {
    mcause_ = code;
    mepc_ = pc_;
    mtval_ = tval;
    uint64_t s = mstatus_;
    s = (s & ~mstatus::kMpie) | ((s & mstatus::kMie) ? mstatus::kMpie : 0);
    s = (s & ~mstatus::kMpp) | (uint64_t(priv_) << mstatus::kMppShift);
    s &= ~mstatus::kMie;
    mstatus_ = s;
    priv_ = Priv::kM;
    pc_ = (mtvec_ & ~3ull) + ((interrupt && (mtvec_ & 1)) ? 4 * cause : 0);
  }
  modes_changed();
}

// Takes the highest-priority pending and enabled interrupt, if any.
namespace {
// Priority: MEI, MSI, MTI, SEI, SSI, STI.
constexpr unsigned kIrqOrder[] = {irq::kMei, irq::kMsi, irq::kMti, irq::kSei, irq::kSsi, irq::kSti};
constexpr uint64_t kIrqBits = 1ull << irq::kMei | 1ull << irq::kMsi | 1ull << irq::kMti | 1ull << irq::kSei |
                              1ull << irq::kSsi | 1ull << irq::kSti;
}  // namespace

void Hart::update_irq_enabled() {
  // M-level interrupts: enabled in M only with MIE, always below M; S-level
  // (delegated) ones in U, and in S with SIE, never in M.
  const bool m_on = priv_ != Priv::kM || (mstatus_ & mstatus::kMie);
  const bool s_on = priv_ == Priv::kU || (priv_ == Priv::kS && (mstatus_ & mstatus::kSie));
  irq_enabled_ = mie_ & kIrqBits & ((m_on ? ~mideleg_ : 0) | (s_on ? mideleg_ : 0));
}

bool Hart::check_interrupts() {
  const uint64_t pending = mip() & mie_;
  if (!pending) return false;
  waiting_ = false;
  const uint64_t take_any = pending & irq_enabled_;
  if (!take_any) return false;
  // M-level interrupts first, whatever their number.
  const uint64_t m_take = take_any & ~mideleg_;
  const uint64_t take = m_take ? m_take : take_any;
  for (unsigned c : kIrqOrder) {
    if (take & (1ull << c)) {
      take_trap(c, 0, true);
      return true;
    }
  }
  return false;
}

Outcome Hart::exec_mret(const Insn& in) {
  if (priv_ != Priv::kM) return illegal(in);
  uint64_t s = mstatus_;
  const Priv to = Priv((s & mstatus::kMpp) >> mstatus::kMppShift);
  s = (s & ~mstatus::kMie) | ((s & mstatus::kMpie) ? mstatus::kMie : 0);
  s |= mstatus::kMpie;
  s &= ~mstatus::kMpp;  // MPP <- U
  if (to != Priv::kM) s &= ~mstatus::kMprv;
  mstatus_ = s;
  priv_ = to;
  pc_ = mepc_;
  modes_changed();
  return Outcome::kEndAfter;
}

Outcome Hart::exec_sret(const Insn& in) {
  if (priv_ == Priv::kU || (priv_ == Priv::kS && (mstatus_ & mstatus::kTsr))) return illegal(in);
  uint64_t s = mstatus_;
  const Priv to = (s & mstatus::kSpp) ? Priv::kS : Priv::kU;
  s = (s & ~mstatus::kSie) | ((s & mstatus::kSpie) ? mstatus::kSie : 0);
  s |= mstatus::kSpie;
  s &= ~mstatus::kSpp;
  s &= ~mstatus::kMprv;  // sret always returns below M
  mstatus_ = s;
  priv_ = to;
  pc_ = sepc_;
  modes_changed();
  return Outcome::kEndAfter;
}

Outcome Hart::exec_wfi(const Insn& in) {
  if (priv_ == Priv::kU) return illegal(in);
  if (priv_ == Priv::kS && (mstatus_ & mstatus::kTw)) return illegal(in);
  pc_ += in.len;
  // Wait only when nothing is pending-and-enabled in mie (global enables do
  // not matter for waking, per the spec).
  if (!(mip() & mie_)) {
    waiting_ = true;
    request_stop();
  }
  return Outcome::kEndAfter;
}

}  // namespace ttvm

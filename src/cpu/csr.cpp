// Control and status registers (privileged spec 1.12, chapters 2-4, and
// Sstc): access rules by number and privilege, WARL fields, the views
// sstatus/sie/sip, counters derived from the instruction count.
#include "cpu/hart.h"

namespace ttvm {
namespace {

// Writable bits.
constexpr uint64_t kMstatusWritable = mstatus::kSie | mstatus::kMie | mstatus::kSpie | mstatus::kMpie |
                                      mstatus::kSpp | mstatus::kMpp | mstatus::kMprv | mstatus::kSum |
                                      mstatus::kMxr | mstatus::kTvm | mstatus::kTw | mstatus::kTsr | mstatus::kFs;
constexpr uint64_t kSstatusWritable =
    mstatus::kSie | mstatus::kSpie | mstatus::kSpp | mstatus::kSum | mstatus::kMxr | mstatus::kFs;
constexpr uint64_t kMieWritable = irq::kAll;
constexpr uint64_t kMidelegWritable = irq::kSMask;
// Exceptions that may be delegated: all but ecall from M (which can never
// be taken below M) and the reserved causes.
constexpr uint64_t kMedelegWritable = 0xb3ff;
// menvcfg: FIOM (bit 0) and STCE (bit 63).
constexpr uint64_t kMenvcfgWritable = 1ull | (1ull << 63);
constexpr uint64_t kSenvcfgWritable = 1ull;

bool is_counter(uint16_t n) { return n >= csr::kCycle && n <= csr::kHpmCounter31; }

}  // namespace

uint64_t Hart::read_mstatus() const {
  uint64_t s = mstatus_;
  if ((s & mstatus::kFs) == mstatus::kFs || (s & mstatus::kXs) == mstatus::kXs) s |= mstatus::kSd;
  return s;
}

void Hart::write_mstatus(uint64_t v) {
  uint64_t keep = mstatus_ & ~kMstatusWritable;
  uint64_t nv = v & kMstatusWritable;
  // MPP is WARL: the reserved value 2 keeps the old mode.
  if (((nv & mstatus::kMpp) >> mstatus::kMppShift) == 2) nv = (nv & ~mstatus::kMpp) | (mstatus_ & mstatus::kMpp);
  const uint64_t old = mstatus_;
  mstatus_ = keep | nv;
  if ((old ^ mstatus_) & mstatus::kMxr) flush_tlbs();
  modes_changed();
}

uint64_t Hart::counter_value(uint16_t which) const {
  // which: 0 = cycle, 2 = instret. Both count steps; we have no notion of
  // cycles distinct from instructions.
  const uint64_t now = current_icount();
  if (which == 0) return (mcountinhibit_ & 1) ? cycle_frozen_ : now + cycle_offset_;
  return (mcountinhibit_ & 4) ? instret_frozen_ : now + instret_offset_;
}

bool Hart::csr_accessible(uint16_t num, bool write) const {
  const unsigned min_priv = (num >> 8) & 3;
  if (unsigned(priv_) < min_priv) return false;
  if (write && (num >> 10) == 3) return false;  // read-only range
  if (is_counter(num) && priv_ != Priv::kM) {
    const uint32_t bit = 1u << (num - csr::kCycle);
    if (!(mcounteren_ & bit)) return false;
    if (priv_ == Priv::kU && !(scounteren_ & bit)) return false;
  }
  if (priv_ == Priv::kS && (mstatus_ & mstatus::kTvm) && num == csr::kSatp) return false;
  // fflags, frm and fcsr are FP state: unreachable while FS is Off.
  if (num >= csr::kFflags && num <= csr::kFcsr && fp_off()) return false;
  // Sstc: S-mode reaches stimecmp only with menvcfg.STCE and mcounteren.TM.
  if (num == csr::kStimecmp && priv_ == Priv::kS && (!(menvcfg_ >> 63) || !(mcounteren_ & 2))) return false;
  return true;
}

bool Hart::csr_read(uint16_t num, uint64_t& v) {
  using namespace csr;
  if (trig_.read(num, v)) return true;
  if (num >= kPmpcfg0 && num <= kPmpcfg15) {
    v = pmp_.read_cfg(num - kPmpcfg0);
    return !(num & 1);
  }
  if (num >= kPmpaddr0 && num <= kPmpaddr63) {
    v = pmp_.read_addr(num - kPmpaddr0);
    return true;
  }
  if ((num >= kHpmCounter3 && num <= kHpmCounter31) || (num >= kMhpmcounter3 && num <= kMhpmcounter31) ||
      (num >= kMhpmevent3 && num <= kMhpmevent31)) {
    v = 0;  // no hardware performance counters: read-only zero
    return true;
  }
  switch (num) {
    case kFflags: v = fflags_; return true;
    case kFrm: v = frm_; return true;
    case kFcsr: v = uint64_t(frm_) << 5 | fflags_; return true;
    case kCycle: case kMcycle: v = counter_value(0); return true;
    case kInstret: case kMinstret: v = counter_value(2); return true;
    case kTime: v = env_.time_now(*this); return true;
    case kSstatus: v = read_mstatus() & mstatus::kSstatusMask; return true;
    case kSie: v = mie_ & mideleg_; return true;
    case kSip: v = mip() & mideleg_; return true;
    case kStvec: v = stvec_; return true;
    case kScounteren: v = scounteren_; return true;
    case kSenvcfg: v = senvcfg_; return true;
    case kSscratch: v = sscratch_; return true;
    case kSepc: v = sepc_; return true;
    case kScause: v = scause_; return true;
    case kStval: v = stval_; return true;
    case kStimecmp: v = stimecmp_; return true;
    case kSatp: v = satp_; return true;
    case kMvendorid: case kMarchid: case kMimpid: case kMconfigptr: v = 0; return true;
    case kMhartid: v = cfg_.hartid; return true;
    case kMstatus: v = read_mstatus(); return true;
    case kMisa: v = misa_; return true;
    case kMedeleg: v = medeleg_; return true;
    case kMideleg: v = mideleg_; return true;
    case kMie: v = mie_; return true;
    case kMtvec: v = mtvec_; return true;
    case kMcounteren: v = mcounteren_; return true;
    case kMenvcfg: v = menvcfg_; return true;
    case kMcountinhibit: v = mcountinhibit_; return true;
    case kMscratch: v = mscratch_; return true;
    case kMepc: v = mepc_; return true;
    case kMcause: v = mcause_; return true;
    case kMtval: v = mtval_; return true;
    case kMip: v = mip(); return true;
    default: return false;
  }
}

bool Hart::csr_write(uint16_t num, uint64_t v) {
  using namespace csr;
  if (trig_.write(num, v)) {
    // An armed data trigger keeps data accesses out of the TLBs.
    if (num == kTdata1) flush_tlbs();
    return true;
  }
  if (num >= kPmpcfg0 && num <= kPmpcfg15) {
    if (num & 1) return false;
    pmp_.write_cfg(num - kPmpcfg0, v);
    flush_tlbs();
    return true;
  }
  if (num >= kPmpaddr0 && num <= kPmpaddr63) {
    pmp_.write_addr(num - kPmpaddr0, v);
    flush_tlbs();
    return true;
  }
  if ((num >= kMhpmcounter3 && num <= kMhpmcounter31) || (num >= kMhpmevent3 && num <= kMhpmevent31)) return true;
  // Epc registers clear bit 0 (IALIGN = 16); tvec modes >= 2 are reserved.
  auto tvec = [](uint64_t old, uint64_t nv) { return (nv & 3) >= 2 ? old : nv; };
  switch (num) {
    case kFflags: fflags_ = v & 0x1f; fp_dirty(); return true;
    case kFrm: frm_ = v & 7; fp_dirty(); return true;
    case kFcsr: fflags_ = v & 0x1f; frm_ = (v >> 5) & 7; fp_dirty(); return true;
    case kMcycle: cycle_offset_ = v - current_icount() - 1; cycle_frozen_ = v; return true;
    case kMinstret: instret_offset_ = v - current_icount() - 1; instret_frozen_ = v; return true;
    case kSstatus: write_mstatus((mstatus_ & ~kSstatusWritable) | (v & kSstatusWritable)); return true;
    case kSie:
      mie_ = (mie_ & ~mideleg_) | (v & mideleg_);
      update_irq_enabled();
      return true;
    case kSip: mip_ = (mip_ & ~(mideleg_ & irq::kSsip)) | (v & mideleg_ & irq::kSsip); return true;
    case kStvec: stvec_ = tvec(stvec_, v); return true;
    case kScounteren: scounteren_ = uint32_t(v); return true;
    case kSenvcfg: senvcfg_ = v & kSenvcfgWritable; return true;
    case kSscratch: sscratch_ = v; return true;
    case kSepc: sepc_ = v & ~1ull; return true;
    case kScause: scause_ = v; return true;
    case kStval: stval_ = v; return true;
    case kStimecmp: stimecmp_ = v; env_.timer_changed(*this); return true;
    case kSatp: {
      const uint64_t mode = v >> 60;
      if (mode != 0 && mode != 8 && !(mode == 9 && cfg_.sv48)) return true;  // unsupported mode: no change
      // PPN is limited to the 44 bits of Sv39/48; ASID is 16 bits.
      satp_ = v & ((0xfull << 60) | (0xffffull << 44) | ((1ull << 44) - 1));
      flush_tlbs();
      return true;
    }
    case kMstatus: write_mstatus(v); return true;
    case kMisa: return true;  // WARL: extensions cannot be turned off
    case kMedeleg: medeleg_ = v & kMedelegWritable; return true;
    case kMideleg:
      mideleg_ = v & kMidelegWritable;
      update_irq_enabled();
      return true;
    case kMie:
      mie_ = v & kMieWritable;
      update_irq_enabled();
      return true;
    case kMtvec: mtvec_ = tvec(mtvec_, v); return true;
    case kMcounteren: mcounteren_ = uint32_t(v); return true;
    case kMenvcfg: {
      const uint64_t old = menvcfg_;
      menvcfg_ = v & kMenvcfgWritable;
      if ((old ^ menvcfg_) >> 63) env_.timer_changed(*this);
      return true;
    }
    case kMcountinhibit: {
      // Freeze or thaw cycle (bit 0) and instret (bit 2).
      const uint32_t nv = uint32_t(v) & 5;
      const uint64_t now = current_icount();
      if ((nv & 1) && !(mcountinhibit_ & 1)) cycle_frozen_ = now + cycle_offset_;
      if (!(nv & 1) && (mcountinhibit_ & 1)) cycle_offset_ = cycle_frozen_ - now;
      if ((nv & 4) && !(mcountinhibit_ & 4)) instret_frozen_ = now + instret_offset_;
      if (!(nv & 4) && (mcountinhibit_ & 4)) instret_offset_ = instret_frozen_ - now;
      mcountinhibit_ = nv;
      return true;
    }
    case kMscratch: mscratch_ = v; return true;
    case kMepc: mepc_ = v & ~1ull; return true;
    case kMcause: mcause_ = v; return true;
    case kMtval: mtval_ = v; return true;
    case kMip: {
      // SSIP and SEIP are writable; STIP too unless Sstc drives it.
      uint64_t w = irq::kSsip | irq::kSeip;
      if (!(menvcfg_ >> 63)) w |= irq::kStip;
      mip_ = (mip_ & ~w) | (v & w);
      return true;
    }
    default: return false;
  }
}

// kind: 0 = write (csrrw), 1 = set (csrrs), 2 = clear (csrrc).
Outcome Hart::csr_op(const Insn& in, uint16_t num, uint64_t operand, bool do_write, CsrOp kind) {
  cur_idx_ = in.idx;
  if (!csr_accessible(num, do_write)) return illegal(in);
  uint64_t old = 0;
  if (!csr_read(num, old)) return illegal(in);
  if (do_write) {
    // mip reads as the software bits ORed with the device lines, but only
    // the software bits take part in a csrrs/csrrc (privileged spec 3.1.9,
    // SEIP): otherwise `csrs mip, SSIP` while the PLIC holds SEIP high
    // would latch a software SEIP that no one ever clears (an endless
    // external-interrupt storm in Linux that starves its timer).
    const uint64_t base = num == csr::kMip ? mip_ : old;
    const uint64_t nv = kind == CsrOp::kWrite ? operand : kind == CsrOp::kSet ? (base | operand) : (base & ~operand);
    if (!csr_write(num, nv)) return illegal(in);
  }
  x_[in.rd] = old;
  pc_ += in.len;
  return Outcome::kEndAfter;  // CSR writes may change interrupt enables or translation
}

bool Hart::debug_read_csr(uint16_t num, uint64_t& v) { return csr_read(num, v); }
bool Hart::debug_write_csr(uint16_t num, uint64_t v) { return csr_write(num, v); }

}  // namespace ttvm

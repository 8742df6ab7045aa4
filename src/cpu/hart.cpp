// The hart's run loop: interrupt checks at block boundaries, instruction
// fetch through the I-TLB and the code cache, exact stops at an icount; the
// blocks themselves are run by the engine (src/cpu/engine.h).
#include "cpu/hart.h"

#include "cpu/code_cache.h"
#include "isa/decode.h"
#include "util/hash.h"

namespace ttvm {

Hart::Hart(const HartConfig& cfg, Bus& bus, CodeCache& code, HartEnv& env)
    : cfg_(cfg), engine_(engine_fn(cfg.engine)), bus_(bus), ram_(bus.ram()), code_(code), env_(env) {
  reset(0);
}

void Hart::reset(uint64_t pc) {
  std::memset(x_, 0, sizeof(x_));
  pc_ = pc;
  priv_ = Priv::kM;
  waiting_ = false;
  reservation_ = kNoReservation;
  std::memset(f_, 0, sizeof(f_));
  fflags_ = frm_ = 0;
  // MXL = 2 (64-bit); I, M, A, F, D, C, S, U.
  misa_ = (2ull << 62) | (1u << ('I' - 'A')) | (1u << ('M' - 'A')) | (1u << ('A' - 'A')) | (1u << ('F' - 'A')) |
          (1u << ('D' - 'A')) | (1u << ('C' - 'A')) | (1u << ('S' - 'A')) | (1u << ('U' - 'A'));
  // UXL = SXL = 64-bit. FS = Off, as on QEMU: firmware turns the FPU on.
  mstatus_ = (2ull << 32) | (2ull << 34);
  medeleg_ = mideleg_ = mie_ = mip_ = lines_ = 0;
  mtvec_ = stvec_ = mepc_ = sepc_ = mcause_ = scause_ = mtval_ = stval_ = 0;
  mscratch_ = sscratch_ = satp_ = 0;
  mcounteren_ = scounteren_ = mcountinhibit_ = 0;
  menvcfg_ = senvcfg_ = 0;
  stimecmp_ = ~0ull;
  // mcycle and minstret read 0 again after a reset (icount itself never
  // goes back: it is the machine's time coordinate).
  cycle_offset_ = instret_offset_ = 0 - icount_;
  cycle_frozen_ = instret_frozen_ = 0;
  pmp_.reset();
  trig_.reset();
  modes_changed();
  flush_tlbs();
}

void Hart::set_irq_lines(uint64_t mask, bool level) {
  if (level)
    lines_ |= mask;
  else
    lines_ &= ~mask;
  if (waiting_ && (mip() & mie_)) waiting_ = false;
}

uint64_t Hart::run(uint64_t budget) {
  const uint64_t start = icount_;
  turn_end_ = icount_ + budget;
  stop_icount_ = turn_end_ < pause_icount_ ? turn_end_ : pause_icount_;
  hit_ = DebugHit{};
  if (__builtin_expect(dbg_ != nullptr || bp_clean_gen_ != 0, 0)) sync_breakpoint_caches();
  while (icount_ < stop_icount_) {
    if (__builtin_expect(mip() & mie_, 0) && check_interrupts()) continue;
    if (waiting_) break;
    if (__builtin_expect(dbg_ != nullptr, 0) && debug_break_here()) break;
    Block* b = fetch_block();
    if (!b) continue;
    // A block is cut wherever the stop lies, so every stop is exact.
    const uint64_t left = stop_icount_ - icount_;
    icount_ += run_block(*b, left < b->count ? uint32_t(left) : b->count);
    cur_idx_ = 0;
  }
  if (__builtin_expect(icount_ >= pause_icount_, 0)) debug_step_done();
  return icount_ - start;
}

uint32_t Hart::run_block(const Block& b, uint32_t n) {
  if (__builtin_expect(trace_fn_ != nullptr || (dbg_ != nullptr && dbg_->breakpoint_within(pc_, pc_ + b.bytes)) || trig_.exec_armed(), 0))
    return step_block(b, n);
  return engine_(*this, b, n);
}

// One instruction at a time: tracing, breakpoints on this page, or the
// guest's own execute triggers need a look before each instruction.
uint32_t Hart::step_block(const Block& b, uint32_t n) {
  const Insn* in = b.insns.data();
  uint32_t i = 0;
  while (i < n) {
    cur_idx_ = i;
    if (dbg_ && i > 0 && debug_break_here()) break;
    if (trig_.exec_armed() && trigger_exec()) return i + 1;  // like a faulting instruction, one step
    if (trace_fn_) trace_fn_(trace_ctx_, *this, in[i]);
    const Outcome o = in[i].fn(*this, in[i]);
    if (o != Outcome::kNext) return o == Outcome::kEndBefore ? i : i + 1;
    ++i;
  }
  return i;
}

Block* Hart::fetch_block() {
  const unsigned mode = priv_ == Priv::kM ? unsigned(kModeM) : unsigned(priv_);
  const uint64_t jtag = (pc_ << 2) | mode;
  JumpEntry& j = jcache_[(pc_ >> 1) & (kJumpEntries - 1)];
  if (__builtin_expect(j.tag == jtag, 1)) return j.block;
  const TlbEntry& e = itlb_[mode].slot(pc_);
  uint64_t pa;
  if (__builtin_expect(e.tag == pc_ >> 12, 1)) {
    pa = e.ppage | (pc_ & 0xfff);
  } else {
    Xlate xl;
    if (!xlate_access(pc_, 2, Access::kExec, xl)) {
      ++icount_;  // the faulting fetch is this step
      return nullptr;
    }
    pa = xl.pa;
    if (xl.cacheable && bus_.fetch_ptr(pa & ~0xfffull, 4096)) itlb_[mode].fill(pc_, nullptr, pa & ~0xfffull);
  }
  if (__builtin_expect((pc_ & 0xfff) == 0xffe, 0)) {
    const uint8_t* p = bus_.fetch_ptr(pa, 2);
    if (p && insn_length(uint16_t(p[0] | p[1] << 8)) == 4) {
      exec_cross_page();
      return nullptr;
    }
  }
  Block* b;
  if (__builtin_expect(e.tag != pc_ >> 12, 0)) {
    // Not cacheable (PMP does not cover the whole page uniformly): run one
    // instruction at a time so each fetch is checked.
    b = build_single(pa);
  } else {
    b = code_.lookup(pa);
    // Translated code follows the jump cache: never to a breakpoint.
    if (b && !(dbg_ && dbg_->breakpoint_within(pc_, pc_ + b->bytes))) {
      if (j.tag == ~0ull) jfilled_.filled(unsigned(&j - jcache_));
      j.tag = jtag;
      j.block = b;
    }
  }
  if (!b) {
    raise(exc::kInsnAccess, pc_);
    ++icount_;
  }
  return b;
}

Block* Hart::build_single(uint64_t pa) {
  uint32_t bits;
  if (!bus_.fetch_insn(pa, bits)) return nullptr;
  single_.pa = pa;
  single_.insns.assign(1, decode(bits));
  single_.insns[0].idx = 0;
  single_.count = 1;
  single_.transient = true;
  single_.bytes = single_.insns[0].len;
  return &single_;
}

// A 32-bit instruction whose halves lie on different pages: each half is
// translated on its own, and the instruction runs outside any block.
bool Hart::exec_cross_page() {
  Xlate lo, hi;
  const uint64_t va = pc_;
  // A fault on the second half reports tval = va + 2, the address of the
  // part that faulted, with epc = va (privileged spec, stval).
  if (!xlate_access(va, 2, Access::kExec, lo) || !xlate_access(va + 2, 2, Access::kExec, hi)) {
    ++icount_;
    return false;
  }
  const uint8_t* p0 = bus_.fetch_ptr(lo.pa, 2);
  const uint8_t* p1 = bus_.fetch_ptr(hi.pa, 2);
  if (!p0 || !p1) {
    raise(exc::kInsnAccess, p0 ? va + 2 : va);
    ++icount_;
    return false;
  }
  const uint32_t bits = uint32_t(p0[0] | p0[1] << 8) | uint32_t(p1[0] | p1[1] << 8) << 16;
  Insn in = decode(bits);
  in.idx = 0;
  cur_idx_ = 0;
  if (trace_fn_) trace_fn_(trace_ctx_, *this, in);
  if (in.fn(*this, in) != Outcome::kEndBefore) ++icount_;
  return true;
}

bool Hart::trigger_exec() {
  if (!trig_.match_exec(pc_, unsigned(priv_))) return false;
  // Before the instruction runs (timing 0), tval = its address.
  raise(exc::kBreakpoint, pc_);
  return true;
}

bool Hart::trigger_data(uint64_t va, unsigned size, bool store) {
  if (!trig_.match_data(va, size, store, unsigned(priv_))) return false;
  raise(exc::kBreakpoint, va);  // before the access; tval = the address
  return true;
}

Outcome Hart::exec_fence_i(const Insn& in) {
  // Stores to code pages already invalidate their blocks; fence.i only has
  // to end the block so that the next fetch sees the new code.
  pc_ += in.len;
  return Outcome::kEndAfter;
}

// Every field of architectural state, in one list for save and restore
// (and so for digests and, later, checkpoints).
template <typename HartT, typename F>
void Hart::visit_state(HartT& h, F&& f) {
  f(h.x_);
  f(h.pc_);
  f(h.icount_);
  f(h.priv_);
  f(h.waiting_);
  f(h.reservation_);
  f(h.mstatus_);
  f(h.misa_);
  f(h.medeleg_);
  f(h.mideleg_);
  f(h.mie_);
  f(h.mip_);
  f(h.lines_);
  f(h.mtvec_);
  f(h.stvec_);
  f(h.mepc_);
  f(h.sepc_);
  f(h.mcause_);
  f(h.scause_);
  f(h.mtval_);
  f(h.stval_);
  f(h.mscratch_);
  f(h.sscratch_);
  f(h.satp_);
  f(h.mcounteren_);
  f(h.scounteren_);
  f(h.mcountinhibit_);
  f(h.menvcfg_);
  f(h.senvcfg_);
  f(h.stimecmp_);
  f(h.cycle_offset_);
  f(h.instret_offset_);
  f(h.cycle_frozen_);
  f(h.instret_frozen_);
  f(h.f_);
  f(h.fflags_);
  f(h.frm_);
  Triggers::visit_state(h.trig_, f);
}

void Hart::save(StateWriter& w) const {
  visit_state(*this, [&w](const auto& v) { w.put(v); });
  pmp_.save(w);
}

void Hart::restore(StateReader& r) {
  visit_state(*this, [&r](auto& v) { r.get(v); });
  pmp_.restore(r);
  trig_.rearm();
  modes_changed();
  flush_tlbs();
}

uint64_t Hart::digest() const {
  StateWriter w;
  save(w);
  return fnv1a(w.bytes().data(), w.bytes().size());
}

}  // namespace ttvm

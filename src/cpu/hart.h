// One RISC-V RV64 hart: registers, CSRs, privilege mode, MMU, PMP, TLBs and
// the interpreter loop over decoded blocks. A hart owns no clock but its
// instruction count (icount): every executed instruction, retired or
// trapping, advances it by exactly one, and run() can stop at any exact
// icount. Everything a hart needs from the board (time, memory, code cache,
// write hooks) comes through HartEnv; a hart never touches devices directly.
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

#include "cpu/code_cache.h"
#include "cpu/csr_numbers.h"
#include "cpu/debug_traps.h"
#include "cpu/engine.h"
#include "cpu/triggers.h"
#include "cpu/pmp.h"
#include "cpu/tlb.h"
#include "isa/insn.h"
#include "mem/bus.h"
#include "util/state.h"

namespace ttvm {

class Hart;

// What a hart needs from the machine around it.
class HartEnv {
 public:
  virtual ~HartEnv() = default;
  // mtime (10 MHz ticks of virtual time) as seen by `h` right now.
  virtual uint64_t time_now(const Hart& h) = 0;
  // stimecmp or menvcfg.STCE changed: timer deadlines must be recomputed.
  virtual void timer_changed(Hart& h) = 0;
  // A store hit a page flagged Ram::kHookPage (after it was performed).
  virtual void watched_write(Hart& h, uint64_t pa, unsigned size) = 0;
  // A load read a page flagged Ram::kReadHook (monitor history --reads).
  virtual void watched_read(Hart& /*h*/, uint64_t /*pa*/, unsigned /*size*/) {}
};

struct HartConfig {
  uint64_t hartid = 0;
  bool sv48 = true;  // Sv48 offered in addition to Sv39 (as QEMU's default)
  EngineKind engine = EngineKind::kInterp;  // what runs a block (src/cpu/engine.h)
};

// The result of a memory access as the semantics see it.
enum class MemResult : uint8_t {
  kOk,      // performed
  kOkEnd,   // performed, and the block must end after this instruction
            // (the store hit MMIO, code or a hooked page)
  kTrap,    // a trap was taken instead (the instruction is a step)
  kPaused,  // a watchpoint paused the hart before the access
};

// csrrw/csrrs/csrrc (and their immediate forms).
enum class CsrOp : uint8_t { kWrite, kSet, kClear };

class Hart {
 public:
  Hart(const HartConfig& cfg, Bus& bus, CodeCache& code, HartEnv& env);

  void reset(uint64_t pc);

  // Runs until `budget` more instructions have executed, the hart waits (WFI
  // with nothing pending), or request_stop() is called. Returns the number
  // of instructions executed. Interrupts, WFI, breakpoints and the budget
  // are looked at here, between blocks; the engine runs the blocks.
  uint64_t run(uint64_t budget);
  // Makes run() return at the next block boundary.
  void request_stop() { stop_icount_ = icount_; }
  // Lowers the point at which run() returns (e.g. to an earlier timer deadline).
  void limit_to(uint64_t icount) {
    if (icount < stop_icount_) stop_icount_ = icount;
    if (icount < turn_end_) turn_end_ = icount;
  }

  // --- debugger (src/cpu/hart_debug.cpp) ---
  // A pause ends run() early (at a breakpoint, after a watched access, or at
  // the icount set by pause_at) without ending the scheduler's turn:
  // turn_left() is what remains of run()'s budget, to be resumed later.
  void set_debug_traps(const DebugTraps* t) { dbg_ = t; }
  void pause_at(uint64_t icount) { pause_icount_ = icount; }  // ~0: never
  bool paused() const { return hit_.kind != DebugHit::Kind::kNone; }
  const DebugHit& debug_hit() const { return hit_; }
  uint64_t turn_left() const { return turn_end_ > icount_ ? turn_end_ - icount_ : 0; }
  // Resuming from a stop: a breakpoint or watchpoint does not fire again
  // before the instruction at the current pc has run.
  void skip_breakpoint_here() {
    skip_pc_ = pc_;
    skip_icount_ = icount_;
  }
  // The hart was moved in time: no stop is being resumed from.
  void clear_debug_skip() { skip_pc_ = skip_icount_ = ~0ull; }
  void debug_set_priv(Priv p);

  // --- state visible to the machine, tracing and debuggers ---
  uint64_t icount() const { return icount_; }
  // The count including instructions already executed in the current block.
  uint64_t current_icount() const { return icount_ + cur_idx_; }
  uint64_t pc() const { return pc_; }
  // Traps taken since the hart was built, and the last one's cause and pc:
  // host-side counters for trap-loop detection (record/panic_marks.h), not
  // machine state (not saved; only differences over a stretch the machine
  // ran through are meaningful).
  struct LastTrap {
    uint64_t cause = 0, pc = 0;
  };
  uint64_t traps_taken() const { return traps_taken_; }
  LastTrap last_trap() const { return last_trap_; }
  void set_pc(uint64_t pc) { pc_ = pc; }
  uint64_t reg(unsigned i) const { return i == 0 ? 0 : x_[i]; }
  void set_reg(unsigned i, uint64_t v) {
    if (i != 0 && i < 32) x_[i] = v;
  }
  Priv priv() const { return priv_; }
  uint64_t hartid() const { return cfg_.hartid; }
  bool waiting() const { return waiting_; }
  // Debugger access to any CSR without privilege checks or side effects on
  // guest-visible state; false if it does not exist.
  bool debug_read_csr(uint16_t num, uint64_t& v);
  bool debug_write_csr(uint16_t num, uint64_t v);

  // Interrupt lines driven by devices (CLINT, PLIC, Sstc timer): the bits of
  // `mask` in mip are set or cleared. Wakes the hart from WFI if appropriate.
  void set_irq_lines(uint64_t mask, bool level);
  uint64_t mip() const { return mip_ | lines_; }
  uint64_t mtimecmp_stimecmp() const { return stimecmp_; }
  bool sstc_enabled() const { return menvcfg_ >> 63; }

  // Tracing: called before each instruction when set (slow path only).
  using TraceFn = void (*)(void* ctx, const Hart& h, const Insn& in);
  void set_trace(TraceFn fn, void* ctx) {
    trace_fn_ = fn;
    trace_ctx_ = ctx;
  }

  // Address translation for a debugger: virtual -> physical as the hart
  // would see a load, without side effects. false if unmapped.
  bool debug_translate(uint64_t va, uint64_t& pa);
  // The same through satp as supervisor mode sees it (with SUM), whatever
  // mode the hart is in: a kernel's virtual address while the hart is in
  // firmware (M mode, untranslated).
  bool debug_translate_supervisor(uint64_t va, uint64_t& pa);

  // Drops every cached translation (satp, PMP or page-flag changes).
  void flush_tlbs();
  // Forgets block pointers (the code cache is about to free blocks).
  void flush_jump_cache();
  // Drops write-TLB entries for one physical page (it became a code page).
  void flush_write_tlb_ppage(uint64_t ppage);
  // Drops every write-TLB entry (pages became unlogged: a checkpoint).
  void flush_write_tlbs() {
    for (unsigned m = 0; m < kModes; ++m) dtlb_w_[m].flush();
  }

  // Traps taken since the hart was built, by cause, for observers of a run
  // (ttvm report). Not guest state (never saved, restored or digested), so
  // counting cannot change a replay; one increment per trap costs nothing
  // next to taking it.
  struct TrapCounts {
    uint64_t interrupt[16] = {};  // by interrupt cause (irq::kMti, ...)
    uint64_t exception[24] = {};  // by exception cause (exc::kEcallU, ...)
  };
  const TrapCounts& trap_counts() const { return trap_counts_; }

  void save(StateWriter& w) const;
  void restore(StateReader& r);
  // Hash of all architectural state (registers, CSRs, icount).
  uint64_t digest() const;
  // Called by the scheduler when another hart gets the CPU: the reservation
  // of LR/SC cannot survive other harts' stores.
  void clear_reservation() { reservation_ = kNoReservation; }

  // --- used by instruction semantics (src/isa/exec_*.cpp) ---
  uint64_t x_[33];  // x0..x31 plus the write sink for rd == x0
  uint64_t pc_ = 0;

  // F and D state. Singles are NaN-boxed in f_ (upper 32 bits all ones);
  // frm_ holds whatever 3-bit value was written, reserved ones included, and
  // is checked when an instruction uses the dynamic rounding mode.
  uint64_t f_[32];
  uint8_t fflags_ = 0, frm_ = 0;
  // mstatus.FS = Off: every FP instruction and fcsr access is illegal.
  bool fp_off() const { return (mstatus_ & mstatus::kFs) == 0; }
  // Any change to FP registers or fcsr makes FS Dirty (and so SD set).
  void fp_dirty() { mstatus_ |= mstatus::kFs; }

  // Loads and stores: a TLB hit inline, everything else on the slow path.
  template <typename T>
  MemResult load(uint64_t va, T& out, const Insn& in) {
    const TlbEntry& e = dtlb_r_[data_mode_].slot(va);
    if (__builtin_expect(e.tag == va >> 12 && (va & 0xfff) <= 4096 - sizeof(T), 1)) {
      std::memcpy(&out, e.host + (va & 0xfff), sizeof(T));
      return MemResult::kOk;
    }
    uint64_t v = 0;
    const MemResult r = load_slow(va, sizeof(T), v, in);
    out = T(v);
    return r;
  }
  // Write-TLB entries exist only for pages that need no tracking (Ram page
  // flags clear), so a hit is a plain host store.
  template <typename T>
  MemResult store(uint64_t va, T val, const Insn& in) {
    const TlbEntry& e = dtlb_w_[data_mode_].slot(va);
    if (__builtin_expect(e.tag == va >> 12 && (va & 0xfff) <= 4096 - sizeof(T), 1)) {
      std::memcpy(e.host + (va & 0xfff), &val, sizeof(T));
      return MemResult::kOk;
    }
    return store_slow(va, sizeof(T), uint64_t(val), in);
  }
  // Atomics: a read-modify-write with store permission required.
  MemResult amo(uint64_t va, unsigned size, const Insn& in,
                uint64_t (*op)(uint64_t old, uint64_t src, unsigned size), uint64_t src, uint64_t& old);
  MemResult load_reserved(uint64_t va, unsigned size, const Insn& in, uint64_t& out);
  // On kOk, `ok` tells whether the store happened.
  MemResult store_conditional(uint64_t va, unsigned size, uint64_t val, const Insn& in, bool& ok);

  // Takes an exception for the current instruction, which still counts.
  Outcome raise(uint64_t cause, uint64_t tval);
  Outcome illegal(const Insn& in) { return raise(exc::kIllegal, in.raw); }

  // A CSR instruction: reads the old value into rd, writes `operand` as
  // `kind` says when do_write.
  Outcome csr_op(const Insn& in, uint16_t num, uint64_t operand, bool do_write, CsrOp kind);
  Outcome exec_mret(const Insn& in);
  Outcome exec_sret(const Insn& in);
  Outcome exec_wfi(const Insn& in);
  Outcome exec_sfence_vma(const Insn& in);
  Outcome exec_fence_i(const Insn& in);

 private:
  friend struct JitLayout;      // the jit engine's code reads registers and TLBs
  friend uint32_t jit_run_block(Hart& h, const Block& b, uint32_t n);
  static constexpr uint64_t kNoReservation = ~0ull;
  // Calls f on every field of architectural state (save, restore).
  template <typename HartT, typename F>
  static void visit_state(HartT& h, F&& f);
  enum DataMode : uint8_t { kModeU = 0, kModeS = 1, kModeSSum = 2, kModeM = 3, kModes = 4 };

  // Translation result of one access.
  struct Xlate {
    uint64_t pa;
    bool cacheable;  // the whole page may go in a TLB
  };
  enum class XlateStatus { kOk, kPageFault, kAccessFault };

  MemResult trap(uint64_t cause, uint64_t tval) {
    raise(cause, tval);
    return MemResult::kTrap;
  }
  MemResult load_slow(uint64_t va, unsigned size, uint64_t& v, const Insn& in);
  MemResult store_slow(uint64_t va, unsigned size, uint64_t v, const Insn& in);
  // One aligned-or-not piece of an access that lies within a page: false
  // after a trap.
  bool load_piece(uint64_t va, unsigned size, uint64_t& v);
  // kOk, kOkEnd or kTrap.
  MemResult store_piece(uint64_t va, unsigned size, uint64_t v);
  XlateStatus translate(uint64_t va, Access a, Priv p, bool sum, bool mxr, bool update_ad, uint64_t& pa);
  // translate + PMP for a data or fetch access, raising the right trap.
  bool xlate_access(uint64_t va, unsigned size, Access a, Xlate& out, bool raise_trap = true);
  Priv data_priv() const;
  // After priv_ or mstatus_ changed: what depends on them.
  void modes_changed() {
    update_data_mode();
    update_irq_enabled();
  }
  void update_data_mode();
  // irq_enabled_ from priv_, mstatus_, mie_ and mideleg_ (src/cpu/trap.cpp).
  void update_irq_enabled();

  // Instruction fetch: finds or builds the block at pc; null if it raised a
  // trap or executed a lone page-crossing instruction itself.
  Block* fetch_block();
  Block* build_single(uint64_t pa);
  bool exec_cross_page();
  // Runs up to n instructions of b (the engine's entry, or one at a time
  // when tracing, a breakpoint on the page or an execute trigger needs a
  // look before each); returns how many count.
  uint32_t run_block(const Block& b, uint32_t n);
  uint32_t step_block(const Block& b, uint32_t n);

  void take_trap(uint64_t cause, uint64_t tval, bool interrupt);
  bool check_interrupts();
  uint64_t read_mstatus() const;
  void write_mstatus(uint64_t v);
  bool csr_read(uint16_t num, uint64_t& v);
  bool csr_write(uint16_t num, uint64_t v);
  bool csr_accessible(uint16_t num, bool write) const;
  uint64_t counter_value(uint16_t which) const;

  HartConfig cfg_;
  RunBlockFn engine_;
  Bus& bus_;
  Ram& ram_;
  CodeCache& code_;
  HartEnv& env_;

  TrapCounts trap_counts_;
  uint64_t icount_ = 0;
  uint64_t traps_taken_ = 0;
  LastTrap last_trap_;
  uint64_t stop_icount_ = 0;
  uint64_t turn_end_ = 0;  // run()'s budget end, lowered by limit_to but not by pauses
  uint32_t cur_idx_ = 0;  // index of the executing instruction in its block
  Priv priv_ = Priv::kM;
  bool waiting_ = false;
  uint64_t reservation_ = kNoReservation;

  // CSRs
  uint64_t mstatus_ = 0;
  uint64_t misa_ = 0;
  uint64_t medeleg_ = 0, mideleg_ = 0;
  uint64_t mie_ = 0;
  // The bits of mip that would be taken as an interrupt now (enabled in mie
  // and by the privilege and mstatus): check_interrupts takes one exactly
  // when mip() & irq_enabled_ != 0. Derived, not saved.
  uint64_t irq_enabled_ = 0;
  uint64_t mip_ = 0;    // software-writable pending bits
  uint64_t lines_ = 0;  // pending bits driven by devices
  uint64_t mtvec_ = 0, stvec_ = 0;
  uint64_t mepc_ = 0, sepc_ = 0, mcause_ = 0, scause_ = 0, mtval_ = 0, stval_ = 0;
  uint64_t mscratch_ = 0, sscratch_ = 0;
  uint64_t satp_ = 0;
  uint32_t mcounteren_ = 0, scounteren_ = 0, mcountinhibit_ = 0;
  uint64_t menvcfg_ = 0, senvcfg_ = 0;
  uint64_t stimecmp_ = ~0ull;
  // mcycle/minstret are the icount plus a writable offset.
  uint64_t cycle_offset_ = 0, instret_offset_ = 0;
  uint64_t cycle_frozen_ = 0, instret_frozen_ = 0;  // values while inhibited
  Pmp pmp_;
  Triggers trig_;  // Sdtrig: tselect, tdata1-3 (state of its own)

  // Sdtrig triggers firing: raise the breakpoint exception and return true.
  bool trigger_exec();
  bool trigger_data(uint64_t va, unsigned size, bool store);

  // Caches (not state: rebuilt on restore)
  Block single_;  // a one-instruction block for fetches that cannot be cached
  // Virtual pc (with the fetch mode) -> block, in front of the I-TLB and the
  // code cache. Cleared with the TLBs and when blocks are freed.
  struct JumpEntry {
    uint64_t tag;  // (pc << 2) | mode, or ~0
    Block* block;
  };
  static constexpr unsigned kJumpEntries = 1024;
  JumpEntry jcache_[kJumpEntries];
  FillLog<64> jfilled_;  // for flush_jump_cache
  DataMode data_mode_ = kModeM;
  Tlb itlb_[kModes];
  Tlb dtlb_r_[kModes];
  Tlb dtlb_w_[kModes];
  TraceFn trace_fn_ = nullptr;
  void* trace_ctx_ = nullptr;

  // Debugger state (not guest state).
  bool debug_break_here();
  bool debug_watch(uint64_t va, unsigned size, bool write);
  void debug_step_done();
  const DebugTraps* dbg_ = nullptr;
  // Breakpoints and the caches translated code follows from block to block
  // (the jump cache, the patched links between translations): while
  // breakpoints are set, neither may lead to a block that holds one. Entries
  // made meanwhile respect the set (fetch_block); when a breakpoint is added,
  // or the set comes back after the caches ran free, both are emptied.
  void sync_breakpoint_caches();
  uint64_t bp_clean_gen_ = 0;  // the DebugTraps generation the caches respect; 0: none
  DebugHit hit_;
  uint64_t pause_icount_ = ~0ull;
  uint64_t skip_pc_ = ~0ull, skip_icount_ = ~0ull;
};

}  // namespace ttvm

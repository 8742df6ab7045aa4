#include "cpu/jit/translate.h"

#include <xbyak/xbyak.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <vector>

#include "cpu/tlb.h"

namespace ttvm {
namespace {

// The probe below indexes entries as idx * 3 * 8 and reads tag, then host.
static_assert(sizeof(TlbEntry) == 24 && offsetof(TlbEntry, tag) == 0 && offsetof(TlbEntry, host) == 8);
static_assert(Tlb::kEntries == 256, "the probe takes the index as the low byte of the page number");
static_assert(uint8_t(Outcome::kNext) == 0 && uint8_t(Outcome::kEndBefore) == 2);

bool fits32(int64_t v) { return v == int64_t(int32_t(v)); }

bool inlined_op(Op op) {
  switch (op) {
    case Op::kLui: case Op::kAuipc: case Op::kAddi: case Op::kXori: case Op::kOri: case Op::kAndi:
    case Op::kSlti: case Op::kSltiu: case Op::kSlli: case Op::kSrli: case Op::kSrai: case Op::kAdd:
    case Op::kSub: case Op::kXor: case Op::kOr: case Op::kAnd: case Op::kSlt: case Op::kSltu:
    case Op::kSll: case Op::kSrl: case Op::kSra: case Op::kAddiw: case Op::kSlliw: case Op::kSrliw:
    case Op::kSraiw: case Op::kAddw: case Op::kSubw: case Op::kSllw: case Op::kSrlw: case Op::kSraw:
    case Op::kMul: case Op::kMulw: case Op::kMulh: case Op::kMulhu:
    case Op::kLb: case Op::kLh: case Op::kLw: case Op::kLd: case Op::kLbu: case Op::kLhu: case Op::kLwu:
    case Op::kSb: case Op::kSh: case Op::kSw: case Op::kSd:
    case Op::kAmoswapW: case Op::kAmoaddW: case Op::kAmoxorW: case Op::kAmoandW: case Op::kAmoorW:
    case Op::kAmoswapD: case Op::kAmoaddD: case Op::kAmoxorD: case Op::kAmoandD: case Op::kAmoorD:
    case Op::kJal: case Op::kJalr: case Op::kBeq: case Op::kBne: case Op::kBlt: case Op::kBge:
    case Op::kBltu: case Op::kBgeu:
      return true;
    default:
      return false;
  }
}

// Registers in translated code: rbx = the Hart, r12 = the live read-TLB
// (data_mode_ cannot change inside a block: whatever changes it ends one),
// rbp = icount_ and rdi = pc_ (both stored back before calls and when
// leaving, so that chained blocks carry no dependency through memory),
// [rsp] = the chaining limit (see emit_limit); rax, rcx, rdx are scratch.
//
// Guest registers: the seven that compiled code uses most (a5, sp, a4, a0,
// s1, s0, a3, counted over Linux) live in fixed host registers across
// chained blocks: at every block boundary those hold the current values
// and x_ is up to date too, so a chained block reads them without a load
// and a block writes back (to x_, before anything that reads x_ in memory:
// a call into semantics, the block's end) only what it changed itself.
// One more host register (rsi) holds the other guest register a block
// uses most, loaded at its start.
//
// pc is kept lazily: the main line knows statically how far rdi lags the
// instruction being run (`synced_`), and brings it up to date only where
// something reads it (a call into semantics, auipc, jumps, the end).
class Emitter : public Xbyak::CodeGenerator {
 public:
  // A 64-instruction block stays far below this.
  Emitter() : Xbyak::CodeGenerator(256 * 1024) {}

  void emit(const Block& b, const JitLayout& l);
  // Offsets of the patchable jumps to linked successors (CodeArena::unlink_all).
  const std::vector<uint32_t>& link_sites() const { return link_sites_; }

 private:
  // Host registers for guest registers: the fixed ones first, callee-saved
  // ones first among them (they survive calls; the others are reloaded
  // after one), then the per-block ones.
  static constexpr unsigned kFixed = 7, kCached = 8;
  const std::array<const Xbyak::Reg64*, kCached> hosts_{&r13, &r14, &r15, &r8, &r9, &r10, &r11, &rsi};
  static constexpr std::array<uint8_t, kFixed> kFixedGuest{15, 2, 14, 10, 9, 8, 13};
  static bool callee_saved(unsigned slot) { return slot < 3; }

  struct Slow {
    Xbyak::Label entry, resume;
    unsigned i;
    int32_t off;     // the instruction's byte offset in the block
    int32_t synced;  // what the main line assumes pc_ holds there
    uint64_t dirty;  // guest registers newer in host registers than in x_
  };

  Xbyak::Address xr(unsigned r) { return qword[rbx + (l_.x + 8 * int32_t(r))]; }
  Xbyak::Address xw(unsigned r) { return dword[rbx + (l_.x + 8 * int32_t(r))]; }
  const Xbyak::Reg64& pc() const { return rdi; }
  Xbyak::Address pc_mem() { return qword[rbx + l_.pc]; }
  bool cached(unsigned r) const { return slot_[r] >= 0; }
  const Xbyak::Reg64& host(unsigned r) const { return *hosts_[unsigned(slot_[r])]; }

  // Guest register r as an operand (host register or x_ in memory).
  template <typename F>
  void with_reg(unsigned r, F f) {
    if (cached(r))
      f(host(r));
    else
      f(xr(r));
  }
  template <typename F>
  void with_reg32(unsigned r, F f) {
    if (cached(r))
      f(host(r).cvt32());
    else
      f(xw(r));
  }
  void read(const Xbyak::Reg64& dst, unsigned r) {
    if (r == 0)
      xor_(dst.cvt32(), dst.cvt32());
    else if (!cached(r) || host(r).getIdx() != dst.getIdx())
      with_reg(r, [&](const auto& src) { mov(dst, src); });
  }
  void read32(const Xbyak::Reg32& dst, unsigned r) {
    if (r == 0)
      xor_(dst, dst);
    else if (!cached(r) || host(r).getIdx() != dst.getIdx())
      with_reg32(r, [&](const auto& src) { mov(dst, src); });
  }
  // Where an instruction computes rd: in rd's host register when it has one
  // and that is not `later`, a source still to be read; else in rax. Then
  // commit(rd, that) makes it rd's value.
  const Xbyak::Reg64& dest(unsigned rd, unsigned later = 64) const {
    return cached(rd) && rd != later ? host(rd) : rax;
  }
  void commit(unsigned rd, const Xbyak::Reg64& v) {
    if (v.getIdx() == rax.getIdx())
      write(rd, rax);
    else
      dirty_ |= 1ull << rd;
  }
  void write(unsigned rd, const Xbyak::Reg64& v) {
    if (cached(rd)) {
      mov(host(rd), v);
      dirty_ |= 1ull << rd;
    } else {
      mov(xr(rd), v);
    }
  }
  // Stores dirty cached registers to x_ (they stay cached).
  void flush(uint64_t dirty) {
    for (unsigned r = 1; r < 32; ++r)
      if (dirty >> r & 1) mov(xr(r), host(r));
  }
  // After a call into semantics: rd may have changed in x_, and registers
  // in caller-saved hosts were clobbered.
  void reload_after_call(unsigned rd) {
    for (unsigned r = 1; r < 32; ++r)
      if (cached(r) && (r == rd || !callee_saved(unsigned(slot_[r])))) mov(host(r), xr(r));
  }

  // op += v (a register or memory), through rdx when v needs 64 bits.
  void add_imm(const Xbyak::Operand& op, int64_t v) {
    if (v == 0) return;
    if (fits32(v)) {
      add(op, int32_t(v));
    } else {
      mov(rdx, uint64_t(v));
      add(op, rdx);
    }
  }
  void add_pc(int64_t d) { add_imm(pc(), d); }
  void sync_to(int32_t off) {
    add_pc(off - synced_);
    synced_ = off;
  }
  // Semantics read icount_ (counters, traps): it is stored first.
  // Afterwards the hart's cur_idx_ is put back to 0, as Hart::run keeps it
  // between blocks (the semantics set it), so that chained blocks need not.
  void call_semantics(const Insn& in) {
    mov(qword[rbx + l_.icount], rbp);
    mov(pc_mem(), pc());
    mov(rdi, rbx);
    mov(rsi, uint64_t(reinterpret_cast<uintptr_t>(&in)));
    mov(rax, uint64_t(reinterpret_cast<uintptr_t>(in.fn)));
    call(rax);
    mov(pc(), pc_mem());  // flags and al stay: the caller tests al next
  }
  // Calls the instruction's semantics from the main line.
  void emit_call(const Insn& in, unsigned i, int32_t off) {
    flush(dirty_);
    dirty_ = 0;
    sync_to(off);
    call_semantics(in);
    test(al, al);
    jnz(exit_[i], T_NEAR);
    synced_ = off + in.len;  // the semantics advanced pc_
    after_call(in.rd);
  }
  void after_call(unsigned rd) {
    mov(dword[rbx + l_.cur_idx], 0);
    reload_after_call(rd);
    emit_limit();
  }
  // On a hit of the TLB at r12 + disp for an aligned access: rdx = the
  // page's host address and rax = the offset in it. A misaligned access
  // takes the slow path (which handles it, across pages too): one test
  // instead of a page-end check.
  // `also`: the page must be in the TLB at that displacement too (an AMO:
  // read and write).
  void tlb_probe(const Insn& in, int32_t disp, unsigned size, Xbyak::Label& miss,
                 std::optional<int32_t> also = std::nullopt) {
    if (cached(in.rs1))
      lea(rax, ptr[host(in.rs1) + int32_t(in.imm)]);  // a 12-bit offset
    else {
      read(rax, in.rs1);
      add_imm(rax, in.imm);
    }
    mov(rdx, rax);
    shr(rdx, 12);
    movzx(ecx, dl);
    lea(rcx, ptr[rcx + rcx * 2]);
    cmp(rdx, qword[r12 + rcx * 8 + disp]);
    jne(miss, T_NEAR);
    if (also) {
      cmp(rdx, qword[r12 + rcx * 8 + *also]);
      jne(miss, T_NEAR);
    }
    if (size > 1) {
      test(al, size - 1);
      jnz(miss, T_NEAR);
    }
    mov(rdx, qword[r12 + rcx * 8 + (disp + 8)]);
    and_(eax, 0xfff);
  }
  Slow& new_slow(unsigned i, int32_t off) {
    slow_.emplace_back();
    Slow& s = slow_.back();
    s.i = i;
    s.off = off;
    s.synced = synced_;
    s.dirty = dirty_;
    return s;
  }
  void choose_cached(const Block& b);
  void emit_load(const Insn& in, unsigned i, int32_t off);
  void emit_store(const Insn& in, unsigned i, int32_t off);
  void emit_amo(const Insn& in, unsigned i, int32_t off);
  // Returns true when it emitted the block's end (a control transfer).
  bool emit_insn(const Block& b, unsigned i, int32_t off);
  // The block ran to its end and pc_ is up to date: write registers back
  // and go on to the next block (emit_chain). `link` is true for a direct
  // successor on the same page, whose translation can be jumped to.
  void emit_end(const Block& b, bool link) {
    flush(dirty_);
    emit_chain(b, link);
  }
  void emit_chain(const Block& b, bool link);
  // Same page as the block: a direct successor that can be linked.
  static bool same_page(const Block& b, int64_t target_off) {
    const int64_t in_page = int64_t(b.pa & 0xfff) + target_off;
    return in_page >= 0 && in_page < 4096;
  }
  void emit_limit();
  // A conditional branch back to the block's own start (flags set by its
  // compare; `inverse` jumps when it is not taken).
  template <typename JccFn>
  void emit_self_loop(const Block& b, JccFn inverse);
  // Whether the block ends in such a branch (kBeq..kBgeu in the op list).
  static bool self_loop(const Block& b) {
    const Insn& last = b.insns.back();
    const int64_t off = b.bytes - last.len;
    return last.op >= Op::kBeq && last.op <= Op::kBgeu && off + last.imm == 0;
  }

  JitLayout l_{};
  int32_t synced_ = 0;
  std::array<int8_t, 33> slot_{};  // guest register -> index in hosts_, or -1
  uint64_t dirty_ = 0;
  std::vector<Xbyak::Label> exit_;
  std::vector<Slow> slow_;
  Xbyak::Label epilogue_, common_exit_, leave_, head_;
  std::vector<uint32_t> link_sites_;
};

// Body offset of every translation: the prologue is the same bytes in all
// of them (it depends on the layout only), so a chained jump lands here.
size_t g_body_offset = 0;

// The fixed registers, and for the per-block host registers the other
// guest registers the block's inline code uses at least twice, most used
// first. x0 reads as 0 and writes to x0 go to the sink x_[32]: neither
// cached.
void Emitter::choose_cached(const Block& b) {
  std::array<unsigned, 32> uses{};
  for (const Insn& in : b.insns) {
    if (!inlined_op(in.op)) continue;
    if (in.rd < 32) ++uses[in.rd];
    ++uses[in.rs1];
    ++uses[in.rs2];
  }
  uses[0] = 0;
  slot_.fill(-1);
  for (unsigned k = 0; k < kFixed; ++k) {
    slot_[kFixedGuest[k]] = int8_t(k);
    uses[kFixedGuest[k]] = 0;
  }
  std::array<unsigned, 31> order;
  for (unsigned r = 1; r < 32; ++r) order[r - 1] = r;
  std::stable_sort(order.begin(), order.end(), [&](unsigned a, unsigned c) { return uses[a] > uses[c]; });
  for (unsigned k = kFixed; k < kCached && uses[order[k - kFixed]] >= 2; ++k) slot_[order[k - kFixed]] = int8_t(k);
}

void Emitter::emit_load(const Insn& in, unsigned i, int32_t off) {
  unsigned size = 0;
  switch (in.op) {
    case Op::kLb: case Op::kLbu: size = 1; break;
    case Op::kLh: case Op::kLhu: size = 2; break;
    case Op::kLw: case Op::kLwu: size = 4; break;
    default: size = 8; break;
  }
  Slow& s = new_slow(i, off);
  tlb_probe(in, 0, size, s.entry);
  const auto at = rdx + rax;
  const Xbyak::Reg64& d = dest(in.rd);
  switch (in.op) {
    case Op::kLb: movsx(d, byte[at]); break;
    case Op::kLbu: movzx(d.cvt32(), byte[at]); break;
    case Op::kLh: movsx(d, word[at]); break;
    case Op::kLhu: movzx(d.cvt32(), word[at]); break;
    case Op::kLw: movsxd(d, dword[at]); break;
    case Op::kLwu: mov(d.cvt32(), dword[at]); break;
    default: mov(d, qword[at]); break;
  }
  commit(in.rd, d);
  L(s.resume);
}

void Emitter::emit_store(const Insn& in, unsigned i, int32_t off) {
  const unsigned size = in.op == Op::kSb ? 1 : in.op == Op::kSh ? 2 : in.op == Op::kSw ? 4 : 8;
  Slow& s = new_slow(i, off);
  tlb_probe(in, l_.dtlb_w - l_.dtlb_r, size, s.entry);
  const auto at = rdx + rax;
  // The value: its host register, or rcx (the probe is done with it).
  const Xbyak::Reg64& v = cached(in.rs2) ? host(in.rs2) : rcx;
  read(v, in.rs2);
  switch (size) {
    case 1: mov(byte[at], v.cvt8()); break;
    case 2: mov(word[at], v.cvt16()); break;
    case 4: mov(dword[at], v.cvt32()); break;
    default: mov(qword[at], v); break;
  }
  L(s.resume);
}

// The AMOs kernels' locks and counters use (swap, add, and, or, xor) on the
// fast path Hart::amo takes: the page in both the read and the write TLB
// (so readable and writable RAM in this mode, unwatched, untracked, without
// data triggers), aligned, and not the reserved page. One hart runs at a
// time, so a plain load and store is the atomic read-modify-write.
void Emitter::emit_amo(const Insn& in, unsigned i, int32_t off) {
  const bool word = in.op == Op::kAmoswapW || in.op == Op::kAmoaddW || in.op == Op::kAmoxorW ||
                    in.op == Op::kAmoandW || in.op == Op::kAmoorW;
  const unsigned size = word ? 4 : 8;
  const int32_t wd = l_.dtlb_w - l_.dtlb_r;
  Slow& s = new_slow(i, off);
  tlb_probe(in, wd, size, s.entry, 0);  // rdx: the host page, rax: the offset, rcx: the slot
  mov(rcx, qword[r12 + rcx * 8 + (wd + 16)]);  // the physical page
  xor_(rcx, qword[rbx + l_.reservation]);
  shr(rcx, 12);
  jz(s.entry, T_NEAR);  // the reserved page
  add(rdx, rax);
  if (word)
    movsxd(rcx, dword[rdx]);
  else
    mov(rcx, qword[rdx]);
  read(rax, in.rs2);
  switch (in.op) {
    case Op::kAmoaddW: case Op::kAmoaddD: add(rax, rcx); break;
    case Op::kAmoxorW: case Op::kAmoxorD: xor_(rax, rcx); break;
    case Op::kAmoandW: case Op::kAmoandD: and_(rax, rcx); break;
    case Op::kAmoorW: case Op::kAmoorD: or_(rax, rcx); break;
    default: break;  // swap
  }
  if (word)
    mov(dword[rdx], eax);
  else
    mov(qword[rdx], rax);
  write(in.rd, rcx);
  L(s.resume);
}

bool Emitter::emit_insn(const Block& b, unsigned i, int32_t off) {
  const Insn& in = b.insns[i];
  const unsigned rd = in.rd, rs1 = in.rs1, rs2 = in.rs2;
  const int64_t imm = in.imm;
  using G = Xbyak::CodeGenerator;
  using RR = void (G::*)(const Xbyak::Operand&, const Xbyak::Operand&);
  using RI = void (G::*)(const Xbyak::Operand&, uint32_t);
  using SH = void (G::*)(const Xbyak::Operand&, const Xbyak::Reg8&);
  using SI = void (G::*)(const Xbyak::Operand&, int);
  using SETCC = void (G::*)(const Xbyak::Operand&);
  using JCC = void (G::*)(const Xbyak::Label&, Xbyak::CodeGenerator::LabelType);
  // Register-register and register-immediate forms of one x86 operation.
  const auto rr = [&](RR op) {
    const Xbyak::Reg64& d = dest(rd, rs2);
    read(d, rs1);
    with_reg(rs2, [&](const auto& src) { (this->*op)(d, src); });
    commit(rd, d);
  };
  // mv (add rd, x0, rs or addi rd, rs, 0) and the like: a copy.
  const auto copy = [&](unsigned from) {
    const Xbyak::Reg64& d = dest(rd);
    read(d, from);
    commit(rd, d);
  };
  const auto ri = [&](RI op) {
    const Xbyak::Reg64& d = dest(rd);
    read(d, rs1);
    (this->*op)(d, uint32_t(int32_t(imm)));
    commit(rd, d);
  };
  const auto rr_w = [&](RR op) {  // 32-bit result, sign-extended
    const Xbyak::Reg64& d = dest(rd, rs2);
    read32(d.cvt32(), rs1);
    with_reg32(rs2, [&](const auto& src) { (this->*op)(d.cvt32(), src); });
    movsxd(d, d.cvt32());
    commit(rd, d);
  };
  const auto shift = [&](SH op, bool word) {
    read(rcx, rs2);
    const Xbyak::Reg64& d = dest(rd);
    if (word) {
      read32(d.cvt32(), rs1);
      (this->*op)(d.cvt32(), cl);
      movsxd(d, d.cvt32());
    } else {
      read(d, rs1);
      (this->*op)(d, cl);
    }
    commit(rd, d);
  };
  const auto shift_imm = [&](SI op, bool word) {
    const Xbyak::Reg64& d = dest(rd);
    if (word) {
      read32(d.cvt32(), rs1);
      (this->*op)(d.cvt32(), int(imm));
      movsxd(d, d.cvt32());
    } else {
      read(d, rs1);
      (this->*op)(d, int(imm));
    }
    commit(rd, d);
  };
  const auto compare = [&](bool with_imm, SETCC setcc) {
    read(rax, rs1);
    if (with_imm)
      cmp(rax, int32_t(imm));
    else
      with_reg(rs2, [&](const auto& src) { cmp(rax, src); });
    (this->*setcc)(al);
    movzx(eax, al);
    write(rd, rax);
  };
  const auto branch = [&](JCC inverse) {
    const Xbyak::Reg64& a = cached(rs1) ? host(rs1) : rax;
    read(a, rs1);
    if (rs2 == 0)
      test(a, a);  // the flags of cmp a, 0 (CF and OF clear)
    else
      with_reg(rs2, [&](const auto& src) { cmp(a, src); });
    if (self_loop(b)) {
      emit_self_loop(b, inverse);
      return;
    }
    Xbyak::Label not_taken;
    (this->*inverse)(not_taken, T_NEAR);
    add_pc(int64_t(off - synced_) + imm);
    emit_end(b, same_page(b, int64_t(off) + imm));
    L(not_taken);
    add_pc(int64_t(off - synced_ + in.len));
    emit_end(b, same_page(b, off + in.len));
  };
  switch (in.op) {
    case Op::kLui: {
      const Xbyak::Reg64& d = dest(rd);
      mov(d, uint64_t(imm));
      commit(rd, d);
      return false;
    }
    case Op::kAuipc: {
      const Xbyak::Reg64& d = dest(rd);
      mov(d, pc());
      add_imm(d, int64_t(off - synced_) + imm);
      commit(rd, d);
      return false;
    }
    case Op::kAddi: case Op::kXori: case Op::kOri:
      if (imm == 0)
        copy(rs1);
      else
        ri(in.op == Op::kAddi ? RI(&G::add) : in.op == Op::kXori ? RI(&G::xor_) : RI(&G::or_));
      return false;
    case Op::kAndi: ri(RI(&G::and_)); return false;
    case Op::kSlti: compare(true, SETCC(&G::setl)); return false;
    case Op::kSltiu: compare(true, SETCC(&G::setb)); return false;
    case Op::kSlli: shift_imm(SI(&G::shl), false); return false;
    case Op::kSrli: shift_imm(SI(&G::shr), false); return false;
    case Op::kSrai: shift_imm(SI(&G::sar), false); return false;
    case Op::kAdd: case Op::kXor: case Op::kOr:
      if (rs1 == 0 || rs2 == 0)
        copy(rs1 == 0 ? rs2 : rs1);
      else
        rr(in.op == Op::kAdd ? RR(&G::add) : in.op == Op::kXor ? RR(&G::xor_) : RR(&G::or_));
      return false;
    case Op::kSub: rr(RR(&G::sub)); return false;
    case Op::kAnd: rr(RR(&G::and_)); return false;
    case Op::kSlt: compare(false, SETCC(&G::setl)); return false;
    case Op::kSltu: compare(false, SETCC(&G::setb)); return false;
    case Op::kSll: shift(SH(&G::shl), false); return false;
    case Op::kSrl: shift(SH(&G::shr), false); return false;
    case Op::kSra: shift(SH(&G::sar), false); return false;
    case Op::kAddiw: {
      const Xbyak::Reg64& d = dest(rd);
      read32(d.cvt32(), rs1);
      if (imm != 0) add(d.cvt32(), uint32_t(int32_t(imm)));
      movsxd(d, d.cvt32());
      commit(rd, d);
      return false;
    }
    case Op::kSlliw: shift_imm(SI(&G::shl), true); return false;
    case Op::kSrliw: shift_imm(SI(&G::shr), true); return false;
    case Op::kSraiw: shift_imm(SI(&G::sar), true); return false;
    case Op::kAddw: rr_w(RR(&G::add)); return false;
    case Op::kSubw: rr_w(RR(&G::sub)); return false;
    case Op::kSllw: shift(SH(&G::shl), true); return false;
    case Op::kSrlw: shift(SH(&G::shr), true); return false;
    case Op::kSraw: shift(SH(&G::sar), true); return false;
    case Op::kMul: {
      const Xbyak::Reg64& d = dest(rd, rs2);
      read(d, rs1);
      with_reg(rs2, [&](const auto& src) { imul(d, src); });
      commit(rd, d);
      return false;
    }
    case Op::kMulw: {
      const Xbyak::Reg64& d = dest(rd, rs2);
      read32(d.cvt32(), rs1);
      with_reg32(rs2, [&](const auto& src) { imul(d.cvt32(), src); });
      movsxd(d, d.cvt32());
      commit(rd, d);
      return false;
    }
    case Op::kMulh:
    case Op::kMulhu:
      read(rax, rs1);
      with_reg(rs2, [&](const auto& src) {
        if (in.op == Op::kMulh)
          imul(src);
        else
          mul(src);
      });
      write(rd, rdx);
      return false;
    case Op::kLb: case Op::kLh: case Op::kLw: case Op::kLd:
    case Op::kLbu: case Op::kLhu: case Op::kLwu:
      emit_load(in, i, off);
      return false;
    case Op::kSb: case Op::kSh: case Op::kSw: case Op::kSd:
      emit_store(in, i, off);
      return false;
    case Op::kAmoswapW: case Op::kAmoaddW: case Op::kAmoxorW: case Op::kAmoandW: case Op::kAmoorW:
    case Op::kAmoswapD: case Op::kAmoaddD: case Op::kAmoxorD: case Op::kAmoandD: case Op::kAmoorD:
      emit_amo(in, i, off);
      return false;
    case Op::kJal:
      mov(rax, pc());
      lea(rcx, ptr[rax + (off - synced_ + in.len)]);
      write(rd, rcx);
      add_imm(rax, int64_t(off - synced_) + imm);
      mov(pc(), rax);
      emit_end(b, same_page(b, int64_t(off) + imm));
      return true;
    case Op::kJalr:
      read(rcx, rs1);  // before rd is written: rd may be rs1
      add_imm(rcx, imm);
      and_(rcx, -2);
      mov(rax, pc());
      add(rax, off - synced_ + in.len);
      write(rd, rax);
      mov(pc(), rcx);
      emit_end(b, false);
      return true;
    case Op::kBeq: branch(JCC(&G::jne)); return true;
    case Op::kBne: branch(JCC(&G::je)); return true;
    case Op::kBlt: branch(JCC(&G::jge)); return true;
    case Op::kBge: branch(JCC(&G::jl)); return true;
    case Op::kBltu: branch(JCC(&G::jae)); return true;
    case Op::kBgeu: branch(JCC(&G::jb)); return true;
    default:
      break;
  }
  emit_call(in, i, off);
  return false;
}

// A loop within one block (a tight inner loop) goes round in translated
// code with its registers kept in host registers, making the checks
// Hart::run makes between blocks: the stop icount and pending interrupts
// (the chaining limit). The loop head assumes the registers the block
// writes are dirty, as they are from the second time round on.
template <typename JccFn>
void Emitter::emit_self_loop(const Block& b, JccFn inverse) {
  Xbyak::Label not_taken;
  (this->*inverse)(not_taken, T_NEAR);
  add_pc(-int64_t(synced_));  // pc_ = the block's start again
  add(rbp, b.count);
  cmp(rbp, qword[rsp]);
  jb(head_, T_NEAR);
  flush(dirty_);
  jmp(leave_, T_NEAR);
  L(not_taken);
  add_pc(int64_t(b.bytes) - synced_);  // pc_ = the next instruction's
  emit_end(b, same_page(b, b.bytes));
}

// The chaining limit at [rsp]: the next block is entered straight from
// translated code, without a return to Hart::run, only if Hart::run would
// do nothing but run it whole: no tracer or execute trigger looks (neither
// can change while translated code runs; a trigger is set by a CSR write,
// which leaves), no interrupt that would be taken is pending (one pending
// but masked, as in a kernel's critical sections, does not stop it), and
// the next block, however long, ends by the stop icount. All of that is one
// compare, icount < limit, with limit = stop_icount - (longest block - 1),
// or 0 when anything watches or is pending. Computed at entry and again
// after every call into semantics (a device may have raised a line, a
// debugger stop lowered stop_icount). Uses rax, rcx, rdx.
void Emitter::emit_limit() {
  mov(rax, qword[rbx + l_.trace_fn]);
  movzx(ecx, byte[rbx + l_.trig_exec_armed]);
  or_(rax, rcx);
  mov(rcx, qword[rbx + l_.mip]);
  or_(rcx, qword[rbx + l_.lines]);
  and_(rcx, qword[rbx + l_.irq_enabled]);
  or_(rax, rcx);
  mov(rcx, qword[rbx + l_.stop_icount]);
  xor_(edx, edx);
  sub(rcx, int32_t(CodeCache::kMaxBlockInsns - 1));
  cmovb(rcx, rdx);  // stop_icount below one block: no chaining
  test(rax, rax);
  cmovnz(rcx, rdx);
  mov(qword[rsp], rcx);
}

// Chaining: the block ran to its end; the next block's body is entered if
// icount is under the limit. A direct successor on the same page is
// reached by a jmp that starts out pointing at the lookup and is patched,
// on the first find, to the successor's body (the two die together when
// the page is written: translations are never freed one by one). Any other
// successor is found through the jump cache, as fetch_block finds it.
// icount_ lives in rbp as blocks chain, stored before every call (semantics
// read it) and when leaving, so the value returned is only what the last
// block adds.
void Emitter::emit_chain(const Block& b, bool link) {
  Xbyak::Label lookup, site;
  add(rbp, b.count);
  cmp(rbp, qword[rsp]);
  jae(leave_, T_NEAR);
  if (link) {
    L(site);
    link_sites_.push_back(uint32_t(getSize()));
    jmp(lookup, T_NEAR);  // E9 rel32 (0: to the next instruction), patched below
  }
  L(lookup);
  mov(rdx, pc());
  mov(ecx, edx);
  shr(ecx, 1);
  and_(ecx, l_.jcache_mask);
  shl(ecx, 4);
  movzx(eax, byte[rbx + l_.priv]);
  lea(rax, ptr[rax + rdx * 4]);  // the tag: pc << 2 | mode
  cmp(rax, qword[rbx + rcx + l_.jcache]);
  jne(leave_, T_NEAR);
  mov(rcx, qword[rbx + rcx + (l_.jcache + 8)]);
  mov(rax, qword[rcx + l_.block_native]);
  test(rax, rax);
  jz(leave_, T_NEAR);
  add(rax, uint32_t(g_body_offset));
  if (link) {
    Xbyak::Label other_page;
    mov(rcx, qword[rcx + l_.block_pa]);
    shr(rcx, 12);
    mov(rdx, b.pa >> 12);
    cmp(rcx, rdx);
    jne(other_page);
    lea(rcx, ptr[rip + site]);
    mov(rdx, rax);
    sub(rdx, rcx);
    sub(rdx, 5);  // rel32 counts from the jmp's end
    mov(dword[rcx + 1], edx);
    L(other_page);
  }
  jmp(rax);
}

void Emitter::emit(const Block& b, const JitLayout& l) {
  l_ = l;
  link_sites_.clear();
  synced_ = 0;
  dirty_ = 0;
  exit_.assign(b.count, Xbyak::Label());
  slow_.clear();
  slow_.reserve(b.count);  // Slow holds labels: no reallocation while in use
  epilogue_ = Xbyak::Label();
  common_exit_ = Xbyak::Label();
  leave_ = Xbyak::Label();
  choose_cached(b);

  // Six pushes and the return address: 16-byte aligned after one more slot.
  // jit/unwind.cpp describes this frame to the unwinder: keep them in step.
  push(rbx);
  push(rbp);
  push(r12);
  push(r13);
  push(r14);
  push(r15);
  sub(rsp, 8);
  mov(rbx, rdi);
  movzx(eax, byte[rbx + l_.data_mode]);
  imul(eax, eax, l_.tlb_size);
  lea(r12, ptr[rbx + rax + l_.dtlb_r]);
  emit_limit();
  mov(rbp, qword[rbx + l_.icount]);
  mov(pc(), pc_mem());
  for (unsigned k = 0; k < kFixed; ++k) mov(*hosts_[k], xr(kFixedGuest[k]));
  if (g_body_offset == 0) g_body_offset = getSize();
  if (getSize() != g_body_offset) throw Xbyak::Error(Xbyak::ERR_INTERNAL);

  for (unsigned r = 1; r < 32; ++r)
    if (cached(r) && unsigned(slot_[r]) >= kFixed) mov(host(r), xr(r));
  head_ = Xbyak::Label();
  L(head_);
  if (self_loop(b))
    for (const Insn& in : b.insns)
      if (in.rd < 32 && cached(in.rd) && inlined_op(in.op)) dirty_ |= 1ull << in.rd;
  int32_t off = 0;
  bool ended = false;
  for (unsigned i = 0; i < b.count && !ended; ++i) {
    ended = emit_insn(b, i, off);
    off += b.insns[i].len;
  }
  if (!ended) {
    sync_to(off);
    emit_end(b, same_page(b, off));
  }
  L(leave_);
  mov(qword[rbx + l_.icount], rbp);
  mov(pc_mem(), pc());
  xor_(eax, eax);  // icount_ already has the last block's count
  jmp(epilogue_, T_NEAR);

  // Out of line: TLB misses write registers back, run the instruction's
  // semantics, reload, and put pc_ back where the main line expects it.
  for (Slow& s : slow_) {
    const Insn& in = b.insns[s.i];
    L(s.entry);
    flush(s.dirty);
    add_pc(s.off - s.synced);
    call_semantics(in);
    test(al, al);
    jnz(exit_[s.i], T_NEAR);
    after_call(in.rd);
    add_pc(-int64_t(s.off + in.len - s.synced));
    jmp(s.resume, T_NEAR);
  }
  // An instruction i ended the block early (trap, MMIO, a state change) or
  // was paused before (kEndBefore, in al): i or i + 1 count. Registers are
  // all written back before any call, so nothing is left to store.
  for (unsigned i = 0; i < b.count; ++i) {
    L(exit_[i]);
    mov(ecx, i);
    jmp(common_exit_, T_NEAR);
  }
  L(common_exit_);
  cmp(al, 2);
  setne(dl);
  movzx(edx, dl);
  lea(eax, ptr[rcx + rdx]);
  L(epilogue_);
  add(rsp, 8);
  pop(r15);
  pop(r14);
  pop(r13);
  pop(r12);
  pop(rbp);
  pop(rbx);
  ret();
}

}  // namespace

NativeBlockFn translate_block(const Block& b, const JitLayout& layout, CodeArena& arena) {
  static Emitter* em = new Emitter;  // one buffer for all translations, reused
  em->reset();
  try {
    em->emit(b, layout);
  } catch (const Xbyak::Error&) {
    return nullptr;
  }
  void* code = arena.add(em->getCode(), em->getSize(), em->link_sites());
  return reinterpret_cast<NativeBlockFn>(code);
}

}  // namespace ttvm

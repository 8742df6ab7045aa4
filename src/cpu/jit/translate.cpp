#include "cpu/jit/translate.h"

#include <xbyak/xbyak.h>

#include <cstddef>
#include <vector>

#include "cpu/tlb.h"

namespace ttvm {
namespace {

// The probe below indexes entries as idx * 3 * 8 and reads tag, then host.
static_assert(sizeof(TlbEntry) == 24 && offsetof(TlbEntry, tag) == 0 && offsetof(TlbEntry, host) == 8);
static_assert(Tlb::kEntries == 256, "the probe takes the index as the low byte of the page number");
static_assert(uint8_t(Outcome::kNext) == 0 && uint8_t(Outcome::kEndBefore) == 2);

bool fits32(int64_t v) { return v == int64_t(int32_t(v)); }

// Registers in translated code: rbx = the Hart, r12 = the live read-TLB
// (data_mode_ cannot change inside a block: whatever changes it ends one);
// rax, rcx, rdx, rsi, rdi are scratch. pc_ is kept lazily: the main line
// knows statically how far pc_ in memory lags the instruction being run
// (`synced_`), and brings it up to date only where something reads it (a
// call into semantics, auipc, jumps, the block's end).
class Emitter : public Xbyak::CodeGenerator {
 public:
  // A 64-instruction block stays far below this.
  Emitter() : Xbyak::CodeGenerator(256 * 1024) {}

  void emit(const Block& b, const JitLayout& l);

 private:
  struct Slow {
    Xbyak::Label entry, resume;
    unsigned i;
    int32_t off;     // the instruction's byte offset in the block
    int32_t synced;  // what the main line assumes pc_ holds there
  };

  Xbyak::Address xr(unsigned r) { return qword[rbx + (l_.x + 8 * int32_t(r))]; }
  Xbyak::Address xw(unsigned r) { return dword[rbx + (l_.x + 8 * int32_t(r))]; }
  Xbyak::Address pc() { return qword[rbx + l_.pc]; }
  void add_pc(int64_t d) {
    if (d == 0) return;
    if (fits32(d)) {
      add(pc(), int32_t(d));
    } else {
      mov(rdx, uint64_t(d));
      add(pc(), rdx);
    }
  }
  void add_imm(const Xbyak::Reg64& r, int64_t v) {
    if (v == 0) return;
    if (fits32(v)) {
      add(r, int32_t(v));
    } else {
      mov(rdx, uint64_t(v));
      add(r, rdx);
    }
  }
  void sync_to(int32_t off) {
    add_pc(off - synced_);
    synced_ = off;
  }
  void call_semantics(const Insn& in) {
    mov(rdi, rbx);
    mov(rsi, uint64_t(reinterpret_cast<uintptr_t>(&in)));
    mov(rax, uint64_t(reinterpret_cast<uintptr_t>(in.fn)));
    call(rax);
  }
  // Calls the instruction's semantics from the main line.
  void emit_call(const Insn& in, unsigned i, int32_t off) {
    sync_to(off);
    call_semantics(in);
    test(al, al);
    jnz(exit_[i], T_NEAR);
    synced_ = off + in.len;  // the semantics advanced pc_
  }
  // rax = the access's virtual address; on a hit of the TLB at r12 + disp,
  // rdx = the page's host address and rcx = the offset in it.
  void tlb_probe(const Insn& in, int32_t disp, unsigned size, Xbyak::Label& miss) {
    mov(rax, xr(in.rs1));
    add_imm(rax, in.imm);
    mov(rdx, rax);
    shr(rdx, 12);
    movzx(ecx, dl);
    lea(rcx, ptr[rcx + rcx * 2]);
    cmp(rdx, qword[r12 + rcx * 8 + disp]);
    jne(miss, T_NEAR);
    mov(rdx, qword[r12 + rcx * 8 + (disp + 8)]);
    mov(ecx, eax);
    and_(ecx, 0xfff);
    if (size > 1) {
      cmp(ecx, 4096 - int32_t(size));
      ja(miss, T_NEAR);
    }
  }
  Slow& new_slow(unsigned i, int32_t off) {
    slow_.emplace_back();
    Slow& s = slow_.back();
    s.i = i;
    s.off = off;
    s.synced = synced_;
    return s;
  }
  void emit_load(const Insn& in, unsigned i, int32_t off);
  void emit_store(const Insn& in, unsigned i, int32_t off);
  // Returns true when it emitted the block's end (a control transfer).
  bool emit_insn(const Block& b, unsigned i, int32_t off);
  void emit_return_count(const Block& b) {
    mov(eax, b.count);
    jmp(epilogue_, T_NEAR);
  }

  JitLayout l_{};
  int32_t synced_ = 0;
  std::vector<Xbyak::Label> exit_;
  std::vector<bool> exit_used_;
  std::vector<Slow> slow_;
  Xbyak::Label epilogue_, common_exit_;
};

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
  const auto at = rdx + rcx;
  switch (in.op) {
    case Op::kLb: movsx(rax, byte[at]); break;
    case Op::kLbu: movzx(eax, byte[at]); break;
    case Op::kLh: movsx(rax, word[at]); break;
    case Op::kLhu: movzx(eax, word[at]); break;
    case Op::kLw: movsxd(rax, dword[at]); break;
    case Op::kLwu: mov(eax, dword[at]); break;
    default: mov(rax, qword[at]); break;
  }
  mov(xr(in.rd), rax);
  L(s.resume);
}

void Emitter::emit_store(const Insn& in, unsigned i, int32_t off) {
  const unsigned size = in.op == Op::kSb ? 1 : in.op == Op::kSh ? 2 : in.op == Op::kSw ? 4 : 8;
  Slow& s = new_slow(i, off);
  tlb_probe(in, l_.dtlb_w - l_.dtlb_r, size, s.entry);
  mov(rsi, xr(in.rs2));
  const auto at = rdx + rcx;
  switch (size) {
    case 1: mov(byte[at], sil); break;
    case 2: mov(word[at], si); break;
    case 4: mov(dword[at], esi); break;
    default: mov(qword[at], rsi); break;
  }
  L(s.resume);
}

bool Emitter::emit_insn(const Block& b, unsigned i, int32_t off) {
  const Insn& in = b.insns[i];
  const unsigned rd = in.rd, rs1 = in.rs1, rs2 = in.rs2;
  const int64_t imm = in.imm;
  // Register-register and register-immediate forms of one x86 operation.
  const auto rr = [&](auto op) {
    mov(rax, xr(rs1));
    (this->*op)(rax, xr(rs2));
    mov(xr(rd), rax);
  };
  const auto ri = [&](auto op) {
    mov(rax, xr(rs1));
    (this->*op)(rax, int32_t(imm));
    mov(xr(rd), rax);
  };
  const auto rr_w = [&](auto op) {  // 32-bit result, sign-extended
    mov(eax, xw(rs1));
    (this->*op)(eax, xw(rs2));
    movsxd(rax, eax);
    mov(xr(rd), rax);
  };
  const auto shift = [&](auto op, bool word) {
    mov(rcx, xr(rs2));
    if (word) {
      mov(eax, xw(rs1));
      (this->*op)(eax, cl);
      movsxd(rax, eax);
    } else {
      mov(rax, xr(rs1));
      (this->*op)(rax, cl);
    }
    mov(xr(rd), rax);
  };
  const auto shift_imm = [&](auto op, bool word) {
    if (word) {
      mov(eax, xw(rs1));
      (this->*op)(eax, int(imm));
      movsxd(rax, eax);
    } else {
      mov(rax, xr(rs1));
      (this->*op)(rax, int(imm));
    }
    mov(xr(rd), rax);
  };
  const auto compare = [&](bool with_imm, auto setcc) {
    mov(rax, xr(rs1));
    if (with_imm)
      cmp(rax, int32_t(imm));
    else
      cmp(rax, xr(rs2));
    (this->*setcc)(al);
    movzx(eax, al);
    mov(xr(rd), rax);
  };
  const auto branch = [&](auto cmov) {
    mov(rax, xr(rs1));
    cmp(rax, xr(rs2));
    mov(rcx, uint64_t(int64_t(off - synced_ + in.len)));
    mov(rdx, uint64_t(int64_t(off - synced_) + imm));
    (this->*cmov)(rcx, rdx);
    add(pc(), rcx);
    emit_return_count(b);
  };
  using G = Xbyak::CodeGenerator;
  using RR = void (G::*)(const Xbyak::Operand&, const Xbyak::Operand&);
  using RI = void (G::*)(const Xbyak::Operand&, uint32_t);
  using SH = void (G::*)(const Xbyak::Operand&, const Xbyak::Reg8&);
  using SI = void (G::*)(const Xbyak::Operand&, int);
  using SETCC = void (G::*)(const Xbyak::Operand&);
  using CMOV = void (G::*)(const Xbyak::Reg&, const Xbyak::Operand&);
  switch (in.op) {
    case Op::kLui:
      if (!fits32(imm)) break;
      mov(xr(rd), int32_t(imm));
      return false;
    case Op::kAuipc:
      mov(rax, pc());
      add_imm(rax, int64_t(off - synced_) + imm);
      mov(xr(rd), rax);
      return false;
    case Op::kAddi: ri(RI(&G::add)); return false;
    case Op::kXori: ri(RI(&G::xor_)); return false;
    case Op::kOri: ri(RI(&G::or_)); return false;
    case Op::kAndi: ri(RI(&G::and_)); return false;
    case Op::kSlti: compare(true, SETCC(&G::setl)); return false;
    case Op::kSltiu: compare(true, SETCC(&G::setb)); return false;
    case Op::kSlli: shift_imm(SI(&G::shl), false); return false;
    case Op::kSrli: shift_imm(SI(&G::shr), false); return false;
    case Op::kSrai: shift_imm(SI(&G::sar), false); return false;
    case Op::kAdd: rr(RR(&G::add)); return false;
    case Op::kSub: rr(RR(&G::sub)); return false;
    case Op::kXor: rr(RR(&G::xor_)); return false;
    case Op::kOr: rr(RR(&G::or_)); return false;
    case Op::kAnd: rr(RR(&G::and_)); return false;
    case Op::kSlt: compare(false, SETCC(&G::setl)); return false;
    case Op::kSltu: compare(false, SETCC(&G::setb)); return false;
    case Op::kSll: shift(SH(&G::shl), false); return false;
    case Op::kSrl: shift(SH(&G::shr), false); return false;
    case Op::kSra: shift(SH(&G::sar), false); return false;
    case Op::kAddiw:
      mov(eax, xw(rs1));
      add(eax, int32_t(imm));
      movsxd(rax, eax);
      mov(xr(rd), rax);
      return false;
    case Op::kSlliw: shift_imm(SI(&G::shl), true); return false;
    case Op::kSrliw: shift_imm(SI(&G::shr), true); return false;
    case Op::kSraiw: shift_imm(SI(&G::sar), true); return false;
    case Op::kAddw: rr_w(RR(&G::add)); return false;
    case Op::kSubw: rr_w(RR(&G::sub)); return false;
    case Op::kSllw: shift(SH(&G::shl), true); return false;
    case Op::kSrlw: shift(SH(&G::shr), true); return false;
    case Op::kSraw: shift(SH(&G::sar), true); return false;
    case Op::kMul:
      mov(rax, xr(rs1));
      imul(rax, xr(rs2));
      mov(xr(rd), rax);
      return false;
    case Op::kMulw:
      mov(eax, xw(rs1));
      imul(eax, xw(rs2));
      movsxd(rax, eax);
      mov(xr(rd), rax);
      return false;
    case Op::kMulh:
    case Op::kMulhu:
      mov(rax, xr(rs1));
      if (in.op == Op::kMulh)
        imul(xr(rs2));
      else
        mul(xr(rs2));
      mov(xr(rd), rdx);
      return false;
    case Op::kLb: case Op::kLh: case Op::kLw: case Op::kLd:
    case Op::kLbu: case Op::kLhu: case Op::kLwu:
      emit_load(in, i, off);
      return false;
    case Op::kSb: case Op::kSh: case Op::kSw: case Op::kSd:
      emit_store(in, i, off);
      return false;
    case Op::kJal:
      mov(rax, pc());
      lea(rcx, ptr[rax + (off - synced_ + in.len)]);
      mov(xr(rd), rcx);
      add_imm(rax, int64_t(off - synced_) + imm);
      mov(pc(), rax);
      emit_return_count(b);
      return true;
    case Op::kJalr:
      mov(rcx, xr(rs1));  // read before rd is written: rd may be rs1
      add_imm(rcx, imm);
      and_(rcx, -2);
      mov(rax, pc());
      add(rax, off - synced_ + in.len);
      mov(xr(rd), rax);
      mov(pc(), rcx);
      emit_return_count(b);
      return true;
    case Op::kBeq: branch(CMOV(&G::cmove)); return true;
    case Op::kBne: branch(CMOV(&G::cmovne)); return true;
    case Op::kBlt: branch(CMOV(&G::cmovl)); return true;
    case Op::kBge: branch(CMOV(&G::cmovge)); return true;
    case Op::kBltu: branch(CMOV(&G::cmovb)); return true;
    case Op::kBgeu: branch(CMOV(&G::cmovae)); return true;
    default:
      break;
  }
  emit_call(in, i, off);
  return false;
}

void Emitter::emit(const Block& b, const JitLayout& l) {
  l_ = l;
  synced_ = 0;
  exit_.assign(b.count, Xbyak::Label());
  slow_.clear();
  slow_.reserve(b.count);  // Slow holds labels: no reallocation while in use
  epilogue_ = Xbyak::Label();
  common_exit_ = Xbyak::Label();

  push(rbx);
  push(r12);
  push(r13);  // unused: keeps calls 16-byte aligned
  mov(rbx, rdi);
  movzx(eax, byte[rbx + l_.data_mode]);
  imul(eax, eax, l_.tlb_size);
  lea(r12, ptr[rbx + rax + l_.dtlb_r]);

  int32_t off = 0;
  bool ended = false;
  for (unsigned i = 0; i < b.count && !ended; ++i) {
    ended = emit_insn(b, i, off);
    off += b.insns[i].len;
  }
  if (!ended) {
    sync_to(off);
    emit_return_count(b);
  }

  // Out of line: TLB misses run the instruction's semantics, then put pc_
  // back where the main line expects it.
  for (Slow& s : slow_) {
    const Insn& in = b.insns[s.i];
    L(s.entry);
    add_pc(s.off - s.synced);
    call_semantics(in);
    test(al, al);
    jnz(exit_[s.i], T_NEAR);
    add_pc(-int64_t(s.off + in.len - s.synced));
    jmp(s.resume, T_NEAR);
  }
  // An instruction i ended the block early (trap, MMIO, a state change) or
  // was paused before (kEndBefore, in al): i or i + 1 count.
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
  pop(r13);
  pop(r12);
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
  void* code = arena.add(em->getCode(), em->getSize());
  return reinterpret_cast<NativeBlockFn>(code);
}

}  // namespace ttvm

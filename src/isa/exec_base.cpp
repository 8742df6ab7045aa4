// RV64I semantics.
#include "isa/exec.h"
#include "isa/exec_util.h"

namespace ttvm {
namespace {
using namespace sem;

// Register-immediate and register-register arithmetic.
bool lui(Hart& h, const Insn& in) { RD = uint64_t(IMM); return next(h, in); }
bool auipc(Hart& h, const Insn& in) { RD = h.pc_ + uint64_t(IMM); return next(h, in); }
bool addi(Hart& h, const Insn& in) { RD = RS1 + uint64_t(IMM); return next(h, in); }
bool slti(Hart& h, const Insn& in) { RD = int64_t(RS1) < IMM; return next(h, in); }
bool sltiu(Hart& h, const Insn& in) { RD = RS1 < uint64_t(IMM); return next(h, in); }
bool xori(Hart& h, const Insn& in) { RD = RS1 ^ uint64_t(IMM); return next(h, in); }
bool ori(Hart& h, const Insn& in) { RD = RS1 | uint64_t(IMM); return next(h, in); }
bool andi(Hart& h, const Insn& in) { RD = RS1 & uint64_t(IMM); return next(h, in); }
bool slli(Hart& h, const Insn& in) { RD = RS1 << IMM; return next(h, in); }
bool srli(Hart& h, const Insn& in) { RD = RS1 >> IMM; return next(h, in); }
bool srai(Hart& h, const Insn& in) { RD = uint64_t(int64_t(RS1) >> IMM); return next(h, in); }
bool add(Hart& h, const Insn& in) { RD = RS1 + RS2; return next(h, in); }
bool sub(Hart& h, const Insn& in) { RD = RS1 - RS2; return next(h, in); }
bool sll(Hart& h, const Insn& in) { RD = RS1 << (RS2 & 63); return next(h, in); }
bool slt(Hart& h, const Insn& in) { RD = int64_t(RS1) < int64_t(RS2); return next(h, in); }
bool sltu(Hart& h, const Insn& in) { RD = RS1 < RS2; return next(h, in); }
bool xor_(Hart& h, const Insn& in) { RD = RS1 ^ RS2; return next(h, in); }
bool srl(Hart& h, const Insn& in) { RD = RS1 >> (RS2 & 63); return next(h, in); }
bool sra(Hart& h, const Insn& in) { RD = uint64_t(int64_t(RS1) >> (RS2 & 63)); return next(h, in); }
bool or_(Hart& h, const Insn& in) { RD = RS1 | RS2; return next(h, in); }
bool and_(Hart& h, const Insn& in) { RD = RS1 & RS2; return next(h, in); }
bool addiw(Hart& h, const Insn& in) { RD = sext32(RS1 + uint64_t(IMM)); return next(h, in); }
bool slliw(Hart& h, const Insn& in) { RD = sext32(uint32_t(RS1) << IMM); return next(h, in); }
bool srliw(Hart& h, const Insn& in) { RD = sext32(uint32_t(RS1) >> IMM); return next(h, in); }
bool sraiw(Hart& h, const Insn& in) { RD = uint64_t(int64_t(int32_t(RS1) >> IMM)); return next(h, in); }
bool addw(Hart& h, const Insn& in) { RD = sext32(RS1 + RS2); return next(h, in); }
bool subw(Hart& h, const Insn& in) { RD = sext32(RS1 - RS2); return next(h, in); }
bool sllw(Hart& h, const Insn& in) { RD = sext32(uint32_t(RS1) << (RS2 & 31)); return next(h, in); }
bool srlw(Hart& h, const Insn& in) { RD = sext32(uint32_t(RS1) >> (RS2 & 31)); return next(h, in); }
bool sraw(Hart& h, const Insn& in) { RD = uint64_t(int64_t(int32_t(RS1) >> (RS2 & 31))); return next(h, in); }

// Control transfer. With C present, targets need only 2-byte alignment,
// which every encodable target has.
bool jal(Hart& h, const Insn& in) {
  RD = h.pc_ + in.len;
  h.pc_ += uint64_t(IMM);
  return false;
}
bool jalr(Hart& h, const Insn& in) {
  const uint64_t target = (RS1 + uint64_t(IMM)) & ~1ull;
  RD = h.pc_ + in.len;
  h.pc_ = target;
  return false;
}
template <typename Cmp>
bool branch(Hart& h, const Insn& in, Cmp taken) {
  h.pc_ += taken ? uint64_t(IMM) : in.len;
  return false;
}
bool beq(Hart& h, const Insn& in) { return branch(h, in, RS1 == RS2); }
bool bne(Hart& h, const Insn& in) { return branch(h, in, RS1 != RS2); }
bool blt(Hart& h, const Insn& in) { return branch(h, in, int64_t(RS1) < int64_t(RS2)); }
bool bge(Hart& h, const Insn& in) { return branch(h, in, int64_t(RS1) >= int64_t(RS2)); }
bool bltu(Hart& h, const Insn& in) { return branch(h, in, RS1 < RS2); }
bool bgeu(Hart& h, const Insn& in) { return branch(h, in, RS1 >= RS2); }

// Loads (sign or zero extension by the C++ type) and stores.
template <typename T>
bool load(Hart& h, const Insn& in) {
  T v;
  if (!h.load<T>(RS1 + uint64_t(IMM), v, in)) return false;
  if constexpr (std::is_signed_v<T>)
    RD = uint64_t(int64_t(v));
  else
    RD = uint64_t(v);
  return next(h, in);
}
template <typename T>
bool store(Hart& h, const Insn& in) {
  const int r = h.store<T>(RS1 + uint64_t(IMM), T(RS2), in);
  if (r == 0) return false;
  h.pc_ += in.len;
  return r == 1;
}

bool fence(Hart& h, const Insn& in) { return next(h, in); }
bool fence_i(Hart& h, const Insn& in) { return h.exec_fence_i(in); }

}  // namespace

ExecFn exec_fn_base(Op op) {
  switch (op) {
    case Op::kLui: return lui;
    case Op::kAuipc: return auipc;
    case Op::kJal: return jal;
    case Op::kJalr: return jalr;
    case Op::kBeq: return beq;
    case Op::kBne: return bne;
    case Op::kBlt: return blt;
    case Op::kBge: return bge;
    case Op::kBltu: return bltu;
    case Op::kBgeu: return bgeu;
    case Op::kLb: return load<int8_t>;
    case Op::kLh: return load<int16_t>;
    case Op::kLw: return load<int32_t>;
    case Op::kLd: return load<int64_t>;
    case Op::kLbu: return load<uint8_t>;
    case Op::kLhu: return load<uint16_t>;
    case Op::kLwu: return load<uint32_t>;
    case Op::kSb: return store<uint8_t>;
    case Op::kSh: return store<uint16_t>;
    case Op::kSw: return store<uint32_t>;
    case Op::kSd: return store<uint64_t>;
    case Op::kAddi: return addi;
    case Op::kSlti: return slti;
    case Op::kSltiu: return sltiu;
    case Op::kXori: return xori;
    case Op::kOri: return ori;
    case Op::kAndi: return andi;
    case Op::kSlli: return slli;
    case Op::kSrli: return srli;
    case Op::kSrai: return srai;
    case Op::kAdd: return add;
    case Op::kSub: return sub;
    case Op::kSll: return sll;
    case Op::kSlt: return slt;
    case Op::kSltu: return sltu;
    case Op::kXor: return xor_;
    case Op::kSrl: return srl;
    case Op::kSra: return sra;
    case Op::kOr: return or_;
    case Op::kAnd: return and_;
    case Op::kAddiw: return addiw;
    case Op::kSlliw: return slliw;
    case Op::kSrliw: return srliw;
    case Op::kSraiw: return sraiw;
    case Op::kAddw: return addw;
    case Op::kSubw: return subw;
    case Op::kSllw: return sllw;
    case Op::kSrlw: return srlw;
    case Op::kSraw: return sraw;
    case Op::kFence: return fence;
    case Op::kFenceI: return fence_i;
    default: return nullptr;
  }
}

}  // namespace ttvm

// 32-bit instruction decoding per the unprivileged spec's opcode map.
#include "isa/decode.h"

#include "isa/decode_fp.h"
#include "isa/exec.h"

namespace ttvm {
namespace {

// Immediates, assembled as 32-bit values and then sign-extended.
int64_t imm_i(uint32_t i) { return int64_t(int32_t(i) >> 20); }
int64_t imm_s(uint32_t i) {
  return int64_t(int32_t(((i >> 25) << 5) | ((i >> 7) & 0x1f)) << 20 >> 20);
}
int64_t imm_b(uint32_t i) {
  const uint32_t u = ((i >> 31) << 12) | (((i >> 7) & 1) << 11) | (((i >> 25) & 0x3f) << 5) | (((i >> 8) & 0xf) << 1);
  return int64_t(int32_t(u << 19) >> 19);
}
int64_t imm_u(uint32_t i) { return int64_t(int32_t(i & 0xfffff000)); }
int64_t imm_j(uint32_t i) {
  const uint32_t u = ((i >> 31) << 20) | (((i >> 12) & 0xff) << 12) | (((i >> 20) & 1) << 11) | (((i >> 21) & 0x3ff) << 1);
  return int64_t(int32_t(u << 11) >> 11);
}

Op decode_op(uint32_t i) {
  const uint32_t opc = i & 0x7f, f3 = (i >> 12) & 7, f7 = i >> 25;
  if (fp_opcode(i)) return decode_fp_op(i);
  switch (opc) {
    case 0x37: return Op::kLui;
    case 0x17: return Op::kAuipc;
    case 0x6f: return Op::kJal;
    case 0x67: return f3 == 0 ? Op::kJalr : Op::kIllegal;
    case 0x63: {
      static constexpr Op k[8] = {Op::kBeq, Op::kBne, Op::kIllegal, Op::kIllegal,
                                  Op::kBlt, Op::kBge, Op::kBltu,    Op::kBgeu};
      return k[f3];
    }
    case 0x03: {
      static constexpr Op k[8] = {Op::kLb, Op::kLh, Op::kLw, Op::kLd, Op::kLbu, Op::kLhu, Op::kLwu, Op::kIllegal};
      return k[f3];
    }
    case 0x23: {
      static constexpr Op k[8] = {Op::kSb, Op::kSh, Op::kSw, Op::kSd,
                                  Op::kIllegal, Op::kIllegal, Op::kIllegal, Op::kIllegal};
      return k[f3];
    }
    case 0x13:
      switch (f3) {
        case 0: return Op::kAddi;
        case 2: return Op::kSlti;
        case 3: return Op::kSltiu;
        case 4: return Op::kXori;
        case 6: return Op::kOri;
        case 7: return Op::kAndi;
        case 1: return (i >> 26) == 0 ? Op::kSlli : Op::kIllegal;
        default:  // 5
          if ((i >> 26) == 0) return Op::kSrli;
          if ((i >> 26) == 0x10) return Op::kSrai;
          return Op::kIllegal;
      }
    case 0x1b:
      switch (f3) {
        case 0: return Op::kAddiw;
        case 1: return f7 == 0 ? Op::kSlliw : Op::kIllegal;
        case 5:
          if (f7 == 0) return Op::kSrliw;
          if (f7 == 0x20) return Op::kSraiw;
          return Op::kIllegal;
        default: return Op::kIllegal;
      }
    case 0x33:
      if (f7 == 0) {
        static constexpr Op k[8] = {Op::kAdd, Op::kSll, Op::kSlt, Op::kSltu, Op::kXor, Op::kSrl, Op::kOr, Op::kAnd};
        return k[f3];
      }
      if (f7 == 0x20) {
        if (f3 == 0) return Op::kSub;
        if (f3 == 5) return Op::kSra;
        return Op::kIllegal;
      }
      if (f7 == 1) {
        static constexpr Op k[8] = {Op::kMul, Op::kMulh, Op::kMulhsu, Op::kMulhu,
                                    Op::kDiv, Op::kDivu, Op::kRem,    Op::kRemu};
        return k[f3];
      }
      return Op::kIllegal;
    case 0x3b:
      if (f7 == 0) {
        if (f3 == 0) return Op::kAddw;
        if (f3 == 1) return Op::kSllw;
        if (f3 == 5) return Op::kSrlw;
        return Op::kIllegal;
      }
      if (f7 == 0x20) {
        if (f3 == 0) return Op::kSubw;
        if (f3 == 5) return Op::kSraw;
        return Op::kIllegal;
      }
      if (f7 == 1) {
        static constexpr Op k[8] = {Op::kMulw, Op::kIllegal, Op::kIllegal, Op::kIllegal,
                                    Op::kDivw, Op::kDivuw,   Op::kRemw,    Op::kRemuw};
        return k[f3];
      }
      return Op::kIllegal;
    case 0x0f:
      if (f3 == 0) return Op::kFence;  // includes fence.tso and pause
      if (f3 == 1) return Op::kFenceI;
      return Op::kIllegal;
    case 0x73:
      switch (f3) {
        case 0:
          if (i == 0x00000073) return Op::kEcall;
          if (i == 0x00100073) return Op::kEbreak;
          if (i == 0x30200073) return Op::kMret;
          if (i == 0x10200073) return Op::kSret;
          if (i == 0x10500073) return Op::kWfi;
          if (f7 == 0x09 && ((i >> 7) & 0x1f) == 0) return Op::kSfenceVma;
          return Op::kIllegal;
        case 1: return Op::kCsrrw;
        case 2: return Op::kCsrrs;
        case 3: return Op::kCsrrc;
        case 5: return Op::kCsrrwi;
        case 6: return Op::kCsrrsi;
        case 7: return Op::kCsrrci;
        default: return Op::kIllegal;
      }
    case 0x2f: {
      const uint32_t f5 = i >> 27;
      const bool d = f3 == 3;
      if (f3 != 2 && f3 != 3) return Op::kIllegal;
      switch (f5) {
        case 0x02: return ((i >> 20) & 0x1f) == 0 ? (d ? Op::kLrD : Op::kLrW) : Op::kIllegal;
        case 0x03: return d ? Op::kScD : Op::kScW;
        case 0x01: return d ? Op::kAmoswapD : Op::kAmoswapW;
        case 0x00: return d ? Op::kAmoaddD : Op::kAmoaddW;
        case 0x04: return d ? Op::kAmoxorD : Op::kAmoxorW;
        case 0x0c: return d ? Op::kAmoandD : Op::kAmoandW;
        case 0x08: return d ? Op::kAmoorD : Op::kAmoorW;
        case 0x10: return d ? Op::kAmominD : Op::kAmominW;
        case 0x14: return d ? Op::kAmomaxD : Op::kAmomaxW;
        case 0x18: return d ? Op::kAmominuD : Op::kAmominuW;
        case 0x1c: return d ? Op::kAmomaxuD : Op::kAmomaxuW;
        default: return Op::kIllegal;
      }
    }
    default: return Op::kIllegal;
  }
}

int64_t decode_imm(Op op, uint32_t i) {
  switch (op_format(op)) {
    case Fmt::kI:
    case Fmt::kLoad:
    case Fmt::kFLoad:
    case Fmt::kJalr: return imm_i(i);
    case Fmt::kShift: return (i >> 20) & 0x3f;
    case Fmt::kStore:
    case Fmt::kFStore: return imm_s(i);
    case Fmt::kB: return imm_b(i);
    case Fmt::kU: return imm_u(i);
    case Fmt::kJ: return imm_j(i);
    case Fmt::kCsr:
    case Fmt::kCsrI: return (i >> 20) & 0xfff;  // the CSR number
    case Fmt::kFence: return (i >> 20) & 0xff;   // pred/succ
    default: return 0;
  }
}

}  // namespace

Insn decode(uint32_t bits) {
  Insn in{};
  uint32_t i = bits;
  if (insn_length(uint16_t(bits)) == 2) {
    in.len = 2;
    in.raw = bits & 0xffff;
    i = expand_rvc(uint16_t(bits));
    if (i == 0) {
      in.op = Op::kIllegal;
      in.fn = exec_fn(in.op);
      return in;
    }
  } else {
    in.len = 4;
    in.raw = bits;
  }
  in.op = decode_op(i);
  if (in.op != Op::kIllegal) {
    const uint8_t rd = (i >> 7) & 0x1f;
    in.rd = rd == 0 && !fmt_fp_rd(op_format(in.op)) ? kZeroSink : rd;
    in.rs1 = (i >> 15) & 0x1f;
    in.rs2 = (i >> 20) & 0x1f;
    in.rs3 = uint8_t(i >> 27);
    in.rm = (i >> 12) & 7;
    in.imm = decode_imm(in.op, i);
  }
  in.fn = exec_fn(in.op);
  return in;
}

}  // namespace ttvm

// The list of decoded operations, one X-macro row each, from which every
// table about operations is generated (the enum, mnemonics, the dispatch of
// each execution engine):
//   X(enum name, mnemonic, operand format, ends a block, semantics)
// "ends a block": control flow, or a state change the run loop must look at
// (privilege, interrupt enables, translation), so a decoded block stops
// after it. "semantics" names a function of namespace ttvm::sem
// (src/isa/sem_*.h) and comes last because template arguments hold commas;
// expand it only where those headers are included. Compressed instructions
// expand to these rows at decode time and share their semantics.
#pragma once
#include <cstdint>

namespace ttvm {

enum class Fmt : uint8_t {
  kNone,    // ecall
  kR,       // rd, rs1, rs2
  kI,       // rd, rs1, imm
  kShift,   // rd, rs1, shamt
  kU,       // rd, imm (upper)
  kJ,       // rd, target
  kJalr,    // rd, imm(rs1)
  kB,       // rs1, rs2, target
  kLoad,    // rd, imm(rs1)
  kStore,   // rs2, imm(rs1)
  kCsr,     // rd, csr, rs1
  kCsrI,    // rd, csr, uimm
  kAmo,     // rd, rs2, (rs1)
  kLr,      // rd, (rs1)
  kFence,   // pred, succ
  kSfence,  // rs1, rs2
  // F and D. "f" operands name FP registers; rm is printed unless dynamic.
  kFLoad,   // fd, imm(rs1)
  kFStore,  // fs2, imm(rs1)
  kFR4,     // fd, fs1, fs2, fs3, rm
  kFRRm,    // fd, fs1, fs2, rm
  kFR,      // fd, fs1, fs2
  kFR1Rm,   // fd, fs1, rm
  kFCmp,    // rd, fs1, fs2
  kFToX,    // rd, fs1, rm
  kFMvToX,  // rd, fs1
  kXToF,    // fd, rs1, rm
  kFMvToF,  // fd, rs1
};

#define TTVM_OPS(X) \
  X(kIllegal, "illegal", kNone, true, illegal)                        \
  X(kLui, "lui", kU, false, lui)                                      \
  X(kAuipc, "auipc", kU, false, auipc)                                \
  X(kJal, "jal", kJ, true, jal)                                       \
  X(kJalr, "jalr", kJalr, true, jalr)                                 \
  X(kBeq, "beq", kB, true, beq)                                       \
  X(kBne, "bne", kB, true, bne)                                       \
  X(kBlt, "blt", kB, true, blt)                                       \
  X(kBge, "bge", kB, true, bge)                                       \
  X(kBltu, "bltu", kB, true, bltu)                                    \
  X(kBgeu, "bgeu", kB, true, bgeu)                                    \
  X(kLb, "lb", kLoad, false, load<int8_t>)                            \
  X(kLh, "lh", kLoad, false, load<int16_t>)                           \
  X(kLw, "lw", kLoad, false, load<int32_t>)                           \
  X(kLd, "ld", kLoad, false, load<int64_t>)                           \
  X(kLbu, "lbu", kLoad, false, load<uint8_t>)                         \
  X(kLhu, "lhu", kLoad, false, load<uint16_t>)                        \
  X(kLwu, "lwu", kLoad, false, load<uint32_t>)                        \
  X(kSb, "sb", kStore, false, store<uint8_t>)                         \
  X(kSh, "sh", kStore, false, store<uint16_t>)                        \
  X(kSw, "sw", kStore, false, store<uint32_t>)                        \
  X(kSd, "sd", kStore, false, store<uint64_t>)                        \
  X(kAddi, "addi", kI, false, addi)                                   \
  X(kSlti, "slti", kI, false, slti)                                   \
  X(kSltiu, "sltiu", kI, false, sltiu)                                \
  X(kXori, "xori", kI, false, xori)                                   \
  X(kOri, "ori", kI, false, ori)                                      \
  X(kAndi, "andi", kI, false, andi)                                   \
  X(kSlli, "slli", kShift, false, slli)                               \
  X(kSrli, "srli", kShift, false, srli)                               \
  X(kSrai, "srai", kShift, false, srai)                               \
  X(kAdd, "add", kR, false, add)                                      \
  X(kSub, "sub", kR, false, sub)                                      \
  X(kSll, "sll", kR, false, sll)                                      \
  X(kSlt, "slt", kR, false, slt)                                      \
  X(kSltu, "sltu", kR, false, sltu)                                   \
  X(kXor, "xor", kR, false, xor_)                                     \
  X(kSrl, "srl", kR, false, srl)                                      \
  X(kSra, "sra", kR, false, sra)                                      \
  X(kOr, "or", kR, false, or_)                                        \
  X(kAnd, "and", kR, false, and_)                                     \
  X(kAddiw, "addiw", kI, false, addiw)                                \
  X(kSlliw, "slliw", kShift, false, slliw)                            \
  X(kSrliw, "srliw", kShift, false, srliw)                            \
  X(kSraiw, "sraiw", kShift, false, sraiw)                            \
  X(kAddw, "addw", kR, false, addw)                                   \
  X(kSubw, "subw", kR, false, subw)                                   \
  X(kSllw, "sllw", kR, false, sllw)                                   \
  X(kSrlw, "srlw", kR, false, srlw)                                   \
  X(kSraw, "sraw", kR, false, sraw)                                   \
  X(kFence, "fence", kFence, false, fence)                            \
  X(kFenceI, "fence.i", kNone, true, fence_i)                         \
  X(kEcall, "ecall", kNone, true, ecall)                              \
  X(kEbreak, "ebreak", kNone, true, ebreak)                           \
  X(kMret, "mret", kNone, true, mret)                                 \
  X(kSret, "sret", kNone, true, sret)                                 \
  X(kWfi, "wfi", kNone, true, wfi)                                    \
  X(kSfenceVma, "sfence.vma", kSfence, true, sfence_vma)              \
  X(kCsrrw, "csrrw", kCsr, true, csrrw)                               \
  X(kCsrrs, "csrrs", kCsr, true, csrrs)                               \
  X(kCsrrc, "csrrc", kCsr, true, csrrc)                               \
  X(kCsrrwi, "csrrwi", kCsrI, true, csrrwi)                           \
  X(kCsrrsi, "csrrsi", kCsrI, true, csrrsi)                           \
  X(kCsrrci, "csrrci", kCsrI, true, csrrci)                           \
  X(kMul, "mul", kR, false, mul)                                      \
  X(kMulh, "mulh", kR, false, mulh)                                   \
  X(kMulhsu, "mulhsu", kR, false, mulhsu)                             \
  X(kMulhu, "mulhu", kR, false, mulhu)                                \
  X(kDiv, "div", kR, false, div)                                      \
  X(kDivu, "divu", kR, false, divu)                                   \
  X(kRem, "rem", kR, false, rem)                                      \
  X(kRemu, "remu", kR, false, remu)                                   \
  X(kMulw, "mulw", kR, false, mulw)                                   \
  X(kDivw, "divw", kR, false, divw)                                   \
  X(kDivuw, "divuw", kR, false, divuw)                                \
  X(kRemw, "remw", kR, false, remw)                                   \
  X(kRemuw, "remuw", kR, false, remuw)                                \
  X(kLrW, "lr.w", kLr, false, lr<4>)                                  \
  X(kScW, "sc.w", kAmo, false, sc<4>)                                 \
  X(kAmoswapW, "amoswap.w", kAmo, false, amo<4, op_swap>)             \
  X(kAmoaddW, "amoadd.w", kAmo, false, amo<4, op_add>)                \
  X(kAmoxorW, "amoxor.w", kAmo, false, amo<4, op_xor>)                \
  X(kAmoandW, "amoand.w", kAmo, false, amo<4, op_and>)                \
  X(kAmoorW, "amoor.w", kAmo, false, amo<4, op_or>)                   \
  X(kAmominW, "amomin.w", kAmo, false, amo<4, op_min>)                \
  X(kAmomaxW, "amomax.w", kAmo, false, amo<4, op_max>)                \
  X(kAmominuW, "amominu.w", kAmo, false, amo<4, op_minu>)             \
  X(kAmomaxuW, "amomaxu.w", kAmo, false, amo<4, op_maxu>)             \
  X(kLrD, "lr.d", kLr, false, lr<8>)                                  \
  X(kScD, "sc.d", kAmo, false, sc<8>)                                 \
  X(kAmoswapD, "amoswap.d", kAmo, false, amo<8, op_swap>)             \
  X(kAmoaddD, "amoadd.d", kAmo, false, amo<8, op_add>)                \
  X(kAmoxorD, "amoxor.d", kAmo, false, amo<8, op_xor>)                \
  X(kAmoandD, "amoand.d", kAmo, false, amo<8, op_and>)                \
  X(kAmoorD, "amoor.d", kAmo, false, amo<8, op_or>)                   \
  X(kAmominD, "amomin.d", kAmo, false, amo<8, op_min>)                \
  X(kAmomaxD, "amomax.d", kAmo, false, amo<8, op_max>)                \
  X(kAmominuD, "amominu.d", kAmo, false, amo<8, op_minu>)             \
  X(kAmomaxuD, "amomaxu.d", kAmo, false, amo<8, op_maxu>)             \
  TTVM_FP_OPS(X, S, "s", uint32_t) TTVM_FP_OPS(X, D, "d", uint64_t)   \
  X(kFlw, "flw", kFLoad, false, fload<uint32_t>)                      \
  X(kFsw, "fsw", kFStore, false, fstore<uint32_t>)                    \
  X(kFmvXW, "fmv.x.w", kFMvToX, false, fmv_x_w)                       \
  X(kFmvWX, "fmv.w.x", kFMvToF, false, fmv_w_x)                       \
  X(kFcvtSD, "fcvt.s.d", kFR1Rm, false, fcvt_s_d)                     \
  X(kFld, "fld", kFLoad, false, fload<uint64_t>)                      \
  X(kFsd, "fsd", kFStore, false, fstore<uint64_t>)                    \
  X(kFmvXD, "fmv.x.d", kFMvToX, false, fmv_x_d)                       \
  X(kFmvDX, "fmv.d.x", kFMvToF, false, fmv_d_x)                       \
  X(kFcvtDS, "fcvt.d.s", kFR1Rm, false, fcvt_d_s)                    

// The F and D operations that exist in both precisions (P is S or D, p its
// mnemonic suffix, T the bits of one value).
#define TTVM_FP_OPS(X, P, p, T) \
  X(kFmadd##P, "fmadd." p, kFR4, false, fmadd<T, false, false>)                   \
  X(kFmsub##P, "fmsub." p, kFR4, false, fmadd<T, false, true>)                    \
  X(kFnmsub##P, "fnmsub." p, kFR4, false, fmadd<T, true, false>)                  \
  X(kFnmadd##P, "fnmadd." p, kFR4, false, fmadd<T, true, true>)                   \
  X(kFadd##P, "fadd." p, kFRRm, false, arith<T, fp::add<T>>)                      \
  X(kFsub##P, "fsub." p, kFRRm, false, arith<T, fp::sub<T>>)                      \
  X(kFmul##P, "fmul." p, kFRRm, false, arith<T, fp::mul<T>>)                      \
  X(kFdiv##P, "fdiv." p, kFRRm, false, arith<T, fp::div<T>>)                      \
  X(kFsqrt##P, "fsqrt." p, kFR1Rm, false, fsqrt<T>)                               \
  X(kFsgnj##P, "fsgnj." p, kFR, false, fsgnj<T, Sgn::kCopy>)                      \
  X(kFsgnjn##P, "fsgnjn." p, kFR, false, fsgnj<T, Sgn::kNeg>)                     \
  X(kFsgnjx##P, "fsgnjx." p, kFR, false, fsgnj<T, Sgn::kXor>)                     \
  X(kFmin##P, "fmin." p, kFR, false, minmax<T, fp::min<T>>)                       \
  X(kFmax##P, "fmax." p, kFR, false, minmax<T, fp::max<T>>)                       \
  X(kFeq##P, "feq." p, kFCmp, false, compare<T, fp::eq<T>>)                       \
  X(kFlt##P, "flt." p, kFCmp, false, compare<T, fp::lt<T>>)                       \
  X(kFle##P, "fle." p, kFCmp, false, compare<T, fp::le<T>>)                       \
  X(kFclass##P, "fclass." p, kFMvToX, false, fclass<T>)                           \
  X(kFcvtW##P, "fcvt.w." p, kFToX, false, to_int<T, int32_t, fp::to_i32<T>>)      \
  X(kFcvtWu##P, "fcvt.wu." p, kFToX, false, to_int<T, uint32_t, fp::to_u32<T>>)   \
  X(kFcvtL##P, "fcvt.l." p, kFToX, false, to_int<T, int64_t, fp::to_i64<T>>)      \
  X(kFcvtLu##P, "fcvt.lu." p, kFToX, false, to_int<T, uint64_t, fp::to_u64<T>>)   \
  X(kFcvt##P##W, "fcvt." p ".w", kXToF, false, from_int<T, int32_t>)              \
  X(kFcvt##P##Wu, "fcvt." p ".wu", kXToF, false, from_int<T, uint32_t>)           \
  X(kFcvt##P##L, "fcvt." p ".l", kXToF, false, from_int<T, int64_t>)              \
  X(kFcvt##P##Lu, "fcvt." p ".lu", kXToF, false, from_int<T, uint64_t>)          

enum class Op : uint16_t {
#define TTVM_OP_ENUM(name, ...) name,
  TTVM_OPS(TTVM_OP_ENUM)
#undef TTVM_OP_ENUM
  kCount
};

const char* op_mnemonic(Op op);
Fmt op_format(Op op);
// The "ends a block" column.
bool op_ends_block(Op op);

// Whether an operand format has a rounding-mode field, and whether its rd
// names an FP register (then f0 is a real destination, not the x0 sink).
constexpr bool fmt_has_rm(Fmt f) {
  return f == Fmt::kFR4 || f == Fmt::kFRRm || f == Fmt::kFR1Rm || f == Fmt::kFToX || f == Fmt::kXToF;
}
constexpr bool fmt_fp_rd(Fmt f) {
  return f == Fmt::kFLoad || f == Fmt::kFR4 || f == Fmt::kFRRm || f == Fmt::kFR || f == Fmt::kFR1Rm ||
         f == Fmt::kXToF || f == Fmt::kFMvToF;
}

}  // namespace ttvm

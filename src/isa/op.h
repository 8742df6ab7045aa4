// The list of decoded operations, one X-macro row each: enum name, mnemonic,
// operand format (for the disassembler). Compressed instructions expand to
// these at decode time and share their semantics.
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

#define TTVM_OPS(X)                                                                                     \
  X(kIllegal, "illegal", kNone)                                                                         \
  X(kLui, "lui", kU) X(kAuipc, "auipc", kU) X(kJal, "jal", kJ) X(kJalr, "jalr", kJalr)                 \
  X(kBeq, "beq", kB) X(kBne, "bne", kB) X(kBlt, "blt", kB) X(kBge, "bge", kB) X(kBltu, "bltu", kB)      \
  X(kBgeu, "bgeu", kB)                                                                                  \
  X(kLb, "lb", kLoad) X(kLh, "lh", kLoad) X(kLw, "lw", kLoad) X(kLd, "ld", kLoad)                       \
  X(kLbu, "lbu", kLoad) X(kLhu, "lhu", kLoad) X(kLwu, "lwu", kLoad)                                     \
  X(kSb, "sb", kStore) X(kSh, "sh", kStore) X(kSw, "sw", kStore) X(kSd, "sd", kStore)                   \
  X(kAddi, "addi", kI) X(kSlti, "slti", kI) X(kSltiu, "sltiu", kI) X(kXori, "xori", kI)                 \
  X(kOri, "ori", kI) X(kAndi, "andi", kI)                                                               \
  X(kSlli, "slli", kShift) X(kSrli, "srli", kShift) X(kSrai, "srai", kShift)                            \
  X(kAdd, "add", kR) X(kSub, "sub", kR) X(kSll, "sll", kR) X(kSlt, "slt", kR) X(kSltu, "sltu", kR)      \
  X(kXor, "xor", kR) X(kSrl, "srl", kR) X(kSra, "sra", kR) X(kOr, "or", kR) X(kAnd, "and", kR)          \
  X(kAddiw, "addiw", kI) X(kSlliw, "slliw", kShift) X(kSrliw, "srliw", kShift)                          \
  X(kSraiw, "sraiw", kShift)                                                                            \
  X(kAddw, "addw", kR) X(kSubw, "subw", kR) X(kSllw, "sllw", kR) X(kSrlw, "srlw", kR)                   \
  X(kSraw, "sraw", kR)                                                                                  \
  X(kFence, "fence", kFence) X(kFenceI, "fence.i", kNone)                                               \
  X(kEcall, "ecall", kNone) X(kEbreak, "ebreak", kNone) X(kMret, "mret", kNone)                         \
  X(kSret, "sret", kNone) X(kWfi, "wfi", kNone) X(kSfenceVma, "sfence.vma", kSfence)                    \
  X(kCsrrw, "csrrw", kCsr) X(kCsrrs, "csrrs", kCsr) X(kCsrrc, "csrrc", kCsr)                            \
  X(kCsrrwi, "csrrwi", kCsrI) X(kCsrrsi, "csrrsi", kCsrI) X(kCsrrci, "csrrci", kCsrI)                   \
  X(kMul, "mul", kR) X(kMulh, "mulh", kR) X(kMulhsu, "mulhsu", kR) X(kMulhu, "mulhu", kR)               \
  X(kDiv, "div", kR) X(kDivu, "divu", kR) X(kRem, "rem", kR) X(kRemu, "remu", kR)                       \
  X(kMulw, "mulw", kR) X(kDivw, "divw", kR) X(kDivuw, "divuw", kR) X(kRemw, "remw", kR)                 \
  X(kRemuw, "remuw", kR)                                                                                \
  X(kLrW, "lr.w", kLr) X(kScW, "sc.w", kAmo) X(kAmoswapW, "amoswap.w", kAmo)                            \
  X(kAmoaddW, "amoadd.w", kAmo) X(kAmoxorW, "amoxor.w", kAmo) X(kAmoandW, "amoand.w", kAmo)             \
  X(kAmoorW, "amoor.w", kAmo) X(kAmominW, "amomin.w", kAmo) X(kAmomaxW, "amomax.w", kAmo)               \
  X(kAmominuW, "amominu.w", kAmo) X(kAmomaxuW, "amomaxu.w", kAmo)                                       \
  X(kLrD, "lr.d", kLr) X(kScD, "sc.d", kAmo) X(kAmoswapD, "amoswap.d", kAmo)                            \
  X(kAmoaddD, "amoadd.d", kAmo) X(kAmoxorD, "amoxor.d", kAmo) X(kAmoandD, "amoand.d", kAmo)             \
  X(kAmoorD, "amoor.d", kAmo) X(kAmominD, "amomin.d", kAmo) X(kAmomaxD, "amomax.d", kAmo)               \
  X(kAmominuD, "amominu.d", kAmo) X(kAmomaxuD, "amomaxu.d", kAmo)                                       \
  TTVM_FP_OPS(X, S, "s") TTVM_FP_OPS(X, D, "d")                                                       \
  X(kFlw, "flw", kFLoad) X(kFsw, "fsw", kFStore) X(kFmvXW, "fmv.x.w", kFMvToX)                         \
  X(kFmvWX, "fmv.w.x", kFMvToF) X(kFcvtSD, "fcvt.s.d", kFR1Rm)                                         \
  X(kFld, "fld", kFLoad) X(kFsd, "fsd", kFStore) X(kFmvXD, "fmv.x.d", kFMvToX)                         \
  X(kFmvDX, "fmv.d.x", kFMvToF) X(kFcvtDS, "fcvt.d.s", kFR1Rm)

// The F and D operations that exist in both precisions (P is S or D, p its
// mnemonic suffix).
#define TTVM_FP_OPS(X, P, p)                                                                           \
  X(kFmadd##P, "fmadd." p, kFR4) X(kFmsub##P, "fmsub." p, kFR4) X(kFnmsub##P, "fnmsub." p, kFR4)      \
  X(kFnmadd##P, "fnmadd." p, kFR4)                                                                     \
  X(kFadd##P, "fadd." p, kFRRm) X(kFsub##P, "fsub." p, kFRRm) X(kFmul##P, "fmul." p, kFRRm)           \
  X(kFdiv##P, "fdiv." p, kFRRm) X(kFsqrt##P, "fsqrt." p, kFR1Rm)                                       \
  X(kFsgnj##P, "fsgnj." p, kFR) X(kFsgnjn##P, "fsgnjn." p, kFR) X(kFsgnjx##P, "fsgnjx." p, kFR)       \
  X(kFmin##P, "fmin." p, kFR) X(kFmax##P, "fmax." p, kFR)                                              \
  X(kFeq##P, "feq." p, kFCmp) X(kFlt##P, "flt." p, kFCmp) X(kFle##P, "fle." p, kFCmp)                 \
  X(kFclass##P, "fclass." p, kFMvToX)                                                                  \
  X(kFcvtW##P, "fcvt.w." p, kFToX) X(kFcvtWu##P, "fcvt.wu." p, kFToX)                                 \
  X(kFcvtL##P, "fcvt.l." p, kFToX) X(kFcvtLu##P, "fcvt.lu." p, kFToX)                                 \
  X(kFcvt##P##W, "fcvt." p ".w", kXToF) X(kFcvt##P##Wu, "fcvt." p ".wu", kXToF)                       \
  X(kFcvt##P##L, "fcvt." p ".l", kXToF) X(kFcvt##P##Lu, "fcvt." p ".lu", kXToF)

enum class Op : uint16_t {
#define TTVM_OP_ENUM(name, mnem, fmt) name,
  TTVM_OPS(TTVM_OP_ENUM)
#undef TTVM_OP_ENUM
  kCount
};

const char* op_mnemonic(Op op);
Fmt op_format(Op op);

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

// Decoder tests: each RV64 encoding class decodes to the right operation and
// operands, and compressed encodings expand to their base equivalents.
#include <gtest/gtest.h>

#include "isa/decode.h"
#include "isa/disasm.h"

using namespace ttvm;

namespace {
Insn d(uint32_t bits) { return decode(bits); }
}  // namespace

TEST(Decode, RTypeAdd) {
  Insn in = d(0x00c58533);  // add a0, a1, a2
  EXPECT_EQ(in.op, Op::kAdd);
  EXPECT_EQ(in.rd, 10);
  EXPECT_EQ(in.rs1, 11);
  EXPECT_EQ(in.rs2, 12);
  EXPECT_EQ(in.len, 4);
}

TEST(Decode, ITypeNegativeImmediate) {
  Insn in = d(0xfff50513);  // addi a0, a0, -1
  EXPECT_EQ(in.op, Op::kAddi);
  EXPECT_EQ(in.imm, -1);
}

TEST(Decode, WriteToX0GoesToSink) {
  Insn in = d(0x00000013);  // nop = addi x0, x0, 0
  EXPECT_EQ(in.op, Op::kAddi);
  EXPECT_EQ(in.rd, kZeroSink);
}

TEST(Decode, StoreImmediate) {
  Insn in = d(0xfea5bc23);  // sd a0, -8(a1)
  EXPECT_EQ(in.op, Op::kSd);
  EXPECT_EQ(in.imm, -8);
  EXPECT_EQ(in.rs1, 11);
  EXPECT_EQ(in.rs2, 10);
}

TEST(Decode, BranchImmediate) {
  Insn in = d(0xfe050ee3);  // beqz a0, -4
  EXPECT_EQ(in.op, Op::kBeq);
  EXPECT_EQ(in.imm, -4);
}

TEST(Decode, JalImmediate) {
  Insn in = d(0x7ffff0ef);  // jal ra, 0xffffe (max positive-ish)
  EXPECT_EQ(in.op, Op::kJal);
  EXPECT_EQ(in.imm, 0xffffe);
  Insn back = d(0x800000ef);  // jal ra, -0x100000
  EXPECT_EQ(back.imm, -0x100000);
}

TEST(Decode, UType) {
  Insn in = d(0x800002b7);  // lui t0, 0x80000
  EXPECT_EQ(in.op, Op::kLui);
  EXPECT_EQ(in.imm, int64_t(int32_t(0x80000000)));
}

TEST(Decode, ShiftsAndReservedShamt) {
  EXPECT_EQ(d(0x03f51513).op, Op::kSlli);   // slli a0, a0, 63
  EXPECT_EQ(d(0x03f51513).imm, 63);
  EXPECT_EQ(d(0x43f55513).op, Op::kSrai);   // srai a0, a0, 63
  EXPECT_EQ(d(0x02051513).imm, 32);         // slli a0,a0,32
  EXPECT_EQ(d(0x0205151b).op, Op::kIllegal);  // slliw with shamt[5] set is reserved
}

TEST(Decode, MulDivAndAtomics) {
  EXPECT_EQ(d(0x02c58533).op, Op::kMul);
  EXPECT_EQ(d(0x02c5c53b).op, Op::kDivw);
  EXPECT_EQ(d(0x1005b52f).op, Op::kLrD);    // lr.d a0, (a1)
  EXPECT_EQ(d(0x18c5b52f).op, Op::kScD);    // sc.d a0, a2, (a1)
  EXPECT_EQ(d(0x0cc5a52f).op, Op::kAmoswapW);  // amoswap.w.aq a0, a2, (a1)
  EXPECT_EQ(d(0x1015b52f).op, Op::kIllegal);   // lr.d with rs2 != 0 is reserved
}

TEST(Decode, SystemAndCsr) {
  EXPECT_EQ(d(0x00000073).op, Op::kEcall);
  EXPECT_EQ(d(0x00100073).op, Op::kEbreak);
  EXPECT_EQ(d(0x30200073).op, Op::kMret);
  EXPECT_EQ(d(0x10200073).op, Op::kSret);
  EXPECT_EQ(d(0x10500073).op, Op::kWfi);
  EXPECT_EQ(d(0x12000073).op, Op::kSfenceVma);
  Insn c = d(0x30002573);  // csrr a0, mstatus
  EXPECT_EQ(c.op, Op::kCsrrs);
  EXPECT_EQ(c.imm, 0x300);
  EXPECT_EQ(d(0x0000100f).op, Op::kFenceI);
}

TEST(Decode, IllegalEncodingsKeepTheirBits) {
  Insn z = d(0x00000000);
  EXPECT_EQ(z.op, Op::kIllegal);
  EXPECT_EQ(z.len, 2);
  EXPECT_EQ(z.raw, 0u);
  Insn ones = d(0xffffffff);
  EXPECT_EQ(ones.op, Op::kIllegal);
  EXPECT_EQ(ones.raw, 0xffffffffu);
}

TEST(Rvc, ExpandsToBaseEquivalents) {
  EXPECT_EQ(expand_rvc(0x0001), 0x00000013u);  // c.nop -> addi x0,x0,0
  EXPECT_EQ(expand_rvc(0x4505), 0x00100513u);  // c.li a0,1 -> addi a0,x0,1
  EXPECT_EQ(expand_rvc(0x852e), 0x00b00533u);  // c.mv a0,a1 -> add a0,x0,a1
  EXPECT_EQ(expand_rvc(0x8082), 0x00008067u);  // c.jr ra (ret) -> jalr x0,0(ra)
  EXPECT_EQ(expand_rvc(0x9002), 0x00100073u);  // c.ebreak
  EXPECT_EQ(expand_rvc(0x1141), 0xff010113u);  // c.addi sp,-16
  EXPECT_EQ(expand_rvc(0xe406), 0x00113423u);  // c.sdsp ra,8(sp)
  EXPECT_EQ(expand_rvc(0x60a2), 0x00813083u);  // c.ldsp ra,8(sp)
}

TEST(Rvc, ReservedEncodings) {
  EXPECT_EQ(expand_rvc(0x0000), 0u);  // all zero
  EXPECT_EQ(expand_rvc(0x6101), 0u);  // c.addi16sp with imm 0
  EXPECT_EQ(expand_rvc(0x6081), 0u);  // c.lui x1, 0
  EXPECT_EQ(expand_rvc(0x4002), 0u);  // c.lwsp x0
  EXPECT_EQ(expand_rvc(0x8002), 0u);  // c.jr x0
  EXPECT_EQ(expand_rvc(0x9c41), 0u);  // reserved in the c.subw group (funct 2,3 with bit12)
}

TEST(Rvc, DecodeCompressedKeepsRawAndLength) {
  Insn in = decode(0x4505);
  EXPECT_EQ(in.op, Op::kAddi);
  EXPECT_EQ(in.len, 2);
  EXPECT_EQ(in.raw, 0x4505u);
  EXPECT_EQ(in.rd, 10);
  EXPECT_EQ(in.imm, 1);
}

TEST(Disasm, Formats) {
  EXPECT_EQ(disassemble(decode(0x00c58533), 0), "add a0,a1,a2");
  EXPECT_EQ(disassemble(decode(0xfea5bc23), 0), "sd a0,-8(a1)");
  EXPECT_EQ(disassemble(decode(0xfe050ee3), 0x1000), "beq a0,zero,0xffc");
  EXPECT_EQ(disassemble(decode(0x30002573), 0), "csrrs a0,0x300,zero");
  EXPECT_EQ(disassemble(decode(0x00000073), 0), "ecall");
}

TEST(DecodeFp, OperandsAndRoundingMode) {
  Insn in = d(0x00209053);  // fadd.s ft0, ft1, ft2, rtz
  EXPECT_EQ(in.op, Op::kFaddS);
  EXPECT_EQ(in.rd, 0);  // f0 is a real register, not the x0 sink
  EXPECT_EQ(in.rs1, 1);
  EXPECT_EQ(in.rs2, 2);
  EXPECT_EQ(in.rm, 1);
  in = d(0x6ac5f543);  // fmadd.d fa0, fa1, fa2, fa3 (dynamic rounding)
  EXPECT_EQ(in.op, Op::kFmaddD);
  EXPECT_EQ(in.rs3, 13);
  EXPECT_EQ(in.rm, 7);
  in = d(0xe0008053);  // fmv.x.w zero, ft1: an integer destination
  EXPECT_EQ(in.op, Op::kFmvXW);
  EXPECT_EQ(in.rd, kZeroSink);
  in = d(0xffc52007);  // flw ft0, -4(a0)
  EXPECT_EQ(in.op, Op::kFlw);
  EXPECT_EQ(in.rd, 0);
  EXPECT_EQ(in.imm, -4);
  in = d(0xa822);  // c.fsdsp fs0, 16(sp)
  EXPECT_EQ(in.op, Op::kFsd);
  EXPECT_EQ(in.rs2, 8);
  EXPECT_EQ(in.imm, 16);
  EXPECT_EQ(d(0xc0009553).op, Op::kFcvtWS);
  EXPECT_EQ(d(0xa2b52553).op, Op::kFeqD);
  EXPECT_EQ(d(0xd035b553).op, Op::kFcvtSLu);
  EXPECT_EQ(d(0x5a00f253).op, Op::kFsqrtD);
  EXPECT_EQ(d(0xf2050053).op, Op::kFmvDX);
  EXPECT_EQ(d(0xe0009553).op, Op::kFclassS);
  EXPECT_EQ(d(0x42008253).op, Op::kFcvtDS);
  EXPECT_EQ(d(0x4010f253).op, Op::kFcvtSD);
}

TEST(DecodeFp, ReservedEncodings) {
  EXPECT_EQ(d(0x0020d253).op, Op::kIllegal);  // fadd.s with rm = 5
  EXPECT_EQ(d(0x0020e253).op, Op::kIllegal);  // ... rm = 6
  EXPECT_EQ(d(0x4200d253).op, Op::kIllegal);  // fcvt.d.s with rm = 5
  EXPECT_EQ(d(0x04208253).op, Op::kIllegal);  // fadd.h (no Zfh)
  EXPECT_EQ(d(0x06208253).op, Op::kIllegal);  // fadd.q (no Q)
  EXPECT_EQ(d(0x1e20f243).op, Op::kIllegal);  // fmadd.q
  EXPECT_EQ(d(0x58108253).op, Op::kIllegal);  // fsqrt.s with rs2 = 1
  EXPECT_EQ(d(0xc0408553).op, Op::kIllegal);  // fcvt.w.s with rs2 = 4
  EXPECT_EQ(d(0xe000a553).op, Op::kIllegal);  // fmv.x.w with funct3 = 2
  EXPECT_EQ(d(0x00054087).op, Op::kIllegal);  // flq
  EXPECT_EQ(d(0x40008253).op, Op::kIllegal);  // fcvt.s.s
  // feq/flt/fle select the comparison by funct3 (2/1/0): it is no rounding
  // mode, and funct3 = 3 is simply unassigned.
  EXPECT_EQ(d(0xa2b51553).op, Op::kFltD);
  EXPECT_EQ(d(0xa2b53553).op, Op::kIllegal);
}

TEST(DisasmFp, Formats) {
  EXPECT_EQ(disassemble(decode(0x00209053), 0), "fadd.s ft0,ft1,ft2,rtz");
  EXPECT_EQ(disassemble(decode(0x6ac5f543), 0), "fmadd.d fa0,fa1,fa2,fa3");
  EXPECT_EQ(disassemble(decode(0x89cdcfcb), 0), "fnmsub.s ft11,fs11,ft8,fa7,rmm");
  EXPECT_EQ(disassemble(decode(0xffc52007), 0), "flw ft0,-4(a0)");
  EXPECT_EQ(disassemble(decode(0xa822), 0), "fsd fs0,16(sp)");
  EXPECT_EQ(disassemble(decode(0xc0009553), 0), "fcvt.w.s a0,ft1,rtz");
  EXPECT_EQ(disassemble(decode(0xa2b52553), 0), "feq.d a0,fa0,fa1");
  EXPECT_EQ(disassemble(decode(0xd035b553), 0), "fcvt.s.lu fa0,a1,rup");
  EXPECT_EQ(disassemble(decode(0x5a00f253), 0), "fsqrt.d ft4,ft1");
  EXPECT_EQ(disassemble(decode(0xf2050053), 0), "fmv.d.x ft0,a0");
  EXPECT_EQ(disassemble(decode(0xe0009553), 0), "fclass.s a0,ft1");
  EXPECT_EQ(disassemble(decode(0x22b59553), 0), "fsgnjn.d fa0,fa1,fa1");
  EXPECT_EQ(disassemble(decode(0xe0008053), 0), "fmv.x.w zero,ft1");
}

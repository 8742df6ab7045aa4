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

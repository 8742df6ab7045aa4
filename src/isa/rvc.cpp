// RVC (compressed) expansion for RV64C, per the unprivileged spec's tables.
// Each quadrant/funct3 maps to one base instruction built with the encoders
// below; reserved encodings return 0.
#include "isa/decode.h"

namespace ttvm {
namespace {

uint32_t bits(uint32_t v, int hi, int lo) { return (v >> lo) & ((1u << (hi - lo + 1)) - 1); }

// Base-format encoders (imm given as a signed value, truncated as the format
// requires).
uint32_t enc_i(uint32_t opc, uint32_t f3, uint32_t rd, uint32_t rs1, int32_t imm) {
  return (uint32_t(imm & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | opc;
}
uint32_t enc_r(uint32_t opc, uint32_t f3, uint32_t f7, uint32_t rd, uint32_t rs1, uint32_t rs2) {
  return (f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | opc;
}
uint32_t enc_s(uint32_t opc, uint32_t f3, uint32_t rs1, uint32_t rs2, int32_t imm) {
  uint32_t u = uint32_t(imm);
  return (bits(u, 11, 5) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (bits(u, 4, 0) << 7) | opc;
}
uint32_t enc_b(uint32_t f3, uint32_t rs1, uint32_t rs2, int32_t imm) {
  uint32_t u = uint32_t(imm);
  return (bits(u, 12, 12) << 31) | (bits(u, 10, 5) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) |
         (bits(u, 4, 1) << 8) | (bits(u, 11, 11) << 7) | 0x63;
}
uint32_t enc_j(uint32_t rd, int32_t imm) {
  uint32_t u = uint32_t(imm);
  return (bits(u, 20, 20) << 31) | (bits(u, 10, 1) << 21) | (bits(u, 11, 11) << 20) | (bits(u, 19, 12) << 12) |
         (rd << 7) | 0x6f;
}
int32_t sext(uint32_t v, int width) { return int32_t(v << (32 - width)) >> (32 - width); }

constexpr uint32_t kOpImm = 0x13, kOpImm32 = 0x1b, kOp = 0x33, kOp32 = 0x3b, kLoad = 0x03, kStore = 0x23,
                   kLoadFp = 0x07, kStoreFp = 0x27, kLui = 0x37, kJalr = 0x67;

}  // namespace

uint32_t expand_rvc(uint16_t c) {
  const uint32_t op = c & 3, f3 = bits(c, 15, 13);
  const uint32_t rd = bits(c, 11, 7), rs2 = bits(c, 6, 2);
  const uint32_t rdp = 8 + bits(c, 4, 2), rs1p = 8 + bits(c, 9, 7);  // x8..x15
  // Offsets shared by several formats.
  const uint32_t lw_off = (bits(c, 5, 5) << 6) | (bits(c, 12, 10) << 3) | (bits(c, 6, 6) << 2);
  const uint32_t ld_off = (bits(c, 6, 5) << 6) | (bits(c, 12, 10) << 3);
  const int32_t ci_imm = sext((bits(c, 12, 12) << 5) | bits(c, 6, 2), 6);

  if (op == 0) {
    switch (f3) {
      case 0: {  // c.addi4spn
        uint32_t imm = (bits(c, 10, 7) << 6) | (bits(c, 12, 11) << 4) | (bits(c, 5, 5) << 3) | (bits(c, 6, 6) << 2);
        if (imm == 0) return 0;  // includes the all-zero instruction
        return enc_i(kOpImm, 0, rdp, 2, int32_t(imm));
      }
      case 1: return enc_i(kLoadFp, 3, rdp, rs1p, int32_t(ld_off));   // c.fld
      case 2: return enc_i(kLoad, 2, rdp, rs1p, int32_t(lw_off));      // c.lw
      case 3: return enc_i(kLoad, 3, rdp, rs1p, int32_t(ld_off));      // c.ld
      case 5: return enc_s(kStoreFp, 3, rs1p, rdp, int32_t(ld_off));   // c.fsd
      case 6: return enc_s(kStore, 2, rs1p, rdp, int32_t(lw_off));     // c.sw
      case 7: return enc_s(kStore, 3, rs1p, rdp, int32_t(ld_off));     // c.sd
      default: return 0;  // 4: reserved
    }
  }
  if (op == 1) {
    switch (f3) {
      case 0: return enc_i(kOpImm, 0, rd, rd, ci_imm);  // c.addi (c.nop, hints)
      case 1:                                            // c.addiw
        if (rd == 0) return 0;
        return enc_i(kOpImm32, 0, rd, rd, ci_imm);
      case 2: return enc_i(kOpImm, 0, rd, 0, ci_imm);    // c.li
      case 3:
        if (rd == 2) {  // c.addi16sp
          int32_t imm = sext((bits(c, 12, 12) << 9) | (bits(c, 4, 3) << 7) | (bits(c, 5, 5) << 6) |
                                 (bits(c, 2, 2) << 5) | (bits(c, 6, 6) << 4), 10);
          if (imm == 0) return 0;
          return enc_i(kOpImm, 0, 2, 2, imm);
        } else {  // c.lui
          if (ci_imm == 0) return 0;
          return (uint32_t(ci_imm) << 12) | (rd << 7) | kLui;
        }
      case 4: {
        const uint32_t f2 = bits(c, 11, 10);
        const uint32_t shamt = (bits(c, 12, 12) << 5) | bits(c, 6, 2);
        if (f2 == 0) return enc_i(kOpImm, 5, rs1p, rs1p, int32_t(shamt));               // c.srli
        if (f2 == 1) return enc_i(kOpImm, 5, rs1p, rs1p, int32_t(shamt | 0x400));       // c.srai
        if (f2 == 2) return enc_i(kOpImm, 7, rs1p, rs1p, ci_imm);                       // c.andi
        const uint32_t rs2p = 8 + bits(c, 4, 2);
        const uint32_t sel = (bits(c, 12, 12) << 2) | bits(c, 6, 5);
        switch (sel) {
          case 0: return enc_r(kOp, 0, 0x20, rs1p, rs1p, rs2p);   // c.sub
          case 1: return enc_r(kOp, 4, 0, rs1p, rs1p, rs2p);      // c.xor
          case 2: return enc_r(kOp, 6, 0, rs1p, rs1p, rs2p);      // c.or
          case 3: return enc_r(kOp, 7, 0, rs1p, rs1p, rs2p);      // c.and
          case 4: return enc_r(kOp32, 0, 0x20, rs1p, rs1p, rs2p); // c.subw
          case 5: return enc_r(kOp32, 0, 0, rs1p, rs1p, rs2p);    // c.addw
          default: return 0;
        }
      }
      case 5: {  // c.j
        int32_t imm = sext((bits(c, 12, 12) << 11) | (bits(c, 8, 8) << 10) | (bits(c, 10, 9) << 8) |
                               (bits(c, 6, 6) << 7) | (bits(c, 7, 7) << 6) | (bits(c, 2, 2) << 5) |
                               (bits(c, 11, 11) << 4) | (bits(c, 5, 3) << 1), 12);
        return enc_j(0, imm);
      }
      default: {  // 6: c.beqz, 7: c.bnez
        int32_t imm = sext((bits(c, 12, 12) << 8) | (bits(c, 6, 5) << 6) | (bits(c, 2, 2) << 5) |
                               (bits(c, 11, 10) << 3) | (bits(c, 4, 3) << 1), 9);
        return enc_b(f3 == 6 ? 0 : 1, rs1p, 0, imm);
      }
    }
  }
  if (op == 2) {
    const uint32_t lwsp_off = (bits(c, 3, 2) << 6) | (bits(c, 12, 12) << 5) | (bits(c, 6, 4) << 2);
    const uint32_t ldsp_off = (bits(c, 4, 2) << 6) | (bits(c, 12, 12) << 5) | (bits(c, 6, 5) << 3);
    const uint32_t swsp_off = (bits(c, 8, 7) << 6) | (bits(c, 12, 9) << 2);
    const uint32_t sdsp_off = (bits(c, 9, 7) << 6) | (bits(c, 12, 10) << 3);
    switch (f3) {
      case 0: {  // c.slli
        const uint32_t shamt = (bits(c, 12, 12) << 5) | bits(c, 6, 2);
        return enc_i(kOpImm, 1, rd, rd, int32_t(shamt));
      }
      case 1: return enc_i(kLoadFp, 3, rd, 2, int32_t(ldsp_off));  // c.fldsp
      case 2:                                                         // c.lwsp
        if (rd == 0) return 0;
        return enc_i(kLoad, 2, rd, 2, int32_t(lwsp_off));
      case 3:                                                         // c.ldsp
        if (rd == 0) return 0;
        return enc_i(kLoad, 3, rd, 2, int32_t(ldsp_off));
      case 4:
        if (bits(c, 12, 12) == 0) {
          if (rs2 == 0) {  // c.jr
            if (rd == 0) return 0;
            return enc_i(kJalr, 0, 0, rd, 0);
          }
          return enc_r(kOp, 0, 0, rd, 0, rs2);  // c.mv
        }
        if (rs2 == 0) {
          if (rd == 0) return 0x00100073;        // c.ebreak
          return enc_i(kJalr, 0, 1, rd, 0);      // c.jalr
        }
        return enc_r(kOp, 0, 0, rd, rd, rs2);    // c.add
      case 5: return enc_s(kStoreFp, 3, 2, rs2, int32_t(sdsp_off));  // c.fsdsp
      case 6: return enc_s(kStore, 2, 2, rs2, int32_t(swsp_off));    // c.swsp
      default: return enc_s(kStore, 3, 2, rs2, int32_t(sdsp_off));   // c.sdsp
    }
  }
  return 0;
}

}  // namespace ttvm

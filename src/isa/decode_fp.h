// Decoding of the F and D opcodes, called by decode() (src/isa/decode.cpp)
// for the opcodes fp_opcode() accepts. Pure functions: no hart state.
#pragma once
#include <cstdint>

#include "isa/op.h"

namespace ttvm {

// LOAD-FP, STORE-FP, MADD, MSUB, NMSUB, NMADD and OP-FP.
constexpr bool fp_opcode(uint32_t i) {
  switch (i & 0x7f) {
    case 0x07: case 0x27: case 0x43: case 0x47: case 0x4b: case 0x4f: case 0x53: return true;
    default: return false;
  }
}

// The operation of a 32-bit instruction with an FP opcode; Op::kIllegal for
// reserved encodings, formats other than S and D, and rm = 5 or 6.
Op decode_fp_op(uint32_t i);

}  // namespace ttvm

// Instruction decoding: 32-bit encodings to Insn, and RVC expansion of 16-bit
// encodings to their 32-bit equivalents (so compressed instructions share the
// base semantics). Pure functions: no hart state.
#pragma once
#include <cstdint>

#include "isa/insn.h"

namespace ttvm {

// Length in bytes of the instruction whose low 16 bits are `lo`.
inline unsigned insn_length(uint16_t lo) { return (lo & 3) == 3 ? 4 : 2; }

// Expands a 16-bit RVC encoding to its 32-bit equivalent; 0 for a reserved
// or illegal encoding (including the all-zero instruction).
uint32_t expand_rvc(uint16_t c);

// Decodes `bits` (a 32-bit instruction, or a 16-bit one in the low half when
// insn_length says 2). Illegal encodings decode to Op::kIllegal with raw set,
// so executing them raises illegal-instruction with the bits in tval.
Insn decode(uint32_t bits);

}  // namespace ttvm

// Disassembly of decoded instructions in the usual assembler syntax with ABI
// register names (for -d in_asm traces and the debugger). Compressed
// instructions print as the base instruction they expand to.
#pragma once
#include <cstdint>
#include <string>

#include "isa/insn.h"

namespace ttvm {

const char* reg_name(unsigned r);
std::string disassemble(const Insn& in, uint64_t pc);

}  // namespace ttvm

// Shorthands shared by the semantics files: register access and the
// "advance pc and go on" step.
#pragma once
#include <cstdint>

#include "cpu/hart.h"
#include "isa/insn.h"

namespace ttvm::sem {

#define RS1 (h.x_[in.rs1])
#define RS2 (h.x_[in.rs2])
#define RD (h.x_[in.rd])
#define IMM (in.imm)

// Finishes a sequential instruction.
inline bool next(Hart& h, const Insn& in) {
  h.pc_ += in.len;
  return true;
}
inline uint64_t sext32(uint64_t v) { return uint64_t(int64_t(int32_t(uint32_t(v)))); }

}  // namespace ttvm::sem

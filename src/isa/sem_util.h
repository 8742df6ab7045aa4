// Shorthands shared by the semantics headers (src/isa/sem_*.h): register
// access, the "advance pc and go on" step, and how a memory access's result
// becomes the instruction's outcome.
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
inline Outcome next(Hart& h, const Insn& in) {
  h.pc_ += in.len;
  return Outcome::kNext;
}
// An access that did not complete: a trap was taken (the instruction
// counts) or a debugger paused before it (it does not).
inline Outcome not_done(MemResult r) { return r == MemResult::kPaused ? Outcome::kEndBefore : Outcome::kEndAfter; }
// Finishes an instruction whose store completed: the block ends after it
// when the store reached MMIO, code or a hooked page.
inline Outcome after_store(Hart& h, const Insn& in, MemResult r) {
  if (r != MemResult::kOk && r != MemResult::kOkEnd) return not_done(r);
  h.pc_ += in.len;
  return r == MemResult::kOk ? Outcome::kNext : Outcome::kEndAfter;
}
inline uint64_t sext32(uint64_t v) { return uint64_t(int64_t(int32_t(uint32_t(v)))); }

}  // namespace ttvm::sem

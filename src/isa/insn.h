// A decoded instruction: what the engines' hot loops execute. Decoding
// happens once, when a block is built; `fn` points at the instruction's
// semantics (src/isa/sem_*.h, via the op list's table).
#pragma once
#include <cstdint>

#include "isa/op.h"

namespace ttvm {

class Hart;
struct Insn;

// What executing one instruction did, as the run loop must know it.
enum class Outcome : uint8_t {
  kNext,       // done: go on with the next instruction of the block
  kEndAfter,   // done (retired, or trapped: a trap is a step too), and the
               // block ends here (control transfer, or a state change the
               // run loop must look at, such as interrupt enables)
  kEndBefore,  // not executed: a debugger paused the hart before it (a
               // watchpoint); it does not count and the block ends
};

// Executes one instruction.
using ExecFn = Outcome (*)(Hart&, const Insn&);

// Register index that writes to x0 are redirected to (a sink), so semantics
// never need to test rd == 0.
constexpr uint8_t kZeroSink = 32;

struct Insn {
  ExecFn fn;
  int64_t imm;
  uint32_t raw;   // instruction bits as fetched (16 or 32 bits), for mtval
  Op op;
  uint8_t rd;     // destination; kZeroSink when the encoding says x0
  uint8_t rs1, rs2;
  uint8_t len;    // 2 or 4
  uint16_t idx;   // position within its block, for exact counters mid-block
  uint8_t rs3;    // F/D fused multiply-add: the addend register
  uint8_t rm;     // F/D: the rounding-mode field (7 = dynamic, from frm)
};

}  // namespace ttvm

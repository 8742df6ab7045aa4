// The engine seam: an execution engine runs the instructions of one decoded
// block, and nothing else. Everything between blocks (the budget and exact
// stops, interrupts, WFI, breakpoints, tracing) stays in Hart::run, so every
// engine sees the same block boundaries and must produce the same guest
// state, instruction for instruction, as the reference interpreter.
//
// Contract of RunBlockFn(h, b, n): h.pc_ is the address of b's first
// instruction and 1 <= n <= b.count. Execute b.insns[0], [1], ... in order
// and stop after n of them or at the first whose Outcome is not kNext.
// Return the number of instructions that count: those that ran, including
// the last one unless its outcome was kEndBefore. The caller adds it to the
// hart's icount.
#pragma once
#include <cstdint>
#include <string>

namespace ttvm {

class Hart;
struct Block;

enum class EngineKind : uint8_t {
  kInterp,  // the reference: one call through Insn::fn per instruction
  kFast,    // threaded dispatch over the same semantics, inlined
  kJit,     // blocks translated to x86-64 (src/cpu/jit/), fast for the rest
};

// The engine used when none is asked for: the fastest this build has (jit
// on x86-64 hosts, else fast). Results are the same on every engine.
const char* default_engine();

using RunBlockFn = uint32_t (*)(Hart& h, const Block& b, uint32_t n);

uint32_t interp_run_block(Hart& h, const Block& b, uint32_t n);  // src/cpu/engine_interp.cpp
uint32_t fast_run_block(Hart& h, const Block& b, uint32_t n);    // src/cpu/engine_fast.cpp
uint32_t jit_run_block(Hart& h, const Block& b, uint32_t n);     // src/cpu/engine_jit.cpp
// Whether this build has the jit engine (an x86-64 host).
bool jit_available();

RunBlockFn engine_fn(EngineKind k);
// "interp" / "fast" / "jit"; false if the name is unknown.
bool parse_engine(const std::string& name, EngineKind& out);
const char* engine_name(EngineKind k);

}  // namespace ttvm

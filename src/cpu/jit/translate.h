// The jit engine's translator: one decoded block (src/cpu/code_cache.h) to
// x86-64 code with the same effect, instruction for instruction, as the
// reference interpreter. Integer ALU, branch and jump instructions and the
// TLB-hit paths of loads and stores are emitted inline; every other
// instruction, and every TLB miss, calls the instruction's own semantic
// function (Insn::fn), so traps, MMIO, watchpoints, write tracking and
// self-modifying code take exactly the interpreter's path.
//
// A translation runs all of its block: the caller (src/cpu/engine_jit.cpp)
// uses it only when the whole block is to run, and the interpreter for a
// block cut by an exact stop. Its return value is RunBlockFn's.
#pragma once
#include "cpu/code_cache.h"
#include "cpu/jit/arena.h"
#include "cpu/jit/layout.h"

namespace ttvm {

// Null when the arena is full (or the host offers no executable memory).
NativeBlockFn translate_block(const Block& b, const JitLayout& layout, CodeArena& arena);

}  // namespace ttvm

// The reference engine: each instruction through its function pointer, in
// the simplest loop that meets the contract of src/cpu/engine.h.
#include "cpu/code_cache.h"
#include "cpu/engine.h"

namespace ttvm {

uint32_t interp_run_block(Hart& h, const Block& b, uint32_t n) {
  const Insn* in = b.insns.data();
  for (uint32_t i = 0; i < n; ++i) {
    const Outcome o = in[i].fn(h, in[i]);
    if (o != Outcome::kNext) return o == Outcome::kEndBefore ? i : i + 1;
  }
  return n;
}

RunBlockFn engine_fn(EngineKind k) {
  switch (k) {
    case EngineKind::kFast: return fast_run_block;
    case EngineKind::kJit: return jit_run_block;
    default: return interp_run_block;
  }
}

const char* default_engine() { return jit_available() ? "jit" : "fast"; }

bool parse_engine(const std::string& name, EngineKind& out) {
  for (EngineKind k : {EngineKind::kInterp, EngineKind::kFast, EngineKind::kJit}) {
    if (name != engine_name(k) || (k == EngineKind::kJit && !jit_available())) continue;
    out = k;
    return true;
  }
  return false;
}

const char* engine_name(EngineKind k) {
  switch (k) {
    case EngineKind::kFast: return "fast";
    case EngineKind::kJit: return "jit";
    default: return "interp";
  }
}

}  // namespace ttvm

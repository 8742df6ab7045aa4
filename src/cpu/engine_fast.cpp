// The fast engine: the same semantics as the reference interpreter
// (src/isa/sem_*.h), expanded inline into one function and dispatched by
// threaded code (computed goto, a GNU extension g++ and clang++ support):
// each instruction's handler jumps straight to the next one's, with no call,
// no return and no test of a returned flag, and the compiler keeps the hart
// and the instruction pointer in registers. Because the semantics are the
// very same functions, guest state after every instruction is identical to
// the interpreter's; only the dispatch differs. Contract: src/cpu/engine.h.
#include "cpu/code_cache.h"
#include "cpu/engine.h"
#include "isa/sem_atomic.h"
#include "isa/sem_base.h"
#include "isa/sem_fp.h"
#include "isa/sem_muldiv.h"
#include "isa/sem_system.h"

namespace ttvm {

uint32_t fast_run_block(Hart& h, const Block& b, uint32_t n) {
  using namespace sem;  // template arguments in the semantics column name sem:: helpers
  // One label a row of the op list, in the enum's order.
  static const void* const kHandler[] = {
#define TTVM_FAST_LABEL(name, ...) &&op_##name,
      TTVM_OPS(TTVM_FAST_LABEL)
#undef TTVM_FAST_LABEL
  };
  static_assert(sizeof(kHandler) / sizeof(kHandler[0]) == unsigned(Op::kCount));

  const Insn* const first = b.insns.data();
  const Insn* const end = first + n;
  const Insn* in = first;
  Outcome o;
#define TTVM_FAST_DISPATCH() goto* kHandler[unsigned(in->op)]
  TTVM_FAST_DISPATCH();
  // An op that ends blocks never returns kNext, so its handler needs no
  // test for it (the `ends` column is a constant here).
#define TTVM_FAST_HANDLER(name, mnem, fmt, ends, ...) \
  op_##name:                                          \
  o = sem::__VA_ARGS__(h, *in);                       \
  if (ends || o != Outcome::kNext) goto done;         \
  if (++in == end) return n;                          \
  TTVM_FAST_DISPATCH();
  TTVM_OPS(TTVM_FAST_HANDLER)
#undef TTVM_FAST_HANDLER
#undef TTVM_FAST_DISPATCH
done:
  return uint32_t(in - first) + (o == Outcome::kEndBefore ? 0 : 1);
}

}  // namespace ttvm

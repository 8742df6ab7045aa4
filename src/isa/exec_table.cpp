// The function-pointer table of the reference interpreter, generated from
// the op list.
#include "isa/exec.h"
#include "isa/sem_atomic.h"
#include "isa/sem_base.h"
#include "isa/sem_fp.h"
#include "isa/sem_muldiv.h"
#include "isa/sem_system.h"

namespace ttvm {
namespace {
using namespace sem;  // template arguments in the semantics column name sem:: helpers
constexpr ExecFn kExecFn[] = {
#define TTVM_EXEC_FN(name, mnem, fmt, ends, ...) &sem::__VA_ARGS__,
    TTVM_OPS(TTVM_EXEC_FN)
#undef TTVM_EXEC_FN
};
static_assert(sizeof(kExecFn) / sizeof(kExecFn[0]) == unsigned(Op::kCount));
}  // namespace

ExecFn exec_fn(Op op) { return kExecFn[static_cast<unsigned>(op)]; }

}  // namespace ttvm

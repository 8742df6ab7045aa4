#include "isa/op.h"

namespace ttvm {
namespace {
struct OpInfo {
  const char* mnemonic;
  Fmt fmt;
  bool ends_block;
};
constexpr OpInfo kOpInfo[] = {
#define TTVM_OP_INFO(name, mnem, fmt, ends, ...) {mnem, Fmt::fmt, ends},
    TTVM_OPS(TTVM_OP_INFO)
#undef TTVM_OP_INFO
};
static_assert(sizeof(kOpInfo) / sizeof(kOpInfo[0]) == unsigned(Op::kCount));
}  // namespace

const char* op_mnemonic(Op op) { return kOpInfo[static_cast<unsigned>(op)].mnemonic; }
Fmt op_format(Op op) { return kOpInfo[static_cast<unsigned>(op)].fmt; }
bool op_ends_block(Op op) { return kOpInfo[static_cast<unsigned>(op)].ends_block; }

}  // namespace ttvm

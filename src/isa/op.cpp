#include "isa/op.h"

namespace ttvm {
namespace {
struct OpInfo {
  const char* mnemonic;
  Fmt fmt;
};
constexpr OpInfo kOpInfo[] = {
#define TTVM_OP_INFO(name, mnem, fmt) {mnem, Fmt::fmt},
    TTVM_OPS(TTVM_OP_INFO)
#undef TTVM_OP_INFO
};
}  // namespace

const char* op_mnemonic(Op op) { return kOpInfo[static_cast<unsigned>(op)].mnemonic; }
Fmt op_format(Op op) { return kOpInfo[static_cast<unsigned>(op)].fmt; }

}  // namespace ttvm

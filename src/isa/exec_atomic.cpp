// RV64A semantics: LR/SC with a reservation (held by the hart) and AMOs as
// atomic read-modify-writes. The .w forms operate on 32-bit values, which the
// hart hands over sign-extended.
#include "isa/exec.h"
#include "isa/exec_util.h"

namespace ttvm {
namespace {
using namespace sem;

uint64_t op_swap(uint64_t, uint64_t s, unsigned) { return s; }
uint64_t op_add(uint64_t o, uint64_t s, unsigned) { return o + s; }
uint64_t op_xor(uint64_t o, uint64_t s, unsigned) { return o ^ s; }
uint64_t op_and(uint64_t o, uint64_t s, unsigned) { return o & s; }
uint64_t op_or(uint64_t o, uint64_t s, unsigned) { return o | s; }
// Comparisons use the operand width: for .w both values are compared as
// 32-bit numbers.
uint64_t narrow(uint64_t v, unsigned size, bool is_signed) {
  if (size == 8) return v;
  return is_signed ? uint64_t(int64_t(int32_t(v))) : uint64_t(uint32_t(v));
}
uint64_t op_min(uint64_t o, uint64_t s, unsigned sz) {
  return int64_t(narrow(o, sz, true)) < int64_t(narrow(s, sz, true)) ? o : s;
}
uint64_t op_max(uint64_t o, uint64_t s, unsigned sz) {
  return int64_t(narrow(o, sz, true)) > int64_t(narrow(s, sz, true)) ? o : s;
}
uint64_t op_minu(uint64_t o, uint64_t s, unsigned sz) { return narrow(o, sz, false) < narrow(s, sz, false) ? o : s; }
uint64_t op_maxu(uint64_t o, uint64_t s, unsigned sz) { return narrow(o, sz, false) > narrow(s, sz, false) ? o : s; }

template <unsigned Size, uint64_t (*Fn)(uint64_t, uint64_t, unsigned)>
bool amo(Hart& h, const Insn& in) {
  uint64_t old;
  if (!h.amo(RS1, Size, in, Fn, RS2, old)) return false;
  RD = old;
  return next(h, in);
}
template <unsigned Size>
bool lr(Hart& h, const Insn& in) {
  uint64_t v;
  if (!h.load_reserved(RS1, Size, in, v)) return false;
  RD = v;
  return next(h, in);
}
template <unsigned Size>
bool sc(Hart& h, const Insn& in) {
  bool ok;
  if (!h.store_conditional(RS1, Size, RS2, in, ok)) return false;
  RD = ok ? 0 : 1;
  return next(h, in);
}

}  // namespace

ExecFn exec_fn_atomic(Op op) {
  switch (op) {
    case Op::kLrW: return lr<4>;
    case Op::kScW: return sc<4>;
    case Op::kAmoswapW: return amo<4, op_swap>;
    case Op::kAmoaddW: return amo<4, op_add>;
    case Op::kAmoxorW: return amo<4, op_xor>;
    case Op::kAmoandW: return amo<4, op_and>;
    case Op::kAmoorW: return amo<4, op_or>;
    case Op::kAmominW: return amo<4, op_min>;
    case Op::kAmomaxW: return amo<4, op_max>;
    case Op::kAmominuW: return amo<4, op_minu>;
    case Op::kAmomaxuW: return amo<4, op_maxu>;
    case Op::kLrD: return lr<8>;
    case Op::kScD: return sc<8>;
    case Op::kAmoswapD: return amo<8, op_swap>;
    case Op::kAmoaddD: return amo<8, op_add>;
    case Op::kAmoxorD: return amo<8, op_xor>;
    case Op::kAmoandD: return amo<8, op_and>;
    case Op::kAmoorD: return amo<8, op_or>;
    case Op::kAmominD: return amo<8, op_min>;
    case Op::kAmomaxD: return amo<8, op_max>;
    case Op::kAmominuD: return amo<8, op_minu>;
    case Op::kAmomaxuD: return amo<8, op_maxu>;
    default: return nullptr;
  }
}

}  // namespace ttvm

#pragma once
// RV64A semantics: LR/SC with a reservation (held by the hart) and AMOs as
// atomic read-modify-writes. The .w forms operate on 32-bit values, which the
// hart hands over sign-extended.
#include "isa/sem_util.h"

namespace ttvm::sem {

inline uint64_t op_swap(uint64_t, uint64_t s, unsigned) { return s; }
inline uint64_t op_add(uint64_t o, uint64_t s, unsigned) { return o + s; }
inline uint64_t op_xor(uint64_t o, uint64_t s, unsigned) { return o ^ s; }
inline uint64_t op_and(uint64_t o, uint64_t s, unsigned) { return o & s; }
inline uint64_t op_or(uint64_t o, uint64_t s, unsigned) { return o | s; }
// Comparisons use the operand width: for .w both values are compared as
// 32-bit numbers.
inline uint64_t narrow(uint64_t v, unsigned size, bool is_signed) {
  if (size == 8) return v;
  return is_signed ? uint64_t(int64_t(int32_t(v))) : uint64_t(uint32_t(v));
}
inline uint64_t op_min(uint64_t o, uint64_t s, unsigned sz) {
  return int64_t(narrow(o, sz, true)) < int64_t(narrow(s, sz, true)) ? o : s;
}
inline uint64_t op_max(uint64_t o, uint64_t s, unsigned sz) {
  return int64_t(narrow(o, sz, true)) > int64_t(narrow(s, sz, true)) ? o : s;
}
inline uint64_t op_minu(uint64_t o, uint64_t s, unsigned sz) { return narrow(o, sz, false) < narrow(s, sz, false) ? o : s; }
inline uint64_t op_maxu(uint64_t o, uint64_t s, unsigned sz) { return narrow(o, sz, false) > narrow(s, sz, false) ? o : s; }

template <unsigned Size, uint64_t (*Fn)(uint64_t, uint64_t, unsigned)>
inline Outcome amo(Hart& h, const Insn& in) {
  uint64_t old;
  if (const MemResult r = h.amo(RS1, Size, in, Fn, RS2, old); r != MemResult::kOk) return not_done(r);
  RD = old;
  return next(h, in);
}
template <unsigned Size>
inline Outcome lr(Hart& h, const Insn& in) {
  uint64_t v;
  if (const MemResult r = h.load_reserved(RS1, Size, in, v); r != MemResult::kOk) return not_done(r);
  RD = v;
  return next(h, in);
}
template <unsigned Size>
inline Outcome sc(Hart& h, const Insn& in) {
  bool ok;
  if (const MemResult r = h.store_conditional(RS1, Size, RS2, in, ok); r != MemResult::kOk) return not_done(r);
  RD = ok ? 0 : 1;
  return next(h, in);
}

}  // namespace ttvm::sem

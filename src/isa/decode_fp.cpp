// Decoding of the F and D opcodes (LOAD-FP, STORE-FP, the four fused
// multiply-add opcodes and OP-FP) per the unprivileged spec's encoding
// tables. Formats other than S and D (H, Q) and the reserved rounding modes
// 5 and 6 are illegal here, at decode time; a dynamic rounding mode with an
// invalid frm can only be caught at execution (src/isa/exec_fp.cpp).
#include "isa/decode_fp.h"

namespace ttvm {
namespace {

// One operation in single and in double precision.
struct Pair {
  Op s, d;
  Op pick(bool dbl) const { return dbl ? d : s; }
};

Op op_fp(uint32_t i) {
  const uint32_t f3 = (i >> 12) & 7, f5 = i >> 27, rs2 = (i >> 20) & 0x1f;
  const uint32_t fmt = (i >> 25) & 3;
  if (fmt > 1) return Op::kIllegal;  // H and Q are not implemented
  const bool d = fmt == 1;
  switch (f5) {
    case 0x00: return Pair{Op::kFaddS, Op::kFaddD}.pick(d);
    case 0x01: return Pair{Op::kFsubS, Op::kFsubD}.pick(d);
    case 0x02: return Pair{Op::kFmulS, Op::kFmulD}.pick(d);
    case 0x03: return Pair{Op::kFdivS, Op::kFdivD}.pick(d);
    case 0x0b: return rs2 == 0 ? Pair{Op::kFsqrtS, Op::kFsqrtD}.pick(d) : Op::kIllegal;
    case 0x04:
      if (f3 == 0) return Pair{Op::kFsgnjS, Op::kFsgnjD}.pick(d);
      if (f3 == 1) return Pair{Op::kFsgnjnS, Op::kFsgnjnD}.pick(d);
      if (f3 == 2) return Pair{Op::kFsgnjxS, Op::kFsgnjxD}.pick(d);
      return Op::kIllegal;
    case 0x05:
      if (f3 == 0) return Pair{Op::kFminS, Op::kFminD}.pick(d);
      if (f3 == 1) return Pair{Op::kFmaxS, Op::kFmaxD}.pick(d);
      return Op::kIllegal;
    case 0x08:  // fcvt between precisions: rs2 names the source format
      if (!d && rs2 == 1) return Op::kFcvtSD;
      if (d && rs2 == 0) return Op::kFcvtDS;
      return Op::kIllegal;
    case 0x14:
      if (f3 == 2) return Pair{Op::kFeqS, Op::kFeqD}.pick(d);
      if (f3 == 1) return Pair{Op::kFltS, Op::kFltD}.pick(d);
      if (f3 == 0) return Pair{Op::kFleS, Op::kFleD}.pick(d);
      return Op::kIllegal;
    case 0x18: {
      static constexpr Pair k[4] = {{Op::kFcvtWS, Op::kFcvtWD},
                                    {Op::kFcvtWuS, Op::kFcvtWuD},
                                    {Op::kFcvtLS, Op::kFcvtLD},
                                    {Op::kFcvtLuS, Op::kFcvtLuD}};
      return rs2 < 4 ? k[rs2].pick(d) : Op::kIllegal;
    }
    case 0x1a: {
      static constexpr Pair k[4] = {{Op::kFcvtSW, Op::kFcvtDW},
                                    {Op::kFcvtSWu, Op::kFcvtDWu},
                                    {Op::kFcvtSL, Op::kFcvtDL},
                                    {Op::kFcvtSLu, Op::kFcvtDLu}};
      return rs2 < 4 ? k[rs2].pick(d) : Op::kIllegal;
    }
    case 0x1c:
      if (rs2 != 0) return Op::kIllegal;
      if (f3 == 0) return Pair{Op::kFmvXW, Op::kFmvXD}.pick(d);
      if (f3 == 1) return Pair{Op::kFclassS, Op::kFclassD}.pick(d);
      return Op::kIllegal;
    case 0x1e:
      return rs2 == 0 && f3 == 0 ? Pair{Op::kFmvWX, Op::kFmvDX}.pick(d) : Op::kIllegal;
    default: return Op::kIllegal;
  }
}

}  // namespace

Op decode_fp_op(uint32_t i) {
  const uint32_t f3 = (i >> 12) & 7;
  const bool d = ((i >> 25) & 3) == 1;
  Op op;
  switch (i & 0x7f) {
    case 0x07: op = f3 == 2 ? Op::kFlw : f3 == 3 ? Op::kFld : Op::kIllegal; break;
    case 0x27: op = f3 == 2 ? Op::kFsw : f3 == 3 ? Op::kFsd : Op::kIllegal; break;
    case 0x43:
    case 0x47:
    case 0x4b:
    case 0x4f: {
      if (((i >> 25) & 3) > 1) return Op::kIllegal;
      static constexpr Pair k[4] = {{Op::kFmaddS, Op::kFmaddD},
                                    {Op::kFmsubS, Op::kFmsubD},
                                    {Op::kFnmsubS, Op::kFnmsubD},
                                    {Op::kFnmaddS, Op::kFnmaddD}};
      op = k[((i & 0x7f) - 0x43) >> 2].pick(d);
      break;
    }
    case 0x53: op = op_fp(i); break;
    default: return Op::kIllegal;
  }
  if (fmt_has_rm(op_format(op)) && (f3 == 5 || f3 == 6)) return Op::kIllegal;
  return op;
}

}  // namespace ttvm

#include "isa/disasm.h"

#include <cinttypes>
#include <cstdio>

namespace ttvm {
namespace {

const char* const kAbi[32] = {"zero", "ra", "sp", "gp", "tp",  "t0",  "t1", "t2", "s0", "s1", "a0",
                              "a1",   "a2", "a3", "a4", "a5",  "a6",  "a7", "s2", "s3", "s4", "s5",
                              "s6",   "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6"};

const char* const kFpAbi[32] = {"ft0", "ft1", "ft2",  "ft3",  "ft4", "ft5", "ft6",  "ft7",
                                "fs0", "fs1", "fa0",  "fa1",  "fa2", "fa3", "fa4",  "fa5",
                                "fa6", "fa7", "fs2",  "fs3",  "fs4", "fs5", "fs6",  "fs7",
                                "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11"};

// ",rtz" etc. for a static rounding mode; nothing for the dynamic one (as
// objdump prints them).
std::string rm_suffix(unsigned rm) {
  static const char* const kRm[8] = {"rne", "rtz", "rdn", "rup", "rmm", "rm5", "rm6", ""};
  return rm == 7 ? std::string() : std::string(",") + kRm[rm & 7];
}

std::string fence_set(unsigned bits) {
  std::string s;
  if (bits & 8) s += 'i';
  if (bits & 4) s += 'o';
  if (bits & 2) s += 'r';
  if (bits & 1) s += 'w';
  return s.empty() ? "0" : s;
}

}  // namespace

const char* reg_name(unsigned r) { return r == kZeroSink ? "zero" : kAbi[r & 31]; }

std::string disassemble(const Insn& in, uint64_t pc) {
  char buf[128];
  const char* m = op_mnemonic(in.op);
  const char* rd = reg_name(in.rd);
  const char* rs1 = reg_name(in.rs1);
  const char* rs2 = reg_name(in.rs2);
  const long long imm = static_cast<long long>(in.imm);
  const char* fd = kFpAbi[in.rd & 31];
  const char* fs1 = kFpAbi[in.rs1 & 31];
  const char* fs2 = kFpAbi[in.rs2 & 31];
  const char* fs3 = kFpAbi[in.rs3 & 31];
  const std::string rm = rm_suffix(in.rm);
  switch (op_format(in.op)) {
    case Fmt::kNone:
      if (in.op == Op::kIllegal) {
        std::snprintf(buf, sizeof buf, "illegal 0x%x", in.raw);
        return buf;
      }
      return m;
    case Fmt::kR: std::snprintf(buf, sizeof buf, "%s %s,%s,%s", m, rd, rs1, rs2); break;
    case Fmt::kI:
    case Fmt::kShift: std::snprintf(buf, sizeof buf, "%s %s,%s,%lld", m, rd, rs1, imm); break;
    case Fmt::kU: std::snprintf(buf, sizeof buf, "%s %s,0x%llx", m, rd, (unsigned long long)(imm >> 12) & 0xfffff); break;
    case Fmt::kJ: std::snprintf(buf, sizeof buf, "%s %s,0x%" PRIx64, m, rd, pc + uint64_t(imm)); break;
    case Fmt::kJalr:
    case Fmt::kLoad: std::snprintf(buf, sizeof buf, "%s %s,%lld(%s)", m, rd, imm, rs1); break;
    case Fmt::kB: std::snprintf(buf, sizeof buf, "%s %s,%s,0x%" PRIx64, m, rs1, rs2, pc + uint64_t(imm)); break;
    case Fmt::kStore: std::snprintf(buf, sizeof buf, "%s %s,%lld(%s)", m, rs2, imm, rs1); break;
    case Fmt::kCsr: std::snprintf(buf, sizeof buf, "%s %s,0x%llx,%s", m, rd, imm, rs1); break;
    case Fmt::kCsrI: std::snprintf(buf, sizeof buf, "%s %s,0x%llx,%u", m, rd, imm, unsigned(in.rs1)); break;
    case Fmt::kAmo: std::snprintf(buf, sizeof buf, "%s %s,%s,(%s)", m, rd, rs2, rs1); break;
    case Fmt::kLr: std::snprintf(buf, sizeof buf, "%s %s,(%s)", m, rd, rs1); break;
    case Fmt::kFence:
      std::snprintf(buf, sizeof buf, "%s %s,%s", m, fence_set((imm >> 4) & 15).c_str(), fence_set(imm & 15).c_str());
      break;
    case Fmt::kSfence: std::snprintf(buf, sizeof buf, "%s %s,%s", m, rs1, rs2); break;
    case Fmt::kFLoad: std::snprintf(buf, sizeof buf, "%s %s,%lld(%s)", m, fd, imm, rs1); break;
    case Fmt::kFStore: std::snprintf(buf, sizeof buf, "%s %s,%lld(%s)", m, fs2, imm, rs1); break;
    case Fmt::kFR4: std::snprintf(buf, sizeof buf, "%s %s,%s,%s,%s%s", m, fd, fs1, fs2, fs3, rm.c_str()); break;
    case Fmt::kFRRm: std::snprintf(buf, sizeof buf, "%s %s,%s,%s%s", m, fd, fs1, fs2, rm.c_str()); break;
    case Fmt::kFR: std::snprintf(buf, sizeof buf, "%s %s,%s,%s", m, fd, fs1, fs2); break;
    case Fmt::kFR1Rm: std::snprintf(buf, sizeof buf, "%s %s,%s%s", m, fd, fs1, rm.c_str()); break;
    case Fmt::kFCmp: std::snprintf(buf, sizeof buf, "%s %s,%s,%s", m, rd, fs1, fs2); break;
    case Fmt::kFToX: std::snprintf(buf, sizeof buf, "%s %s,%s%s", m, rd, fs1, rm.c_str()); break;
    case Fmt::kFMvToX: std::snprintf(buf, sizeof buf, "%s %s,%s", m, rd, fs1); break;
    case Fmt::kXToF: std::snprintf(buf, sizeof buf, "%s %s,%s%s", m, fd, rs1, rm.c_str()); break;
    case Fmt::kFMvToF: std::snprintf(buf, sizeof buf, "%s %s,%s", m, fd, rs1); break;
  }
  return buf;
}

}  // namespace ttvm

#include "gdb/target_xml.h"

#include "gdb/registers.h"

namespace ttvm::gdb {
namespace {

void reg(std::string& out, const std::string& name, unsigned regnum, const char* type, const char* group = nullptr) {
  out += "  <reg name=\"" + name + "\" bitsize=\"64\" regnum=\"" + std::to_string(regnum) + "\" type=\"" + type + "\"";
  if (group) out += std::string(" group=\"") + group + "\"";
  out += "/>\n";
}

}  // namespace

std::string target_xml(ExecControl& ctl) {
  static const char* const kX[32] = {"zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "fp", "s1", "a0",
                                     "a1", "a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5",
                                     "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6"};
  static const char* const kF[32] = {"ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0",
                                     "fa1", "fa2", "fa3", "fa4", "fa5", "fa6", "fa7", "fs2", "fs3", "fs4", "fs5",
                                     "fs6", "fs7", "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11"};
  std::string x =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n<target version=\"1.0\">\n"
      "<architecture>riscv:rv64</architecture>\n<feature name=\"org.gnu.gdb.riscv.cpu\">\n";
  for (unsigned i = 0; i < 32; ++i)
    reg(x, kX[i], i, i == 1 ? "code_ptr" : (i == 2 || i == 8) ? "data_ptr" : "int");
  reg(x, "pc", kRegPc, "code_ptr");
  x += "</feature>\n<feature name=\"org.gnu.gdb.riscv.fpu\">\n";
  for (unsigned i = 0; i < 32; ++i) reg(x, kF[i], kRegF0 + i, "ieee_double", "float");
  for (unsigned n = 1; n <= 3; ++n) reg(x, csr_name(n), kRegCsr0 + n, "int", "float");
  x += "</feature>\n<feature name=\"org.gnu.gdb.riscv.csr\">\n";
  for (unsigned n = 4; n < 4096; ++n) {
    uint64_t v;
    const std::string name = csr_name(n);
    if (name.empty() || !ctl.read_reg(0, {RegId::Kind::kCsr, n}, v)) continue;
    reg(x, name, kRegCsr0 + n, "int", "csr");
  }
  x += "</feature>\n<feature name=\"org.gnu.gdb.riscv.virtual\">\n";
  reg(x, "priv", kRegPriv, "int", "system");
  x += "</feature>\n</target>\n";
  return x;
}

}  // namespace ttvm::gdb

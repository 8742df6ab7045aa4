#include "gdb/registers.h"

#include "cpu/csr_numbers.h"

namespace ttvm::gdb {

bool reg_id(unsigned regnum, RegId& out) {
  if (regnum < 32) out = {RegId::Kind::kGpr, regnum};
  else if (regnum == kRegPc) out = {RegId::Kind::kPc, 0};
  else if (regnum < kRegCsr0) out = {RegId::Kind::kFpr, regnum - kRegF0};
  else if (regnum < kRegPriv) out = {RegId::Kind::kCsr, regnum - kRegCsr0};
  else if (regnum == kRegPriv) out = {RegId::Kind::kPriv, 0};
  else return false;
  return true;
}

std::string csr_name(unsigned num) {
  using namespace csr;
  struct Named {
    unsigned num;
    const char* name;
  };
  static constexpr Named kNames[] = {
      {kFflags, "fflags"}, {kFrm, "frm"}, {kFcsr, "fcsr"},
      {kCycle, "cycle"}, {kTime, "time"}, {kInstret, "instret"},
      {kSstatus, "sstatus"}, {kSie, "sie"}, {kStvec, "stvec"}, {kScounteren, "scounteren"},
      {kSenvcfg, "senvcfg"}, {kSscratch, "sscratch"}, {kSepc, "sepc"}, {kScause, "scause"},
      {kStval, "stval"}, {kSip, "sip"}, {kStimecmp, "stimecmp"}, {kSatp, "satp"},
      {kMvendorid, "mvendorid"}, {kMarchid, "marchid"}, {kMimpid, "mimpid"}, {kMhartid, "mhartid"},
      {kMconfigptr, "mconfigptr"}, {kMstatus, "mstatus"}, {kMisa, "misa"}, {kMedeleg, "medeleg"},
      {kMideleg, "mideleg"}, {kMie, "mie"}, {kMtvec, "mtvec"}, {kMcounteren, "mcounteren"},
      {kMenvcfg, "menvcfg"}, {kMcountinhibit, "mcountinhibit"}, {kMscratch, "mscratch"},
      {kMepc, "mepc"}, {kMcause, "mcause"}, {kMtval, "mtval"}, {kMip, "mip"},
      {kMtinst, "mtinst"}, {kMtval2, "mtval2"}, {kMcycle, "mcycle"}, {kMinstret, "minstret"},
      {kTselect, "tselect"}, {kTdata1, "tdata1"}, {kTdata2, "tdata2"}, {kTdata3, "tdata3"},
  };
  for (const Named& n : kNames)
    if (n.num == num) return n.name;
  auto numbered = [&](const char* prefix, unsigned first, unsigned first_index) {
    return prefix + std::to_string(num - first + first_index);
  };
  if (num >= kHpmCounter3 && num <= kHpmCounter31) return numbered("hpmcounter", kHpmCounter3, 3);
  if (num >= kMhpmcounter3 && num <= kMhpmcounter31) return numbered("mhpmcounter", kMhpmcounter3, 3);
  if (num >= kMhpmevent3 && num <= kMhpmevent31) return numbered("mhpmevent", kMhpmevent3, 3);
  if (num >= kPmpcfg0 && num <= kPmpcfg15) return numbered("pmpcfg", kPmpcfg0, 0);
  if (num >= kPmpaddr0 && num <= kPmpaddr63) return numbered("pmpaddr", kPmpaddr0, 0);
  return {};
}

}  // namespace ttvm::gdb

// CSR numbers and bit fields from the privileged spec 1.12 (and Sstc).
#pragma once
#include <cstdint>

namespace ttvm::csr {

enum : uint16_t {
  kFflags = 0x001, kFrm = 0x002, kFcsr = 0x003,
  kCycle = 0xc00, kTime = 0xc01, kInstret = 0xc02, kHpmCounter3 = 0xc03, kHpmCounter31 = 0xc1f,
  kSstatus = 0x100, kSie = 0x104, kStvec = 0x105, kScounteren = 0x106, kSenvcfg = 0x10a,
  kSscratch = 0x140, kSepc = 0x141, kScause = 0x142, kStval = 0x143, kSip = 0x144, kStimecmp = 0x14d,
  kSatp = 0x180,
  kMvendorid = 0xf11, kMarchid = 0xf12, kMimpid = 0xf13, kMhartid = 0xf14, kMconfigptr = 0xf15,
  kMstatus = 0x300, kMisa = 0x301, kMedeleg = 0x302, kMideleg = 0x303, kMie = 0x304, kMtvec = 0x305,
  kMcounteren = 0x306, kMenvcfg = 0x30a, kMcountinhibit = 0x320, kMhpmevent3 = 0x323, kMhpmevent31 = 0x33f,
  kMscratch = 0x340, kMepc = 0x341, kMcause = 0x342, kMtval = 0x343, kMip = 0x344,
  kMtinst = 0x34a, kMtval2 = 0x34b,
  kPmpcfg0 = 0x3a0, kPmpcfg15 = 0x3af, kPmpaddr0 = 0x3b0, kPmpaddr63 = 0x3ef,
  kMcycle = 0xb00, kMinstret = 0xb02, kMhpmcounter3 = 0xb03, kMhpmcounter31 = 0xb1f,
  kTselect = 0x7a0, kTdata1 = 0x7a1, kTdata2 = 0x7a2, kTdata3 = 0x7a3, kTinfo = 0x7a4,
};

}  // namespace ttvm::csr

namespace ttvm::mstatus {
constexpr uint64_t kSie = 1ull << 1, kMie = 1ull << 3, kSpie = 1ull << 5, kUbe = 1ull << 6, kMpie = 1ull << 7,
                   kSpp = 1ull << 8, kMppShift = 11, kMpp = 3ull << 11, kFs = 3ull << 13, kXs = 3ull << 15,
                   kMprv = 1ull << 17, kSum = 1ull << 18, kMxr = 1ull << 19, kTvm = 1ull << 20,
                   kTw = 1ull << 21, kTsr = 1ull << 22, kUxl = 3ull << 32, kSxl = 3ull << 34,
                   kSd = 1ull << 63;
// The bits of mstatus visible through sstatus.
constexpr uint64_t kSstatusMask = kSie | kSpie | kUbe | kSpp | kFs | kXs | kSum | kMxr | kUxl | kSd;
}  // namespace ttvm::mstatus

namespace ttvm::irq {
// Interrupt numbers (bit positions in mip/mie) and their masks.
constexpr unsigned kSsi = 1, kMsi = 3, kSti = 5, kMti = 7, kSei = 9, kMei = 11;
constexpr uint64_t kSsip = 1ull << kSsi, kMsip = 1ull << kMsi, kStip = 1ull << kSti, kMtip = 1ull << kMti,
                   kSeip = 1ull << kSei, kMeip = 1ull << kMei;
constexpr uint64_t kAll = kSsip | kMsip | kStip | kMtip | kSeip | kMeip;
constexpr uint64_t kSMask = kSsip | kStip | kSeip;  // S-level interrupts (delegable)
}  // namespace ttvm::irq

namespace ttvm::exc {
// Exception causes.
enum : uint64_t {
  kInsnMisaligned = 0, kInsnAccess = 1, kIllegal = 2, kBreakpoint = 3, kLoadMisaligned = 4, kLoadAccess = 5,
  kStoreMisaligned = 6, kStoreAccess = 7, kEcallU = 8, kEcallS = 9, kEcallM = 11, kInsnPage = 12,
  kLoadPage = 13, kStorePage = 15,
};
}  // namespace ttvm::exc

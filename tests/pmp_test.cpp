// PMP matching: TOR, NA4, NAPOT, priority, lock, and M-mode rules.
#include <gtest/gtest.h>

#include "cpu/pmp.h"

using namespace ttvm;

namespace {
constexpr uint8_t kR = 1, kW = 2, kX = 4, kTor = 0x08, kNa4 = 0x10, kNapot = 0x18, kL = 0x80;
}

TEST(Pmp, NoEntriesMeansMOnly) {
  Pmp p;
  p.reset();
  EXPECT_TRUE(p.check(0x80000000, 8, Access::kRead, Priv::kM));
  EXPECT_FALSE(p.check(0x80000000, 8, Access::kRead, Priv::kS));
}

TEST(Pmp, NapotWholeSpace) {
  Pmp p;
  p.reset();
  p.write_addr(0, ~0ull >> 10);
  p.write_cfg(0, kNapot | kR | kW | kX);
  EXPECT_TRUE(p.check(0x80000000, 8, Access::kWrite, Priv::kU));
  EXPECT_TRUE(p.page_ok(0x80000000, Access::kExec, Priv::kS));
}

TEST(Pmp, TorRangeAndPriority) {
  Pmp p;
  p.reset();
  // Entry 0: TOR [0, 0x80001000) read-only; entry 1: everything RWX.
  p.write_addr(0, 0x80001000 >> 2);
  p.write_addr(1, ~0ull >> 10);
  p.write_cfg(0, (uint64_t(kNapot | kR | kW | kX) << 8) | (kTor | kR));
  EXPECT_TRUE(p.check(0x80000ff8, 8, Access::kRead, Priv::kS));
  EXPECT_FALSE(p.check(0x80000ff8, 8, Access::kWrite, Priv::kS));
  EXPECT_TRUE(p.check(0x80001000, 8, Access::kWrite, Priv::kS));
  // An access straddling the boundary matches entry 0 partially: denied.
  EXPECT_FALSE(p.check(0x80000ffc, 8, Access::kRead, Priv::kS));
  EXPECT_TRUE(p.page_ok(0x80000000, Access::kRead, Priv::kS));
  EXPECT_FALSE(p.page_ok(0x80000000, Access::kWrite, Priv::kS));
}

TEST(Pmp, Na4) {
  Pmp p;
  p.reset();
  p.write_addr(0, 0x80000010 >> 2);
  p.write_cfg(0, kNa4 | kR);
  EXPECT_TRUE(p.check(0x80000010, 4, Access::kRead, Priv::kU));
  EXPECT_FALSE(p.check(0x80000014, 4, Access::kRead, Priv::kU));
  EXPECT_FALSE(p.page_ok(0x80000000, Access::kRead, Priv::kU));  // not the whole page
}

TEST(Pmp, LockedEntryBindsMAndCannotChange) {
  Pmp p;
  p.reset();
  p.write_addr(0, (0x80000000 >> 2) | 0x1ff);  // NAPOT 4 KiB at 0x80000000
  p.write_cfg(0, kNapot | kR | kL);
  EXPECT_TRUE(p.check(0x80000000, 4, Access::kRead, Priv::kM));
  EXPECT_FALSE(p.check(0x80000000, 4, Access::kWrite, Priv::kM));
  p.write_cfg(0, kNapot | kR | kW | kX);  // ignored: locked
  EXPECT_FALSE(p.check(0x80000000, 4, Access::kWrite, Priv::kM));
  p.write_addr(0, 0);  // ignored: locked
  EXPECT_EQ(p.read_addr(0), (0x80000000ull >> 2) | 0x1ff);
  p.reset();
  EXPECT_TRUE(p.check(0x80000000, 4, Access::kWrite, Priv::kM));
}

TEST(Pmp, WriteWithoutReadKeptAsWrittenButNotReadable) {
  Pmp p;
  p.reset();
  p.write_addr(0, ~0ull >> 10);
  p.write_cfg(0, kNapot | kW);
  EXPECT_EQ(p.read_cfg(0) & 0xff, uint64_t(kNapot | kW));
  EXPECT_FALSE(p.check(0x80000000, 8, Access::kRead, Priv::kS));
}

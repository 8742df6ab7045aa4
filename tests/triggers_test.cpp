// Sdtrig's CSRs (cpu/triggers.h): WARL fields, disabling, matching by mode,
// and the armed flags the hart's fast paths look at.
#include "cpu/triggers.h"

#include <gtest/gtest.h>

#include "cpu/csr_numbers.h"

using namespace ttvm;

namespace {

uint64_t rd(const Triggers& t, uint16_t n) {
  uint64_t v = ~0ull;
  EXPECT_TRUE(t.read(n, v));
  return v;
}

}  // namespace

TEST(Triggers, ResetIsTwoIdleMcontrols) {
  Triggers t;
  t.reset();
  for (uint64_t i = 0; i < Triggers::kCount; ++i) {
    t.write(csr::kTselect, i);
    EXPECT_EQ(rd(t, csr::kTselect), i);
    EXPECT_EQ(rd(t, csr::kTdata1), 2ull << 60);
  }
  t.write(csr::kTselect, Triggers::kCount);  // no such trigger: kept
  EXPECT_EQ(rd(t, csr::kTselect), Triggers::kCount - 1);
  EXPECT_EQ(rd(t, csr::kTinfo) & 0xffff, 0x44u);
  EXPECT_FALSE(t.exec_armed() || t.data_armed());
  uint64_t v;
  EXPECT_FALSE(t.read(csr::kMstatus, v));
}

TEST(Triggers, UnsupportedFieldsReadZeroAndZeroDisables) {
  Triggers t;
  t.reset();
  // dmode, maskmax, hit, select, timing, action 1, chain, match 1, size: all WARL 0.
  t.write(csr::kTdata1, (2ull << 60) | (1ull << 59) | (1ull << 53) | (1ull << 20) | (3ull << 16) | (1ull << 12) |
                            (1ull << 11) | (1ull << 7) | 0x5f);
  EXPECT_EQ(rd(t, csr::kTdata1), (2ull << 60) | 0x5f);
  EXPECT_TRUE(t.exec_armed() && t.data_armed());
  t.write(csr::kTdata3, 0x1234);
  EXPECT_EQ(rd(t, csr::kTdata3), 0u);
  t.write(csr::kTdata1, 0);  // type 0: the trigger becomes disabled (15)
  EXPECT_EQ(rd(t, csr::kTdata1), 15ull << 60);
  EXPECT_FALSE(t.exec_armed() || t.data_armed());
  t.write(csr::kTdata1, (3ull << 60) | 0x5f);  // icount: not supported here
  EXPECT_EQ(rd(t, csr::kTdata1), 15ull << 60);
}

TEST(Triggers, MatchesByKindAddressAndMode) {
  Triggers t;
  t.reset();
  t.write(csr::kTdata2, 0x8000'1000);
  t.write(csr::kTdata1, (6ull << 60) | 0x02 | 0x08);  // store, U
  EXPECT_FALSE(t.exec_armed());
  EXPECT_TRUE(t.data_armed());
  EXPECT_TRUE(t.match_data(0x8000'1000, 8, true, 0));
  EXPECT_TRUE(t.match_data(0x8000'0ffc, 8, true, 0));  // any byte accessed
  EXPECT_FALSE(t.match_data(0x8000'0ff8, 8, true, 0));
  EXPECT_FALSE(t.match_data(0x8000'1000, 8, false, 0));  // a load
  EXPECT_FALSE(t.match_data(0x8000'1000, 8, true, 3));   // in M
  t.write(csr::kTselect, 1);
  t.write(csr::kTdata2, 0x8000'0000);
  t.write(csr::kTdata1, (2ull << 60) | 0x04 | 0x40);  // execute, M
  EXPECT_TRUE(t.exec_armed());
  EXPECT_TRUE(t.match_exec(0x8000'0000, 3));
  EXPECT_FALSE(t.match_exec(0x8000'0000, 1));
  EXPECT_FALSE(t.match_exec(0x8000'0002, 3));
}

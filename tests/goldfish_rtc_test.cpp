// The Goldfish RTC: virtual time from the start epoch, and guest writes of
// any time.
#include "dev/goldfish_rtc.h"

#include <gtest/gtest.h>

using namespace ttvm;

namespace {

uint64_t read_time(GoldfishRtc& rtc) {
  uint64_t lo = 0, hi = 0;
  EXPECT_TRUE(rtc.read(0x00, 4, lo));
  EXPECT_TRUE(rtc.read(0x04, 4, hi));
  return hi << 32 | lo;
}

}  // namespace

TEST(GoldfishRtc, ReadsEpochPlusVirtualTime) {
  uint64_t now = 0;
  GoldfishRtc rtc(1'000'000'000, [&] { return now; });
  rtc.reset();
  EXPECT_EQ(read_time(rtc), 1'000'000'000u);
  now = 5;
  EXPECT_EQ(read_time(rtc), 1'000'000'005u);
}

// Found by fuzz_rtc: setting a time far from the current one overflowed the
// signed offset (undefined behaviour, an abort in the sanitizer build; a
// guest could do it with two stores). The clock counts modulo 2^64.
TEST(GoldfishRtc, SettingAnyTimeWrapsInsteadOfOverflowing) {
  GoldfishRtc rtc(1'700'000'000'000'000'000ull, [] { return uint64_t(0); });
  rtc.reset();
  for (uint32_t hi : {0xffffffffu, 0x0u, 0x80000000u, 0x7fffffffu, 0xffffffffu, 0x0u}) {
    ASSERT_TRUE(rtc.write(0x04, 4, hi));
    ASSERT_TRUE(rtc.write(0x00, 4, 0x12345678));
    EXPECT_EQ(read_time(rtc), uint64_t(hi) << 32 | 0x12345678) << hi;
  }
}

// The report's aggregation (src/report): buckets over the icount axis,
// spans split at bucket edges, console lines capped, JSON for the page,
// function lookup for --symbols.
#include <gtest/gtest.h>

#include "machine/elf_symbols.h"
#include "report/buckets.h"
#include "report/console_lines.h"
#include "report/json_writer.h"

namespace ttvm {
namespace {

TEST(ReportBuckets, FixedCountWhateverTheLength) {
  // 10^10 instructions in 2000 buckets of 5x10^6.
  BucketAxis big(10'000'000'000ull, 2000);
  EXPECT_EQ(big.count(), 2000u);
  EXPECT_EQ(big.width(), 5'000'000u);
  EXPECT_EQ(big.index(0), 0u);
  EXPECT_EQ(big.index(4'999'999), 0u);
  EXPECT_EQ(big.index(5'000'000), 1u);
  EXPECT_EQ(big.index(9'999'999'999ull), 1999u);
  // The end event and idle jumps at the very end go to the last bucket.
  EXPECT_EQ(big.index(10'000'000'000ull), 1999u);
  EXPECT_EQ(big.index(~0ull), 1999u);
  // Not a multiple: the width rounds up, so there may be fewer buckets.
  BucketAxis odd(1001, 10);
  EXPECT_EQ(odd.width(), 101u);
  EXPECT_EQ(odd.count(), 10u);
  EXPECT_EQ(odd.index(1000), 9u);
  // A run shorter than the bucket count: one instruction a bucket.
  BucketAxis tiny(5, 2000);
  EXPECT_EQ(tiny.count(), 5u);
  EXPECT_EQ(tiny.width(), 1u);
  // An empty run still has one bucket.
  BucketAxis none(0, 2000);
  EXPECT_EQ(none.count(), 1u);
  EXPECT_EQ(none.index(0), 0u);
}

TEST(ReportBuckets, EventsAddUpInTheirBucket) {
  BucketAxis ax(1000, 10);  // width 100
  Series s(ax);
  s.add_at(0, 1);
  s.add_at(99, 2);
  s.add_at(100, 4);
  s.add_at(5000, 8);  // past the end: the last bucket
  EXPECT_EQ(s.values()[0], 3);
  EXPECT_EQ(s.values()[1], 4);
  EXPECT_EQ(s.values()[9], 8);
  EXPECT_EQ(s.total(), 15);
}

TEST(ReportBuckets, SpansSplitAtBucketEdges) {
  BucketAxis ax(1000, 10);  // width 100
  Series s(ax);
  s.add_span(10, 50);  // inside bucket 0
  EXPECT_EQ(s.values()[0], 50);
  s.add_span(90, 230);  // 10 in bucket 0, 100 in 1, 100 in 2, 20 in 3
  EXPECT_EQ(s.values()[0], 60);
  EXPECT_EQ(s.values()[1], 100);
  EXPECT_EQ(s.values()[2], 100);
  EXPECT_EQ(s.values()[3], 20);
  EXPECT_EQ(s.values()[4], 0);
  s.add_span(950, 200, 0.5);  // past the end: the rest goes to the last bucket
  EXPECT_EQ(s.values()[9], 100);
  s.add_span(300, 0);  // nothing
  EXPECT_EQ(s.total(), 380);
  // A slice ending exactly at an edge does not touch the next bucket.
  Series t(ax);
  t.add_span(100, 100);
  EXPECT_EQ(t.values()[1], 100);
  EXPECT_EQ(t.values()[2], 0);
}

TEST(ReportBuckets, ManySlicesSumToTheRun) {
  // 10^6 slices of 10^4 instructions over a 10^10 run: every instruction
  // is counted once, whatever the bucket edges.
  BucketAxis ax(10'000'000'000ull, 2000);
  Series s(ax);
  for (uint64_t at = 0; at < 10'000'000'000ull; at += 9'973) s.add_span(at, std::min<uint64_t>(9'973, 10'000'000'000ull - at));
  EXPECT_EQ(s.total(), 1e10);
  for (double v : s.values()) EXPECT_EQ(v, 5e6);
}

ConsoleLines feed(const std::string& text, size_t head, size_t tail) {
  ConsoleLines c(head, tail);
  uint64_t ic = 100;
  for (char ch : text) c.byte(uint8_t(ch), ic++);
  c.finish();
  return c;
}

TEST(ReportConsole, LinesAtTheirFirstByte) {
  ConsoleLines c = feed("ab\r\ncd\n\nprompt# ", 10, 10);
  ASSERT_EQ(c.total(), 4u);
  ASSERT_EQ(c.head().size(), 4u);
  EXPECT_EQ(c.head()[0].text, "ab");
  EXPECT_EQ(c.head()[0].icount, 100u);
  EXPECT_EQ(c.head()[1].text, "cd");
  EXPECT_EQ(c.head()[1].icount, 104u);
  EXPECT_EQ(c.head()[2].text, "");
  EXPECT_EQ(c.head()[3].text, "prompt# ");  // no newline: ended by finish()
  EXPECT_EQ(c.omitted(), 0u);
}

TEST(ReportConsole, CappedHeadAndTail) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "line " + std::to_string(i) + "\n";
  ConsoleLines c = feed(text, 3, 2);
  EXPECT_EQ(c.total(), 100u);
  ASSERT_EQ(c.head().size(), 3u);
  ASSERT_EQ(c.tail().size(), 2u);
  EXPECT_EQ(c.omitted(), 95u);
  EXPECT_EQ(c.head()[2].text, "line 2");
  EXPECT_EQ(c.tail()[0].text, "line 98");
  EXPECT_EQ(c.tail()[1].text, "line 99");
  // A line without end is cut, not kept whole.
  ConsoleLines l = feed(std::string(10000, 'x') + "\n", 5, 5);
  EXPECT_EQ(l.head()[0].text.size(), ConsoleLines::kMaxLineBytes + 3);
}

TEST(ReportJson, StringsAreSafeInAScriptElement) {
  EXPECT_EQ(json_string("a\"b\\c\n"), "\"a\\\"b\\\\c\\n\"");
  // '<' could end the data element ("</script>"): escaped.
  EXPECT_EQ(json_string("</script>"), "\"\\u003c/script>\"");
  EXPECT_EQ(json_string(std::string("\x01\x1b[0m", 5)), "\"\\u0001\\u001b[0m\"");
  // UTF-8 kept; stray bytes replaced.
  EXPECT_EQ(json_string("caf\xc3\xa9"), "\"caf\xc3\xa9\"");
  EXPECT_EQ(json_string("x\xff\xc3"), "\"x\\ufffd\\ufffd\"");
  EXPECT_EQ(json_string("\xed\xa0\x80"), "\"\\ufffd\\ufffd\\ufffd\"");  // a surrogate
}

TEST(ReportJson, ObjectsArraysNumbers) {
  JsonWriter j;
  j.begin_object().key("a").value(uint64_t(12345678901234ull)).key("b").numbers({1.26, 2, 0.04}, 1);
  j.key("c").begin_array().value("x").value(true).null().end_array().key("d").value(2.5).end_object();
  EXPECT_EQ(j.text(), "{\"a\":12345678901234,\"b\":[1.3,2,0],\"c\":[\"x\",true,null],\"d\":2.5}");
}

TEST(ReportSymbols, FunctionAtPc) {
  ElfSymbols s;
  s.add("b", 0x2000, 0x10);
  s.add("a", 0x1000, 0x100);
  s.add("entry", 0x3000, 0);
  s.add("last", 0x4000, 0x8);
  EXPECT_EQ(s.function_at(0xfff), nullptr);
  EXPECT_EQ(*s.function_at(0x1000), "a");
  EXPECT_EQ(*s.function_at(0x10ff), "a");
  EXPECT_EQ(s.function_at(0x1100), nullptr);  // between functions
  EXPECT_EQ(*s.function_at(0x200f), "b");
  // No size: up to the next symbol.
  EXPECT_EQ(*s.function_at(0x3fff), "entry");
  EXPECT_EQ(*s.function_at(0x4007), "last");
  EXPECT_EQ(s.function_at(0x4008), nullptr);
}

}  // namespace
}  // namespace ttvm

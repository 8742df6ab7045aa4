// The panic-mark classifier and detector (record/panic_marks.h): which
// console lines begin a problem, where the mark lands, how marks are named,
// and the stuck-hart and trap-loop detection from quantum samples.
#include "record/panic_marks.h"

#include <gtest/gtest.h>

#include <string>

#include "record/marks_file.h"
#include "machine/elf_symbols.h"

#include <filesystem>

namespace ttvm {
namespace {

TEST(PanicClassify, LinuxLines) {
  EXPECT_EQ(classify_console_line("[    1.234567] Kernel panic - not syncing: Attempted to kill init! exitcode=0x0000000b"),
            PanicKind::Panic);
  EXPECT_EQ(classify_console_line("Kernel panic - not syncing: VFS: Unable to mount root fs"), PanicKind::Panic);
  EXPECT_EQ(classify_console_line("<0>[    0.5] Kernel panic - not syncing: x\r"), PanicKind::Panic);
  EXPECT_EQ(classify_console_line("[    2.000000] Oops - store (or AMO) access fault [#1]"), PanicKind::Oops);
  EXPECT_EQ(classify_console_line("[    2.000000] Unable to handle kernel NULL pointer dereference at virtual address 0000000000000000"),
            PanicKind::Oops);
  EXPECT_EQ(classify_console_line("[    3.1] BUG: scheduling while atomic: swapper/0/1/0x00000002"), PanicKind::Bug);
  EXPECT_EQ(classify_console_line("[    3.1] kernel BUG at mm/slub.c:123!"), PanicKind::Bug);
  EXPECT_EQ(classify_console_line("[    4.0] WARNING: CPU: 0 PID: 1 at kernel/foo.c:12 bar+0x10/0x20"), PanicKind::Warning);
  EXPECT_EQ(classify_console_line("[    4.0] ------------[ cut here ]------------"), PanicKind::Warning);
  // With a caller id (CONFIG_PRINTK_CALLER) after the time.
  EXPECT_EQ(classify_console_line("[    4.0][    T1] Kernel panic - not syncing: x"), PanicKind::Panic);
}

TEST(PanicClassify, OrdinaryLinesAreNotMarks) {
  for (const char* l : {"", "[    0.000000] Linux version 6.1", "ttvm-init: all checks passed",
                        "echo Kernel panic - not syncing",  // not at the start
                        "[    1.0] random: crng init done", "Oopsie", "WARNING", "BUG", "a BUG: here",
                        "[    1.0] Run /init as init process"}) {
    EXPECT_FALSE(classify_console_line(l).has_value()) << l;
  }
}

// Feeds `text` one byte per instruction from icount `at`.
void feed(PanicMarker& pm, const std::string& text, uint64_t at) {
  for (char c : text) pm.console_byte(uint8_t(c), at++);
}

TEST(PanicMarker, MarkAtTheLinesFirstByteAndNaming) {
  PanicMarker pm;
  std::vector<std::string> seen;
  pm.set_on_mark([&](const PanicMark& m) { seen.push_back(m.name); });
  const std::string boot = "[    0.1] booting\n";
  feed(pm, boot, 1000);
  const uint64_t panic1 = 1000 + boot.size();
  const std::string p1 = "[    1.0] Kernel panic - not syncing: first\r\n";
  feed(pm, p1, panic1);
  const uint64_t warn = panic1 + p1.size() + 50;
  feed(pm, "[    1.1] ------------[ cut here ]------------\n[    1.1] WARNING: CPU: 0 PID: 1 at x.c:1 f+0x0/0x4\n", warn);
  const uint64_t oops = warn + 500;
  feed(pm, "[    1.2] Unable to handle kernel paging request at virtual address 0000000000000008\n"
           "[    1.2] Oops [#1]\n", oops);
  const uint64_t panic2 = oops + 1000;
  feed(pm, "Kernel panic - not syncing: second\n", panic2);
  feed(pm, "Kernel panic - not syncing: unterminated", panic2 + 100);  // no newline yet: no mark
  ASSERT_EQ(pm.marks().size(), 4u);
  EXPECT_EQ(seen, (std::vector<std::string>{"panic", "warning", "oops", "panic-2"}));
  EXPECT_EQ(pm.find("panic")->icount, panic1);
  EXPECT_EQ(pm.find("panic")->line, "[    1.0] Kernel panic - not syncing: first");
  EXPECT_EQ(pm.find("warning")->icount, warn);  // at the cut-here line, one mark for both lines
  EXPECT_NE(pm.find("warning")->line.find("WARNING: CPU: 0"), std::string::npos);
  EXPECT_EQ(pm.find("oops")->icount, oops);  // "Unable to handle" and "Oops": one problem
  EXPECT_EQ(pm.find("panic-2")->icount, panic2);
  EXPECT_EQ(pm.find("panic-3"), nullptr);
  EXPECT_EQ(pm.find("oops")->hart, -1);
}

TEST(PanicMarker, LongLineIsCutButStillClassified) {
  PanicMarker pm;
  feed(pm, "Kernel panic - not syncing: " + std::string(10000, 'x') + "\n", 7);
  ASSERT_EQ(pm.marks().size(), 1u);
  EXPECT_EQ(pm.marks()[0].icount, 7u);
  EXPECT_LE(pm.marks()[0].line.size(), 512u);
}

TEST(PanicMarker, GapDropsTheLineInProgress) {
  PanicMarker pm;
  feed(pm, "Kernel pan", 0);
  pm.gap();
  feed(pm, "ic - not syncing: x\n", 100);  // the rest of a line whose start was not seen
  EXPECT_TRUE(pm.marks().empty());
}

TEST(StuckDetection, SamePcForNSamples) {
  PanicMarker pm;
  pm.set_stuck_samples(5);
  // Hart 1 moves; hart 0 stays at one pc from its 3rd sample on.
  uint64_t t = 0;
  for (int i = 0; i < 20; ++i) {
    pm.pc_sample(0, i < 2 ? 0x1000 + 4 * i : 0x2000, t += 10000);
    pm.pc_sample(1, 0x3000 + 4 * i, t += 10000);
  }
  ASSERT_EQ(pm.marks().size(), 1u);
  const PanicMark& m = pm.marks()[0];
  EXPECT_EQ(m.name, "stuck");
  EXPECT_EQ(m.kind, PanicKind::Stuck);
  EXPECT_EQ(m.hart, 0);
  EXPECT_EQ(m.icount, 50000u);  // hart 0's first sample at 0x2000 (its 3rd)
  EXPECT_NE(m.line.find("0x2000"), std::string::npos);
}

TEST(StuckDetection, InterruptedRunsAndIdleDoNotCount) {
  PanicMarker pm;
  pm.set_stuck_samples(5);
  uint64_t t = 0;
  for (int round = 0; round < 10; ++round) {
    for (int i = 0; i < 4; ++i) pm.pc_sample(0, 0x2000, t += 10000);
    pm.pc_sample(0, 0x2004, t += 10000);  // moved: starts over
  }
  for (int i = 0; i < 4; ++i) pm.pc_sample(0, 0x2000, t += 10000);
  pm.hart_idle(0);  // waited in wfi
  for (int i = 0; i < 4; ++i) pm.pc_sample(0, 0x2000, t += 10000);
  EXPECT_TRUE(pm.marks().empty());
  pm.pc_sample(0, 0x2000, t += 10000);  // the 5th in a row
  ASSERT_EQ(pm.marks().size(), 1u);
  // Still stuck: one mark only; stuck again elsewhere: stuck-2.
  for (int i = 0; i < 20; ++i) pm.pc_sample(0, 0x2000, t += 10000);
  EXPECT_EQ(pm.marks().size(), 1u);
  for (int i = 0; i < 5; ++i) pm.pc_sample(0, 0x4000, t += 10000);
  ASSERT_EQ(pm.marks().size(), 2u);
  EXPECT_EQ(pm.marks()[1].name, "stuck-2");
}

TEST(TrapLoopDetection, ManyTrapsAtOnePlace) {
  PanicMarker pm;
  pm.set_stuck_samples(1000);
  pm.set_trap_loop(4, 50);
  uint64_t t = 0;
  // Few traps: nothing. Many traps but at changing places: nothing.
  for (int i = 0; i < 10; ++i) pm.quantum_sample(0, 0x100 + 8 * (i % 2), t += 10000, 3, 13, 0x5000);
  for (int i = 0; i < 10; ++i) pm.quantum_sample(0, 0x100 + 8 * (i % 2), t += 10000, 200, 13, 0x5000 + 4 * i);
  EXPECT_TRUE(pm.marks().empty());
  const uint64_t first = t + 10000;
  for (int i = 0; i < 10; ++i) pm.quantum_sample(0, 0x100 + 8 * (i % 2), t += 10000, 200, 13, 0x6000);
  ASSERT_EQ(pm.marks().size(), 1u);
  EXPECT_EQ(pm.marks()[0].name, "trap-loop");
  EXPECT_EQ(pm.marks()[0].kind, PanicKind::TrapLoop);
  EXPECT_EQ(pm.marks()[0].icount, first);
  EXPECT_EQ(pm.marks()[0].hart, 0);
}

TEST(MarksFile, WrittenAndReadBack) {
  const std::string dir = ::testing::TempDir() + "/ttvm-marks-test";
  std::filesystem::create_directories(dir);
  {
    MarksWriter w(dir);
    w.add({"panic", PanicKind::Panic, 123456, -1, "Kernel panic - not syncing:\tx"});
    w.add({"stuck-2", PanicKind::Stuck, 99, 1, "hart 1 stuck at pc 0x10"});
    w.add({"trap-loop", PanicKind::TrapLoop, 7, 0, "hart 0 in a trap loop"});
  }
  const auto marks = read_marks(dir);
  ASSERT_TRUE(marks.has_value());
  ASSERT_EQ(marks->size(), 3u);
  EXPECT_EQ((*marks)[0].name, "panic");
  EXPECT_EQ((*marks)[0].icount, 123456u);
  EXPECT_EQ((*marks)[0].kind, PanicKind::Panic);
  EXPECT_EQ((*marks)[0].line, "Kernel panic - not syncing: x");
  EXPECT_EQ((*marks)[1].kind, PanicKind::Stuck);
  EXPECT_EQ((*marks)[1].hart, 1);
  EXPECT_EQ((*marks)[2].kind, PanicKind::TrapLoop);
  std::filesystem::remove_all(dir);
  EXPECT_FALSE(read_marks(dir).has_value());
}

TEST(ElfSymbolsTest, Describe) {
  ElfSymbols s;
  s.add("do_timer", 0xffffffff80010000, 0x40);
  s.add("tick", 0xffffffff80010040, 0x20);
  s.add("_start", 0x80000000, 0);
  EXPECT_EQ(s.describe(0xffffffff80010000), "do_timer");
  EXPECT_EQ(s.describe(0xffffffff80010024), "do_timer+0x24");
  EXPECT_EQ(s.describe(0xffffffff80010044), "tick+0x4");
  EXPECT_EQ(s.describe(0xffffffff80010060), "");  // past tick's end
  EXPECT_EQ(s.describe(0x80000010), "_start+0x10");
  EXPECT_EQ(s.describe(0x10), "");
}

}  // namespace
}  // namespace ttvm

// LiveControl: breakpoints, watchpoints and steps stop at the exact
// instruction, and stopping never changes what the guest computes.
#include "machine/live_control.h"

#include <gtest/gtest.h>

#include "loop_guest.h"

namespace ttvm {
namespace {

using test::make_loop_machine;
using R = StopEvent::Reason;

uint64_t pc_of(ExecControl& c, unsigned hart) {
  uint64_t v = 0;
  c.read_reg(hart, {RegId::Kind::kPc, 0}, v);
  return v;
}

uint64_t counter(ExecControl& c, unsigned hart) {
  uint64_t v = 0;
  EXPECT_TRUE(c.read_memory(0, test::kLoopData + 8 * hart, &v, 8));
  return v;
}

TEST(LiveControl, BreakpointStopsBeforeTheInstructionAndContinuesPastIt) {
  auto m = make_loop_machine(1);
  LiveControl c(*m);
  ASSERT_TRUE(c.insert_break(BreakKind::kSoftware, test::kLoopSd, 4));
  StopEvent ev = c.resume(Direction::kForward);
  EXPECT_EQ(ev.reason, R::kBreakpoint);
  EXPECT_FALSE(ev.hardware);
  EXPECT_EQ(pc_of(c, 0), test::kLoopSd);
  EXPECT_EQ(counter(c, 0), 0u);  // the store has not run
  ev = c.resume(Direction::kForward);
  EXPECT_EQ(ev.reason, R::kBreakpoint);
  EXPECT_EQ(pc_of(c, 0), test::kLoopSd);
  EXPECT_EQ(counter(c, 0), 1u);  // exactly one more iteration
}

TEST(LiveControl, StepsOneInstructionCompressedOnesByTwo) {
  auto m = make_loop_machine(1);
  LiveControl c(*m);
  c.insert_break(BreakKind::kHardware, test::kLoopSd, 4);
  EXPECT_TRUE(c.resume(Direction::kForward).hardware);
  c.remove_break(BreakKind::kHardware, test::kLoopSd, 4);
  const uint64_t n = c.icount();
  for (uint64_t want : {test::kLoopC1, test::kLoopC2, test::kLoopAdd, test::kLoopJ, test::kLoopLd}) {
    EXPECT_EQ(c.step(0, Direction::kForward).reason, R::kStepDone);
    EXPECT_EQ(pc_of(c, 0), want);
  }
  EXPECT_EQ(c.icount(), n + 5);
}

TEST(LiveControl, WriteWatchpointStopsAtTheStoreWithItsAddress) {
  auto m = make_loop_machine(2);
  LiveControl c(*m);
  ASSERT_TRUE(c.insert_break(BreakKind::kWatchWrite, test::kLoopData + 4, 2));  // inside hart 0's counter
  StopEvent ev = c.resume(Direction::kForward);
  ASSERT_EQ(ev.reason, R::kWatchpoint);
  EXPECT_EQ(ev.watch_kind, BreakKind::kWatchWrite);
  EXPECT_EQ(ev.hart, 0u);
  EXPECT_EQ(ev.addr, test::kLoopData + 4);
  // gdb's RISC-V target steps over the access itself: the stop is before it.
  EXPECT_EQ(pc_of(c, 0), test::kLoopSd);
  EXPECT_EQ(counter(c, 0), 0u);
  EXPECT_EQ(c.step(0, Direction::kForward).reason, R::kStepDone);
  EXPECT_EQ(counter(c, 0), 1u);
  EXPECT_EQ(pc_of(c, 0), test::kLoopC1);
  ev = c.resume(Direction::kForward);
  EXPECT_EQ(ev.reason, R::kWatchpoint);
  EXPECT_EQ(counter(c, 0), 1u);
}

TEST(LiveControl, ReadAndAccessWatchpoints) {
  auto m = make_loop_machine(2);
  LiveControl c(*m);
  ASSERT_TRUE(c.insert_break(BreakKind::kWatchRead, test::kLoopData + 8, 8));  // hart 1's counter
  StopEvent ev = c.resume(Direction::kForward);
  ASSERT_EQ(ev.reason, R::kWatchpoint);
  EXPECT_EQ(ev.watch_kind, BreakKind::kWatchRead);
  EXPECT_EQ(ev.hart, 1u);
  EXPECT_EQ(pc_of(c, 1), test::kLoopLd);
  c.remove_break(BreakKind::kWatchRead, test::kLoopData + 8, 8);
  ASSERT_TRUE(c.insert_break(BreakKind::kWatchAccess, test::kLoopData, 1));
  ev = c.resume(Direction::kForward);
  ASSERT_EQ(ev.reason, R::kWatchpoint);
  EXPECT_EQ(ev.watch_kind, BreakKind::kWatchAccess);
  EXPECT_EQ(ev.hart, 0u);
  const uint64_t first = pc_of(c, 0);
  EXPECT_TRUE(first == test::kLoopLd || first == test::kLoopSd);
  ev = c.resume(Direction::kForward);
  EXPECT_EQ(ev.watch_kind, BreakKind::kWatchAccess);
  EXPECT_EQ(pc_of(c, 0), first == test::kLoopLd ? test::kLoopSd : test::kLoopLd);  // the load, then the store
}

TEST(LiveControl, MemoryAndRegisters) {
  auto m = make_loop_machine(1);
  LiveControl c(*m);
  const uint8_t bytes[3] = {1, 2, 3};
  ASSERT_TRUE(c.write_memory(0, test::kLoopData + 0xffe, bytes, 3));  // crosses a page
  uint8_t back[3] = {};
  ASSERT_TRUE(c.read_memory(0, test::kLoopData + 0xffe, back, 3));
  EXPECT_EQ(back[2], 3);
  uint8_t b;
  EXPECT_FALSE(c.read_memory(0, 0x10000000, &b, 1));  // MMIO: never read by a debugger
  EXPECT_FALSE(c.read_memory(0, 0x70000000, &b, 1));  // nothing there
  uint64_t v;
  EXPECT_TRUE(c.write_reg(0, {RegId::Kind::kCsr, 0x340}, 0x1234));  // mscratch
  EXPECT_TRUE(c.read_reg(0, {RegId::Kind::kCsr, 0x340}, v));
  EXPECT_EQ(v, 0x1234u);
  EXPECT_TRUE(c.read_reg(0, {RegId::Kind::kCsr, 0x7a0}, v));  // tselect (Sdtrig)
  EXPECT_EQ(v, 0u);
  EXPECT_TRUE(c.write_reg(0, {RegId::Kind::kFpr, 5}, 0x4004000000000000ull));
  EXPECT_TRUE(c.read_reg(0, {RegId::Kind::kFpr, 5}, v));
  EXPECT_EQ(v, 0x4004000000000000ull);
  EXPECT_TRUE(c.read_reg(0, {RegId::Kind::kPriv, 0}, v));
  EXPECT_EQ(v, 3u);
}

TEST(LiveControl, CodeWritesInvalidateDecodedBlocks) {
  auto m = make_loop_machine(1);
  LiveControl c(*m);
  c.insert_break(BreakKind::kSoftware, test::kLoopAdd, 4);
  c.resume(Direction::kForward);  // the loop is decoded now
  // addi t1,t1,1 -> addi t1,t1,5
  const uint32_t addi5 = 0x00530313;
  ASSERT_TRUE(c.write_memory(0, 0x80000014, &addi5, 4));
  const uint64_t before = counter(c, 0);
  c.resume(Direction::kForward);
  EXPECT_EQ(counter(c, 0), before + 5);
}

// Drives a machine to the moment hart 0's counter reaches `target` (at the
// add after the store) and returns the whole machine's digest there.
uint64_t digest_when_counter_reaches(Machine& m, LiveControl& c, uint64_t target) {
  // Close to it without stopping at every iteration, then one by one.
  c.set_poll([&] { return counter(c, 0) + 30000 >= target; });
  while (counter(c, 0) + 30000 < target) c.resume(Direction::kForward);
  c.set_poll(nullptr);
  c.insert_break(BreakKind::kSoftware, test::kLoopAdd, 4);
  for (;;) {
    const StopEvent ev = c.resume(Direction::kForward);
    if (ev.reason == R::kBreakpoint && ev.hart == 0 && counter(c, 0) == target) break;
  }
  c.remove_all_breaks();
  return m.digest();
}

TEST(LiveControl, StoppingNeverChangesWhatTheGuestComputes) {
  constexpr uint64_t kTarget = 300000;
  auto quiet = make_loop_machine(2);
  LiveControl qc(*quiet);
  const uint64_t want = digest_when_counter_reaches(*quiet, qc, kTarget);

  auto busy = make_loop_machine(2);
  LiveControl bc(*busy);
  // Interrupt at every poll, step both harts, hit breakpoints and watchpoints.
  bc.set_poll([] { return true; });
  for (int i = 0; i < 10; ++i) {
    bc.resume(Direction::kForward);
    bc.step(unsigned(i) & 1, Direction::kForward);
    bc.step(1, Direction::kForward);
  }
  bc.set_poll(nullptr);
  bc.insert_break(BreakKind::kWatchWrite, test::kLoopData + 8, 8);
  bc.insert_break(BreakKind::kSoftware, test::kLoopC2, 2);
  for (int i = 0; i < 200; ++i) bc.resume(Direction::kForward);
  bc.remove_all_breaks();
  ASSERT_LT(counter(bc, 0) + 30000, kTarget);
  EXPECT_EQ(digest_when_counter_reaches(*busy, bc, kTarget), want);
}

}  // namespace
}  // namespace ttvm

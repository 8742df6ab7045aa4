// Breakpoints set after the code has run hot (on the jit engine: translated,
// its blocks linked to each other and to themselves) stop a hart exactly
// where they stop it on the reference interpreter: at a block's first
// instruction, in its middle; again after the
// debugger let go and took hold with the same set; on another hart.
#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cpu/debug_traps.h"
#include "cpu/engine.h"
#include "machine/machine.h"
#include "raw_guest.h"

using namespace ttvm;

namespace {

// Every hart, forever: t0 counts; odd counts bump a0, even ones a1. Three
// blocks on one page, each ending in a jump to another (the jit links
// them: A to B and C, B and C back to A). rv64i, riscv64-unknown-elf-as:
//   80000000 li t0,0
//   80000004 A: addi t0,t0,1; andi t1,t0,1; beqz t1,C
//   80000010 B: addi a0,a0,1; j A
//   80000018 C: addi a1,a1,1; j A
constexpr uint64_t kA = 0x80000004, kBJump = 0x80000014, kC = 0x80000018;

std::unique_ptr<Machine> make_machine(const char* engine, unsigned smp) {
  return test::boot_raw_program({0x00000293, 0x00128293, 0x0012f313, 0x00030663, 0x00150513, 0xff1ff06f,
                                 0x00158593, 0xfe9ff06f},
                                smp, engine);
}

struct Stop {
  int hart = -1;
  uint64_t pc = 0, icount = 0;
  bool operator==(const Stop&) const = default;
};

Stop stop_of(Machine& m) {
  Stop s;
  if (Hart* h = m.paused_hart()) {
    s.hart = int(h->hartid());
    s.pc = h->pc();
  }
  s.icount = m.here().icount;
  return s;
}

// The stops of one scripted session on `engine`.
std::vector<Stop> session(const char* engine, unsigned smp) {
  auto m = make_machine(engine, smp);
  std::vector<Stop> stops;
  m->run(300'000);  // hot: every block ran far more than the jit's threshold
  DebugTraps t;
  t.add_breakpoint(kC, false);  // a block's start, reached by A's linked branch
  m->set_debug_traps(&t);
  m->run(2'000'000);
  stops.push_back(stop_of(*m));
  m->run(2'000'000);  // resumes from the hit: the next time round
  stops.push_back(stop_of(*m));
  t.remove_breakpoint(kC, false);
  t.add_breakpoint(kBJump, false);  // in a block's middle
  m->run(2'000'000);
  stops.push_back(stop_of(*m));
  t.remove_breakpoint(kBJump, false);
  t.add_breakpoint(kA, true);  // reached by two links; as a hardware breakpoint
  m->run(2'000'000);
  stops.push_back(stop_of(*m));
  // The debugger lets go (links are patched again), then takes hold with
  // the very same set.
  m->set_debug_traps(nullptr);
  m->run(m->here().icount + 300'000);
  stops.push_back(stop_of(*m));
  m->set_debug_traps(&t);
  m->run(4'000'000);
  stops.push_back(stop_of(*m));
  // A breakpoint on a page that is not the loop's: the loop runs on
  // (linked), and the run ends at its budget.
  t.clear();
  t.add_breakpoint(0x80001000, false);
  m->run(m->here().icount + 500'000);
  stops.push_back(stop_of(*m));
  return stops;
}

}  // namespace

TEST(EngineBreakpoint, HotCodeStopsWhereTheInterpreterStops) {
  for (unsigned smp : {1u, 2u}) {
    const std::vector<Stop> ref = session("interp", smp);
    ASSERT_EQ(ref.size(), 7u);
    EXPECT_EQ(ref[0].pc, kC);
    EXPECT_EQ(ref[1].pc, kC);
    EXPECT_GT(ref[1].icount, ref[0].icount);
    EXPECT_EQ(ref[2].pc, kBJump);
    EXPECT_EQ(ref[3].pc, kA);
    EXPECT_EQ(ref[4].hart, -1);
    EXPECT_EQ(ref[5].pc, kA);
    EXPECT_EQ(ref[6].hart, -1);
    for (const char* e : {"fast", "jit"}) {
      EngineKind k;
      if (!parse_engine(e, k)) continue;  // no jit on this host
      const std::vector<Stop> got = session(e, smp);
      ASSERT_EQ(got.size(), ref.size());
      for (size_t i = 0; i < ref.size(); ++i) {
        EXPECT_EQ(got[i].hart, ref[i].hart) << e << " smp " << smp << " stop " << i;
        EXPECT_EQ(got[i].pc, ref[i].pc) << e << " smp " << smp << " stop " << i;
        EXPECT_EQ(got[i].icount, ref[i].icount) << e << " smp " << smp << " stop " << i;
      }
    }
  }
}

// An exception thrown by an instruction's semantics (here a device read;
// in real runs a replay divergence or a disk block a recording does not
// hold) reaches the caller of Machine::run on every engine, with the hart
// standing at the instruction that threw, as on the reference interpreter.
// On the jit engine the throw passes through translated code
// (src/cpu/jit/unwind.h).
#include <gtest/gtest.h>

#include <cstdio>
#include <stdexcept>
#include <string>

#include "cpu/engine.h"
#include "machine/machine.h"
#include "raw_guest.h"

using namespace ttvm;

namespace {

// Counts reads and throws on the `limit`th.
class ThrowingDevice : public Device {
 public:
  explicit ThrowingDevice(unsigned limit) : limit_(limit) {}
  const char* name() const override { return "throwing"; }
  bool read(uint64_t, unsigned, uint64_t& value) override {
    if (++reads == limit_) throw std::runtime_error("device gave up");
    value = reads;
    return true;
  }
  bool write(uint64_t, unsigned, uint64_t) override { return true; }
  void reset() override {}
  void save(StateWriter&) const override {}
  void restore(StateReader&) override {}
  unsigned reads = 0;

 private:
  unsigned limit_;
};

struct Stop {
  uint64_t pc, icount, a2;
  unsigned reads;
};

// lui a1,0x40000; li a2,0; loop: lw a0,0(a1); addi a2,a2,1; j loop
Stop run_until_throw(const char* engine) {
  auto mp = test::boot_raw_program({0x400005b7, 0x00000613, 0x0005a503, 0x00160613, 0xff9ff06f}, 1, engine);
  Machine& m = *mp;
  ThrowingDevice dev(1000);
  m.bus().add_device(0x40000000, 0x1000, &dev);
  EXPECT_THROW(m.run(1'000'000), std::runtime_error);
  return {m.hart(0).pc(), m.hart(0).current_icount(), m.hart(0).reg(12), dev.reads};
}

}  // namespace

TEST(EngineException, ReachesTheCallerAtTheInstructionThatThrewOnEveryEngine) {
  const Stop ref = run_until_throw("interp");
  EXPECT_EQ(ref.pc, 0x80000008u);
  EXPECT_EQ(ref.reads, 1000u);
  EXPECT_EQ(ref.a2, 999u);
  for (const char* e : {"fast", "jit"}) {
    EngineKind k;
    if (!parse_engine(e, k)) continue;  // no jit on this host
    const Stop s = run_until_throw(e);
    EXPECT_EQ(s.pc, ref.pc) << e;
    EXPECT_EQ(s.icount, ref.icount) << e;
    EXPECT_EQ(s.a2, ref.a2) << e;
    EXPECT_EQ(s.reads, ref.reads) << e;
  }
}

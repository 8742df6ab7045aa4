// The SiFive test device at 0x100000 (QEMU virt's "sifive,test1"): a write
// of 0x5555 powers off (exit status 0), 0x7777 resets, and
// 0x3333 | (code << 16) powers off with a failure status `code`. Linux uses
// it through syscon-poweroff/syscon-reboot; bare-metal programs to exit.
#pragma once
#include <cstdint>
#include <functional>

#include "mem/device.h"

namespace ttvm {

class SifiveTest : public Device {
 public:
  static constexpr uint64_t kBase = 0x100000, kSize = 0x1000;
  enum class Action { kPowerOff, kReset };
  // `done(action, status)` is called when the guest asks to stop.
  using Done = std::function<void(Action, int)>;
  explicit SifiveTest(Done done) : done_(std::move(done)) {}

  const char* name() const override { return "sifive_test"; }
  bool read(uint64_t, unsigned, uint64_t& value) override {
    value = 0;
    return true;
  }
  bool write(uint64_t offset, unsigned size, uint64_t value) override {
    if (offset != 0 || size < 2) return true;  // OpenSBI writes 16 bits
    const uint32_t v = uint32_t(value);
    switch (v & 0xffff) {
      case 0x5555: done_(Action::kPowerOff, 0); break;
      case 0x3333: done_(Action::kPowerOff, int(v >> 16)); break;
      case 0x7777: done_(Action::kReset, 0); break;
      default: break;
    }
    return true;
  }
  void reset() override {}
  void save(StateWriter&) const override {}
  void restore(StateReader&) override {}

 private:
  Done done_;
};

}  // namespace ttvm

// The core-local interruptor at 0x2000000 (SiFive CLINT layout, as on QEMU
// virt): msip per hart at +4*hart, mtimecmp per hart at +0x4000 + 8*hart,
// mtime at +0xbff8. mtime is not a register here: it is the machine's
// virtual time (DESIGN.md, core contract 2); the CLINT only holds compare
// values and software-interrupt bits and tells the machine when they change.
#pragma once
#include <cstdint>
#include <vector>

#include "mem/device.h"

namespace ttvm {

class ClintHost {
 public:
  virtual ~ClintHost() = default;
  virtual uint64_t mtime() = 0;
  virtual void set_mtime(uint64_t v) = 0;
  virtual void set_msip(unsigned hart, bool level) = 0;
  virtual void timecmp_changed() = 0;
};

class Clint : public Device {
 public:
  static constexpr uint64_t kBase = 0x2000000, kSize = 0x10000;

  Clint(unsigned harts, ClintHost& host);
  const char* name() const override { return "clint"; }
  bool read(uint64_t offset, unsigned size, uint64_t& value) override;
  bool write(uint64_t offset, unsigned size, uint64_t value) override;
  void reset() override;
  void save(StateWriter& w) const override;
  void restore(StateReader& r) override;

  uint64_t mtimecmp(unsigned hart) const { return mtimecmp_[hart]; }

 private:
  ClintHost& host_;
  std::vector<uint32_t> msip_;
  std::vector<uint64_t> mtimecmp_;
};

}  // namespace ttvm

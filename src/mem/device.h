// The one interface every memory-mapped device implements (after TinyEMU):
// read/write at an offset within its window, reset, save/restore. Devices
// raise interrupt lines and read the time through the Machine they were given,
// never by reaching into a hart. A device that cannot save its state cannot
// be added (DESIGN.md, core contract 4).
#pragma once
#include <cstdint>
#include <string>

#include "util/state.h"

namespace ttvm {

class Device {
 public:
  virtual ~Device() = default;
  virtual const char* name() const = 0;
  // size is 1, 2, 4 or 8 and offset is size-aligned. Returns false for an
  // access the device does not decode (the hart raises an access fault).
  virtual bool read(uint64_t offset, unsigned size, uint64_t& value) = 0;
  virtual bool write(uint64_t offset, unsigned size, uint64_t value) = 0;
  virtual void reset() = 0;
  virtual void save(StateWriter& w) const = 0;
  virtual void restore(StateReader& r) = 0;
};

}  // namespace ttvm

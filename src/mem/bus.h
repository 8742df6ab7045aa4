// The physical address space: RAM, read-only memory regions (boot ROM) and
// MMIO device windows. Harts come here only on their slow path (TLB miss,
// MMIO, flagged pages); the fast path uses host pointers the bus handed out.
// Anything outside RAM, ROM and device windows is an access fault: the guest
// can never reach host memory outside them.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "mem/device.h"
#include "mem/ram.h"

namespace ttvm {

class Bus {
 public:
  explicit Bus(Ram& ram) : ram_(ram) {}

  void add_device(uint64_t base, uint64_t size, Device* dev);
  // A read-only memory region (contents copied in); instructions may be
  // fetched from it.
  void add_rom(uint64_t base, std::vector<uint8_t> contents);

  Ram& ram() { return ram_; }

  // Host pointer to memory-backed bytes [pa, pa+len) (RAM or ROM), or null.
  const uint8_t* fetch_ptr(uint64_t pa, uint64_t len) const;

  // The instruction at pa (RAM or ROM): its bits, and its length (2 or 4)
  // as the return value; 0 when no memory backs all of it.
  unsigned fetch_insn(uint64_t pa, uint32_t& bits) const;

  // MMIO or ROM access (not RAM: the harts do RAM themselves). false means
  // nothing answers there: an access fault.
  bool read(uint64_t pa, unsigned size, uint64_t& value);
  bool write(uint64_t pa, unsigned size, uint64_t value);

  // Debugger/loader access to RAM and ROM without side effects.
  bool read_memory(uint64_t pa, void* out, uint64_t len) const;

  struct Window {
    uint64_t base, size;
    Device* dev;
  };
  const std::vector<Window>& windows() const { return windows_; }

 private:
  struct Rom {
    uint64_t base;
    std::vector<uint8_t> data;
  };
  const Window* find(uint64_t pa) const;

  Ram& ram_;
  std::vector<Window> windows_;
  std::vector<Rom> roms_;
};

}  // namespace ttvm

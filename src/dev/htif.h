// The HTIF tohost/fromhost convention of bare-metal RISC-V test programs
// (riscv-tests, spike): the guest writes a command to the 64-bit `tohost`
// cell in RAM. Device 0 with bit 0 set means exit with code value >> 1
// (1 = pass); device 1 command 1 prints a character and is acknowledged by
// clearing tohost and writing fromhost. The cells live in guest RAM, so the
// HTIF has no state of its own to save; the machine flags their page so that
// writes reach on_write().
#pragma once
#include <cstdint>
#include <functional>
#include <optional>

#include "mem/ram.h"

namespace ttvm {

class Htif {
 public:
  using Sink = std::function<void(uint8_t)>;
  Htif(Ram& ram, uint64_t tohost, uint64_t fromhost, Sink out)
      : ram_(ram), tohost_(tohost), fromhost_(fromhost), out_(std::move(out)) {}

  uint64_t tohost_addr() const { return tohost_; }
  // After a guest store to [pa, pa+size): returns the exit code when the
  // guest asked to exit.
  std::optional<int> on_write(uint64_t pa, unsigned size);

 private:
  Ram& ram_;
  uint64_t tohost_, fromhost_;
  Sink out_;
};

}  // namespace ttvm

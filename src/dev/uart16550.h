// NS16550A UART (as on QEMU virt at 0x10000000): registers THR/RBR, IER,
// IIR/FCR, LCR, MCR, LSR, MSR, SCR and the divisor latch, a receive FIFO,
// and receive-data / transmitter-empty interrupts on one line. Output goes
// to a sink (the host terminal); input arrives through push_input(), which
// the machine calls only at instruction-count boundaries it chose (the
// console is an input port: DESIGN.md core contract 3).
#pragma once
#include <cstdint>
#include <deque>
#include <functional>

#include "mem/device.h"

namespace ttvm {

class Uart16550 : public Device {
 public:
  static constexpr uint64_t kBase = 0x10000000, kSize = 0x100;
  static constexpr size_t kFifoSize = 16;

  using Sink = std::function<void(uint8_t)>;
  using IrqLine = std::function<void(bool)>;
  Uart16550(Sink out, IrqLine irq) : out_(std::move(out)), irq_(std::move(irq)) { reset(); }

  const char* name() const override { return "uart16550"; }
  bool read(uint64_t offset, unsigned size, uint64_t& value) override;
  bool write(uint64_t offset, unsigned size, uint64_t value) override;
  void reset() override;
  void save(StateWriter& w) const override;
  void restore(StateReader& r) override;

  // Room left in the receive FIFO (the machine delivers no more than this).
  size_t rx_room() const { return kFifoSize - rx_.size(); }
  void push_input(uint8_t c);

 private:
  void update_irq();
  uint8_t iir() const;

  Sink out_;
  IrqLine irq_;
  std::deque<uint8_t> rx_;
  uint8_t ier_ = 0, lcr_ = 0, mcr_ = 0, scr_ = 0, fcr_ = 0, dll_ = 0, dlm_ = 0;
  bool thr_empty_irq_ = false;  // THRE interrupt pending (cleared by IIR read or THR write)
};

}  // namespace ttvm

// Where the translated code finds the hart's state: byte offsets of the
// fields it reads and writes directly (registers, pc, the data TLBs). The
// same for every hart (one class layout), taken from a live one.
#pragma once
#include <cstdint>

namespace ttvm {

class Hart;

struct JitLayout {
  int32_t x;          // x_[0]; x_[kZeroSink] is the sink for writes to x0
  int32_t pc;         // pc_
  int32_t data_mode;  // data_mode_ (uint8_t): which data TLB pair is live
  int32_t dtlb_r;     // dtlb_r_[0]
  int32_t dtlb_w;     // dtlb_w_[0]
  int32_t tlb_size;   // bytes of one Tlb (one translation mode)
  int32_t reservation;  // reservation_ (LR/SC): AMOs on its page take the slow path
  // What Hart::run looks at between blocks, for chaining blocks in
  // translated code (src/cpu/jit/translate.cpp, "Chaining").
  int32_t icount, stop_icount, cur_idx, priv;
  int32_t mip, lines, irq_enabled;
  int32_t trace_fn, trig_exec_armed;
  int32_t jcache;          // jcache_[0]: {tag, Block*}, 16 bytes each
  uint32_t jcache_mask;    // kJumpEntries - 1
  int32_t block_native;    // Block::native
  int32_t block_count;     // Block::count
  int32_t block_pa;        // Block::pa
  static JitLayout of(const Hart& h);
};

}  // namespace ttvm

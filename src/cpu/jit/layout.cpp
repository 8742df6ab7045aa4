#include "cpu/jit/layout.h"

#include <cstddef>

#include "cpu/code_cache.h"
#include "cpu/hart.h"

namespace ttvm {

JitLayout JitLayout::of(const Hart& h) {
  const auto at = [&h](const void* field) {
    return int32_t(static_cast<const char*>(field) - reinterpret_cast<const char*>(&h));
  };
  JitLayout l;
  l.x = at(&h.x_[0]);
  l.pc = at(&h.pc_);
  l.data_mode = at(&h.data_mode_);
  l.dtlb_r = at(&h.dtlb_r_[0]);
  l.dtlb_w = at(&h.dtlb_w_[0]);
  l.tlb_size = int32_t(sizeof(Tlb));
  l.reservation = at(&h.reservation_);
  static_assert(offsetof(TlbEntry, host) == 8 && offsetof(TlbEntry, ppage) == 16 && sizeof(TlbEntry) == 24,
                "translated code indexes TLB entries as three words");
  l.icount = at(&h.icount_);
  l.stop_icount = at(&h.stop_icount_);
  l.cur_idx = at(&h.cur_idx_);
  l.priv = at(&h.priv_);
  l.mip = at(&h.mip_);
  l.lines = at(&h.lines_);
  l.irq_enabled = at(&h.irq_enabled_);
  l.trace_fn = at(&h.trace_fn_);
  l.trig_exec_armed = at(&h.trig_.exec_armed_);
  l.jcache = at(&h.jcache_[0]);
  l.jcache_mask = Hart::kJumpEntries - 1;
  static_assert(sizeof(Hart::JumpEntry) == 16 && sizeof(Hart::priv_) == 1 && sizeof(Hart::cur_idx_) == 4);
  static_assert(uint8_t(Priv::kM) == Hart::kModeM && uint8_t(Priv::kS) == Hart::kModeS &&
                uint8_t(Priv::kU) == Hart::kModeU, "the jump cache's mode is the privilege's number");
  const Block b{};
  l.block_native = int32_t(reinterpret_cast<const char*>(&b.native) - reinterpret_cast<const char*>(&b));
  l.block_count = int32_t(reinterpret_cast<const char*>(&b.count) - reinterpret_cast<const char*>(&b));
  l.block_pa = int32_t(reinterpret_cast<const char*>(&b.pa) - reinterpret_cast<const char*>(&b));
  return l;
}

}  // namespace ttvm

#include "cpu/jit/layout.h"

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
  return l;
}

}  // namespace ttvm

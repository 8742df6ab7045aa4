// Which entries of a small direct-mapped cache (a TLB, the jump cache) were
// filled since it was last flushed, so that a flush clears just those.
// Kernels flush whole TLBs often (xv6 on every trap and return) with only a
// few entries filled in between; past N entries a flush clears all.
#pragma once
#include <cstdint>

namespace ttvm {

template <unsigned N>
class FillLog {
 public:
  // An entry that was invalid became valid.
  void filled(unsigned index) {
    if (n_ < N) idx_[n_] = uint16_t(index);
    if (n_ <= N) ++n_;
  }
  // Calls clear(i) for each logged entry, or clear_all() past N, and
  // starts a new log.
  template <typename One, typename All>
  void flush(One clear, All clear_all) {
    if (n_ > N) {
      clear_all();
    } else {
      for (unsigned k = 0; k < n_; ++k) clear(idx_[k]);
    }
    n_ = 0;
  }

 private:
  unsigned n_ = N + 1;  // at first: unknown, a flush clears all
  uint16_t idx_[N];
};

}  // namespace ttvm

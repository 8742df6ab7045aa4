#include "report/buckets.h"

#include <algorithm>

namespace ttvm {

BucketAxis::BucketAxis(uint64_t end_icount, unsigned max_buckets) : end_(end_icount) {
  const uint64_t span = std::max<uint64_t>(end_icount, 1);
  const uint64_t most = std::max(1u, max_buckets);
  width_ = (span + most - 1) / most;
  count_ = unsigned((span + width_ - 1) / width_);
}

void Series::add_span(uint64_t from, uint64_t len, double per_unit) {
  // The usual case first: a slice inside one bucket.
  const unsigned first = axis_->index(from);
  if (len == 0) return;
  if (axis_->index(from + len - 1) == first) {
    v_[first] += double(len) * per_unit;
    return;
  }
  uint64_t at = from, left = len;
  while (left) {
    const unsigned b = axis_->index(at);
    // The last bucket takes whatever lies past the end.
    const uint64_t room = b + 1 == axis_->count() ? left : axis_->start(b + 1) - at;
    const uint64_t n = std::min(room, left);
    v_[b] += double(n) * per_unit;
    at += n;
    left -= n;
  }
}

double Series::total() const {
  double t = 0;
  for (double x : v_) t += x;
  return t;
}

}  // namespace ttvm

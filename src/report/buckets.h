// The report's time axis: the run's icounts [0, end) cut into a fixed
// number of equal buckets, and series that sum values per bucket. Whatever
// the run's length the page gets the same number of points, so a
// 10^10-instruction recording draws as fast as a short one; events are
// added up, never kept one by one.
#pragma once
#include <cstdint>
#include <vector>

namespace ttvm {

class BucketAxis {
 public:
  // At most `max_buckets` buckets, each at least one instruction wide; the
  // last may be narrower than the others.
  BucketAxis(uint64_t end_icount, unsigned max_buckets);
  unsigned count() const { return count_; }
  uint64_t width() const { return width_; }
  uint64_t end() const { return end_; }
  // The bucket holding `icount`; icounts at or past the end go to the last
  // one (the end event, an idle jump at the very end).
  unsigned index(uint64_t icount) const {
    const uint64_t i = icount / width_;
    return i + 1 < count_ ? unsigned(i) : count_ - 1;  // count_ >= 1 (constructor)
  }
  uint64_t start(unsigned i) const { return uint64_t(i) * width_; }

 private:
  uint64_t end_;
  uint64_t width_;
  unsigned count_;
};

class Series {
 public:
  explicit Series(const BucketAxis& axis) : axis_(&axis), v_(axis.count(), 0.0) {}
  // All of `v` into the bucket of `icount` (an event).
  void add_at(uint64_t icount, double v) { v_[axis_->index(icount)] += v; }
  // `len` instructions from `from` on, each worth `per_unit`, split between
  // the buckets they fall in (a hart's slice that crosses a bucket's edge).
  void add_span(uint64_t from, uint64_t len, double per_unit = 1.0);
  const std::vector<double>& values() const { return v_; }
  double total() const;

 private:
  const BucketAxis* axis_;
  std::vector<double> v_;
};

}  // namespace ttvm

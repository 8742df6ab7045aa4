// Replay found the machine doing something the recording did not: the
// first divergent instruction count and what differed. Thrown from where it
// is found (a digest check, a port asked for input the log does not have)
// and reported once by the command line.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>

namespace ttvm {

class Divergence : public std::runtime_error {
 public:
  Divergence(uint64_t icount, const std::string& what)
      : std::runtime_error("replay diverged from the recording at icount " + std::to_string(icount) + ": " + what),
        icount_(icount) {}
  uint64_t icount() const { return icount_; }

 private:
  uint64_t icount_;
};

}  // namespace ttvm

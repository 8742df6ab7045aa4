// The guest's console output as lines, each at the icount of its first
// byte (where `monitor goto` lands just before the line is written). A long
// run can print millions of lines: the first `head` and the last `tail`
// are kept and the rest only counted, so memory and the page stay bounded.
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace ttvm {

struct ConsoleLine {
  uint64_t icount = 0;
  std::string text;  // without the newline and carriage returns
};

class ConsoleLines {
 public:
  ConsoleLines(size_t head, size_t tail) : head_cap_(head), tail_cap_(tail) {}
  void byte(uint8_t c, uint64_t icount);
  // Ends a last line that has no newline (a prompt).
  void finish();

  const std::vector<ConsoleLine>& head() const { return head_; }
  const std::deque<ConsoleLine>& tail() const { return tail_; }
  // Lines neither in head() nor in tail() (between them).
  uint64_t omitted() const { return total_ - head_.size() - tail_.size(); }
  uint64_t total() const { return total_; }

  // A line longer than this is cut (with "..."), so one endless line
  // cannot fill memory.
  static constexpr size_t kMaxLineBytes = 400;

 private:
  void end_line();

  size_t head_cap_, tail_cap_;
  std::vector<ConsoleLine> head_;
  std::deque<ConsoleLine> tail_;
  uint64_t total_ = 0;
  ConsoleLine cur_;
  bool in_line_ = false;
  bool cut_ = false;
};

}  // namespace ttvm

#include "report/console_lines.h"

namespace ttvm {

void ConsoleLines::byte(uint8_t c, uint64_t icount) {
  if (!in_line_) {
    in_line_ = true;
    cut_ = false;
    cur_.icount = icount;
    cur_.text.clear();
  }
  if (c == '\n') {
    end_line();
    return;
  }
  if (c == '\r') return;
  if (cur_.text.size() < kMaxLineBytes) {
    cur_.text.push_back(char(c));
  } else if (!cut_) {
    cut_ = true;
    cur_.text += "...";
  }
}

void ConsoleLines::finish() {
  if (in_line_) end_line();
}

void ConsoleLines::end_line() {
  in_line_ = false;
  ++total_;
  if (head_.size() < head_cap_) {
    head_.push_back(std::move(cur_));
  } else if (tail_cap_ > 0) {
    if (tail_.size() == tail_cap_) tail_.pop_front();
    tail_.push_back(std::move(cur_));
  }
  cur_ = {};
}

}  // namespace ttvm

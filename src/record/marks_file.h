// The panic marks a recording keeps (REC/marks; panic_marks.h), so that
// `ttvm info` and `ttvm replay --goto panic` know them without a replay.
// Text, one mark a line: name, icount, hart (-1 for a console mark), the
// console line, separated by tabs; written as marks are found and flushed,
// so a killed recorder leaves the marks found so far.
#pragma once
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "record/panic_marks.h"

namespace ttvm {

std::string marks_path(const std::string& rec_dir);

class MarksWriter {
 public:
  // Starts REC/marks afresh (an earlier recording's marks go).
  explicit MarksWriter(const std::string& rec_dir);
  ~MarksWriter();
  MarksWriter(const MarksWriter&) = delete;
  MarksWriter& operator=(const MarksWriter&) = delete;
  void add(const PanicMark& m);

 private:
  FILE* f_ = nullptr;
  std::string path_;
};

// The marks of a recording; nullopt when it has no marks file (recorded
// before marks were kept). A malformed line is skipped.
std::optional<std::vector<PanicMark>> read_marks(const std::string& rec_dir);

}  // namespace ttvm

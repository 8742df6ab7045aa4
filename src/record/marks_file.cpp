#include "record/marks_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace ttvm {
namespace {
constexpr const char* kHeader = "# ttvm panic marks 1: name, icount, hart, console line (tab-separated)";
}

std::string marks_path(const std::string& rec_dir) { return rec_dir + "/marks"; }

MarksWriter::MarksWriter(const std::string& rec_dir) : path_(marks_path(rec_dir)) {
  f_ = std::fopen(path_.c_str(), "w");
  // Not fatal: the marks are derived, a replay finds them again.
  if (!f_) {
    std::fprintf(stderr, "ttvm: %s: %s (panic marks not kept)\n", path_.c_str(), std::strerror(errno));
    return;
  }
  std::fprintf(f_, "%s\n", kHeader);
  std::fflush(f_);
}

MarksWriter::~MarksWriter() {
  if (f_) std::fclose(f_);
}

void MarksWriter::add(const PanicMark& m) {
  if (!f_) return;
  std::string line = m.line;
  for (char& c : line)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  std::fprintf(f_, "%s\t%llu\t%d\t%s\n", m.name.c_str(), static_cast<unsigned long long>(m.icount), m.hart,
               line.c_str());
  std::fflush(f_);
}

std::optional<std::vector<PanicMark>> read_marks(const std::string& rec_dir) {
  std::ifstream in(marks_path(rec_dir));
  if (!in) return std::nullopt;
  std::vector<PanicMark> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t a = line.find('\t'), b = a == std::string::npos ? a : line.find('\t', a + 1),
                 c = b == std::string::npos ? b : line.find('\t', b + 1);
    if (c == std::string::npos) continue;
    PanicMark m;
    m.name = line.substr(0, a);
    try {
      m.icount = std::stoull(line.substr(a + 1, b - a - 1));
      m.hart = std::stoi(line.substr(b + 1, c - b - 1));
    } catch (...) {
      continue;
    }
    m.line = line.substr(c + 1);
    const std::string stem = m.name.substr(0, m.name.find_last_of('-') != std::string::npos &&
                                                      m.name.find_first_not_of("0123456789", m.name.find_last_of('-') + 1) == std::string::npos
                                                  ? m.name.find_last_of('-')
                                                  : std::string::npos);
    m.kind = stem == "panic" ? PanicKind::Panic
             : stem == "oops" ? PanicKind::Oops
             : stem == "bug" ? PanicKind::Bug
             : stem == "warning" ? PanicKind::Warning
             : stem == "trap-loop" ? PanicKind::TrapLoop
                                   : PanicKind::Stuck;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace ttvm

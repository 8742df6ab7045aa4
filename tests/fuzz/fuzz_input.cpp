#include "fuzz_input.h"

#include <cstdarg>
#include <cstdio>
#include <cstdlib>

namespace ttvm::fuzz {

void fail(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::fputs("fuzz invariant failed: ", stderr);
  std::vfprintf(stderr, fmt, ap);
  std::fputc('\n', stderr);
  va_end(ap);
  std::abort();
}

}  // namespace ttvm::fuzz

#include "util/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "util/error.h"

namespace ttvm {

std::vector<uint8_t> read_file(const std::string& path, const char* what) {
  const std::string thing = what ? std::string(" ") + what : std::string();
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw UserError(path + ": cannot open" + thing + ": " + std::strerror(errno));
  struct stat st;
  std::vector<uint8_t> d;
  // Sized from fstat with one byte to spare, so that the read seeing the end
  // needs no more room; grown if the file is not regular or grew meanwhile.
  const bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  d.resize(regular ? size_t(st.st_size) + 1 : 65536);
  size_t used = 0;
  for (;;) {
    if (used == d.size()) d.resize(2 * d.size());
    const ssize_t n = ::read(fd, d.data() + used, d.size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int e = errno;
      ::close(fd);
      throw UserError(path + ": cannot read" + thing + ": " + std::strerror(e));
    }
    if (n == 0) break;
    used += size_t(n);
  }
  ::close(fd);
  d.resize(used);
  return d;
}

}  // namespace ttvm

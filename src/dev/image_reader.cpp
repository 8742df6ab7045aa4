#include "dev/image_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "dev/qcow2_image.h"
#include "util/error.h"

namespace ttvm {
namespace {

// A raw file as a backing file of a qcow2 image (DiskImage reads its own
// raw images).
class RawFile final : public ImageReader {
 public:
  explicit RawFile(const std::string& path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw UserError(path + ": cannot open: " + std::strerror(errno));
    struct stat st;
    if (fstat(fd_, &st) != 0) {
      ::close(fd_);
      throw UserError(path + ": cannot stat: " + std::strerror(errno));
    }
    size_ = uint64_t(st.st_size);
  }
  ~RawFile() override { ::close(fd_); }
  RawFile(const RawFile&) = delete;
  RawFile& operator=(const RawFile&) = delete;
  uint64_t size() const override { return size_; }
  bool read(uint64_t pos, uint8_t* out, uint64_t n) override {
    uint64_t done = 0;
    while (done < n) {
      const ssize_t r = ::pread(fd_, out + done, n - done, off_t(pos + done));
      if (r < 0 && errno == EINTR) continue;
      if (r < 0) return false;
      if (r == 0) break;
      done += uint64_t(r);
    }
    std::memset(out + done, 0, n - done);
    return true;
  }

 private:
  int fd_ = -1;
  uint64_t size_ = 0;
};

}  // namespace

std::string probe_image_format(const uint8_t* head, size_t n) {
  // The magics QEMU's format probes look for (block/*.c), so that an image
  // QEMU would not take as raw is not handed to the guest as raw bytes.
  struct Magic {
    const char* format;
    size_t offset;
    const char* bytes;
    size_t len;
  };
  static const Magic kMagics[] = {
      {"qcow2", 0, "QFI\xfb", 4},
      {"vmdk", 0, "KDMV", 4},
      {"vmdk", 0, "COWD", 4},
      {"vmdk", 0, "# Disk DescriptorFile", 21},
      {"vpc", 0, "conectix", 8},
      {"vhdx", 0, "vhdxfile", 8},
      {"qed", 0, "QED\0", 4},
      {"luks", 0, "LUKS\xba\xbe", 6},
      {"vdi", 64, "\x7f\x10\xda\xbe", 4},
      {"parallels", 0, "WithoutFreeSpace", 16},
      {"parallels", 0, "WithouFreSpacExt", 16},
      {"bochs", 0, "Bochs Virtual HD Image", 22},
      {"cloop", 0, "#!/bin/sh\n#V2.0 Format", 22},
  };
  for (const Magic& m : kMagics)
    if (n >= m.offset + m.len && std::memcmp(head + m.offset, m.bytes, m.len) == 0) return m.format;
  return "raw";
}

std::unique_ptr<ImageReader> open_image_reader(const std::string& path, const std::string& format, int depth) {
  std::string f = format;
  if (f.empty()) {
    uint8_t head[512] = {};
    RawFile file(path);
    const uint64_t n = std::min<uint64_t>(sizeof head, file.size());
    if (!file.read(0, head, n)) throw UserError(path + ": cannot read: " + std::strerror(errno));
    f = probe_image_format(head, n);
  }
  if (f == "qcow2") return std::make_unique<Qcow2Image>(path, depth);
  if (f == "raw") return std::make_unique<RawFile>(path);
  throw UserError(path + ": a " + f + " image; ttvm reads raw and qcow2 images (convert it: qemu-img convert -O raw " +
                  path + " disk.img)");
}

}  // namespace ttvm

// The base contents of a disk image in a format other than raw: what the
// guest reads of blocks it has never written. DiskImage (disk_image.h)
// keeps the overlay and reads raw files itself; a reader only decodes.
#pragma once
#include <cstdint>
#include <memory>
#include <string>

namespace ttvm {

class ImageReader {
 public:
  virtual ~ImageReader() = default;
  // The virtual disk's size in bytes.
  virtual uint64_t size() const = 0;
  // [pos, pos+n) of the virtual disk; false on a host I/O or format error.
  virtual bool read(uint64_t pos, uint8_t* out, uint64_t n) = 0;
};

// The format the first bytes of an image announce, as QEMU's probe names
// them ("qcow2", "vmdk", ...), or "raw" when none is recognised.
std::string probe_image_format(const uint8_t* head, size_t n);

// Opens `path` as `format` ("raw", "qcow2", or empty to probe). `depth`
// counts the images above it in a backing chain. UserError naming the file
// when it cannot be opened, or its format is not one ttvm reads.
std::unique_ptr<ImageReader> open_image_reader(const std::string& path, const std::string& format, int depth = 0);

}  // namespace ttvm

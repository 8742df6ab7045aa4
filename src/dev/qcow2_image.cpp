#include "dev/qcow2_image.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "util/error.h"

namespace ttvm {
namespace {

uint64_t be64(const uint8_t* p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = v << 8 | p[i];
  return v;
}
uint32_t be32(const uint8_t* p) { return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3]; }

constexpr uint64_t kOffsetMask = 0x00fffffffffffe00ull;  // L1 and standard L2 entries: bits 9-55
constexpr uint64_t kCompressed = 1ull << 62;
constexpr uint64_t kZeroFlag = 1;  // v3 standard L2 entries
constexpr uint32_t kBackingFormatExt = 0xe2792aca;
// Incompatible features: 0 dirty (refcounts only: reading is fine),
// 1 corrupt, 2 external data file, 3 compression type, 4 extended L2.
constexpr uint64_t kIncompatDirty = 1, kIncompatCompression = 8;

std::string dir_of(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

}  // namespace

Qcow2Image::Qcow2Image(const std::string& path, int depth) : path_(path) {
  if (depth > 16) throw UserError(path + ": more than 16 backing files (a loop of backing files?)");
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) throw UserError(path + ": cannot open qcow2 image: " + std::strerror(errno));
  try {
    struct stat st;
    if (fstat(fd_, &st) != 0) throw UserError(path + ": cannot stat: " + std::strerror(errno));
    file_size_ = uint64_t(st.st_size);
    uint8_t h[112] = {};
    const uint64_t hn = std::min<uint64_t>(sizeof h, file_size_);
    if (hn < 72 || !pread_all(0, h, hn) || std::memcmp(h, "QFI\xfb", 4) != 0)
      throw UserError(path + ": cannot open as a qcow2 image: no qcow2 header");
    version_ = be32(h + 4);
    if (version_ == 1) throw UserError(path + ": a qcow (version 1) image; ttvm reads qcow2 (qemu-img convert -O qcow2)");
    if (version_ != 2 && version_ != 3) throw UserError(path + ": qcow2 version " + std::to_string(version_) + " is unknown");
    cluster_bits_ = be32(h + 20);
    if (cluster_bits_ < 9 || cluster_bits_ > 21)
      throw UserError(path + ": qcow2 cluster_bits " + std::to_string(cluster_bits_) + " is out of range (9 to 21)");
    cluster_size_ = 1ull << cluster_bits_;
    size_ = be64(h + 24);
    if (be32(h + 32) != 0) throw UserError(path + ": an encrypted qcow2 image; ttvm reads only unencrypted ones");
    const uint32_t l1_size = be32(h + 36);
    const uint64_t l1_offset = be64(h + 40);
    uint32_t header_length = 72;
    if (version_ == 3) {
      const uint64_t incompat = be64(h + 72);
      header_length = be32(h + 100);
      if (incompat & ~(kIncompatDirty | kIncompatCompression))
        throw UserError(path + ": this qcow2 image is marked corrupt or needs features ttvm lacks (external data " +
                        "file, extended L2 entries): incompatible feature bits " + std::to_string(incompat));
      if (incompat & kIncompatCompression) {
        if (header_length <= 104 || h[104] > 1)
          throw UserError(path + ": unknown qcow2 compression type");
        zstd_ = h[104] == 1;
      }
    }
    // Enough L1 entries for the disk, and a table inside the file.
    const uint64_t l2_span = cluster_size_ * (cluster_size_ / 8);
    if (uint64_t(l1_size) < (size_ + l2_span - 1) / l2_span || l1_offset % 512 ||
        l1_offset + uint64_t(l1_size) * 8 > file_size_)
      throw UserError(path + ": damaged qcow2 image (its L1 table does not fit)");
    std::vector<uint8_t> raw(uint64_t(l1_size) * 8);
    if (!pread_all(l1_offset, raw.data(), raw.size())) throw UserError(path + ": cannot read the qcow2 L1 table");
    l1_.resize(l1_size);
    for (uint32_t i = 0; i < l1_size; ++i) l1_[i] = be64(raw.data() + 8 * i) & kOffsetMask;

    // The backing file and, from the header extensions, its format.
    std::string backing_format;
    for (uint64_t off = std::max<uint64_t>(header_length, 72); off + 8 <= std::min(file_size_, cluster_size_);) {
      uint8_t e[8];
      if (!pread_all(off, e, 8)) break;
      const uint32_t type = be32(e), len = be32(e + 4);
      if (type == 0) break;
      if (type == kBackingFormatExt && len < 64) {
        backing_format.resize(len);
        pread_all(off + 8, reinterpret_cast<uint8_t*>(backing_format.data()), len);
      }
      off += 8 + (uint64_t(len) + 7) / 8 * 8;
    }
    const uint64_t bf_offset = be64(h + 8);
    const uint32_t bf_size = be32(h + 16);
    if (bf_offset != 0 && bf_size != 0) {
      if (bf_size > 1023 || bf_offset + bf_size > file_size_) throw UserError(path + ": damaged qcow2 backing file name");
      std::string name(bf_size, '\0');
      pread_all(bf_offset, reinterpret_cast<uint8_t*>(name.data()), bf_size);
      // As in QEMU, a relative name is relative to the image's folder.
      const std::string file = name[0] == '/' ? name : dir_of(path) + name;
      try {
        backing_ = open_image_reader(file, backing_format, depth + 1);
      } catch (const UserError& e) {
        throw UserError(path + ": backing file " + file + ": " + e.what());
      }
    }
  } catch (...) {
    ::close(fd_);  // the destructor does not run for a throwing constructor
    throw;
  }
}

Qcow2Image::~Qcow2Image() { ::close(fd_); }

bool Qcow2Image::pread_all(uint64_t off, uint8_t* out, uint64_t n) {
  uint64_t done = 0;
  while (done < n) {
    const ssize_t r = ::pread(fd_, out + done, n - done, off_t(off + done));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    done += uint64_t(r);
  }
  return true;
}

const std::vector<uint64_t>* Qcow2Image::l2_table(uint64_t off) {
  if (auto it = l2_cache_.find(off); it != l2_cache_.end()) return &it->second;
  std::vector<uint8_t> raw(cluster_size_);
  if (!pread_all(off, raw.data(), raw.size())) return nullptr;
  if (l2_cache_.size() >= 512) l2_cache_.clear();  // at most 32 MiB of tables with 64 KiB clusters
  std::vector<uint64_t>& t = l2_cache_[off];
  t.resize(cluster_size_ / 8);
  for (size_t i = 0; i < t.size(); ++i) t[i] = be64(raw.data() + 8 * i);
  return &t;
}

bool Qcow2Image::read_compressed(uint64_t entry, uint8_t* cluster) {
  // The descriptor: host offset in the low bits, then the count of further
  // 512-byte sectors the compressed data may touch.
  const unsigned shift = 62 - (cluster_bits_ - 8);
  const uint64_t offset = entry & ((1ull << shift) - 1);
  const uint64_t sectors = ((entry >> shift) & ((1ull << (cluster_bits_ - 8)) - 1)) + 1;
  uint64_t csize = sectors * 512 - (offset & 511);
  if (offset >= file_size_) return false;
  csize = std::min(csize, file_size_ - offset);  // the last cluster may end the file early
  std::vector<uint8_t> in(csize);
  if (!pread_all(offset, in.data(), csize)) return false;
  if (zstd_) {
    // The frame may be followed by padding: decompress exactly one.
    const size_t fsize = ZSTD_findFrameCompressedSize(in.data(), in.size());
    if (ZSTD_isError(fsize)) return false;
    const size_t r = ZSTD_decompress(cluster, cluster_size_, in.data(), fsize);
    return !ZSTD_isError(r) && r == cluster_size_;
  }
  // Raw deflate (no zlib header), as QEMU writes it.
  z_stream z{};
  if (inflateInit2(&z, -12) != Z_OK) return false;
  z.next_in = in.data();
  z.avail_in = uInt(in.size());
  z.next_out = cluster;
  z.avail_out = uInt(cluster_size_);
  const int r = inflate(&z, Z_FINISH);
  const bool ok = (r == Z_STREAM_END || r == Z_BUF_ERROR) && z.avail_out == 0;
  inflateEnd(&z);
  return ok;
}

bool Qcow2Image::read_unallocated(uint64_t pos, uint8_t* out, uint64_t n) {
  // From the backing file where it has data; zeros past its end or without one.
  const uint64_t from_backing = backing_ && pos < backing_->size() ? std::min(n, backing_->size() - pos) : 0;
  if (from_backing && !backing_->read(pos, out, from_backing)) return false;
  std::memset(out + from_backing, 0, n - from_backing);
  return true;
}

bool Qcow2Image::read(uint64_t pos, uint8_t* out, uint64_t n) {
  while (n) {
    const uint64_t in_cluster = pos & (cluster_size_ - 1);
    const uint64_t len = std::min(n, cluster_size_ - in_cluster);
    if (pos >= size_) {
      std::memset(out, 0, n);
      return true;
    }
    const uint64_t vcluster = pos >> cluster_bits_;
    const uint64_t l2_entries = cluster_size_ / 8;
    const uint64_t l1_index = vcluster / l2_entries;
    uint64_t entry = 0;
    if (l1_index < l1_.size() && l1_[l1_index] != 0) {
      const std::vector<uint64_t>* l2 = l2_table(l1_[l1_index]);
      if (!l2) return false;
      entry = (*l2)[vcluster % l2_entries];
    }
    if (entry & kCompressed) {
      const uint64_t key = entry & ~(1ull << 63);
      if (cached_compressed_ != key) {
        inflated_.resize(cluster_size_);
        cached_compressed_ = ~0ull;
        if (!read_compressed(key, inflated_.data())) return false;
        cached_compressed_ = key;
      }
      std::memcpy(out, inflated_.data() + in_cluster, len);
    } else if (version_ >= 3 && (entry & kZeroFlag)) {
      std::memset(out, 0, len);  // a zero cluster, allocated or not
    } else if ((entry & kOffsetMask) == 0) {
      if (!read_unallocated(pos, out, len)) return false;
    } else {
      const uint64_t host = (entry & kOffsetMask) + in_cluster;
      // Data past the file's end reads as zeros (a truncated last cluster).
      const uint64_t avail = host < file_size_ ? std::min(len, file_size_ - host) : 0;
      if (avail && !pread_all(host, out, avail)) return false;
      std::memset(out + avail, 0, len - avail);
    }
    out += len;
    pos += len;
    n -= len;
  }
  return true;
}

}  // namespace ttvm

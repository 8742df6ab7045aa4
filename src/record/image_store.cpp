#include "record/image_store.h"

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zstd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace ttvm {

namespace {

namespace fs = std::filesystem;

constexpr uint64_t kBlock = DiskImage::kBlockSize;
// Blocks per compressed extent: large enough for zstd to do well, small
// enough that a replay's read of one block decompresses little.
constexpr uint32_t kExtentBlocks = 64;

// images/HASH.blocks (docs/recording.md): all integers little-endian.
constexpr char kBlocksMagic[8] = {'t', 't', 'v', 'm', 'b', 'l', 'k', '\n'};
constexpr uint32_t kBlocksVersion = 1;
constexpr uint32_t kFlagComplete = 1;
// magic, u32 version, u32 block size, u64 image size, u64 hash high, u64
// hash low, u32 flags, u32 extent count, u64 table offset, u64 checksum of
// the table, u64 checksum of the 64 header bytes before it.
constexpr size_t kHeaderSize = 72;
// Per extent: u64 first block, u32 blocks, u32 compressed bytes, u64 data
// offset, u64 checksum of the extent's raw blocks.
constexpr size_t kExtentSize = 32;

void put32(uint8_t* p, uint32_t v) { std::memcpy(p, &v, 4); }
void put64(uint8_t* p, uint64_t v) { std::memcpy(p, &v, 8); }
uint32_t get32(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
uint64_t get64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

bool pread_all(int fd, uint8_t* out, uint64_t n, uint64_t pos) {
  uint64_t done = 0;
  while (done < n) {
    const ssize_t r = ::pread(fd, out + done, n - done, off_t(pos + done));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    done += uint64_t(r);
  }
  return true;
}

bool write_all(int fd, const uint8_t* p, size_t n) {
  while (n) {
    const ssize_t w = ::write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= size_t(w);
  }
  return true;
}

std::string errno_text() { return std::strerror(errno); }

// A file descriptor closed on every path out.
struct Fd {
  int fd = -1;
  explicit Fd(int f) : fd(f) {}
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
};

bool is_hex32(const std::string& s) {
  return s.size() == 32 && std::all_of(s.begin(), s.end(), [](char c) { return std::isxdigit(uint8_t(c)); });
}

bool copy_data(int in, int out) {
  // copy_file_range first: the kernel copies without a trip through user
  // space, and NFS/CIFS/btrfs may share or copy server-side.
  bool fallback = false;
  for (;;) {
    const ssize_t n = ::copy_file_range(in, nullptr, out, nullptr, 1 << 30, 0);
    if (n == 0) return true;
    if (n > 0) continue;
    if (errno == EINTR) continue;
    if (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP || errno == EPERM) {
      fallback = true;
      break;
    }
    return false;
  }
  if (!fallback) return true;
  if (::lseek(in, 0, SEEK_SET) < 0 || ::lseek(out, 0, SEEK_SET) < 0 || ::ftruncate(out, 0) != 0) return false;
  std::vector<uint8_t> buf(1 << 20);
  for (;;) {
    const ssize_t n = ::read(in, buf.data(), buf.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) return true;
    if (!write_all(out, buf.data(), size_t(n))) return false;
  }
}

}  // namespace

std::string images_dir(const std::string& rec) { return rec + "/images"; }
std::string whole_path(const std::string& rec, const ContentHash& h) { return images_dir(rec) + "/" + h.hex(); }
std::string blocks_path(const std::string& rec, const ContentHash& h) {
  return images_dir(rec) + "/" + h.hex() + ".blocks";
}

void reset_images_dir(const std::string& rec, bool create) {
  const std::string dir = images_dir(rec);
  std::error_code ec;
  if (create) fs::create_directories(dir, ec);
  if (ec) throw UserError(dir + ": cannot create the recording's image directory: " + ec.message());
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename();
    for (const char* suffix : {".tmp", ".blocks"})
      if (name.ends_with(suffix)) name.resize(name.size() - std::strlen(suffix));
    if (is_hex32(name)) fs::remove(e.path(), ec);
  }
}

void make_images_dir(const std::string& rec) {
  std::error_code ec;
  fs::create_directories(images_dir(rec), ec);
  if (ec) throw UserError(images_dir(rec) + ": cannot create the recording's image directory: " + ec.message());
}

const char* kept_as_name(KeptAs k) {
  switch (k) {
    case KeptAs::kAlready: return "already kept";
    case KeptAs::kReflink: return "reflink";
    case KeptAs::kHardLink: return "hard link";
    case KeptAs::kCopy: return "copy";
  }
  return "?";
}

KeptAs store_whole(const std::string& rec, const std::string& src, const ContentHash& want, uint64_t size,
                   const std::string& what) {
  const std::string dst = whole_path(rec, want);
  auto matches = [&](const std::string& p) {
    try {
      const FileHash fh = hash_file(p, what);
      return fh.hash == want && fh.size == size;
    } catch (const UserError&) {
      return false;
    }
  };
  if (::access(dst.c_str(), F_OK) == 0) {
    if (matches(dst)) return KeptAs::kAlready;
    ::unlink(dst.c_str());  // damaged: keep it again
  }
  const std::string tmp = dst + ".tmp";
  ::unlink(tmp.c_str());
  Fd in(::open(src.c_str(), O_RDONLY | O_CLOEXEC));
  if (in.fd < 0) throw UserError(src + ": cannot read the " + what + " to keep it in " + rec + ": " + errno_text());
  auto create = [&] {
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0444);
    if (fd < 0) throw UserError(tmp + ": cannot create: " + errno_text());
    return fd;
  };
  KeptAs how = KeptAs::kCopy;
  {
    Fd out(create());
    if (::ioctl(out.fd, FICLONE, in.fd) == 0) how = KeptAs::kReflink;
  }
  if (how != KeptAs::kReflink) {
    ::unlink(tmp.c_str());
    // Read-only to us: a hard link costs nothing, and we cannot rewrite the
    // file in place (root can write anything, so root never links; and
    // protected_hardlinks may refuse a file of another owner).
    if (::access(src.c_str(), W_OK) != 0 && ::link(src.c_str(), tmp.c_str()) == 0) {
      how = KeptAs::kHardLink;
    } else {
      Fd out(create());
      if (!copy_data(in.fd, out.fd)) {
        const std::string e = errno_text();
        ::unlink(tmp.c_str());
        throw UserError(tmp + ": cannot copy " + src + " into the recording: " + e);
      }
    }
  }
  if (::rename(tmp.c_str(), dst.c_str()) != 0) {
    const std::string e = errno_text();
    ::unlink(tmp.c_str());
    throw UserError(dst + ": cannot keep the " + what + ": " + e);
  }
  if (!matches(dst)) {
    ::unlink(dst.c_str());
    throw UserError(src + ": the " + what + " changed while it was being kept in " + rec +
                    " (its contents no longer hash to " + want.hex() + ")");
  }
  return how;
}

TrackedFile::TrackedFile(const std::string& path, const std::string& format) : path_(path) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) throw UserError(path + ": cannot open disk image: " + errno_text());
  struct stat st;
  const off_t end = ::lseek(fd_, 0, SEEK_END);
  if (fstat(fd_, &st) != 0 || !(S_ISREG(st.st_mode) || S_ISBLK(st.st_mode)) || end < 0) {
    ::close(fd_);
    throw UserError(path + ": not a regular file or block device, so not a disk image");
  }
  file_size_ = size_ = uint64_t(end);
  std::string f = format;
  if (f.empty()) {
    uint8_t head[512] = {};
    const uint64_t n = std::min<uint64_t>(sizeof head, file_size_);
    f = pread_all(fd_, head, n, 0) ? probe_image_format(head, n) : "raw";
  }
  if (f != "raw") {
    try {
      reader_ = open_image_reader(path, f);
    } catch (...) {
      ::close(fd_);
      throw;
    }
    size_ = reader_->size();
  }
}

TrackedFile::~TrackedFile() {
  if (fd_ >= 0) ::close(fd_);
}

bool TrackedFile::read(uint64_t pos, uint8_t* out, uint64_t n) {
  if (n == 0) return true;
  const uint64_t last = (pos + n - 1) / kBlock;
  if (read_.size() <= last) read_.resize(last + 1);
  for (uint64_t b = pos / kBlock; b <= last; ++b) read_[b] = true;
  return read_untracked(pos, out, n);
}

bool TrackedFile::read_untracked(uint64_t pos, uint8_t* out, uint64_t n) {
  const uint64_t avail = pos < size_ ? std::min(n, size_ - pos) : 0;
  if (avail && !(reader_ ? reader_->read(pos, out, avail) : pread_all(fd_, out, avail, pos))) return false;
  std::memset(out + avail, 0, n - avail);
  return true;
}

std::vector<uint64_t> TrackedFile::blocks_read() const {
  std::vector<uint64_t> out;
  for (uint64_t b = 0; b < read_.size(); ++b)
    if (read_[b]) out.push_back(b);
  return out;
}

ContentHash TrackedFile::hash_now() {
  ContentHasher h;
  std::vector<uint8_t> buf(1 << 20);
  for (uint64_t pos = 0; pos < file_size_;) {
    const uint64_t n = std::min<uint64_t>(buf.size(), file_size_ - pos);
    if (!pread_all(fd_, buf.data(), n, pos)) throw UserError(path_ + ": cannot read the disk image: " + errno_text());
    h.update(buf.data(), n);
    pos += n;
  }
  return h.digest();
}

BlockSetInfo write_blocks(const std::string& rec, const ContentHash& hash, uint64_t image_size,
                          const std::vector<uint64_t>& blocks, bool complete,
                          const std::function<bool(uint64_t pos, uint8_t* out, uint64_t n)>& read,
                          const std::string& src_name) {
  const std::string dst = blocks_path(rec, hash);
  const std::string tmp = dst + ".tmp";
  ::unlink(tmp.c_str());
  Fd out(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0444));
  if (out.fd < 0) throw UserError(tmp + ": cannot create: " + errno_text());
  auto fail = [&](const std::string& what) {
    ::unlink(tmp.c_str());
    return UserError(tmp + ": " + what);
  };
  BlockSetInfo info;
  info.image_size = image_size;
  info.total_blocks = (image_size + kBlock - 1) / kBlock;
  info.complete = complete;
  std::vector<uint8_t> header(kHeaderSize, 0);
  if (!write_all(out.fd, header.data(), header.size())) throw fail("cannot write: " + errno_text());
  uint64_t offset = kHeaderSize;
  std::vector<uint8_t> table;
  std::vector<uint8_t> raw(kExtentBlocks * kBlock);
  std::vector<uint8_t> z(ZSTD_compressBound(raw.size()));
  auto emit = [&](uint64_t first, uint32_t count, const uint8_t* data) {
    const size_t zn = ZSTD_compress(z.data(), z.size(), data, count * kBlock, 3);
    if (ZSTD_isError(zn)) throw fail(std::string("zstd: ") + ZSTD_getErrorName(zn));
    if (!write_all(out.fd, z.data(), zn)) throw fail("cannot write: " + errno_text());
    uint8_t e[kExtentSize];
    put64(e, first);
    put32(e + 8, count);
    put32(e + 12, uint32_t(zn));
    put64(e + 16, offset);
    put64(e + 24, checksum64(data, count * kBlock));
    table.insert(table.end(), e, e + kExtentSize);
    offset += zn;
    info.stored_blocks += count;
  };
  uint64_t next = 0;  // complete: the next block; else: the next index into `blocks`
  for (;;) {
    // A run of consecutive blocks, read at once.
    uint64_t first;
    uint32_t count;
    if (complete) {
      if (next >= info.total_blocks) break;
      first = next;
      count = uint32_t(std::min<uint64_t>(kExtentBlocks, info.total_blocks - next));
      next += count;
    } else {
      if (next >= blocks.size()) break;
      size_t j = next + 1;
      while (j < blocks.size() && j - next < kExtentBlocks && blocks[j] == blocks[j - 1] + 1) ++j;
      first = blocks[next];
      count = uint32_t(j - next);
      next = j;
    }
    if (first >= info.total_blocks) throw fail("block " + std::to_string(first) + " lies past the image's end");
    // The image's last block may be partial: its tail reads as zeros.
    const uint64_t pos = first * kBlock;
    const uint64_t n = std::min<uint64_t>(count * kBlock, image_size - pos);
    std::fill(raw.begin(), raw.end(), 0);
    if (!read(pos, raw.data(), n)) throw fail("cannot read " + src_name + " at offset " + std::to_string(pos));
    if (!complete) {
      emit(first, count, raw.data());
    } else {
      // Leave out all-zero blocks: they read back as zeros.
      uint32_t k = 0;
      while (k < count) {
        auto zero = [&](uint32_t b) {
          const uint8_t* p = raw.data() + b * kBlock;
          return p[0] == 0 && std::memcmp(p, p + 1, kBlock - 1) == 0;
        };
        while (k < count && zero(k)) ++k;
        uint32_t e = k;
        while (e < count && !zero(e)) ++e;
        if (e > k) emit(first + k, e - k, raw.data() + k * kBlock);
        k = e;
      }
    }
  }
  if (!write_all(out.fd, table.data(), table.size())) throw fail("cannot write: " + errno_text());
  uint8_t* h = header.data();
  std::memcpy(h, kBlocksMagic, 8);
  put32(h + 8, kBlocksVersion);
  put32(h + 12, uint32_t(kBlock));
  put64(h + 16, image_size);
  put64(h + 24, hash.hi);
  put64(h + 32, hash.lo);
  put32(h + 40, complete ? kFlagComplete : 0);
  put32(h + 44, uint32_t(table.size() / kExtentSize));
  put64(h + 48, offset);
  put64(h + 56, checksum64(table.data(), table.size()));
  put64(h + 64, checksum64(h, 64));
  if (::pwrite(out.fd, h, kHeaderSize, 0) != ssize_t(kHeaderSize)) throw fail("cannot write: " + errno_text());
  ::close(out.fd);
  out.fd = -1;
  if (::rename(tmp.c_str(), dst.c_str()) != 0) throw fail("cannot rename to " + dst + ": " + errno_text());
  info.file_bytes = offset + table.size();
  return info;
}

namespace {

// Reads and checks a block set's header and extent table.
std::string read_index(int fd, BlockSetInfo& info, ContentHash& hash,
                       std::vector<StoredBlocks::Extent>& extents) {
  struct stat st;
  if (fstat(fd, &st) != 0) return "cannot stat: " + errno_text();
  info.file_bytes = uint64_t(st.st_size);
  uint8_t h[kHeaderSize];
  if (info.file_bytes < kHeaderSize || !pread_all(fd, h, kHeaderSize, 0))
    return "truncated: no " + std::to_string(kHeaderSize) + "-byte header";
  if (std::memcmp(h, kBlocksMagic, 8) != 0) return "not a ttvm block set (bad magic at offset 0)";
  if (get64(h + 64) != checksum64(h, 64)) return "header checksum mismatch (the file is damaged)";
  if (get32(h + 8) != kBlocksVersion)
    return "block set version " + std::to_string(get32(h + 8)) + ", this ttvm reads " + std::to_string(kBlocksVersion);
  if (get32(h + 12) != kBlock) return "block size " + std::to_string(get32(h + 12)) + ", expected " + std::to_string(kBlock);
  info.image_size = get64(h + 16);
  info.total_blocks = (info.image_size + kBlock - 1) / kBlock;
  hash = {get64(h + 24), get64(h + 32)};
  info.complete = get32(h + 40) & kFlagComplete;
  const uint64_t count = get32(h + 44);
  const uint64_t table_at = get64(h + 48);
  if (table_at < kHeaderSize || table_at > info.file_bytes || (info.file_bytes - table_at) != count * kExtentSize)
    return "truncated or damaged: the extent table does not end the file";
  std::vector<uint8_t> table(count * kExtentSize);
  if (!pread_all(fd, table.data(), table.size(), table_at)) return "cannot read the extent table: " + errno_text();
  if (checksum64(table.data(), table.size()) != get64(h + 56)) return "extent table checksum mismatch (the file is damaged)";
  uint64_t next_block = 0;
  for (uint64_t i = 0; i < count; ++i) {
    const uint8_t* p = table.data() + i * kExtentSize;
    StoredBlocks::Extent e{get64(p), get32(p + 8), get32(p + 12), get64(p + 16), get64(p + 24)};
    if (e.blocks == 0 || e.blocks > kExtentBlocks || e.first < next_block || e.first + e.blocks > info.total_blocks ||
        e.offset < kHeaderSize || e.offset + e.zbytes > table_at)
      return "extent " + std::to_string(i) + " is out of order or out of bounds";
    next_block = e.first + e.blocks;
    info.stored_blocks += e.blocks;
    extents.push_back(e);
  }
  return "";
}

}  // namespace

std::shared_ptr<StoredBlocks> StoredBlocks::open(const std::string& path, const ContentHash& want, uint64_t want_size) {
  std::shared_ptr<StoredBlocks> s(new StoredBlocks);
  s->path_ = path;
  s->fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (s->fd_ < 0) throw UserError(path + ": cannot open the kept disk blocks: " + errno_text());
  ContentHash hash;
  std::string why = read_index(s->fd_, s->info_, hash, s->extents_);
  // A decoded (qcow2) drive's blocks are of its virtual disk, whose size is
  // not the file's: want_size 0 checks the hash alone.
  if (why.empty() && (!(hash == want) || (want_size && s->info_.image_size != want_size)))
    why = "holds blocks of image " + hash.hex() + " (" + std::to_string(s->info_.image_size) + " bytes), not of " +
          want.hex() + " (" + std::to_string(want_size) + " bytes)";
  // Every extent once now, so damage is found before the guest runs.
  if (!why.empty()) throw UserError(path + ": " + why);
  for (size_t i = 0; i < s->extents_.size(); ++i) s->extent_data(i);
  return s;
}

StoredBlocks::~StoredBlocks() {
  if (fd_ >= 0) ::close(fd_);
}

const uint8_t* StoredBlocks::extent_data(size_t i) {
  if (cached_ == i) return cache_.data();
  const Extent& e = extents_[i];
  std::vector<uint8_t> z(e.zbytes);
  cache_.resize(uint64_t(e.blocks) * kBlock);
  cached_ = SIZE_MAX;
  if (!pread_all(fd_, z.data(), z.size(), e.offset))
    throw UserError(path_ + ": cannot read extent " + std::to_string(i) + ": " + errno_text());
  const size_t n = ZSTD_decompress(cache_.data(), cache_.size(), z.data(), z.size());
  if (ZSTD_isError(n) || n != cache_.size() || checksum64(cache_.data(), cache_.size()) != e.checksum)
    throw UserError(path_ + ": blocks " + std::to_string(e.first) + ".." + std::to_string(e.first + e.blocks - 1) +
                    " (at offset " + std::to_string(e.offset) + ") are damaged: " +
                    (ZSTD_isError(n) ? std::string("zstd: ") + ZSTD_getErrorName(n) : "checksum mismatch"));
  cached_ = i;
  return cache_.data();
}

bool StoredBlocks::read(uint64_t pos, uint8_t* out, uint64_t n) {
  const uint64_t end = pos + n;
  while (pos < end) {
    const uint64_t block = pos / kBlock;
    const uint64_t run = std::min(end, (block + 1) * kBlock) - pos;
    // The last extent starting at or before `block`.
    auto it = std::upper_bound(extents_.begin(), extents_.end(), block,
                               [](uint64_t b, const Extent& e) { return b < e.first; });
    if (it != extents_.begin() && block < std::prev(it)->first + std::prev(it)->blocks) {
      const Extent& e = *std::prev(it);
      const uint8_t* d = extent_data(size_t(std::prev(it) - extents_.begin()));
      std::memcpy(out, d + (block - e.first) * kBlock + pos % kBlock, run);
    } else if (info_.complete) {
      std::memset(out, 0, run);
    } else {
      throw UnstoredBlock(path_ + ": the guest read block " + std::to_string(block) + " (bytes " +
                          std::to_string(block * kBlock) + ".." + std::to_string(block * kBlock + kBlock - 1) +
                          ") of the disk image, which the recording does not hold: it keeps only the blocks the "
                          "guest read while recording");
    }
    out += run;
    pos += run;
  }
  return true;
}

KeptImage find_kept(const std::string& rec, const ContentHash& h) {
  KeptImage k;
  struct stat st;
  if (::stat(whole_path(rec, h).c_str(), &st) == 0) {
    k.kind = KeptImage::kWhole;
    k.path = whole_path(rec, h);
    k.file_bytes = uint64_t(st.st_size);
    k.links = unsigned(st.st_nlink);
    return k;
  }
  const std::string b = blocks_path(rec, h);
  Fd fd(::open(b.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.fd < 0) return k;
  k.kind = KeptImage::kBlocks;
  k.path = b;
  ContentHash got;
  std::vector<StoredBlocks::Extent> extents;
  k.damage = read_index(fd.fd, k.blocks, got, extents);
  if (k.damage.empty() && !(got == h)) k.damage = "holds blocks of image " + got.hex();
  k.file_bytes = k.blocks.file_bytes;
  return k;
}

}  // namespace ttvm

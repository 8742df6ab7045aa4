#include "dev/disk_image.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "util/error.h"
#include "util/hash.h"

namespace ttvm {
namespace {


}  // namespace

DiskImage::DiskImage(const std::string& path, bool read_only, bool commit, const std::string& format)
    : path_(path), read_only_(read_only), commit_(commit) {
  if (read_only && commit) throw UserError(path + ": a read-only disk image cannot be committed");
  fd_ = ::open(path.c_str(), (commit ? O_RDWR : O_RDONLY) | O_CLOEXEC);
  if (fd_ < 0)
    throw UserError(path + ": cannot open disk image" + (commit ? " for writing (commit=on)" : "") + ": " +
                    std::strerror(errno));
  struct stat st;
  if (fstat(fd_, &st) != 0 || !(S_ISREG(st.st_mode) || S_ISBLK(st.st_mode))) {
    ::close(fd_);
    throw UserError(path + ": not a regular file or block device, so not a disk image");
  }
  const off_t end = ::lseek(fd_, 0, SEEK_END);
  if (end < 0) {
    const int e = errno;
    ::close(fd_);
    throw UserError(path + ": cannot determine the image size: " + std::strerror(e));
  }
  file_size_ = uint64_t(end);
  open_format(format);
  size_ = (file_size_ + kSectorSize - 1) / kSectorSize * kSectorSize;
}

void DiskImage::open_format(const std::string& format) {
  std::string f = format;
  if (f.empty()) {
    uint8_t head[512];
    if (!read_file(0, head, sizeof head)) f = "raw";  // reads fail later, as for any raw image
    else f = probe_image_format(head, std::min<uint64_t>(sizeof head, file_size_));
  }
  if (f == "raw") return;
  if (commit_) {
    ::close(fd_);
    throw UserError(path_ + ": commit=on writes back raw images only (this one is " + f + ")");
  }
  try {
    reader_ = open_image_reader(path_, f);
  } catch (...) {
    ::close(fd_);
    throw;
  }
  file_size_ = reader_->size();
}

DiskImage::DiskImage(std::vector<uint8_t> base, bool read_only)
    : path_("(memory)"), read_only_(read_only), memory_base_(std::move(base)) {
  file_size_ = memory_base_.size();
  size_ = (file_size_ + kSectorSize - 1) / kSectorSize * kSectorSize;
}

DiskImage::DiskImage(std::shared_ptr<DiskBaseSource> source, bool read_only)
    : path_(source->name()), read_only_(read_only), source_(std::move(source)) {
  file_size_ = source_->size();
  size_ = (file_size_ + kSectorSize - 1) / kSectorSize * kSectorSize;
}

DiskImage::~DiskImage() {
  if (commit_ && !dirty_.empty() && !flush())
    std::fprintf(stderr, "ttvm: %s: could not write the disk's changes back (commit=on)\n", path_.c_str());
  if (fd_ >= 0) ::close(fd_);
}

bool DiskImage::read_file(uint64_t pos, uint8_t* out, uint64_t n) {
  const uint64_t avail = pos < file_size_ ? std::min(n, file_size_ - pos) : 0;
  if (source_) {
    if (avail && !source_->read(pos, out, avail)) return false;
  } else if (reader_) {
    if (avail && !reader_->read(pos, out, avail)) return false;
  } else if (fd_ < 0) {
    if (avail) std::memcpy(out, memory_base_.data() + pos, avail);
  } else {
    uint64_t done = 0;
    while (done < avail) {
      const ssize_t r = ::pread(fd_, out + done, avail - done, off_t(pos + done));
      if (r < 0 && errno == EINTR) continue;
      if (r < 0) return false;
      if (r == 0) break;  // the file shrank under us: the rest reads as zeros
      done += uint64_t(r);
    }
    std::memset(out + done, 0, avail - done);
  }
  std::memset(out + avail, 0, n - avail);
  return true;
}

bool DiskImage::read_base(uint64_t pos, uint8_t* out, uint64_t n) {
  const uint64_t end = pos + n;
  while (pos < end) {
    const uint64_t block = pos / kBlockSize;
    const uint64_t in_block = pos % kBlockSize;
    uint64_t run_end = std::min(end, (block + 1) * kBlockSize);
    if (auto it = originals_.find(block); it != originals_.end()) {
      std::memcpy(out, it->second.data() + in_block, run_end - pos);
    } else {
      // Extend the run over following blocks that also come from the file.
      while (run_end < end && !originals_.count(run_end / kBlockSize)) run_end = std::min(end, run_end + kBlockSize);
      if (!read_file(pos, out, run_end - pos)) return false;
    }
    out += run_end - pos;
    pos = run_end;
  }
  return true;
}

bool DiskImage::read(uint64_t offset, void* out_, uint64_t len) {
  if (offset > size_ || len > size_ - offset) return false;
  auto* out = static_cast<uint8_t*>(out_);
  const uint64_t end = offset + len;
  uint64_t pos = offset;
  while (pos < end) {
    const uint64_t block = pos / kBlockSize;
    uint64_t run_end = std::min(end, (block + 1) * kBlockSize);
    if (auto it = overlay_.find(block); it != overlay_.end()) {
      std::memcpy(out, it->second.data->data() + pos % kBlockSize, run_end - pos);
    } else {
      while (run_end < end && !overlay_.count(run_end / kBlockSize)) run_end = std::min(end, run_end + kBlockSize);
      if (!read_base(pos, out, run_end - pos)) return false;
    }
    out += run_end - pos;
    pos = run_end;
  }
  return true;
}

uint8_t* DiskImage::block_for_write(uint64_t block) {
  auto it = overlay_.find(block);
  // Written in place only if this generation made it and nobody else holds
  // it (a checkpoint's version must never change).
  if (it != overlay_.end() && it->second.gen == gen_ && it->second.data.use_count() == 1)
    return const_cast<uint8_t*>(it->second.data->data());
  auto data = std::make_shared<std::vector<uint8_t>>(kBlockSize);
  if (it != overlay_.end()) {
    std::memcpy(data->data(), it->second.data->data(), kBlockSize);
  } else if (!read_base(block * kBlockSize, data->data(), kBlockSize)) {
    return nullptr;
  }
  if (logger_ && (it == overlay_.end() || it->second.gen != gen_))
    logger_->log_block(disk_id_, block, it == overlay_.end() ? nullptr : it->second.data);
  uint8_t* p = data->data();
  overlay_[block] = Version{std::move(data), gen_};
  return p;
}

DiskImage::BlockRef DiskImage::block(uint64_t index) const {
  auto it = overlay_.find(index);
  return it == overlay_.end() ? nullptr : it->second.data;
}

void DiskImage::set_block(uint64_t index, BlockRef data) {
  if (commit_) dirty_.insert(index);
  if (!data)
    overlay_.erase(index);
  else
    overlay_[index] = Version{std::move(data), 0};  // generation 0: never written in place
}

DiskImage::BlockMap DiskImage::overlay() const {
  BlockMap m;
  for (const auto& [index, v] : overlay_) m.emplace_hint(m.end(), index, *v.data);
  return m;
}

uint64_t DiskImage::overlay_digest() const {
  uint64_t h = kFnvOffset;
  for (const auto& [index, v] : overlay_) {
    h = fnv1a(&index, sizeof index, h);
    h = hash_words(reinterpret_cast<const uint64_t*>(v.data->data()), kBlockSize, h);
  }
  return h;
}

bool DiskImage::write(uint64_t offset, const void* in_, uint64_t len) {
  if (read_only_ || offset > size_ || len > size_ - offset) return false;
  const auto* in = static_cast<const uint8_t*>(in_);
  const uint64_t end = offset + len;
  for (uint64_t pos = offset; pos < end;) {
    const uint64_t block = pos / kBlockSize;
    const uint64_t n = std::min(end, (block + 1) * kBlockSize) - pos;
    uint8_t* b = block_for_write(block);
    if (!b) return false;
    std::memcpy(b + pos % kBlockSize, in, n);
    if (commit_) dirty_.insert(block);
    in += n;
    pos += n;
  }
  return true;
}

bool DiskImage::write_back(uint64_t block) {
  if (!originals_.count(block)) {
    std::vector<uint8_t> orig(kBlockSize);
    if (!read_base(block * kBlockSize, orig.data(), kBlockSize)) return false;
    originals_.emplace(block, std::move(orig));
  }
  auto it = overlay_.find(block);
  const uint8_t* data = it != overlay_.end() ? it->second.data->data() : originals_[block].data();
  const uint64_t pos = block * kBlockSize;
  // Never past the disk's end (at most the sector-rounded tail).
  const uint64_t n = std::min(kBlockSize, size_ - pos);
  uint64_t done = 0;
  while (done < n) {
    const ssize_t w = ::pwrite(fd_, data + done, n - done, off_t(pos + done));
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    done += uint64_t(w);
  }
  return true;
}

bool DiskImage::flush() {
  if (!commit_) return true;
  bool ok = true;
  for (auto it = dirty_.begin(); it != dirty_.end();) {
    if (write_back(*it)) {
      it = dirty_.erase(it);
    } else {
      ok = false;
      ++it;
    }
  }
  if (::fsync(fd_) != 0) ok = false;
  return ok;
}

uint64_t DiskImage::content_hash() {
  if (hashed_) return hash_;
  uint64_t h = kFnvOffset;
  std::vector<uint8_t> buf(1 << 20);
  for (uint64_t pos = 0; pos < file_size_;) {
    const uint64_t n = std::min<uint64_t>(buf.size(), file_size_ - pos);
    if (!read_base(pos, buf.data(), n))
      throw UserError(path_ + ": cannot read the disk image: " + std::strerror(errno));
    h = fnv1a(buf.data(), n, h);
    pos += n;
  }
  hashed_ = true;
  hash_ = h;
  return h;
}

void DiskImage::set_overlay(BlockMap blocks) {
  const uint64_t nblocks = (size_ + kBlockSize - 1) / kBlockSize;
  for (const auto& [index, data] : blocks) {
    if (index >= nblocks || data.size() != kBlockSize)
      throw UserError(path_ + ": disk state has block " + std::to_string(index) + " of " + std::to_string(data.size()) +
                      " bytes; the disk has " + std::to_string(nblocks) + " blocks of " + std::to_string(kBlockSize));
  }
  if (commit_) {
    // The file must follow: blocks leaving the overlay return to their
    // original contents, blocks entering it get theirs.
    for (const auto& b : overlay_) dirty_.insert(b.first);
    for (const auto& b : blocks) dirty_.insert(b.first);
  }
  overlay_.clear();
  for (auto& [index, data] : blocks)
    overlay_.emplace_hint(overlay_.end(), index,
                          Version{std::make_shared<const std::vector<uint8_t>>(std::move(data)), 0});
}

void DiskImage::save(StateWriter& w) const {
  w.put(size_);
  w.put<uint64_t>(overlay_.size());
  for (const auto& [index, v] : overlay_) {
    w.put(index);
    w.put_bytes(v.data->data(), v.data->size());
  }
}

void DiskImage::restore(StateReader& r) {
  const uint64_t size = r.get<uint64_t>();
  if (size != size_)
    throw UserError(path_ + ": disk state is for a disk of " + std::to_string(size) + " bytes; this one has " +
                    std::to_string(size_));
  const uint64_t n = r.get<uint64_t>();
  BlockMap blocks;
  for (uint64_t i = 0; i < n; ++i) {
    const uint64_t index = r.get<uint64_t>();
    std::vector<uint8_t> data(kBlockSize);
    r.get_bytes(data.data(), kBlockSize);
    blocks.emplace_hint(blocks.end(), index, std::move(data));
  }
  set_overlay(std::move(blocks));
}

}  // namespace ttvm

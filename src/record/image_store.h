// The images a recording keeps (DESIGN.md, "The recording"), so that it
// replays after the files it was made from are gone or changed, and on
// another machine. They live in the recording's images/ directory, named by
// content hash (util/content_hash.h), so an image used twice is kept once:
//   images/HASH         a whole file (firmware, kernel, initrd, dtb), kept at
//                       the lowest cost the filesystem offers (store_whole)
//   images/HASH.blocks  a disk image's blocks, zstd-compressed: in a new
//                       recording only the blocks the guest read (TrackedFile
//                       notes them), so a large disk the guest barely touches
//                       costs little; from 'ttvm pack', every non-zero block
// The file format of .blocks is in docs/recording.md. Everything kept is
// checked when used: a whole file by its hash, a block set by the
// checksums it carries; damage is a UserError naming the file. This module
// knows files and hashes, never machines or options (src/cli maps images
// to machine options).
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dev/disk_image.h"
#include "dev/image_reader.h"
#include "util/content_hash.h"
#include "util/error.h"

namespace ttvm {

std::string images_dir(const std::string& rec);
std::string whole_path(const std::string& rec, const ContentHash& h);
std::string blocks_path(const std::string& rec, const ContentHash& h);
// Removes what an earlier recording in the same directory kept in images/
// (only files named as this module names them); `create`: makes images/.
void reset_images_dir(const std::string& rec, bool create);
void make_images_dir(const std::string& rec);

// How a whole file came into the recording.
enum class KeptAs { kAlready, kReflink, kHardLink, kCopy };
const char* kept_as_name(KeptAs k);

// Keeps `src` (whose contents must hash to `want`, `size` bytes) as
// images/HASH: a reflink (FICLONE) where the filesystem shares extents;
// else, when `src` is read-only to us, a hard link (rewriting it in place
// would change the recording, and we cannot; a package manager replaces
// such files by rename, which leaves the link alone); else a copy
// (copy_file_range, which some filesystems do without moving data, then
// read/write). The kept file is hashed again: a file that changed since it
// was hashed is a UserError naming it.
KeptAs store_whole(const std::string& rec, const std::string& src, const ContentHash& want, uint64_t size,
                   const std::string& what);

// Record: a disk image read through DiskImage, noting which blocks
// (DiskImage::kBlockSize) of it the guest's reads and partial writes used.
// A file in another format (qcow2; `format` as -drive gives it, empty to
// probe) is decoded: size(), read() and the kept blocks are of the virtual
// disk the guest sees, while hash_now() identifies the file itself, as the
// manifest does.
class TrackedFile : public DiskBaseSource {
 public:
  explicit TrackedFile(const std::string& path, const std::string& format = "raw");  // UserError naming it
  ~TrackedFile() override;
  TrackedFile(const TrackedFile&) = delete;
  TrackedFile& operator=(const TrackedFile&) = delete;
  uint64_t size() const override { return size_; }
  bool read(uint64_t pos, uint8_t* out, uint64_t n) override;
  std::string name() const override { return path_; }
  // Reads without noting (for storing); zeros past the end of the file.
  bool read_untracked(uint64_t pos, uint8_t* out, uint64_t n);
  // Block indices read so far, ascending.
  std::vector<uint64_t> blocks_read() const;
  bool decoded() const { return reader_ != nullptr; }
  // The hash of all of the file, read through the descriptor the guest's
  // reads used (so a file replaced by rename still hashes as the guest saw it).
  ContentHash hash_now();

 private:
  std::string path_;
  int fd_ = -1;
  uint64_t file_size_ = 0;
  uint64_t size_ = 0;  // of the disk: the file's, or the decoded image's
  std::unique_ptr<ImageReader> reader_;
  std::vector<bool> read_;
};

struct BlockSetInfo {
  uint64_t image_size = 0;
  uint64_t stored_blocks = 0;  // blocks held
  uint64_t total_blocks = 0;   // blocks of the image
  bool complete = false;       // blocks not held are zeros (from 'ttvm pack')
  uint64_t file_bytes = 0;
};

// Writes images/HASH.blocks for an image of `image_size` bytes: the blocks
// in `blocks` (ascending), their contents from `read` (called in ascending
// order, for the image's bytes only). `complete`: every block of the image
// instead (`blocks` is ignored), all-zero ones left out to read back as
// zeros. Returns what it wrote.
BlockSetInfo write_blocks(const std::string& rec, const ContentHash& hash, uint64_t image_size,
                          const std::vector<uint64_t>& blocks, bool complete,
                          const std::function<bool(uint64_t pos, uint8_t* out, uint64_t n)>& read,
                          const std::string& src_name);

// A replay read a block the recording does not hold: it cannot happen in a
// faithful replay, so the replay has left the recording (src/cli reports
// it as a divergence).
class UnstoredBlock : public UserError {
 public:
  using UserError::UserError;
};

// Replay: a kept block set as a disk's base. open() checks every checksum
// and that it is the set of the image `want` names; UserError naming the
// file otherwise.
class StoredBlocks : public DiskBaseSource {
 public:
  static std::shared_ptr<StoredBlocks> open(const std::string& path, const ContentHash& want, uint64_t want_size);
  ~StoredBlocks() override;
  StoredBlocks(const StoredBlocks&) = delete;
  StoredBlocks& operator=(const StoredBlocks&) = delete;
  uint64_t size() const override { return info_.image_size; }
  // Throws UnstoredBlock for a block the set does not hold.
  bool read(uint64_t pos, uint8_t* out, uint64_t n) override;
  std::string name() const override { return path_; }
  const BlockSetInfo& info() const { return info_; }

  struct Extent {
    uint64_t first = 0;
    uint32_t blocks = 0, zbytes = 0;
    uint64_t offset = 0, checksum = 0;
  };

 private:
  StoredBlocks() = default;
  const uint8_t* extent_data(size_t i);

  std::string path_;
  int fd_ = -1;
  BlockSetInfo info_;
  std::vector<Extent> extents_;  // ascending by first block
  size_t cached_ = SIZE_MAX;     // the extent in cache_
  std::vector<uint8_t> cache_;
};

// What a recording keeps of an image, without checking it (ttvm info).
struct KeptImage {
  enum Kind { kNone, kWhole, kBlocks } kind = kNone;
  std::string path;
  uint64_t file_bytes = 0;
  unsigned links = 1;  // a whole file: > 1 for a hard link
  BlockSetInfo blocks;
  std::string damage;  // a block set whose header is unreadable: why
};
KeptImage find_kept(const std::string& rec, const ContentHash& h);

}  // namespace ttvm

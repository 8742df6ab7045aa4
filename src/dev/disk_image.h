// The block backend: a raw disk image the guest sees through virtio-blk.
// The user's file is opened read-only and never written: guest writes go to
// an overlay of 4 KiB blocks held in memory (DESIGN.md: "Disk writes never
// touch the user's image"). Overlay blocks are versioned copy-on-write: a
// block is shared (by reference) with any checkpoint that keeps it, and a
// write to a block that is shared, or that a BlockLogger has not seen in the
// current generation, makes a new copy. The logger (the timeline) is told the
// old version first, so a checkpoint keeps only the block-map changes of its
// interval (the paper's disk log), never a copy of the disk.
//
// With commit mode (-drive ...,commit=on; machine/options.cpp parses it) the
// changed blocks are also written back to the file on flush() and when the
// image is destroyed. Even then the
// image's base view (what reads of never-written blocks return, and what
// content_hash() covers) stays the file as it was when opened: the original
// bytes of a block are kept before it is first written back, so restoring an
// older overlay still reads consistently.
//
// Host I/O errors after opening are reported as failed reads/writes (the
// device answers IOERR); problems opening the file are UserErrors naming it.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "dev/image_reader.h"
#include "util/state.h"

namespace ttvm {

// Where a disk's base contents come from when not straight from a file: a
// recording's stored blocks in replay, or a file whose reads a recorder
// tracks (record/image_store.h). The disk asks only for bytes inside
// [0, size()); a source may throw to stop a run that asks for bytes it
// does not hold.
class DiskBaseSource {
 public:
  virtual ~DiskBaseSource() = default;
  virtual uint64_t size() const = 0;
  virtual bool read(uint64_t pos, uint8_t* out, uint64_t n) = 0;
  virtual std::string name() const = 0;  // for messages: a path
};

class DiskImage;

// Told the version a block had before its first write in a generation
// (null: the block was not in the overlay, so it read from the base).
class BlockLogger {
 public:
  virtual void log_block(unsigned disk, uint64_t index, const std::shared_ptr<const std::vector<uint8_t>>& old) = 0;

 protected:
  ~BlockLogger() = default;
};

class DiskImage {
 public:
  static constexpr uint64_t kBlockSize = 4096;
  static constexpr uint64_t kSectorSize = 512;
  using BlockMap = std::map<uint64_t, std::vector<uint8_t>>;  // block index -> kBlockSize bytes
  using BlockRef = std::shared_ptr<const std::vector<uint8_t>>;  // one version of a block

  // Opens the image at `path`. The disk's size is the file's size
  // rounded up to whole sectors (the tail reads as zeros, as in QEMU).
  // commit needs write access to the file and excludes read_only.
  // `format`: "raw", "qcow2" (the virtual disk is its contents and size;
  // not with commit), or empty to probe the file as QEMU does; any other
  // format found is a UserError naming the file and the format.
  DiskImage(const std::string& path, bool read_only, bool commit, const std::string& format = "raw");
  // A disk that exists only in memory, with `base` as its initial contents.
  explicit DiskImage(std::vector<uint8_t> base, bool read_only = false);
  // A disk whose base comes from `source` (never committed).
  DiskImage(std::shared_ptr<DiskBaseSource> source, bool read_only);
  // Commit mode: writes the changes back (errors are reported on stderr).
  ~DiskImage();
  DiskImage(const DiskImage&) = delete;
  DiskImage& operator=(const DiskImage&) = delete;

  const std::string& path() const { return path_; }
  uint64_t size() const { return size_; }  // bytes, a multiple of kSectorSize
  uint64_t sectors() const { return size_ / kSectorSize; }
  bool read_only() const { return read_only_; }
  bool commit_mode() const { return commit_; }

  // False when [offset, offset+len) is not inside the disk, the disk is
  // read-only (write), or the host file cannot be read.
  bool read(uint64_t offset, void* out, uint64_t len);
  bool write(uint64_t offset, const void* in, uint64_t len);
  // Commit mode: write changed blocks to the file and sync it. Otherwise
  // nothing to do. False on a host I/O error.
  bool flush();

  // 64-bit FNV-1a of the base image (the file as opened), for the
  // recording's manifest. Computed on first use.
  uint64_t content_hash();

  // The overlay: every block the guest has written, with its contents.
  BlockMap overlay() const;
  size_t overlay_blocks() const { return overlay_.size(); }
  // A hash of the overlay (indices and contents), for state digests.
  uint64_t overlay_digest() const;

  // --- versions (checkpoints) ---
  // `logger` is told each block's old version at its first write in a
  // generation; null: no logging (copy-on-write still protects versions).
  void set_block_logger(BlockLogger* logger, unsigned disk_id) {
    logger_ = logger;
    disk_id_ = disk_id;
  }
  // Starts a generation: the next write to any block is a first write.
  void new_generation() { ++gen_; }
  // The current version of a block (null: not in the overlay).
  BlockRef block(uint64_t index) const;
  // Puts a version back (null: remove from the overlay); not logged.
  void set_block(uint64_t index, BlockRef data);
  // Replace the overlay (restoring a checkpoint). Blocks must be inside the
  // disk and kBlockSize long; UserError otherwise.
  void set_overlay(BlockMap blocks);

  // The overlay, with the disk's size as a consistency check.
  void save(StateWriter& w) const;
  void restore(StateReader& r);

 private:
  // format: as for the constructor; sets reader_ and the size it decodes.
  void open_format(const std::string& format);
  // Bytes of the file as opened (zeros past its end).
  bool read_file(uint64_t pos, uint8_t* out, uint64_t n);
  // The base view: the file as opened, with originals of written-back blocks.
  bool read_base(uint64_t pos, uint8_t* out, uint64_t n);
  bool write_back(uint64_t block);
  uint8_t* block_for_write(uint64_t block);

  std::string path_;
  int fd_ = -1;
  uint64_t file_size_ = 0;  // bytes in the file (the base)
  uint64_t size_ = 0;
  bool read_only_ = false;
  bool commit_ = false;
  std::vector<uint8_t> memory_base_;  // in-memory disks: the base contents
  std::unique_ptr<ImageReader> reader_;    // formats other than raw: decodes the file
  std::shared_ptr<DiskBaseSource> source_;  // a recording's blocks, or a file a recorder tracks
  struct Version {
    BlockRef data;
    uint64_t gen;  // generation it was made in (written in place only then)
  };
  std::map<uint64_t, Version> overlay_;
  uint64_t gen_ = 1;
  BlockLogger* logger_ = nullptr;
  unsigned disk_id_ = 0;
  BlockMap originals_;        // commit mode: base contents of blocks written back
  std::set<uint64_t> dirty_;  // commit mode: blocks the file does not yet match
  bool hashed_ = false;
  uint64_t hash_ = 0;
};

}  // namespace ttvm

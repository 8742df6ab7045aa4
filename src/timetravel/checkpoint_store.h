// Checkpoints saved with a recording (REC/checkpoints/), so that a later
// replay can start anywhere, including at the end, without running from
// power-on. Each saved checkpoint is one file holding the machine state
// blob, the log position, and a table of every non-zero RAM page and every
// disk overlay block by content hash (XXH3-128); the contents live once in
// an append-only pack of zstd-compressed 4 KiB records, so a page that did
// not change between two saved checkpoints costs 24 bytes, not 4 KiB.
// Every file and record carries a CRC-32C: a damaged or missing one is
// reported once and skipped (the replay then starts from an earlier one, or
// from power-on); a recording stays valid without any.
//
// Saving does not hold up the guest: save() takes what it needs (the state
// blob, copies of the pages that may have changed since the last save) and
// a worker thread hashes, compresses and writes them; anything that reads
// the store waits for the writes first.
#pragma once
#include <zstd.h>

#include <array>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "machine/machine.h"
#include "record/replayer.h"
#include "timetravel/page.h"
#include "util/content_hash.h"

namespace ttvm {

struct SavedCheckpoint {
  std::string file;
  TimePoint at;
  Replayer::Position input;
  std::vector<uint64_t> hart_icount;
  uint64_t bytes = 0;  // the file's size
};

class CheckpointStore {
 public:
  // `dir` is the recording directory; its checkpoints/ is made on the
  // first save.
  explicit CheckpointStore(std::string dir);
  ~CheckpointStore();

  // Saves the machine as it stands (at `at`, log position `input`). Pages
  // whose index is false in `changed` since the last save (and were saved
  // then) are not hashed again. Errors are reported on stderr and the
  // checkpoint is skipped: saving is never fatal to a recording. The files
  // are written in the background; wait() (and every reader) waits for them.
  void save(Machine& m, TimePoint at, Replayer::Position input, const std::vector<bool>* changed);
  // Until every save so far is written (or has failed).
  void wait();

  // The usable saved checkpoints, in time order (damaged ones reported on
  // stderr once and left out).
  const std::vector<SavedCheckpoint>& list();
  // Everything to put a machine at a saved checkpoint: UserError naming the
  // file if anything is missing or damaged.
  struct Loaded {
    std::vector<uint8_t> state;
    std::vector<std::pair<uint64_t, PageRef>> pages;  // non-zero pages
    std::vector<std::vector<std::pair<uint64_t, std::shared_ptr<const std::vector<uint8_t>>>>> disks;
  };
  Loaded load(const SavedCheckpoint& c);
  uint64_t pack_bytes();
  std::string dir() const { return dir_ + "/checkpoints"; }

 private:
  struct PackEntry {
    uint64_t offset;  // of the record's data
    uint32_t zlen;
    uint32_t crc;
  };
  // What one save hands the writer: the file's header and machine state,
  // every page the host committed (ascending) with a copy of those that may
  // have changed since the last save (null: all zero), and copies of the
  // disks' overlay blocks. The writer hashes, stores what is new and writes
  // the file; the guest runs on meanwhile.
  using Page = std::array<uint8_t, kPageSize>;
  struct Job {
    TimePoint at;
    std::string file;
    std::vector<uint8_t> head;
    uint64_t ram_pages = 0;
    std::vector<uint64_t> committed;
    std::vector<std::pair<uint64_t, std::unique_ptr<Page>>> fresh;  // a subsequence of committed
    std::vector<DiskImage::BlockMap> disks;  // each drive's overlay, by block
  };
  void scan_pack();
  // The writer thread: jobs in order; write() does one (UserError on failure).
  void writer();
  void write(Job& job);
  // Appends one compressed record to unwritten_ (written by flush_pack()).
  void put(const ContentHash& h, const uint8_t* data);
  // Writes the records put since the last flush; on failure forgets them
  // (UserError), so that no later checkpoint names a page never written.
  void flush_pack();
  std::vector<uint8_t> get(const ContentHash& h, const std::string& for_file);

  std::string dir_;
  int pack_fd_ = -1;
  uint64_t pack_end_ = 0;  // including the records not yet written
  std::vector<uint8_t> unwritten_;          // records from pack_end_ - size on
  std::vector<ContentHash> unwritten_hashes_;
  struct ZstdFree {
    void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
  };
  std::unique_ptr<ZSTD_CCtx, ZstdFree> zstd_;  // one context for every page
  bool scanned_ = false;
  std::map<ContentHash, PackEntry> pack_;  // the writer's while it runs
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Job> jobs_;
  bool busy_ = false, stop_ = false, failed_ = false;
  std::thread thread_;
  std::vector<ContentHash> page_hash_;  // per RAM page, as of the last save (the writer's)
  std::vector<bool> page_saved_;        // per RAM page: given to the writer once (save's)
  // The pages of the last checkpoint loaded, by content: consecutive saved
  // checkpoints share most pages, and a goto far into a long recording
  // loads every one on the way (load's).
  struct HashOfHash {
    size_t operator()(const ContentHash& h) const { return size_t(h.lo); }
  };
  std::unordered_map<ContentHash, PageRef, HashOfHash> last_loaded_;
  bool listed_ = false;
  std::vector<SavedCheckpoint> list_;
};

}  // namespace ttvm

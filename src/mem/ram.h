// Guest RAM: one host allocation, addressed by page, and the one door for
// writes (DESIGN.md "Memory and checkpoints", STYLE.md "One door for every
// write"). Every write that does not go through a hart's write-TLB entry
// calls prepare_write() (or write()/fill(), which do) before it changes a
// byte: stores on the slow path, AMOs and SC, the page-table walker's A/D
// updates, virtio DMA, image loading, HTIF, debugger writes.
//
// Each page carries flags that force writes to it through that door:
//   kCodePage  decoded blocks exist for it: the code observer invalidates them
//   kHookPage  a write hook (the HTIF tohost cell): the hart calls its env
//   kUnlogged  write tracking is armed and the page has not been written
//              since: its old contents go to the page logger first
//   kReadHook  loads from it are reported (monitor history --reads): no
//              read-TLB entry either, so every load takes the slow path
// A write-TLB entry is only ever installed for a page with no flags, so a
// flag may only be set together with a flush of the write TLBs (the Machine
// does that); a page's first write after arm_tracking() is therefore seen.
#pragma once
#include <cstdint>
#include <cstring>
#include <vector>

namespace ttvm {

constexpr uint64_t kPageSize = 4096;
constexpr unsigned kPageShift = 12;

// Told before a page is written for the first time since tracking was armed
// (checkpoints: the page's old contents go to an undo log).
class PageLogger {
 public:
  virtual void log_page(uint64_t page_index, const uint8_t* old_contents) = 0;

 protected:
  ~PageLogger() = default;
};

// Told when a page with decoded code is written (the code cache).
class CodeObserver {
 public:
  virtual void code_page_written(uint64_t ppage) = 0;

 protected:
  ~CodeObserver() = default;
};

// Told before any write to a page flagged kHookPage changes its bytes,
// whoever writes (a hart's store, DMA, the page-table walker, a reset's
// image load): `monitor history` learns the old value this way.
class WriteHook {
 public:
  virtual void before_write(uint64_t pa, uint64_t len) = 0;

 protected:
  ~WriteHook() = default;
};

class Ram {
 public:
  enum PageFlag : uint8_t { kCodePage = 1, kHookPage = 2, kUnlogged = 4, kReadHook = 8 };

  Ram(uint64_t base, uint64_t size);
  ~Ram();
  Ram(const Ram&) = delete;
  Ram& operator=(const Ram&) = delete;

  uint64_t base() const { return base_; }
  uint64_t size() const { return size_; }
  uint64_t pages() const { return size_ >> kPageShift; }
  bool contains(uint64_t pa, uint64_t len = 1) const {
    return pa >= base_ && len <= size_ && pa - base_ <= size_ - len;
  }
  // Host pointer for a guest physical address already checked by contains().
  // Writing through it is only allowed after prepare_write() (or through a
  // write-TLB entry, which exists only for pages without flags).
  uint8_t* host(uint64_t pa) { return mem_ + (pa - base_); }
  const uint8_t* host(uint64_t pa) const { return mem_ + (pa - base_); }
  const uint8_t* page_data(uint64_t index) const { return mem_ + (index << kPageShift); }
  uint64_t page_index(uint64_t pa) const { return (pa - base_) >> kPageShift; }

  // The door: [pa, pa+len) (inside RAM) is about to be written.
  void prepare_write(uint64_t pa, uint64_t len) {
    const uint64_t first = page_index(pa), last = page_index(pa + (len ? len - 1 : 0));
    bool hooked = false;
    for (uint64_t p = first; p <= last; ++p) {
      if (flags_[p] & (kCodePage | kUnlogged)) page_will_change(p);
      hooked |= (flags_[p] & kHookPage) != 0;
    }
    if (hooked && write_hook_) write_hook_->before_write(pa, len);
  }
  // Writes that are not a hart's store: they go through the door.
  void write(uint64_t pa, const void* src, uint64_t len) {
    if (!len) return;
    prepare_write(pa, len);
    std::memcpy(host(pa), src, len);
  }
  void fill(uint64_t pa, uint8_t byte, uint64_t len) {
    if (!len) return;
    prepare_write(pa, len);
    std::memset(host(pa), byte, len);
  }
  // Replaces a whole page (restoring a checkpoint); null means all zero.
  // Code on it is invalidated; the page is not logged.
  void restore_page(uint64_t index, const uint8_t* contents);

  uint8_t page_flags(uint64_t pa) const { return flags_[page_index(pa)]; }
  void set_page_flag(uint64_t pa, uint8_t f) { flags_[page_index(pa)] |= f; }
  void clear_page_flag(uint64_t pa, uint8_t f) { flags_[page_index(pa)] &= ~f; }

  void set_code_observer(CodeObserver* o) { code_ = o; }
  // Null: none. Only pages flagged kHookPage reach it.
  void set_write_hook(WriteHook* h) { write_hook_ = h; }
  // Write tracking: from now on, the first write to each page (except those
  // in `already_logged`, a bitmap by page index, may be empty) goes to
  // `logger` first. The caller must flush every write TLB.
  void arm_tracking(PageLogger* logger, const std::vector<bool>& already_logged);
  void disarm_tracking();
  bool tracking() const { return logger_ != nullptr; }

  // A hash of all of RAM's contents: for tests and replay digests.
  uint64_t digest() const;
  // A cheap summary: a hash of `samples` words spread evenly over RAM.
  uint64_t sample_digest(unsigned samples) const;
  // Whether the page may hold non-zero bytes (false: never committed by
  // the host, so all zero), without committing it.
  std::vector<unsigned char> committed_pages() const;

 private:
  void page_will_change(uint64_t index);

  uint64_t base_;
  uint64_t size_;
  static constexpr uint64_t kHugePage = 2ull << 20;
  uint8_t* map_;  // the mapping; mem_ is its first 2 MiB boundary
  uint64_t map_size_;
  uint8_t* mem_;
  std::vector<uint8_t> flags_;
  CodeObserver* code_ = nullptr;
  PageLogger* logger_ = nullptr;
  WriteHook* write_hook_ = nullptr;
};

}  // namespace ttvm

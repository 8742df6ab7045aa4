// Guest RAM: one host allocation, addressed by page. Each page carries flags
// that force writes to it through the harts' slow path: kCodePage (decoded
// blocks exist for it and must be invalidated on write) and kWatchPage (a
// write hook such as the HTIF tohost cell or a debugger watchpoint). Write-TLB
// entries are only ever installed for pages with no flags, so setting a flag
// requires flushing write TLBs (the Machine does that).
#pragma once
#include <cstdint>
#include <cstring>
#include <vector>

namespace ttvm {

constexpr uint64_t kPageSize = 4096;
constexpr unsigned kPageShift = 12;

class Ram {
 public:
  enum PageFlag : uint8_t { kCodePage = 1, kWatchPage = 2 };

  Ram(uint64_t base, uint64_t size);
  ~Ram();
  Ram(const Ram&) = delete;
  Ram& operator=(const Ram&) = delete;

  uint64_t base() const { return base_; }
  uint64_t size() const { return size_; }
  bool contains(uint64_t pa, uint64_t len = 1) const {
    return pa >= base_ && len <= size_ && pa - base_ <= size_ - len;
  }
  // Host pointer for a guest physical address already checked by contains().
  uint8_t* host(uint64_t pa) { return mem_ + (pa - base_); }
  const uint8_t* host(uint64_t pa) const { return mem_ + (pa - base_); }

  uint8_t page_flags(uint64_t pa) const { return flags_[(pa - base_) >> kPageShift]; }
  void set_page_flag(uint64_t pa, uint8_t f) { flags_[(pa - base_) >> kPageShift] |= f; }
  void clear_page_flag(uint64_t pa, uint8_t f) { flags_[(pa - base_) >> kPageShift] &= ~f; }

  // A hash of all of RAM's contents: for tests and replay digests.
  uint64_t digest() const;
  // A cheap summary: a hash of `samples` words spread evenly over RAM.
  uint64_t sample_digest(unsigned samples) const;

 private:
  // Per page, bit 0 set if the host may hold non-zero contents for it
  // (pages never committed are zero; reading them would commit them).
  std::vector<unsigned char> committed_pages() const;
  uint64_t base_;
  uint64_t size_;
  uint8_t* mem_;
  std::vector<uint8_t> flags_;
};

}  // namespace ttvm

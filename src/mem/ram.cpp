#include "mem/ram.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <new>
#include <vector>

#include "util/hash.h"

namespace ttvm {

Ram::Ram(uint64_t base, uint64_t size) : base_(base), size_(size), flags_(size >> kPageShift, 0) {
  // mmap gives zeroed memory that the host only commits when touched, so a
  // large -m costs nothing until the guest uses it. Aligned to 2 MiB and
  // offered for transparent huge pages (as QEMU does with guest RAM): a guest
  // touching all its RAM (xv6 fills every free page at boot, Linux clears
  // them) then takes one host fault per 2 MiB instead of one per 4 KiB,
  // which is most of the time of such a boot on a virtualized host.
  map_size_ = size + kHugePage;
  void* p = mmap(nullptr, map_size_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  map_ = static_cast<uint8_t*>(p);
  mem_ = reinterpret_cast<uint8_t*>((reinterpret_cast<uintptr_t>(map_) + kHugePage - 1) & ~uintptr_t(kHugePage - 1));
#ifdef MADV_HUGEPAGE
  madvise(mem_, size, MADV_HUGEPAGE);  // advice only: without THP, 4 KiB pages as before
#endif
}

Ram::~Ram() { munmap(map_, map_size_); }

namespace {

// Whether the host may have moved guest pages out to swap; then "not
// resident" no longer implies "never written, all zero".
bool host_has_swap() {
  static const bool swap = [] {
    FILE* f = std::fopen("/proc/swaps", "r");
    if (!f) return true;  // unknown: assume the worst
    int lines = 0;
    for (int c; (c = std::fgetc(f)) != EOF;) lines += c == '\n';
    std::fclose(f);
    return lines > 1;  // a header line, then one line per swap area
  }();
  return swap;
}

bool all_zero(const uint64_t* w, size_t n) {
  uint64_t acc = 0;
  for (size_t i = 0; i < n; ++i) acc |= w[i];
  return acc == 0;
}

}  // namespace

// A hash of RAM's contents: each page that is not all zero, with its index.
// Pages the host never committed are zero and are skipped without being
// touched (mincore), so a large, mostly unused RAM hashes quickly.
std::vector<unsigned char> Ram::committed_pages() const {
  std::vector<unsigned char> resident(size_ >> kPageShift, 1);
  if (!host_has_swap() && mincore(mem_, size_, resident.data()) != 0) std::fill(resident.begin(), resident.end(), 1);
  return resident;
}

void Ram::page_will_change(uint64_t index) {
  uint8_t& f = flags_[index];
  if (f & kUnlogged) {
    f &= ~kUnlogged;
    if (logger_) logger_->log_page(index, page_data(index));
  }
  if (f & kCodePage) {
    // The observer clears kCodePage once the page's blocks are gone.
    if (code_) code_->code_page_written(base_ + (index << kPageShift));
    f &= ~kCodePage;
  }
}

void Ram::restore_page(uint64_t index, const uint8_t* contents) {
  uint8_t& f = flags_[index];
  if (f & kCodePage) {
    if (code_) code_->code_page_written(base_ + (index << kPageShift));
    f &= ~kCodePage;
  }
  uint8_t* dst = mem_ + (index << kPageShift);
  if (contents)
    std::memcpy(dst, contents, kPageSize);
  else
    std::memset(dst, 0, kPageSize);
}

void Ram::arm_tracking(PageLogger* logger, const std::vector<bool>& already_logged) {
  logger_ = logger;
  for (uint64_t p = 0; p < flags_.size(); ++p) {
    if (p < already_logged.size() && already_logged[p])
      flags_[p] &= ~kUnlogged;
    else
      flags_[p] |= kUnlogged;
  }
}

void Ram::disarm_tracking() {
  logger_ = nullptr;
  for (auto& f : flags_) f &= ~kUnlogged;
}

uint64_t Ram::digest() const {
  const std::vector<unsigned char> resident = committed_pages();
  uint64_t h = kFnvOffset;
  constexpr size_t kWords = kPageSize / 8;
  for (size_t p = 0; p < resident.size(); ++p) {
    if (!(resident[p] & 1)) continue;
    const uint64_t* w = reinterpret_cast<const uint64_t*>(mem_ + (p << kPageShift));
    if (all_zero(w, kWords)) continue;
    h = hash_words(w, kPageSize, h ^ p);
  }
  return h;
}

uint64_t Ram::sample_digest(unsigned samples) const {
  const std::vector<unsigned char> resident = committed_pages();
  const uint64_t stride = std::max<uint64_t>(8, size_ / samples) & ~7ull;
  uint64_t h = kFnvOffset;
  for (uint64_t off = 0; off + 8 <= size_; off += stride) {
    if (!(resident[off >> kPageShift] & 1)) continue;  // zero, and reading it would commit it
    uint64_t v;
    std::memcpy(&v, mem_ + off, 8);
    if (v) h = fnv1a(&v, 8, h ^ off);
  }
  return h;
}

}  // namespace ttvm

// A per-hart software TLB: direct-mapped, virtual page -> host page pointer
// (and physical page), one table per access type and translation mode. An
// entry exists only when the whole page is accessible for that access in
// that mode (translation, PMP and page flags all checked on the slow path),
// so a hit needs no further checks.
// A flush clears just the entries filled since the last one (FillLog).
#pragma once
#include <cstdint>
#include <cstring>

#include "cpu/fill_log.h"

namespace ttvm {

struct TlbEntry {
  uint64_t tag;    // virtual page number, or kInvalid
  uint8_t* host;   // host address of the page's first byte
  uint64_t ppage;  // physical address of the page
};

class Tlb {
 public:
  static constexpr unsigned kEntries = 256;
  static constexpr uint64_t kInvalid = ~0ull;

  Tlb() {
    for (auto& e : e_) e.tag = kInvalid;
  }
  void flush() {
    filled_.flush([this](unsigned i) { e_[i].tag = kInvalid; },
                  [this] {
                    for (auto& e : e_) e.tag = kInvalid;
                  });
  }
  const TlbEntry& slot(uint64_t va) const { return e_[(va >> 12) & (kEntries - 1)]; }
  // The only way entries become valid, so that flush() knows them.
  void fill(uint64_t va, uint8_t* host, uint64_t ppage) {
    const unsigned i = (va >> 12) & (kEntries - 1);
    if (e_[i].tag == kInvalid) filled_.filled(i);
    e_[i] = {va >> 12, host, ppage};
  }
  void flush_page(uint64_t va) {
    TlbEntry& e = e_[(va >> 12) & (kEntries - 1)];
    if (e.tag == va >> 12) e.tag = kInvalid;
  }
  // Drops every entry that maps the physical page `ppage`.
  void flush_ppage(uint64_t ppage) {
    for (auto& e : e_)
      if (e.tag != kInvalid && e.ppage == ppage) e.tag = kInvalid;
  }

 private:
  TlbEntry e_[kEntries];  // first: translated code indexes a Tlb from its start
  FillLog<32> filled_;
};

}  // namespace ttvm

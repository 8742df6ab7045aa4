// One saved version of a guest RAM page, shared by reference between the
// undo and redo logs that hold it. An all-zero page is kept as null, so the
// many zero pages of a fresh guest cost nothing.
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>

#include "mem/ram.h"

namespace ttvm {

struct PageBytes {
  uint8_t b[kPageSize];
};
using PageRef = std::shared_ptr<const PageBytes>;

inline bool page_is_zero(const uint8_t* p) {
  uint64_t acc = 0;
  for (unsigned i = 0; i < kPageSize; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    acc |= w;
  }
  return acc == 0;
}

inline PageRef copy_page(const uint8_t* p) {
  if (page_is_zero(p)) return nullptr;
  auto c = std::make_shared<PageBytes>();
  std::memcpy(c->b, p, kPageSize);
  return c;
}

// Whether the version `r` holds exactly the bytes at `p`.
inline bool page_equals(const PageRef& r, const uint8_t* p) {
  return r ? std::memcmp(r->b, p, kPageSize) == 0 : page_is_zero(p);
}

}  // namespace ttvm

#include "cpu/jit/arena.h"

#include <sys/mman.h>

#include <cstring>

namespace ttvm {

CodeArena::~CodeArena() {
  if (base_) munmap(base_, size_);
}

void* CodeArena::add(const void* code, size_t n, const std::vector<uint32_t>& link_sites) {
  if (!base_ && !failed_) {
    // Reserved, not committed: pages cost memory only once code lands there.
    void* p = mmap(nullptr, size_, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (p == MAP_FAILED)
      failed_ = true;
    else {
      base_ = static_cast<uint8_t*>(p);
      unwind_.cover(base_, size_);
    }
  }
  if (!base_) return nullptr;
  // 16-byte starts: what the host's decoders like for branch targets.
  const size_t at = (used_ + 15) & ~size_t(15);
  if (at + n > size_) return nullptr;
  std::memcpy(base_ + at, code, n);
  used_ = at + n;
  for (uint32_t s : link_sites) link_sites_.push_back(at + s);
  return base_ + at;
}

void CodeArena::unlink_all() {
  const int32_t next = 0;
  for (size_t s : link_sites_) std::memcpy(base_ + s + 1, &next, 4);
}

}  // namespace ttvm

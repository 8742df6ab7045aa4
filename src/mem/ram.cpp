#include "mem/ram.h"

#include <sys/mman.h>

#include <new>

#include "util/hash.h"

namespace ttvm {

Ram::Ram(uint64_t base, uint64_t size) : base_(base), size_(size), flags_(size >> kPageShift, 0) {
  // mmap gives zeroed memory that the host only commits when touched, so a
  // large -m costs nothing until the guest uses it.
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  mem_ = static_cast<uint8_t*>(p);
}

Ram::~Ram() { munmap(mem_, size_); }

// FNV-1a over 64-bit words rather than bytes: RAM is large and this runs
// for every digest.
uint64_t Ram::digest() const {
  uint64_t h = kFnvOffset;
  const uint64_t* w = reinterpret_cast<const uint64_t*>(mem_);
  for (uint64_t i = 0; i < size_ / 8; ++i) {
    h ^= w[i];
    h *= kFnvPrime;
  }
  return h;
}

}  // namespace ttvm

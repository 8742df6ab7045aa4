// Executable memory for the jit engine's translations: one region per code
// cache, reserved once and filled front to back. Translations are never
// freed one by one (a block invalidated by a store just stops being
// reachable); when the region is full the code cache is flushed and the
// region starts again from the front.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "cpu/jit/unwind.h"

namespace ttvm {

class CodeArena {
 public:
  static constexpr size_t kDefaultSize = 64u << 20;

  explicit CodeArena(size_t size = kDefaultSize) : size_(size) {}
  ~CodeArena();
  CodeArena(const CodeArena&) = delete;
  CodeArena& operator=(const CodeArena&) = delete;

  // Copies `n` bytes of position-independent code in; null when full (or
  // when the host refuses executable memory). `link_sites`: offsets in it of
  // `jmp rel32` instructions that translated code patches to link blocks.
  void* add(const void* code, size_t n, const std::vector<uint32_t>& link_sites = {});
  // Points every patched link back at the instruction after it (the
  // jump-cache lookup), as it was emitted.
  void unlink_all();
  // Forgets every translation (after the code cache was flushed).
  void reset() {
    used_ = 0;
    link_sites_.clear();
  }
  size_t used() const { return used_; }
  const uint8_t* base() const { return base_; }

 private:
  uint8_t* base_ = nullptr;
  size_t size_;
  size_t used_ = 0;
  std::vector<size_t> link_sites_;  // offsets from base_
  bool failed_ = false;
  JitUnwindInfo unwind_;  // exceptions pass through the translations
};

}  // namespace ttvm

// Executable memory for the jit engine's translations: one region per code
// cache, reserved once and filled front to back. Translations are never
// freed one by one (a block invalidated by a store just stops being
// reachable); when the region is full the code cache is flushed and the
// region starts again from the front.
#pragma once
#include <cstddef>
#include <cstdint>

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
  // when the host refuses executable memory).
  void* add(const void* code, size_t n);
  // Forgets every translation (after the code cache was flushed).
  void reset() { used_ = 0; }
  size_t used() const { return used_; }
  const uint8_t* base() const { return base_; }

 private:
  uint8_t* base_ = nullptr;
  size_t size_;
  size_t used_ = 0;
  bool failed_ = false;
  JitUnwindInfo unwind_;  // exceptions pass through the translations
};

}  // namespace ttvm

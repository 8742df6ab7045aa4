// Decoded blocks, cached by physical address and shared by all harts.
// A block is a run of instructions within one 4 KiB page that ends at a
// control transfer or system instruction (or 64 instructions). Building a
// block on a RAM page flags the page as code (Ram::kCodePage); a store to a
// flagged page invalidates all blocks of the page (Ram's write door calls
// code_page_written). Invalidated blocks are
// kept until collect_garbage(), because the hart that stored may still be
// executing one of them.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

#include "cpu/jit/arena.h"
#include "isa/insn.h"
#include "mem/bus.h"

namespace ttvm {

// A block translated to host code by the jit engine (src/cpu/jit/).
using NativeBlockFn = uint32_t (*)(Hart* h);

struct Block {
  uint64_t pa;
  uint32_t count;  // instructions
  uint32_t bytes;  // bytes covered
  std::vector<Insn> insns;
  // Engine caches, not guest state: the jit engine's translation (whose
  // jumps to direct successors on this page are patched in place); how
  // often the block ran before it was translated. `transient` marks the
  // hart's reused one-instruction block, never worth translating.
  mutable NativeBlockFn native = nullptr;
  mutable uint32_t runs = 0;
  bool transient = false;
};

class CodeCache : public CodeObserver {
 public:
  static constexpr unsigned kMaxBlockInsns = 64;

  explicit CodeCache(Bus& bus);

  // The block starting at pa, built if needed. Null when no memory backs pa
  // or the first instruction crosses the page end (the hart handles those).
  Block* lookup(uint64_t pa) {
    Block* b = table_[(pa >> 1) & (kTableSize - 1)];
    if (b && b->pa == pa) return b;
    return lookup_slow(pa);
  }
  // A RAM page that held code was written (Ram's door tells us).
  void invalidate_page(uint64_t ppage);
  void code_page_written(uint64_t ppage) override { invalidate_page(ppage); }
  void flush_all();
  void collect_garbage() { graveyard_.clear(); }
  size_t block_count() const { return blocks_.size(); }
  // Where the jit engine keeps its translations of these blocks; they die
  // with the blocks (flush_all empties it).
  CodeArena& native_code() { return native_code_; }

  // Called when a RAM page first gets decoded blocks: harts must drop write
  // TLB entries for it so that stores to it reach the slow path.
  std::function<void(uint64_t ppage)> on_new_code_page;
  // Called when blocks were invalidated: harts must drop pointers to them.
  std::function<void()> on_invalidate;

 private:
  static constexpr unsigned kTableSize = 1 << 16;
  Block* lookup_slow(uint64_t pa);
  std::unique_ptr<Block> build(uint64_t pa);

  Bus& bus_;
  std::vector<Block*> table_;
  std::unordered_map<uint64_t, std::unique_ptr<Block>> blocks_;
  std::unordered_map<uint64_t, std::vector<uint64_t>> by_page_;  // page -> block start addresses
  std::vector<std::unique_ptr<Block>> graveyard_;
  CodeArena native_code_;
};

}  // namespace ttvm

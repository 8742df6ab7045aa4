#include "cpu/code_cache.h"

#include "isa/decode.h"

namespace ttvm {

CodeCache::CodeCache(Bus& bus) : bus_(bus), table_(kTableSize, nullptr) { bus.ram().set_code_observer(this); }

Block* CodeCache::lookup_slow(uint64_t pa) {
  auto it = blocks_.find(pa);
  Block* b;
  if (it != blocks_.end()) {
    b = it->second.get();
  } else {
    auto nb = build(pa);
    if (!nb) return nullptr;
    b = nb.get();
    const uint64_t page = pa & ~(kPageSize - 1);
    Ram& ram = bus_.ram();
    if (ram.contains(pa)) {
      auto& list = by_page_[page];
      if (list.empty() && !(ram.page_flags(page) & Ram::kCodePage)) {
        ram.set_page_flag(page, Ram::kCodePage);
        if (on_new_code_page) on_new_code_page(page);
      }
      list.push_back(pa);
    }
    blocks_.emplace(pa, std::move(nb));
  }
  table_[(pa >> 1) & (kTableSize - 1)] = b;
  return b;
}

std::unique_ptr<Block> CodeCache::build(uint64_t pa) {
  const uint64_t page_end = (pa & ~(kPageSize - 1)) + kPageSize;
  auto b = std::make_unique<Block>();
  b->pa = pa;
  uint64_t at = pa;
  while (b->insns.size() < kMaxBlockInsns && at + 2 <= page_end) {
    uint32_t bits;
    const unsigned len = bus_.fetch_insn(at, bits);
    // No memory, or the instruction crosses the page (run on its own).
    if (len == 0 || at + len > page_end) break;
    Insn in = decode(bits);
    in.idx = uint16_t(b->insns.size());
    b->insns.push_back(in);
    at += in.len;
    if (op_ends_block(in.op)) break;
  }
  if (b->insns.empty()) return nullptr;
  b->count = uint32_t(b->insns.size());
  b->bytes = uint32_t(at - pa);
  return b;
}

void CodeCache::invalidate_page(uint64_t ppage) {
  auto it = by_page_.find(ppage);
  if (it != by_page_.end()) {
    for (uint64_t pa : it->second) {
      auto bit = blocks_.find(pa);
      if (bit == blocks_.end()) continue;
      Block*& slot = table_[(pa >> 1) & (kTableSize - 1)];
      if (slot == bit->second.get()) slot = nullptr;
      graveyard_.push_back(std::move(bit->second));
      blocks_.erase(bit);
    }
    by_page_.erase(it);
    if (on_invalidate) on_invalidate();
  }
  bus_.ram().clear_page_flag(ppage, Ram::kCodePage);
}

void CodeCache::flush_all() {
  for (auto& [pa, b] : blocks_) graveyard_.push_back(std::move(b));
  blocks_.clear();
  for (auto& [page, list] : by_page_) bus_.ram().clear_page_flag(page, Ram::kCodePage);
  by_page_.clear();
  std::fill(table_.begin(), table_.end(), nullptr);
  // The bytes stay until the next translation overwrites them, so a block
  // still running (its hart is inside it) finishes safely.
  native_code_.reset();
  if (on_invalidate) on_invalidate();
}

}  // namespace ttvm

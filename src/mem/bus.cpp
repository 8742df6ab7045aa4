#include "mem/bus.h"

#include <cstring>

namespace ttvm {

void Bus::add_device(uint64_t base, uint64_t size, Device* dev) { windows_.push_back({base, size, dev}); }

void Bus::add_rom(uint64_t base, std::vector<uint8_t> contents) { roms_.push_back({base, std::move(contents)}); }

const Bus::Window* Bus::find(uint64_t pa) const {
  for (const auto& w : windows_)
    if (pa - w.base < w.size) return &w;
  return nullptr;
}

const uint8_t* Bus::fetch_ptr(uint64_t pa, uint64_t len) const {
  if (ram_.contains(pa, len)) return ram_.host(pa);
  for (const auto& r : roms_)
    if (pa >= r.base && len <= r.data.size() && pa - r.base <= r.data.size() - len) return r.data.data() + (pa - r.base);
  return nullptr;
}

unsigned Bus::fetch_insn(uint64_t pa, uint32_t& bits) const {
  const uint8_t* p = fetch_ptr(pa, 2);
  if (!p) return 0;
  bits = uint32_t(p[0] | p[1] << 8);
  if ((bits & 3) != 3) return 2;  // compressed
  p = fetch_ptr(pa, 4);
  if (!p) return 0;
  std::memcpy(&bits, p, 4);
  return 4;
}

bool Bus::read(uint64_t pa, unsigned size, uint64_t& value) {
  if (const Window* w = find(pa)) {
    if (pa - w->base > w->size - size) return false;
    return w->dev->read(pa - w->base, size, value);
  }
  if (const uint8_t* p = fetch_ptr(pa, size)) {
    value = 0;
    std::memcpy(&value, p, size);
    return true;
  }
  return false;
}

bool Bus::write(uint64_t pa, unsigned size, uint64_t value) {
  if (const Window* w = find(pa)) {
    if (pa - w->base > w->size - size) return false;
    return w->dev->write(pa - w->base, size, value);
  }
  return false;  // ROM and holes
}

bool Bus::read_memory(uint64_t pa, void* out, uint64_t len) const {
  const uint8_t* p = fetch_ptr(pa, len);
  if (!p) return false;
  std::memcpy(out, p, len);
  return true;
}

}  // namespace ttvm

#include "dev/virtio_queue.h"

#include <algorithm>
#include <cinttypes>
#include <cstdarg>
#include <cstdio>
#include <cstring>

namespace ttvm {
namespace {

constexpr uint64_t kDescSize = 16;

std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char* fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return buf;
}

// Ring sizes in bytes (virtio 1.x 2.7): flags, idx, ring[size], and the
// event-index word after the ring.
uint64_t desc_bytes(uint16_t n) { return kDescSize * n; }
uint64_t avail_bytes(uint16_t n) { return 4 + 2ull * n + 2; }
uint64_t used_bytes(uint16_t n) { return 4 + 8ull * n + 2; }

// Whether the driver asked for an interrupt when the used index moved from
// old_idx to new_idx (the spec's vring_need_event).
bool need_event(uint16_t event_idx, uint16_t new_idx, uint16_t old_idx) {
  return uint16_t(new_idx - event_idx - 1) < uint16_t(new_idx - old_idx);
}

}  // namespace

uint64_t VirtChain::readable_bytes() const {
  uint64_t n = 0;
  for (const auto& s : readable) n += s.len;
  return n;
}

uint64_t VirtChain::writable_bytes() const {
  uint64_t n = 0;
  for (const auto& s : writable) n += s.len;
  return n;
}

// Calls copy(addr, position in the caller's bytes, n) for the guest ranges
// holding bytes [offset, offset+len) of the concatenated segments; returns
// how many bytes were covered.
template <typename Copy>
uint64_t walk(const std::vector<VirtSegment>& segs, uint64_t offset, uint64_t len, Copy copy) {
  uint64_t done = 0;
  for (const auto& s : segs) {
    if (done == len) break;
    if (offset >= s.len) {
      offset -= s.len;
      continue;
    }
    const uint64_t n = std::min<uint64_t>(s.len - offset, len - done);
    if (!copy(s.addr + offset, done, n)) break;
    done += n;
    offset = 0;
  }
  return done;
}

uint64_t VirtChain::read(const Dma& dma, uint64_t offset, void* out, uint64_t len) const {
  auto* p = static_cast<uint8_t*>(out);
  return walk(readable, offset, len, [&](uint64_t pa, uint64_t at, uint64_t n) { return dma.read(pa, p + at, n); });
}

uint64_t VirtChain::write(Dma& dma, uint64_t offset, const void* in, uint64_t len) const {
  const auto* p = static_cast<const uint8_t*>(in);
  return walk(writable, offset, len, [&](uint64_t pa, uint64_t at, uint64_t n) { return dma.write(pa, p + at, n); });
}

VirtQueue::VirtQueue(Dma& dma, uint16_t default_size) : dma_(dma), default_size_(default_size), size_(default_size) {}

void VirtQueue::reset() {
  size_ = default_size_;
  ready_ = false;
  event_idx_ = false;
  desc_ = avail_ = used_ = 0;
  last_avail_idx_ = used_idx_ = signalled_used_ = 0;
  signalled_used_valid_ = false;
  error_.clear();
}

void VirtQueue::fail(std::string why) {
  if (error_.empty()) error_ = std::move(why);
}

bool VirtQueue::enable(uint16_t size, uint64_t desc, uint64_t driver, uint64_t device) {
  size_ = size;
  desc_ = desc;
  avail_ = driver;
  used_ = device;
  ready_ = true;
  if (!dma_.valid(desc, desc_bytes(size)))
    fail(format("descriptor table at 0x%" PRIx64 " (%" PRIu64 " bytes) lies outside RAM", desc, desc_bytes(size)));
  else if (!dma_.valid(driver, avail_bytes(size)))
    fail(format("available ring at 0x%" PRIx64 " (%" PRIu64 " bytes) lies outside RAM", driver, avail_bytes(size)));
  else if (!dma_.valid(device, used_bytes(size)))
    fail(format("used ring at 0x%" PRIx64 " (%" PRIu64 " bytes) lies outside RAM", device, used_bytes(size)));
  return !failed();
}

bool VirtQueue::read_u16(uint64_t pa, uint16_t& v, const char* what) {
  if (dma_.read_obj(pa, v)) return true;
  fail(format("%s at 0x%" PRIx64 " lies outside RAM", what, pa));
  return false;
}

bool VirtQueue::write_u16(uint64_t pa, uint16_t v, const char* what) {
  if (dma_.write_obj(pa, v)) return true;
  fail(format("%s at 0x%" PRIx64 " lies outside RAM", what, pa));
  return false;
}

bool VirtQueue::read_desc(uint64_t table, uint32_t index, Desc& d) {
  uint8_t raw[kDescSize];
  const uint64_t pa = table + kDescSize * index;
  if (!dma_.read(pa, raw, kDescSize)) {
    fail(format("descriptor %u at 0x%" PRIx64 " lies outside RAM", index, pa));
    return false;
  }
  std::memcpy(&d.addr, raw, 8);
  std::memcpy(&d.len, raw + 8, 4);
  std::memcpy(&d.flags, raw + 12, 2);
  std::memcpy(&d.next, raw + 14, 2);
  return true;
}

bool VirtQueue::pop(VirtChain& chain) {
  chain.clear();
  if (!ready_ || failed()) return false;
  uint16_t avail_idx;
  if (!read_u16(avail_ + 2, avail_idx, "available ring index")) return false;
  const uint16_t pending = uint16_t(avail_idx - last_avail_idx_);
  if (pending == 0) return false;
  if (pending > size_) {
    fail(format("driver moved the available index from %u to %u, more than the queue size %u", last_avail_idx_,
                avail_idx, size_));
    return false;
  }
  uint16_t head;
  if (!read_u16(avail_ + 4 + 2ull * (last_avail_idx_ % size_), head, "available ring entry")) return false;
  if (head >= size_) {
    fail(format("available ring entry %u names descriptor %u of a queue of %u", last_avail_idx_ % size_, head, size_));
    return false;
  }
  chain.head = head;

  // Walk the chain: zero or more direct descriptors, optionally ending in one
  // that refers to an indirect table (spec 2.7.5.3.2). `count` bounds the walk
  // in the current table, so a loop is caught after `table_size` steps.
  uint64_t table = desc_;
  uint32_t table_size = size_;
  bool indirect = false;
  uint32_t index = head;
  uint32_t count = 0;
  for (;;) {
    Desc d;
    if (!read_desc(table, index, d)) return false;
    const char* where = indirect ? "indirect descriptor" : "descriptor";
    if (d.flags & kDescIndirect) {
      if (indirect) {
        fail(format("indirect descriptor %u refers to another indirect table", index));
        return false;
      }
      if (d.len == 0 || d.len % kDescSize) {
        fail(format("descriptor %u: indirect table length %u is not a nonzero multiple of 16", index, d.len));
        return false;
      }
      if (!dma_.valid(d.addr, d.len)) {
        fail(
            format("descriptor %u: indirect table at 0x%" PRIx64 " (%u bytes) lies outside RAM", index, d.addr, d.len));
        return false;
      }
      // The NEXT and WRITE flags of this descriptor mean nothing (as QEMU).
      table = d.addr;
      table_size = d.len / kDescSize;
      indirect = true;
      index = 0;
      count = 0;
      continue;
    }
    if (d.len == 0) {
      fail(format("%s %u has length 0", where, index));
      return false;
    }
    if (!dma_.valid(d.addr, d.len)) {
      fail(format("%s %u: buffer at 0x%" PRIx64 " (%u bytes) lies outside RAM", where, index, d.addr, d.len));
      return false;
    }
    if (d.flags & kDescWrite) {
      chain.writable.push_back({d.addr, d.len});
    } else {
      if (!chain.writable.empty()) {
        fail(format("%s %u: device-readable buffer after a device-writable one", where, index));
        return false;
      }
      chain.readable.push_back({d.addr, d.len});
    }
    if (++count > table_size) {
      fail(format("descriptor chain from head %u loops (more than %u descriptors)", head, table_size));
      return false;
    }
    if (chain.readable.size() + chain.writable.size() > kMaxSize) {
      fail(format("descriptor chain from head %u has more than %u buffers", head, unsigned(kMaxSize)));
      return false;
    }
    if (!(d.flags & kDescNext)) break;
    if (d.next >= table_size) {
      fail(format("%s %u: next descriptor %u beyond a table of %u", where, index, d.next, table_size));
      return false;
    }
    index = d.next;
  }

  ++last_avail_idx_;
  // With the event index, ask for a notification at the next buffer.
  if (event_idx_ && !write_u16(used_ + 4 + 8ull * size_, last_avail_idx_, "used ring avail_event")) return false;
  return true;
}

bool VirtQueue::has_available() const {
  uint16_t avail_idx;
  if (!ready_ || failed() || !dma_.read_obj(avail_ + 2, avail_idx)) return false;
  return avail_idx != last_avail_idx_;
}

void VirtQueue::push(const VirtChain& chain, uint32_t len) {
  if (!ready_ || failed()) return;
  const uint64_t elem = used_ + 4 + 8ull * (used_idx_ % size_);
  const uint32_t id = chain.head;
  uint8_t raw[8];
  std::memcpy(raw, &id, 4);
  std::memcpy(raw + 4, &len, 4);
  if (!dma_.write(elem, raw, 8)) {
    fail(format("used ring entry at 0x%" PRIx64 " lies outside RAM", elem));
    return;
  }
  ++used_idx_;
  write_u16(used_ + 2, used_idx_, "used ring index");
}

bool VirtQueue::should_notify() {
  const bool valid = signalled_used_valid_;
  const uint16_t old_idx = signalled_used_;
  signalled_used_valid_ = true;
  signalled_used_ = used_idx_;
  // Even after a failure: the chains completed before it are the driver's.
  if (!ready_) return false;
  if (!event_idx_) {
    uint16_t flags;
    if (!read_u16(avail_, flags, "available ring flags")) return false;
    return !(flags & kAvailNoInterrupt);
  }
  uint16_t used_event;
  if (!read_u16(avail_ + 4 + 2ull * size_, used_event, "available ring used_event")) return false;
  return !valid || need_event(used_event, used_idx_, old_idx);
}

void VirtQueue::save(StateWriter& w) const {
  w.put(size_);
  w.put<uint8_t>(ready_);
  w.put<uint8_t>(event_idx_);
  w.put(desc_);
  w.put(avail_);
  w.put(used_);
  w.put(last_avail_idx_);
  w.put(used_idx_);
  w.put(signalled_used_);
  w.put<uint8_t>(signalled_used_valid_);
  w.put_bytes(error_.data(), error_.size());
}

void VirtQueue::restore(StateReader& r) {
  r.get(size_);
  if (size_ == 0 || size_ > kMaxSize)
    throw UserError("machine state: virtqueue size " + std::to_string(size_) + " (expected 1.." +
                    std::to_string(kMaxSize) + ")");
  ready_ = r.get<uint8_t>() != 0;
  event_idx_ = r.get<uint8_t>() != 0;
  r.get(desc_);
  r.get(avail_);
  r.get(used_);
  r.get(last_avail_idx_);
  r.get(used_idx_);
  r.get(signalled_used_);
  signalled_used_valid_ = r.get<uint8_t>() != 0;
  const uint64_t n = r.get<uint64_t>();
  if (n > 4096) throw UserError("machine state: virtqueue error message of " + std::to_string(n) + " bytes");
  error_.assign(n, '\0');
  for (uint64_t i = 0; i < n; ++i) error_[i] = char(r.get<uint8_t>());
}

}  // namespace ttvm

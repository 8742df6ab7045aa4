#include "dev/virtio_blk.h"

#include <algorithm>
#include <cstring>

namespace ttvm {
namespace {
constexpr uint64_t kHeaderBytes = 16;   // le32 type, le32 reserved, le64 sector
constexpr uint64_t kChunk = 64 * 1024;  // bounce buffer size for data transfers
}  // namespace

VirtioBlk::VirtioBlk(DiskImage& image, std::string serial)
    : image_(image), serial_(std::move(serial)), bounce_(kChunk) {}

uint64_t VirtioBlk::features() const {
  uint64_t f = (1ull << kFSegMax) | (1ull << kFBlkSize) | (1ull << kFFlush) | (1ull << kFTopology);
  if (image_.read_only()) f |= 1ull << kFRo;
  return f;
}

void VirtioBlk::read_config(uint8_t* out) const {
  std::memset(out, 0, kConfigSize);
  auto put = [&](size_t off, auto v) { std::memcpy(out + off, &v, sizeof v); };
  put(0, uint64_t(image_.sectors()));         // capacity
  put(8, uint32_t(0));                        // size_max (feature not offered, as QEMU)
  put(12, uint32_t(kQueueSize - 2));          // seg_max
  put(20, uint32_t(DiskImage::kSectorSize));  // blk_size
  // topology: physical_block_exp, alignment_offset, min_io_size, opt_io_size all 0
  put(32, uint8_t(1));   // writeback: the overlay is a write cache
  put(34, uint16_t(1));  // num_queues
}

bool VirtioBlk::range_ok(uint64_t sector, uint64_t len) const {
  const uint64_t total = image_.sectors();
  if (len % DiskImage::kSectorSize) return false;
  const uint64_t n = len / DiskImage::kSectorSize;
  return sector <= total && n <= total - sector;
}

uint8_t VirtioBlk::do_read(const VirtChain& c, uint64_t sector, uint64_t len) {
  if (!range_ok(sector, len)) return kStatusIoErr;
  Dma& dma = transport_->dma();
  uint64_t pos = sector * DiskImage::kSectorSize;
  uint64_t left = len;
  for (const VirtSegment& s : c.writable) {
    for (uint64_t off = 0; off < s.len && left;) {
      const uint64_t n = std::min({uint64_t(s.len) - off, left, kChunk});
      if (!image_.read(pos, bounce_.data(), n)) return kStatusIoErr;
      dma.write(s.addr + off, bounce_.data(), n);
      off += n;
      pos += n;
      left -= n;
    }
  }
  io_.in(len);
  return kStatusOk;
}

uint8_t VirtioBlk::do_write(const VirtChain& c, uint64_t sector, uint64_t len) {
  if (!range_ok(sector, len) || image_.read_only()) return kStatusIoErr;
  Dma& dma = transport_->dma();
  uint64_t pos = sector * DiskImage::kSectorSize;
  uint64_t skip = kHeaderBytes;
  for (const VirtSegment& s : c.readable) {
    const uint64_t start = std::min<uint64_t>(skip, s.len);
    skip -= start;
    for (uint64_t off = start; off < s.len;) {
      const uint64_t n = std::min<uint64_t>(s.len - off, kChunk);
      dma.read(s.addr + off, bounce_.data(), n);
      if (!image_.write(pos, bounce_.data(), n)) return kStatusIoErr;
      off += n;
      pos += n;
    }
  }
  io_.out(len);
  return kStatusOk;
}

bool VirtioBlk::handle(const VirtChain& c, VirtQueue& q) {
  Dma& dma = transport_->dma();
  if (c.readable.empty() || c.writable.empty()) {
    q.fail("request without a header or without a status byte");
    return false;
  }
  uint8_t hdr[kHeaderBytes];
  if (c.read(dma, 0, hdr, kHeaderBytes) != kHeaderBytes) {
    q.fail("request header shorter than 16 bytes");
    return false;
  }
  uint32_t type;
  uint64_t sector;
  std::memcpy(&type, hdr, 4);
  std::memcpy(&sector, hdr + 8, 8);
  // The status byte is the last writable byte; the data is what precedes it
  // (reads) or follows the header (writes). The used length is the whole
  // writable length, as QEMU reports it.
  const uint64_t in_len = c.writable_bytes();
  const uint64_t data_in = in_len - 1;
  uint8_t status;
  switch (type & ~(kTypeOut | kTypeBarrier)) {
    case kTypeIn:
      status = (type & kTypeOut) ? do_write(c, sector, c.readable_bytes() - kHeaderBytes) : do_read(c, sector, data_in);
      break;
    case kTypeFlush: status = image_.flush() ? kStatusOk : kStatusIoErr; break;
    case kTypeGetId: {
      // NUL-terminated only when shorter than the 20 bytes (QEMU, Linux).
      const uint64_t n = std::min<uint64_t>({serial_.size() + 1, data_in, kIdBytes});
      c.write(dma, 0, serial_.c_str(), n);
      status = kStatusOk;
      break;
    }
    default: status = kStatusUnsupp; break;
  }
  c.write(dma, data_in, &status, 1);
  q.push(c, uint32_t(std::min<uint64_t>(in_len, UINT32_MAX)));
  return true;
}

void VirtioBlk::process(unsigned, VirtQueue& q) {
  VirtChain c;
  while (q.pop(c))
    if (!handle(c, q)) return;
}

// The image's blocks are versioned by the machine's checkpoints (DiskImage),
// not saved with the device; the device itself keeps no state between
// requests.
void VirtioBlk::save(StateWriter&) const {}
void VirtioBlk::restore(StateReader&) {}

}  // namespace ttvm

// virtio-blk (virtio 1.x 5.2) over a DiskImage: one request queue; requests
// IN, OUT, FLUSH and GET_ID; anything else answers UNSUPP. Capacity is in
// 512-byte sectors. A read-only image offers VIRTIO_BLK_F_RO and fails OUT
// with IOERR, as does a request beyond the disk's end. Features and
// configuration follow QEMU's virtio-blk (SEG_MAX = queue size - 2,
// BLK_SIZE 512, FLUSH, TOPOLOGY; no SIZE_MAX, no DISCARD/WRITE_ZEROES).
//
// The device does not own the image: the machine does, so that checkpoints
// can version its blocks; save/restore carry no disk contents.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "dev/disk_image.h"
#include "dev/virtio_mmio.h"

namespace ttvm {

class VirtioBlk : public VirtioDevice {
 public:
  static constexpr uint16_t kQueueSize = 256;  // QEMU's default queue-size
  static constexpr size_t kIdBytes = 20;       // VIRTIO_BLK_ID_BYTES
  // Request types and status values (5.2.6).
  static constexpr uint32_t kTypeIn = 0, kTypeOut = 1, kTypeFlush = 4, kTypeGetId = 8;
  static constexpr uint32_t kTypeBarrier = 0x80000000;  // legacy flag, ignored (QEMU)
  static constexpr uint8_t kStatusOk = 0, kStatusIoErr = 1, kStatusUnsupp = 2;
  // Feature bits (5.2.3).
  static constexpr unsigned kFSizeMax = 1, kFSegMax = 2, kFRo = 5, kFBlkSize = 6, kFFlush = 9, kFTopology = 10;
  static constexpr uint32_t kConfigSize = 36;  // up to num_queues, as QEMU without discard

  // `serial` is the GET_ID answer (at most 20 bytes are sent; empty by
  // default, as QEMU without serial=).
  explicit VirtioBlk(DiskImage& image, std::string serial = "");

  const char* name() const override { return "virtio-blk"; }
  uint32_t device_id() const override { return virtio::kIdBlock; }
  uint64_t features() const override;
  unsigned num_queues() const override { return 1; }
  uint16_t queue_size(unsigned) const override { return kQueueSize; }
  uint32_t config_size() const override { return kConfigSize; }
  void read_config(uint8_t* out) const override;
  void process(unsigned queue, VirtQueue& q) override;
  void save(StateWriter& w) const override;
  void restore(StateReader& r) override;

  DiskImage& image() { return image_; }

 private:
  // Handles one request and returns it to the driver; false when the
  // request is malformed (the queue has failed).
  bool handle(const VirtChain& c, VirtQueue& q);
  uint8_t do_read(const VirtChain& c, uint64_t sector, uint64_t len);
  uint8_t do_write(const VirtChain& c, uint64_t sector, uint64_t len);
  bool range_ok(uint64_t sector, uint64_t len) const;

  DiskImage& image_;
  std::string serial_;
  std::vector<uint8_t> bounce_;
};

}  // namespace ttvm

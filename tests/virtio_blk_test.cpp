// virtio-blk over a DiskImage, driven as a guest driver would: reads,
// writes into the overlay (the image file stays untouched), commit mode,
// flush, GET_ID, read-only images, bad sectors, unsupported requests and
// malformed requests.
#include "dev/virtio_blk.h"

#include <gtest/gtest.h>

#include "dev/disk_image.h"
#include "virtio_test_util.h"

using namespace ttvm;
using namespace ttvm::test;

namespace {

constexpr uint64_t kHdr = Rig::kData;           // request header
constexpr uint64_t kBuf = Rig::kData + 0x1000;  // data
constexpr uint64_t kStat = Rig::kData + 0x100;  // status byte

struct BlkRig : Rig {
  // start: run the driver's probe sequence (a restored device needs none).
  explicit BlkRig(DiskImage& img, std::string serial = "", bool start = true)
      : Rig(std::make_unique<VirtioBlk>(img, std::move(serial))) {
    if (start) init(kVersion1);
  }
  void header(uint32_t type, uint64_t sector) {
    put<uint32_t>(kHdr, type);
    put<uint32_t>(kHdr + 4, 0);
    put<uint64_t>(kHdr + 8, sector);
  }
  // One request: header, data (device-writable for reads), status. Returns
  // the status byte.
  uint8_t request(uint32_t type, uint64_t sector, uint32_t len, bool device_writes) {
    header(type, sector);
    put<uint8_t>(kStat, 0xee);
    const uint16_t before = used_idx();
    std::vector<Buf> bufs = {{kHdr, 16, false}};
    if (len) bufs.push_back({kBuf, len, device_writes});
    bufs.push_back({kStat, 1, true});
    add_chain(bufs);
    kick();
    EXPECT_EQ(used_idx(), uint16_t(before + 1));
    last_len = used_len(before);
    return get<uint8_t>(kStat);
  }
  uint8_t read_sectors(uint64_t sector, uint32_t len) { return request(VirtioBlk::kTypeIn, sector, len, true); }
  uint8_t write_sectors(uint64_t sector, const std::vector<uint8_t>& data) {
    put_bytes(kBuf, data.data(), data.size());
    return request(VirtioBlk::kTypeOut, sector, uint32_t(data.size()), false);
  }
  uint32_t last_len = 0;
};

std::vector<uint8_t> slice(const std::vector<uint8_t>& v, size_t off, size_t n) {
  return std::vector<uint8_t>(v.begin() + off, v.begin() + off + n);
}

}  // namespace

TEST(VirtioBlk, ProbeAndConfig) {
  TempImage f(64 * 1024);
  DiskImage img(f.path, false, false);
  BlkRig r(img);
  EXPECT_EQ(r.r32(kDeviceId), 2u);
  const uint64_t feat = r.device_features();
  EXPECT_TRUE(feat & kF(VirtioBlk::kFSegMax));
  EXPECT_TRUE(feat & kF(VirtioBlk::kFBlkSize));
  EXPECT_TRUE(feat & kF(VirtioBlk::kFFlush));
  EXPECT_FALSE(feat & kF(VirtioBlk::kFRo));
  EXPECT_FALSE(feat & kF(VirtioBlk::kFSizeMax)) << "QEMU does not offer SIZE_MAX";
  EXPECT_EQ(r.cfg(0, 8), 128u) << "capacity in 512-byte sectors";
}

TEST(VirtioBlk, ReadsSectors) {
  TempImage f(64 * 1024);
  DiskImage img(f.path, false, false);
  BlkRig r(img);
  EXPECT_EQ(r.read_sectors(3, 1024), VirtioBlk::kStatusOk);
  EXPECT_EQ(r.get_bytes(kBuf, 1024), slice(f.contents, 3 * 512, 1024));
  EXPECT_EQ(r.last_len, 1025u) << "data and status byte";
  EXPECT_TRUE(r.irq);
  // The last sector, data spread over three buffers, the header split in two.
  r.header(VirtioBlk::kTypeIn, 127);
  r.add_chain(
      {{kHdr, 5, false}, {kHdr + 5, 11, false}, {kBuf, 100, true}, {kBuf + 0x200, 412, true}, {kStat, 1, true}});
  r.kick();
  EXPECT_EQ(r.get<uint8_t>(kStat), VirtioBlk::kStatusOk);
  EXPECT_EQ(r.get_bytes(kBuf, 100), slice(f.contents, 127 * 512, 100));
  EXPECT_EQ(r.get_bytes(kBuf + 0x200, 412), slice(f.contents, 127 * 512 + 100, 412));
}

TEST(VirtioBlk, WritesGoToOverlayNotFile) {
  TempImage f(64 * 1024);
  DiskImage img(f.path, false, false);
  BlkRig r(img);
  std::vector<uint8_t> data(1536, 0xab);
  EXPECT_EQ(r.write_sectors(7, data), VirtioBlk::kStatusOk);
  EXPECT_EQ(r.last_len, 1u);
  EXPECT_EQ(r.request(VirtioBlk::kTypeFlush, 0, 0, false), VirtioBlk::kStatusOk);
  EXPECT_EQ(f.read_back(), f.contents) << "the image file is untouched";
  // Sectors 7..9 live in blocks 0 and 1 of the overlay.
  EXPECT_EQ(img.overlay().size(), 2u);
  EXPECT_EQ(r.read_sectors(6, 2560), VirtioBlk::kStatusOk);
  EXPECT_EQ(r.get_bytes(kBuf, 512), slice(f.contents, 6 * 512, 512));
  EXPECT_EQ(r.get_bytes(kBuf + 512, 1536), data);
  EXPECT_EQ(r.get_bytes(kBuf + 2048, 512), slice(f.contents, 10 * 512, 512));
}

TEST(VirtioBlk, CommitModeWritesBackOnFlushAndExit) {
  TempImage f(64 * 1024);
  std::vector<uint8_t> expect = f.contents;
  {
    DiskImage img(f.path, false, true);
    BlkRig r(img);
    std::vector<uint8_t> data(512, 0x5a);
    EXPECT_EQ(r.write_sectors(1, data), VirtioBlk::kStatusOk);
    EXPECT_EQ(f.read_back(), f.contents) << "not before a flush";
    EXPECT_EQ(r.request(VirtioBlk::kTypeFlush, 0, 0, false), VirtioBlk::kStatusOk);
    std::fill(expect.begin() + 512, expect.begin() + 1024, 0x5a);
    EXPECT_EQ(f.read_back(), expect);
    std::vector<uint8_t> more(512, 0x11);
    EXPECT_EQ(r.write_sectors(100, more), VirtioBlk::kStatusOk);
    std::fill(expect.begin() + 100 * 512, expect.begin() + 101 * 512, 0x11);
  }
  EXPECT_EQ(f.read_back(), expect) << "written back when the image is closed";
}

TEST(VirtioBlk, GetId) {
  DiskImage img(std::vector<uint8_t>(4096));
  {
    BlkRig r(img, "ttvm-blk");
    std::vector<uint8_t> junk(20, 0xff);
    r.put_bytes(kBuf, junk.data(), junk.size());
    EXPECT_EQ(r.request(VirtioBlk::kTypeGetId, 0, 20, true), VirtioBlk::kStatusOk);
    EXPECT_EQ(std::string(reinterpret_cast<const char*>(r.ram.host(kBuf))), "ttvm-blk");
    EXPECT_EQ(r.get<uint8_t>(kBuf + 9), 0xff) << "only the string and its NUL";
  }
  {
    // 20 bytes or more: no NUL (QEMU, Linux's serial attribute).
    BlkRig r(img, "0123456789abcdefghijKLMN");
    EXPECT_EQ(r.request(VirtioBlk::kTypeGetId, 0, 20, true), VirtioBlk::kStatusOk);
    const auto id = r.get_bytes(kBuf, 20);
    EXPECT_EQ(std::string(id.begin(), id.end()), "0123456789abcdefghij");
  }
}

TEST(VirtioBlk, ReadOnlyImage) {
  TempImage f(8192);
  DiskImage img(f.path, true, false);
  BlkRig r(img);
  EXPECT_TRUE(r.device_features() & kF(VirtioBlk::kFRo));
  std::vector<uint8_t> data(512, 1);
  EXPECT_EQ(r.write_sectors(0, data), VirtioBlk::kStatusIoErr);
  EXPECT_TRUE(img.overlay().empty());
  EXPECT_EQ(r.read_sectors(0, 512), VirtioBlk::kStatusOk);
  EXPECT_EQ(r.get_bytes(kBuf, 512), slice(f.contents, 0, 512));
  EXPECT_EQ(r.request(VirtioBlk::kTypeFlush, 0, 0, false), VirtioBlk::kStatusOk);
  EXPECT_EQ(f.read_back(), f.contents);
}

TEST(VirtioBlk, OutOfRangeAndBadLengthsAreIoErr) {
  TempImage f(8192);  // 16 sectors
  DiskImage img(f.path, false, false);
  BlkRig r(img);
  EXPECT_EQ(r.read_sectors(16, 512), VirtioBlk::kStatusIoErr);
  EXPECT_EQ(r.read_sectors(15, 1024), VirtioBlk::kStatusIoErr);
  EXPECT_EQ(r.read_sectors(~0ull, 512), VirtioBlk::kStatusIoErr);
  EXPECT_EQ(r.read_sectors(~0ull / 512 + 1, 512), VirtioBlk::kStatusIoErr) << "sector * 512 overflows";
  EXPECT_EQ(r.read_sectors(0, 100), VirtioBlk::kStatusIoErr) << "not whole sectors";
  EXPECT_EQ(r.write_sectors(16, std::vector<uint8_t>(512)), VirtioBlk::kStatusIoErr);
  EXPECT_EQ(r.read_sectors(15, 512), VirtioBlk::kStatusOk);
  EXPECT_EQ(r.read_sectors(16, 0), VirtioBlk::kStatusOk) << "an empty read at the end";
  EXPECT_TRUE(img.overlay().empty());
  EXPECT_FALSE(r.mmio->broken());
}

TEST(VirtioBlk, UnsupportedTypes) {
  DiskImage img(std::vector<uint8_t>(4096));
  BlkRig r(img);
  for (uint32_t type : {2u, 10u, 11u, 13u, 14u, 0x1234u}) {
    EXPECT_EQ(r.request(type, 0, 512, true), VirtioBlk::kStatusUnsupp) << type;
  }
  // The legacy BARRIER flag is ignored, as QEMU does.
  EXPECT_EQ(r.request(VirtioBlk::kTypeIn | VirtioBlk::kTypeBarrier, 0, 512, true), VirtioBlk::kStatusOk);
}

TEST(VirtioBlk, MalformedRequestsNeedReset) {
  struct Case {
    const char* what;
    std::vector<Buf> bufs;
    const char* expect;
  };
  const std::vector<Case> cases = {
      {"no status byte", {{kHdr, 16, false}, {kBuf, 512, false}}, "status byte"},
      {"no header", {{kBuf, 512, true}, {kStat, 1, true}}, "header"},
      {"short header", {{kHdr, 8, false}, {kStat, 1, true}}, "shorter than 16"},
  };
  for (const auto& c : cases) {
    DiskImage img(std::vector<uint8_t>(4096));
    BlkRig r(img);
    r.header(VirtioBlk::kTypeIn, 0);
    r.add_chain(c.bufs);
    r.kick();
    EXPECT_TRUE(r.r32(kStatus) & 0x40) << c.what;
    EXPECT_EQ(r.used_idx(), 0) << c.what;
    ASSERT_EQ(r.log.size(), 1u) << c.what;
    EXPECT_NE(r.log[0].find("virtio-blk: queue 0:"), std::string::npos) << r.log[0];
    EXPECT_NE(r.log[0].find(c.expect), std::string::npos) << c.what << ": " << r.log[0];
  }
}

TEST(VirtioBlk, BadDataBufferNeverTouchesTheDisk) {
  DiskImage img(std::vector<uint8_t>(8192));
  BlkRig r(img);
  r.header(VirtioBlk::kTypeOut, 0);
  r.add_chain({{kHdr, 16, false}, {kRamBase + kRamSize - 256, 512, false}, {kStat, 1, true}});
  r.kick();
  EXPECT_TRUE(r.mmio->broken());
  EXPECT_TRUE(img.overlay().empty());
}

TEST(VirtioBlk, IndirectRequest) {
  TempImage f(8192);
  DiskImage img(f.path, false, false);
  Rig r(std::make_unique<VirtioBlk>(img));
  r.init(kVersion1 | kIndirect);
  const uint64_t table = Rig::kData + 0x3000;
  r.put<uint32_t>(kHdr, VirtioBlk::kTypeIn);
  r.put<uint64_t>(kHdr + 8, 2);
  r.put_desc(table, 0, kHdr, 16, 1, 1);
  r.put_desc(table, 1, kBuf, 512, 1 | 2, 2);
  r.put_desc(table, 2, kStat, 1, 2, 0);
  r.put_desc(Rig::kDesc, 0, table, 48, 4, 0);
  r.publish(0);
  r.kick();
  ASSERT_EQ(r.used_idx(), 1);
  EXPECT_EQ(r.get<uint8_t>(kStat), VirtioBlk::kStatusOk);
  EXPECT_EQ(r.get_bytes(kBuf, 512), slice(f.contents, 1024, 512));
}

TEST(VirtioBlk, SaveRestoreOfDeviceAndImage) {
  TempImage f(16384);
  DiskImage img1(f.path, false, false);
  BlkRig a(img1);
  EXPECT_EQ(a.write_sectors(9, std::vector<uint8_t>(512, 0x42)), VirtioBlk::kStatusOk);
  // The device and its image are saved apart (checkpoints version the
  // image's blocks on their own).
  StateWriter w, wi;
  a.mmio->save(w);
  img1.save(wi);

  DiskImage img2(f.path, false, false);
  BlkRig b(img2, "", false);
  std::memcpy(b.ram.host(kRamBase), a.ram.host(kRamBase), kRamSize);
  StateReader rd(w.bytes()), ri(wi.bytes());
  b.mmio->restore(rd);
  img2.restore(ri);
  EXPECT_TRUE(rd.at_end());
  EXPECT_TRUE(ri.at_end());
  EXPECT_EQ(img2.overlay(), img1.overlay());
  // The restored device continues the same queue.
  b.next_desc = a.next_desc;
  EXPECT_EQ(b.read_sectors(9, 512), VirtioBlk::kStatusOk);
  EXPECT_EQ(b.get_bytes(kBuf, 512), std::vector<uint8_t>(512, 0x42));
  EXPECT_EQ(b.used_idx(), 2);
}

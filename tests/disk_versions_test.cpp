// DiskImage's versions (the paper's disk log): a block's first write in a
// generation tells the logger the version it replaces, versions held by a
// log never change, and putting a version back makes reads see it again.
#include <gtest/gtest.h>

#include "dev/disk_image.h"

using namespace ttvm;

namespace {

struct Log : BlockLogger {
  std::vector<std::pair<uint64_t, DiskImage::BlockRef>> got;
  void log_block(unsigned, uint64_t index, const DiskImage::BlockRef& old) override { got.emplace_back(index, old); }
};

std::vector<uint8_t> read4k(DiskImage& d, uint64_t block) {
  std::vector<uint8_t> v(DiskImage::kBlockSize);
  EXPECT_TRUE(d.read(block * DiskImage::kBlockSize, v.data(), v.size()));
  return v;
}

}  // namespace

TEST(DiskVersions, FirstWritePerGenerationIsLoggedAndVersionsStayIntact) {
  DiskImage d(std::vector<uint8_t>(8 * DiskImage::kBlockSize, 0x11));
  Log log;
  d.set_block_logger(&log, 0);
  const std::vector<uint8_t> a(100, 0xaa), b(100, 0xbb);
  ASSERT_TRUE(d.write(DiskImage::kBlockSize + 10, a.data(), a.size()));
  ASSERT_EQ(log.got.size(), 1u);
  EXPECT_EQ(log.got[0].first, 1u);
  EXPECT_EQ(log.got[0].second, nullptr) << "the block read from the base before";
  ASSERT_TRUE(d.write(DiskImage::kBlockSize + 20, b.data(), b.size()));
  EXPECT_EQ(log.got.size(), 1u) << "a second write in the same generation is not a first write";
  // A new generation (a checkpoint): the next write logs the current version.
  d.new_generation();
  const DiskImage::BlockRef v1 = d.block(1);
  const std::vector<uint8_t> v1_bytes = *v1;
  ASSERT_TRUE(d.write(DiskImage::kBlockSize, b.data(), b.size()));
  ASSERT_EQ(log.got.size(), 2u);
  EXPECT_EQ(log.got[1].second, v1);
  EXPECT_EQ(*v1, v1_bytes) << "a logged version never changes (copy-on-write)";
  EXPECT_NE(d.block(1), v1);
  // Going back: the version before the write is read again; forward: the new.
  const DiskImage::BlockRef v2 = d.block(1);
  d.set_block(1, v1);
  EXPECT_EQ(read4k(d, 1), v1_bytes);
  d.set_block(1, v2);
  EXPECT_EQ(read4k(d, 1)[0], 0xbb);
  d.set_block(1, nullptr);
  EXPECT_EQ(read4k(d, 1), std::vector<uint8_t>(DiskImage::kBlockSize, 0x11)) << "back to the base image";
  // A restored version is never written in place.
  d.set_block(1, v1);
  ASSERT_TRUE(d.write(DiskImage::kBlockSize, a.data(), a.size()));
  EXPECT_EQ(*v1, v1_bytes);
}

// DiskImage: the raw image stays untouched, the overlay is a block map that
// can be enumerated, saved and replaced, and commit mode writes back while
// keeping the base view stable.
#include "dev/disk_image.h"

#include <gtest/gtest.h>

#include "util/error.h"
#include "virtio_test_util.h"

using namespace ttvm;
using namespace ttvm::test;

namespace {

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

uint64_t fnv1a(const std::vector<uint8_t>& v) {
  uint64_t h = 1469598103934665603ull;
  for (uint8_t b : v) {
    h ^= b;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace

TEST(DiskImage, MissingFileIsAUserErrorNamingIt) {
  const std::string msg = error_of([] { DiskImage img("/nonexistent/disk.img", false, false); });
  EXPECT_NE(msg.find("/nonexistent/disk.img"), std::string::npos) << msg;
  const std::string dir = error_of([] { DiskImage img("/", false, false); });
  EXPECT_NE(dir.find("not a regular file"), std::string::npos) << dir;
  TempImage f(512);
  const std::string both = error_of([&] { DiskImage img(f.path, true, true); });
  EXPECT_NE(both.find(f.path), std::string::npos) << both;
}

TEST(DiskImage, SizeRoundsUpToSectorsAndTailReadsZero) {
  TempImage f(1000);
  DiskImage img(f.path, false, false);
  EXPECT_EQ(img.size(), 1024u);
  EXPECT_EQ(img.sectors(), 2u);
  std::vector<uint8_t> buf(1024, 0xcc);
  ASSERT_TRUE(img.read(0, buf.data(), 1024));
  EXPECT_TRUE(std::equal(f.contents.begin(), f.contents.end(), buf.begin()));
  EXPECT_TRUE(std::all_of(buf.begin() + 1000, buf.end(), [](uint8_t b) { return b == 0; }));
  EXPECT_FALSE(img.read(1, buf.data(), 1024));
  EXPECT_FALSE(img.read(~0ull, buf.data(), 2));
  EXPECT_FALSE(img.write(1000, buf.data(), 100));
}

TEST(DiskImage, OverlayBlocksAndUnalignedWrites) {
  TempImage f(5 * DiskImage::kBlockSize);
  DiskImage img(f.path, false, false);
  // A write straddling blocks 1 and 2.
  std::vector<uint8_t> data(100, 0x77);
  ASSERT_TRUE(img.write(2 * DiskImage::kBlockSize - 50, data.data(), data.size()));
  ASSERT_EQ(img.overlay().size(), 2u);
  EXPECT_EQ(img.overlay().begin()->first, 1u);
  std::vector<uint8_t> all(img.size());
  ASSERT_TRUE(img.read(0, all.data(), all.size()));
  std::vector<uint8_t> expect = f.contents;
  std::fill(expect.begin() + 2 * DiskImage::kBlockSize - 50, expect.begin() + 2 * DiskImage::kBlockSize + 50, 0x77);
  EXPECT_EQ(all, expect);
  EXPECT_EQ(f.read_back(), f.contents);

  // Replacing the overlay (a checkpoint restore) changes what reads see.
  DiskImage::BlockMap older;
  older[4] = std::vector<uint8_t>(DiskImage::kBlockSize, 0x99);
  img.set_overlay(older);
  ASSERT_TRUE(img.read(0, all.data(), all.size()));
  expect = f.contents;
  std::fill(expect.begin() + 4 * DiskImage::kBlockSize, expect.end(), 0x99);
  EXPECT_EQ(all, expect);
  DiskImage::BlockMap bad;
  bad[5] = std::vector<uint8_t>(DiskImage::kBlockSize);
  EXPECT_THROW(img.set_overlay(bad), UserError);
  bad.clear();
  bad[0] = std::vector<uint8_t>(10);
  EXPECT_THROW(img.set_overlay(bad), UserError);
}

TEST(DiskImage, SaveRestore) {
  TempImage f(3 * DiskImage::kBlockSize);
  DiskImage a(f.path, false, false);
  std::vector<uint8_t> data(10, 1);
  ASSERT_TRUE(a.write(5000, data.data(), data.size()));
  StateWriter w;
  a.save(w);
  DiskImage b(f.path, false, false);
  StateReader r(w.bytes());
  b.restore(r);
  EXPECT_TRUE(r.at_end());
  EXPECT_EQ(a.overlay(), b.overlay());

  DiskImage small(std::vector<uint8_t>(512));
  StateReader r2(w.bytes());
  EXPECT_THROW(small.restore(r2), UserError) << "a different disk size";
}

TEST(DiskImage, ContentHashIsOfTheBaseImage) {
  TempImage f(10000);
  DiskImage img(f.path, false, true);
  const uint64_t h = img.content_hash();
  EXPECT_EQ(h, fnv1a(f.contents));
  std::vector<uint8_t> data(512, 3);
  ASSERT_TRUE(img.write(0, data.data(), data.size()));
  ASSERT_TRUE(img.flush());
  EXPECT_NE(f.read_back(), f.contents);
  DiskImage fresh(f.path, false, false);
  EXPECT_NE(fresh.content_hash(), h) << "the file changed";
  EXPECT_EQ(img.content_hash(), h) << "still the image as opened";
  DiskImage mem(f.contents);
  EXPECT_EQ(mem.content_hash(), h);
}

TEST(DiskImage, CommitModeFollowsARestoredOverlay) {
  TempImage f(4 * DiskImage::kBlockSize);
  DiskImage img(f.path, false, true);
  const DiskImage::BlockMap empty = img.overlay();
  std::vector<uint8_t> data(DiskImage::kBlockSize, 0xee);
  ASSERT_TRUE(img.write(DiskImage::kBlockSize, data.data(), data.size()));
  ASSERT_TRUE(img.flush());
  EXPECT_NE(f.read_back(), f.contents);
  // Back to before the write: the base view still has the original block,
  // and the next flush puts it back into the file.
  img.set_overlay(empty);
  std::vector<uint8_t> all(img.size());
  ASSERT_TRUE(img.read(0, all.data(), all.size()));
  EXPECT_EQ(all, f.contents);
  ASSERT_TRUE(img.flush());
  EXPECT_EQ(f.read_back(), f.contents);
}

TEST(DiskImage, InMemoryDisk) {
  DiskImage img(std::vector<uint8_t>{1, 2, 3}, true);
  EXPECT_EQ(img.size(), 512u);
  EXPECT_TRUE(img.read_only());
  uint8_t b[4];
  ASSERT_TRUE(img.read(0, b, 4));
  EXPECT_EQ(b[2], 3);
  EXPECT_EQ(b[3], 0);
  EXPECT_FALSE(img.write(0, b, 1));
  EXPECT_TRUE(img.flush());
}

// The images a recording keeps (record/image_store.h): whole files, block
// sets of what a guest read (and of a whole disk, from pack), read back
// through DiskImage; a block set damaged anywhere, or asked for a block it
// does not hold, is refused naming the file.
#include "record/image_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "util/content_hash.h"

using namespace ttvm;

namespace {

constexpr uint64_t kB = DiskImage::kBlockSize;

struct TempDir {
  std::string path;
  TempDir() {
    std::string t = testing::TempDir() + "ttvm_store_XXXXXX";
    path = mkdtemp(t.data());
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

std::vector<uint8_t> slurp(const std::string& p) {
  std::ifstream f(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), {}};
}
void spit(const std::string& p, const std::vector<uint8_t>& d) {
  std::filesystem::remove(p);
  std::ofstream(p, std::ios::binary).write(reinterpret_cast<const char*>(d.data()), std::streamsize(d.size()));
}

// 40 blocks and a partial one: random blocks, then zero blocks 10..19.
std::vector<uint8_t> sample_image() {
  std::vector<uint8_t> d(40 * kB + 1000);
  std::mt19937 rng(7);
  for (auto& b : d) b = uint8_t(rng());
  std::fill(d.begin() + 10 * kB, d.begin() + 20 * kB, 0);
  return d;
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(ContentHash, HexRoundTripAndDistinct) {
  const ContentHash a = content_hash("abc", 3);
  ASSERT_TRUE(ContentHash::parse(a.hex()));
  EXPECT_EQ(*ContentHash::parse(a.hex()), a);
  EXPECT_FALSE(ContentHash::parse("xyz"));
  EXPECT_FALSE(ContentHash::parse(std::string(32, 'g')));
  EXPECT_FALSE(content_hash("abd", 3) == a);
  // Incremental hashing gives the one-shot value (XXH3-128 of "", as
  // xxhsum -H2 prints it, pins the algorithm).
  ContentHasher h;
  h.update("a", 1);
  h.update("bc", 2);
  EXPECT_EQ(h.digest(), a);
  EXPECT_EQ(ContentHasher().digest().hex(), "99aa06d3014798d86001c324468d497f");
}

TEST(ImageStore, BlocksTheGuestReadComeBackAndNoOthers) {
  TempDir dir;
  make_images_dir(dir.path);
  const auto data = sample_image();
  const std::string img = dir.path + "/disk.img";
  spit(img, data);
  auto file = std::make_shared<TrackedFile>(img);
  DiskImage disk(file, false);
  std::vector<uint8_t> buf(3 * kB);
  ASSERT_TRUE(disk.read(5 * kB + 100, buf.data(), 2 * kB));  // blocks 5..7
  ASSERT_TRUE(disk.read(40 * kB, buf.data(), 1024));          // the partial tail
  ASSERT_TRUE(disk.write(30 * kB + 8, buf.data(), 16));       // fills block 30 from the base
  EXPECT_EQ(file->blocks_read(), (std::vector<uint64_t>{5, 6, 7, 30, 40}));
  const ContentHash h = content_hash(data.data(), data.size());
  EXPECT_EQ(file->hash_now(), h);
  const BlockSetInfo info = write_blocks(
      dir.path, h, data.size(), file->blocks_read(), false,
      [&](uint64_t pos, uint8_t* out, uint64_t n) { return file->read_untracked(pos, out, n); }, img);
  EXPECT_EQ(info.stored_blocks, 5u);
  EXPECT_EQ(info.total_blocks, 41u);

  const auto kept = StoredBlocks::open(blocks_path(dir.path, h), h, data.size());
  DiskImage replay(kept, false);
  EXPECT_EQ(replay.size(), disk.size());
  std::vector<uint8_t> got(2 * kB);
  ASSERT_TRUE(replay.read(5 * kB + 100, got.data(), got.size()));
  EXPECT_TRUE(std::equal(got.begin(), got.end(), data.begin() + 5 * kB + 100));
  ASSERT_TRUE(replay.read(40 * kB, got.data(), 1024));
  EXPECT_TRUE(std::equal(got.begin(), got.begin() + 1000, data.begin() + 40 * kB));
  EXPECT_EQ(got[1000], 0);  // past the file: zeros, as from the file itself
  try {
    replay.read(8 * kB, got.data(), 512);
    FAIL() << "block 8 was not kept";
  } catch (const UnstoredBlock& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find(blocks_path(dir.path, h)), std::string::npos) << msg;
    EXPECT_NE(msg.find("block 8 "), std::string::npos) << msg;
  }
  // The wrong image's set is refused.
  const ContentHash other = content_hash("x", 1);
  EXPECT_NE(error_of([&] { StoredBlocks::open(blocks_path(dir.path, h), other, data.size()); }).find("not of"),
            std::string::npos);
  const KeptImage k = find_kept(dir.path, h);
  EXPECT_EQ(k.kind, KeptImage::kBlocks);
  EXPECT_EQ(k.blocks.stored_blocks, 5u);
  EXPECT_EQ(k.damage, "");
}

TEST(ImageStore, CompleteSetLeavesOutZeroBlocks) {
  TempDir dir;
  make_images_dir(dir.path);
  const auto data = sample_image();
  const ContentHash h = content_hash(data.data(), data.size());
  const BlockSetInfo info = write_blocks(
      dir.path, h, data.size(), {}, true,
      [&](uint64_t pos, uint8_t* out, uint64_t n) {
        std::memcpy(out, data.data() + pos, n);
        return true;
      },
      "memory");
  EXPECT_EQ(info.stored_blocks, 31u);  // 41 blocks, 10 of them zero
  const auto kept = StoredBlocks::open(blocks_path(dir.path, h), h, data.size());
  std::vector<uint8_t> all(data.size());
  ASSERT_TRUE(kept->read(0, all.data(), all.size()));
  EXPECT_EQ(all, data);
}

// One damaged byte anywhere in a block set: open() refuses it, naming it.
// (Each extent here is one block, so the table has one entry per block.)
TEST(ImageStore, AnyDamagedByteIsRefusedNamingTheFile) {
  TempDir dir;
  make_images_dir(dir.path);
  const auto data = sample_image();
  const ContentHash h = content_hash(data.data(), data.size());
  std::vector<uint64_t> blocks;
  for (uint64_t b = 0; b < 41; b += 3) blocks.push_back(b);
  write_blocks(
      dir.path, h, data.size(), blocks, false,
      [&](uint64_t pos, uint8_t* out, uint64_t n) {
        std::memcpy(out, data.data() + pos, n);
        return true;
      },
      "memory");
  const std::string p = blocks_path(dir.path, h);
  const auto good = slurp(p);
  ASSERT_GT(good.size(), 72u);
  // Every byte of the header and the extent table at the end, a sample of
  // the compressed data between them.
  const size_t table = good.size() - blocks.size() * 32;
  for (size_t i = 0; i < good.size(); i += (i < 72 || i >= table) ? 1 : 97) {
    auto bad = good;
    bad[i] ^= 0x5a;
    spit(p, bad);
    const std::string msg = error_of([&] { StoredBlocks::open(p, h, data.size()); });
    ASSERT_EQ(msg.rfind(p + ": ", 0), 0u) << "byte " << i << ": '" << msg << "'";
  }
  auto cut = good;
  cut.pop_back();
  spit(p, cut);
  EXPECT_NE(error_of([&] { StoredBlocks::open(p, h, data.size()); }).find("truncated"), std::string::npos);
}

TEST(ImageStore, WholeFilesAreKeptOnceAndCheckedAgain) {
  TempDir dir;
  make_images_dir(dir.path);
  const std::string src = dir.path + "/Image";
  std::vector<uint8_t> data(100000);
  std::mt19937 rng(3);
  for (auto& b : data) b = uint8_t(rng());
  spit(src, data);
  const ContentHash h = content_hash(data.data(), data.size());
  const KeptAs how = store_whole(dir.path, src, h, data.size(), "kernel image");
  EXPECT_NE(how, KeptAs::kAlready);
  EXPECT_EQ(slurp(whole_path(dir.path, h)), data);
  EXPECT_EQ(store_whole(dir.path, src, h, data.size(), "kernel image"), KeptAs::kAlready);
  // A damaged copy is replaced; a source that no longer matches is refused.
  std::filesystem::permissions(whole_path(dir.path, h), std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::add);
  auto bad = data;
  bad[500] ^= 1;
  spit(whole_path(dir.path, h), bad);
  EXPECT_NE(store_whole(dir.path, src, h, data.size(), "kernel image"), KeptAs::kAlready);
  EXPECT_EQ(slurp(whole_path(dir.path, h)), data);
  const ContentHash other = content_hash("other", 5);
  const std::string msg = error_of([&] { store_whole(dir.path, src, other, data.size(), "kernel image"); });
  EXPECT_NE(msg.find(src + ": the kernel image changed"), std::string::npos) << msg;
  EXPECT_NE(::access(whole_path(dir.path, other).c_str(), F_OK), 0);
  // An earlier recording's images go; other files stay.
  spit(dir.path + "/images/notes.txt", {1});
  reset_images_dir(dir.path, false);
  EXPECT_NE(::access(whole_path(dir.path, h).c_str(), F_OK), 0);
  EXPECT_EQ(::access((dir.path + "/images/notes.txt").c_str(), F_OK), 0);
}

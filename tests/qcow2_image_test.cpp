// Disk formats (-drive without format= is probed as QEMU does): qcow2
// images read back, sector for sector, what QEMU's own block layer reads
// (qemu-img convert -O raw), through compressed clusters, zero clusters and
// a backing file; guest writes stay in the overlay; other formats are
// refused naming the file and the format.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "dev/disk_image.h"
#include "util/error.h"

using namespace ttvm;

namespace {

std::vector<uint8_t> file_bytes(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(f), {});
}

void write_file(const std::string& path, const std::vector<uint8_t>& b) {
  std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(b.data()), std::streamsize(b.size()));
}

int sh(const std::string& cmd) { return std::system((cmd + " >/dev/null 2>&1").c_str()); }

class Qcow2 : public ::testing::Test {
 protected:
  void SetUp() override {
    if (sh("qemu-img --version") != 0) GTEST_SKIP() << "qemu-img (qemu-utils) is not installed";
    char tmpl[] = "/tmp/ttvm-qcow2-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    if (!dir_.empty()) sh("rm -rf " + dir_);
  }
  // Every sector of `image` as ttvm reads it equals QEMU's raw conversion.
  void expect_same_as_qemu(const std::string& image) {
    const std::string raw = image + ".qemu.raw";
    ASSERT_EQ(sh("qemu-img convert -O raw " + image + " " + raw), 0);
    const std::vector<uint8_t> want = file_bytes(raw);
    DiskImage img(image, false, false, "");  // probed
    ASSERT_EQ(img.size(), want.size());
    std::vector<uint8_t> got(want.size());
    // Odd-sized pieces, so that reads cross clusters and blocks.
    for (uint64_t pos = 0; pos < got.size();) {
      const uint64_t n = std::min<uint64_t>(got.size() - pos, 7 * 512 + (pos / 512) % 5 * 512);
      ASSERT_TRUE(img.read(pos, got.data() + pos, n)) << "at " << pos;
      pos += n;
    }
    for (uint64_t s = 0; s < want.size() / 512; ++s)
      ASSERT_EQ(0, memcmp(got.data() + s * 512, want.data() + s * 512, 512)) << image << ": sector " << s;
  }
  std::string dir_;
};

std::vector<uint8_t> random_bytes(size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<uint8_t> v(n);
  for (auto& b : v) b = uint8_t(rng() % 7 == 0 ? 0 : rng());  // some zeros, compressible runs are not needed
  return v;
}

}  // namespace

TEST_F(Qcow2, PlainAndCompressedImagesReadAsQemuReadsThem) {
  write_file(dir_ + "/base.raw", random_bytes(3 << 20 | 1536, 1));  // not a whole cluster at the end
  ASSERT_EQ(sh("qemu-img convert -f raw -O qcow2 " + dir_ + "/base.raw " + dir_ + "/plain.qcow2"), 0);
  ASSERT_EQ(sh("qemu-img convert -c -f raw -O qcow2 " + dir_ + "/base.raw " + dir_ + "/small.qcow2"), 0);
  ASSERT_EQ(sh("qemu-img convert -f raw -O qcow2 -o compat=0.10 " + dir_ + "/base.raw " + dir_ + "/v2.qcow2"), 0);
  ASSERT_EQ(sh("qemu-img convert -c -f raw -O qcow2 -o compression_type=zstd,cluster_size=4096 " + dir_ +
               "/base.raw " + dir_ + "/zstd.qcow2"),
            0);
  expect_same_as_qemu(dir_ + "/plain.qcow2");
  expect_same_as_qemu(dir_ + "/small.qcow2");
  expect_same_as_qemu(dir_ + "/v2.qcow2");
  expect_same_as_qemu(dir_ + "/zstd.qcow2");
}

// What a guest's write-zeroes leaves under QEMU: an allocated cluster with
// v3's zero flag, whose stale data must not be read (Debian's libqcow does).
TEST_F(Qcow2, ZeroFlaggedAllocatedClustersReadAsZeros) {
  ASSERT_EQ(sh("qemu-img create -q -f qcow2 " + dir_ + "/z.qcow2 4M"), 0);
  ASSERT_EQ(sh("qemu-io -c 'write -P 0x11 0 2M' -c 'write -z 64k 64k' " + dir_ + "/z.qcow2"), 0);
  expect_same_as_qemu(dir_ + "/z.qcow2");
  DiskImage img(dir_ + "/z.qcow2", false, false, "");
  std::vector<uint8_t> b(512, 0xff);
  ASSERT_TRUE(img.read(65536, b.data(), b.size()));
  EXPECT_EQ(b, std::vector<uint8_t>(512, 0));
}

TEST_F(Qcow2, SparseImagesAndBackingFilesReadAsQemuReadsThem) {
  ASSERT_EQ(sh("qemu-img create -q -f qcow2 " + dir_ + "/empty.qcow2 64M"), 0);
  expect_same_as_qemu(dir_ + "/empty.qcow2");
  write_file(dir_ + "/base.raw", random_bytes(4 << 20, 2));
  ASSERT_EQ(sh("qemu-img convert -f raw -O qcow2 " + dir_ + "/base.raw " + dir_ + "/base.qcow2"), 0);
  // The backing file by a relative name, as qemu-img writes it.
  ASSERT_EQ(sh("cd " + dir_ + " && qemu-img create -q -f qcow2 -b base.qcow2 -F qcow2 over.qcow2"), 0);
  ASSERT_EQ(sh("cd " + dir_ + " && qemu-img create -q -f qcow2 -b base.raw -F raw over-raw.qcow2 6M"), 0);
  ASSERT_EQ(sh("qemu-io -c 'write -P 0x77 1000k 20k' " + dir_ + "/over-raw.qcow2"), 0);
  expect_same_as_qemu(dir_ + "/over-raw.qcow2");  // 2 MiB past the backing file's end read as zeros
  ASSERT_EQ(sh("qemu-io -c 'write -P 0xab 4096 8192' -c 'write -z 1M 64k' -c 'write -P 0x5a 3M 100k' " + dir_ +
               "/over.qcow2"),
            0);
  expect_same_as_qemu(dir_ + "/over.qcow2");
}

TEST_F(Qcow2, GuestWritesGoToTheOverlayNeverTheImage) {
  ASSERT_EQ(sh("qemu-img create -q -f qcow2 " + dir_ + "/d.qcow2 1M"), 0);
  const std::vector<uint8_t> before = file_bytes(dir_ + "/d.qcow2");
  {
    DiskImage img(dir_ + "/d.qcow2", false, false, "qcow2");
    std::vector<uint8_t> w(1024, 0x42), r(1024);
    ASSERT_TRUE(img.write(512, w.data(), w.size()));
    ASSERT_TRUE(img.read(512, r.data(), r.size()));
    EXPECT_EQ(r, w);
    EXPECT_EQ(img.overlay().size(), 1u);
  }
  EXPECT_EQ(file_bytes(dir_ + "/d.qcow2"), before);
}

TEST_F(Qcow2, OtherFormatsAndMismatchesAreClearErrors) {
  auto error_of = [](const std::string& path, const std::string& format, bool commit = false) -> std::string {
    try {
      DiskImage img(path, false, commit, format);
    } catch (const UserError& e) {
      return e.what();
    }
    return "";
  };
  ASSERT_EQ(sh("qemu-img create -q -f vmdk " + dir_ + "/d.vmdk 1M"), 0);
  std::string m = error_of(dir_ + "/d.vmdk", "");
  EXPECT_NE(m.find(dir_ + "/d.vmdk: a vmdk image"), std::string::npos) << m;
  ASSERT_EQ(sh("qemu-img create -q -f vpc " + dir_ + "/d.vhd 1M"), 0);
  m = error_of(dir_ + "/d.vhd", "");
  EXPECT_NE(m.find("a vpc image"), std::string::npos) << m;
  // format=raw takes any file as raw, as QEMU does.
  EXPECT_EQ(error_of(dir_ + "/d.vmdk", "raw"), "");
  write_file(dir_ + "/plain.raw", std::vector<uint8_t>(4096, 1));
  EXPECT_EQ(error_of(dir_ + "/plain.raw", ""), "");
  m = error_of(dir_ + "/plain.raw", "qcow2");
  EXPECT_NE(m.find(dir_ + "/plain.raw: cannot open as a qcow2 image"), std::string::npos) << m;
  ASSERT_EQ(sh("qemu-img create -q -f qcow2 " + dir_ + "/c.qcow2 1M"), 0);
  m = error_of(dir_ + "/c.qcow2", "", true);
  EXPECT_NE(m.find("commit=on writes back raw images only"), std::string::npos) << m;
  ASSERT_EQ(sh("cd " + dir_ + " && qemu-img create -q -f qcow2 -b gone.qcow2 -F qcow2 -u orphan.qcow2 1M"), 0);
  m = error_of(dir_ + "/orphan.qcow2", "");
  EXPECT_NE(m.find("backing file " + dir_ + "/gone.qcow2"), std::string::npos) << m;
}

// A damaged image never crashes ttvm: an L1 entry pointing past the file's
// end makes reads fail (the guest sees an I/O error), a truncated header is
// a clear error.
TEST_F(Qcow2, DamagedImagesFailCleanly) {
  const std::string img = dir_ + "/bad.qcow2";
  ASSERT_EQ(sh("qemu-img create -q -f qcow2 " + img + " 1M"), 0);
  ASSERT_EQ(sh("qemu-io -c 'write -P 0x33 0 4096' " + img), 0);
  std::vector<uint8_t> b = file_bytes(img);
  uint64_t l1 = 0;
  for (int i = 0; i < 8; ++i) l1 = l1 << 8 | b[40 + i];
  const uint64_t far = 0x00fffff000000000ull;  // far past the end, cluster-aligned
  for (int i = 0; i < 8; ++i) b[l1 + i] = uint8_t(far >> (56 - 8 * i));
  write_file(img, b);
  {
    DiskImage d(img, false, false, "");
    std::vector<uint8_t> buf(512);
    EXPECT_FALSE(d.read(0, buf.data(), buf.size()));
  }
  b.resize(40);
  write_file(img, b);
  try {
    DiskImage d(img, false, false, "qcow2");
    ADD_FAILURE() << "a truncated header was accepted";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find(img + ": cannot open as a qcow2 image"), std::string::npos) << e.what();
  }
}

// Image loading: bad files get errors that name the file and the problem.
#include <gtest/gtest.h>

#include <cstring>

#include "machine/loader.h"
#include "util/error.h"

using namespace ttvm;

namespace {

// A minimal valid ELF64 RISC-V executable with one PT_LOAD segment of 4
// bytes at 0x80000000.
std::vector<uint8_t> tiny_elf(uint64_t paddr = 0x80000000) {
  std::vector<uint8_t> d(64 + 56 + 4, 0);
  std::memcpy(d.data(), "\177ELF", 4);
  d[4] = 2;
  d[5] = 1;
  d[6] = 1;
  auto put16 = [&](size_t o, uint16_t v) { std::memcpy(&d[o], &v, 2); };
  auto put32 = [&](size_t o, uint32_t v) { std::memcpy(&d[o], &v, 4); };
  auto put64 = [&](size_t o, uint64_t v) { std::memcpy(&d[o], &v, 8); };
  put16(16, 2);
  put16(18, 243);
  put64(24, paddr);
  put64(32, 64);
  put16(54, 56);
  put16(56, 1);
  put32(64, 1);           // PT_LOAD
  put64(64 + 8, 120);     // offset
  put64(64 + 16, paddr);  // vaddr
  put64(64 + 24, paddr);  // paddr
  put64(64 + 32, 4);
  put64(64 + 40, 4);
  put32(120, 0x00000013);
  return d;
}

std::string error_of(const std::vector<uint8_t>& d, Ram& ram) {
  try {
    load_elf("x.elf", d, ram);
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(Loader, LoadsSegmentAndEntry) {
  Ram ram(0x80000000, 1 << 20);
  LoadedImage img = load_elf("x.elf", tiny_elf(), ram);
  EXPECT_EQ(img.entry, 0x80000000u);
  uint32_t w;
  std::memcpy(&w, ram.host(0x80000000), 4);
  EXPECT_EQ(w, 0x13u);
}

TEST(Loader, RejectsNonElf) {
  Ram ram(0x80000000, 1 << 20);
  std::vector<uint8_t> d(100, 'x');
  EXPECT_NE(error_of(d, ram).find("x.elf: not an ELF file"), std::string::npos);
}

TEST(Loader, RejectsWrongClassAndMachine) {
  Ram ram(0x80000000, 1 << 20);
  auto d = tiny_elf();
  d[4] = 1;
  EXPECT_NE(error_of(d, ram).find("expected 2 (ELF64)"), std::string::npos);
  d = tiny_elf();
  d[18] = 62;  // x86-64
  EXPECT_NE(error_of(d, ram).find("expected 243 (RISC-V)"), std::string::npos);
}

TEST(Loader, RejectsSegmentOutsideRam) {
  Ram ram(0x80000000, 1 << 20);
  EXPECT_NE(error_of(tiny_elf(0x1000), ram).find("outside RAM"), std::string::npos);
}

TEST(Loader, RejectsTruncatedFile) {
  Ram ram(0x80000000, 1 << 20);
  auto d = tiny_elf();
  d.resize(122);
  EXPECT_NE(error_of(d, ram).find("truncated"), std::string::npos);
  d.resize(40);
  EXPECT_NE(error_of(d, ram).find("truncated"), std::string::npos);
}

TEST(Loader, RawImageMustFit) {
  Ram ram(0x80000000, 1 << 20);
  std::vector<uint8_t> big((1 << 20) + 1, 0);
  EXPECT_THROW(load_raw("big.bin", big, ram, 0x80000000), UserError);
}

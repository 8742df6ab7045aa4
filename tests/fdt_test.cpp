// patch_fdt_chosen on a user's -dtb: malformed blobs are UserErrors naming
// the file, never a crash inside libfdt.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "machine/fdt.h"
#include "util/error.h"

using namespace ttvm;

namespace {

FdtParams params() {
  FdtParams p;
  p.ram_base = 0x80000000;
  p.ram_size = 1 << 20;
  p.bootargs = "console=ttyS0";
  return p;
}

}  // namespace

TEST(Fdt, PatchesOurOwnTree) {
  const std::vector<uint8_t> ours = build_fdt(params());
  FdtParams p = params();
  p.bootargs = "root=/dev/vda";
  p.initrd = {{0x80100000, 0x80101000}};
  const std::vector<uint8_t> out = patch_fdt_chosen(ours, p, "x.dtb");
  const std::string s(out.begin(), out.end());
  EXPECT_NE(s.find("root=/dev/vda"), std::string::npos);
}

// Found by fuzz_dtb: a header that passes fdt_check_header but whose
// memory reservation map runs into the structure block made libfdt's
// fdt_open_into memmove a negative size (a host crash on -dtb input).
TEST(Fdt, RejectsReservationMapOverlappingStructure) {
  const std::vector<uint8_t> blob = {
      0xd0, 0x0d, 0xfe, 0xed, 0, 0, 0, 0x99, 0, 0, 0, 0x38, 0, 0, 0, 0x78, 0, 0, 0, 0x28, 0, 0, 0, 0x11,
      0, 0, 0, 0x10, 0, 0, 0, 0, 0, 0, 0, 0x21, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0x11, 0x43, 0, 0, 0x40,
      0x60, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0,
      0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0x0f, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0,
      0, 0x1b, 0x78, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 9, '#', 'a', 'd', 'd', 'r', 'e', 's', 's', '-', 'c',
      'e', 'l', 'l', 's', 0, '#', 's', 'i', 'z', 'e', '-', 'c', 'e', 'l', 'l', 's', 0, 'm', 'o', 'd', 'e',
      'l', 0};
  try {
    patch_fdt_chosen(blob, params(), "bad.dtb");
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("bad.dtb: not a valid device tree blob"), std::string::npos) << e.what();
  }
}

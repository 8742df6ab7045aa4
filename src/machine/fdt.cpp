#include "machine/fdt.h"

extern "C" {
#include <libfdt.h>
}

#include <string>

#include "util/error.h"

namespace ttvm {
namespace {

// Wraps libfdt's sequential-write API with checked calls.
class FdtWriter {
 public:
  explicit FdtWriter(size_t size) : buf_(size) { check(fdt_create(buf_.data(), int(size)), "create"); }
  void finish_reservemap() { check(fdt_finish_reservemap(buf_.data()), "reservemap"); }
  void begin(const std::string& name) { check(fdt_begin_node(buf_.data(), name.c_str()), name.c_str()); }
  void end() { check(fdt_end_node(buf_.data()), "end node"); }
  void prop_str(const char* name, const std::string& v) { check(fdt_property_string(buf_.data(), name, v.c_str()), name); }
  // A list of strings (e.g. compatible = "a", "b").
  void prop_strs(const char* name, std::initializer_list<const char*> vs) {
    std::string data;
    for (const char* v : vs) {
      data += v;
      data += '\0';
    }
    check(fdt_property(buf_.data(), name, data.data(), int(data.size())), name);
  }
  void prop_empty(const char* name) { check(fdt_property(buf_.data(), name, nullptr, 0), name); }
  void prop_u32(const char* name, uint32_t v) { check(fdt_property_u32(buf_.data(), name, v), name); }
  void prop_cells(const char* name, const std::vector<uint32_t>& cells) {
    std::vector<fdt32_t> be;
    for (uint32_t c : cells) be.push_back(cpu_to_fdt32(c));
    check(fdt_property(buf_.data(), name, be.data(), int(be.size() * 4)), name);
  }
  // reg = <addr size> with #address-cells = #size-cells = 2.
  void prop_reg(uint64_t addr, uint64_t size) {
    prop_cells("reg", {uint32_t(addr >> 32), uint32_t(addr), uint32_t(size >> 32), uint32_t(size)});
  }
  std::vector<uint8_t> finish() {
    check(fdt_finish(buf_.data()), "finish");
    buf_.resize(fdt_totalsize(buf_.data()));
    return std::move(buf_);
  }

 private:
  static void check(int err, const char* what) {
    if (err < 0) throw std::runtime_error(std::string("device tree: ") + what + ": " + fdt_strerror(err));
  }
  std::vector<uint8_t> buf_;
};

std::string hex(uint64_t v) {
  char b[32];
  std::snprintf(b, sizeof b, "%llx", static_cast<unsigned long long>(v));
  return b;
}

}  // namespace

std::vector<uint8_t> build_fdt(const FdtParams& p) {
  // Phandles: 1..harts for the harts' interrupt controllers, then the PLIC
  // and the test device.
  const uint32_t plic_ph = p.harts + 1, test_ph = p.harts + 2;
  FdtWriter w(64 * 1024);
  w.finish_reservemap();
  w.begin("");
  w.prop_u32("#address-cells", 2);
  w.prop_u32("#size-cells", 2);
  w.prop_str("compatible", "riscv-virtio");
  w.prop_str("model", "riscv-virtio,qemu");

  w.begin("chosen");
  if (!p.bootargs.empty()) w.prop_str("bootargs", p.bootargs);
  w.prop_str("stdout-path", "/soc/serial@10000000");
  if (p.initrd) {
    w.prop_cells("linux,initrd-start", {uint32_t(p.initrd->first >> 32), uint32_t(p.initrd->first)});
    w.prop_cells("linux,initrd-end", {uint32_t(p.initrd->second >> 32), uint32_t(p.initrd->second)});
  }
  w.end();

  w.begin("memory@" + hex(p.ram_base));
  w.prop_str("device_type", "memory");
  w.prop_reg(p.ram_base, p.ram_size);
  w.end();

  w.begin("cpus");
  w.prop_u32("#address-cells", 1);
  w.prop_u32("#size-cells", 0);
  w.prop_u32("timebase-frequency", uint32_t(p.timebase_hz));
  for (unsigned h = 0; h < p.harts; ++h) {
    w.begin("cpu@" + std::to_string(h));
    w.prop_u32("phandle", 100 + h);
    w.prop_str("device_type", "cpu");
    w.prop_u32("reg", h);
    w.prop_str("status", "okay");
    w.prop_str("compatible", "riscv");
    w.prop_str("riscv,isa", p.isa);
    w.prop_str("mmu-type", p.mmu_type);
    w.begin("interrupt-controller");
    w.prop_u32("#address-cells", 0);
    w.prop_u32("#interrupt-cells", 1);
    w.prop_empty("interrupt-controller");
    w.prop_str("compatible", "riscv,cpu-intc");
    w.prop_u32("phandle", 1 + h);
    w.end();
    w.end();
  }
  w.begin("cpu-map");
  w.begin("cluster0");
  for (unsigned h = 0; h < p.harts; ++h) {
    w.begin("core" + std::to_string(h));
    w.prop_u32("cpu", 100 + h);
    w.end();
  }
  w.end();
  w.end();
  w.end();  // cpus

  w.begin("soc");
  w.prop_u32("#address-cells", 2);
  w.prop_u32("#size-cells", 2);
  w.prop_str("compatible", "simple-bus");
  w.prop_empty("ranges");

  std::vector<uint32_t> clint_irqs, plic_irqs;
  for (unsigned h = 0; h < p.harts; ++h) {
    clint_irqs.insert(clint_irqs.end(), {1 + h, 3, 1 + h, 7});    // M software, M timer
    plic_irqs.insert(plic_irqs.end(), {1 + h, 11, 1 + h, 9});     // M external, S external
  }
  w.begin("clint@2000000");
  w.prop_strs("compatible", {"sifive,clint0", "riscv,clint0"});
  w.prop_reg(0x2000000, 0x10000);
  w.prop_cells("interrupts-extended", clint_irqs);
  w.end();

  w.begin("plic@c000000");
  w.prop_u32("phandle", plic_ph);
  w.prop_strs("compatible", {"sifive,plic-1.0.0", "riscv,plic0"});
  w.prop_reg(0xc000000, p.plic_size);
  w.prop_u32("#interrupt-cells", 1);
  w.prop_u32("#address-cells", 0);
  w.prop_empty("interrupt-controller");
  w.prop_u32("riscv,ndev", p.plic_ndev);
  w.prop_cells("interrupts-extended", plic_irqs);
  w.end();

  w.begin("serial@10000000");
  w.prop_str("compatible", "ns16550a");
  w.prop_reg(0x10000000, 0x100);
  w.prop_u32("clock-frequency", 0x384000);
  w.prop_u32("interrupts", 10);
  w.prop_u32("interrupt-parent", plic_ph);
  w.end();

  // QEMU lists the virtio slots from the highest address down; Linux numbers
  // devices in that order, so keep it (the disk in slot 0 becomes vda).
  for (int n = int(p.virtio_slots) - 1; n >= 0; --n) {
    const uint64_t base = 0x10001000 + 0x1000ull * unsigned(n);
    w.begin("virtio_mmio@" + hex(base));
    w.prop_str("compatible", "virtio,mmio");
    w.prop_reg(base, 0x1000);
    w.prop_u32("interrupts", 1 + unsigned(n));
    w.prop_u32("interrupt-parent", plic_ph);
    w.end();
  }

  w.begin("test@100000");
  w.prop_u32("phandle", test_ph);
  w.prop_strs("compatible", {"sifive,test1", "sifive,test0", "syscon"});
  w.prop_reg(0x100000, 0x1000);
  w.end();

  w.begin("rtc@101000");
  w.prop_str("compatible", "google,goldfish-rtc");
  w.prop_reg(0x101000, 0x1000);
  w.prop_u32("interrupts", 11);
  w.prop_u32("interrupt-parent", plic_ph);
  w.end();
  w.end();  // soc

  w.begin("poweroff");
  w.prop_str("compatible", "syscon-poweroff");
  w.prop_u32("regmap", test_ph);
  w.prop_u32("offset", 0);
  w.prop_u32("value", 0x5555);
  w.end();
  w.begin("reboot");
  w.prop_str("compatible", "syscon-reboot");
  w.prop_u32("regmap", test_ph);
  w.prop_u32("offset", 0);
  w.prop_u32("value", 0x7777);
  w.end();

  w.end();  // root
  return w.finish();
}

namespace {

// Whether the blob's three blocks lie apart; the header is already checked
// (every block within totalsize).
bool fdt_blocks_disjoint(const std::vector<uint8_t>& blob) {
  const void* h = blob.data();
  const int nrsv = fdt_num_mem_rsv(h);
  if (nrsv < 0) return false;
  struct Block {
    uint64_t off, size;
  } b[3] = {{fdt_off_mem_rsvmap(h), (uint64_t(nrsv) + 1) * sizeof(fdt_reserve_entry)},
            {fdt_off_dt_struct(h), fdt_version(h) >= 17 ? fdt_size_dt_struct(h) : 0},  // v16: no size field
            {fdt_off_dt_strings(h), fdt_size_dt_strings(h)}};
  for (int i = 0; i < 3; ++i)
    for (int j = i + 1; j < 3; ++j)
      if (b[i].off < b[j].off + b[j].size && b[j].off < b[i].off + b[i].size) return false;
  return true;
}

}  // namespace

std::vector<uint8_t> patch_fdt_chosen(const std::vector<uint8_t>& blob, const FdtParams& p, const std::string& path) {
  if (blob.size() < 40 || fdt_check_header(blob.data()) != 0 || fdt_totalsize(blob.data()) > blob.size())
    throw UserError(path + ": not a valid device tree blob (bad FDT header at offset 0)");
  // libfdt's fdt_open_into trusts that the reserve map, structure and
  // strings blocks do not overlap (fdt_check_header does not check that),
  // and copies with a negative size when they do.
  if (!fdt_blocks_disjoint(blob))
    throw UserError(path + ": not a valid device tree blob (its memory reservation, structure and strings blocks overlap)");
  std::vector<uint8_t> out(blob.size() + 4096);
  auto check = [&](int err, const char* what) {
    if (err < 0) throw UserError(path + ": cannot update " + what + ": " + fdt_strerror(err));
  };
  check(fdt_open_into(blob.data(), out.data(), int(out.size())), "the device tree");
  int chosen = fdt_path_offset(out.data(), "/chosen");
  if (chosen < 0) chosen = fdt_add_subnode(out.data(), 0, "chosen");
  check(chosen, "/chosen");
  if (!p.bootargs.empty()) check(fdt_setprop_string(out.data(), chosen, "bootargs", p.bootargs.c_str()), "bootargs");
  if (p.initrd) {
    check(fdt_setprop_u64(out.data(), chosen, "linux,initrd-start", p.initrd->first), "linux,initrd-start");
    check(fdt_setprop_u64(out.data(), chosen, "linux,initrd-end", p.initrd->second), "linux,initrd-end");
  }
  check(fdt_pack(out.data()), "the device tree");
  out.resize(fdt_totalsize(out.data()));
  return out;
}

}  // namespace ttvm

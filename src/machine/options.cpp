#include "machine/options.h"

#include <cctype>

#include "util/error.h"

#ifndef TTVM_LINUX_DIR
#define TTVM_LINUX_DIR "build/linux"
#endif

namespace ttvm {

uint64_t parse_size(const std::string& what, const std::string& s) {
  size_t pos = 0;
  uint64_t v;
  try {
    v = std::stoull(s, &pos, 10);
  } catch (...) {
    throw UserError(what + " " + s + ": expected a size such as 128M or 1G");
  }
  std::string suffix = s.substr(pos);
  uint64_t mul = 1ull << 20;  // QEMU: a plain number is MiB
  if (suffix == "K" || suffix == "k") mul = 1ull << 10;
  else if (suffix == "M" || suffix == "m") mul = 1ull << 20;
  else if (suffix == "G" || suffix == "g") mul = 1ull << 30;
  else if (!suffix.empty()) throw UserError(what + " " + s + ": unknown size suffix '" + suffix + "' (use K, M or G)");
  return v * mul;
}

namespace {

// "a=1,b=2" -> pairs; a leading bare word (the -device driver) has key "".
std::vector<std::pair<std::string, std::string>> split_props(const std::string& v) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t start = 0;
  while (start <= v.size()) {
    size_t end = v.find(',', start);
    if (end == std::string::npos) end = v.size();
    const std::string item = v.substr(start, end - start);
    const size_t eq = item.find('=');
    if (eq == std::string::npos)
      out.emplace_back("", item);
    else
      out.emplace_back(item.substr(0, eq), item.substr(eq + 1));
    start = end + 1;
  }
  return out;
}

bool on_off(const std::string& opt, const std::string& key, const std::string& v) {
  if (v == "on" || v == "true" || v == "yes") return true;
  if (v == "off" || v == "false" || v == "no") return false;
  throw UserError(opt + ": " + key + "=" + v + ": expected on or off");
}

DriveConfig parse_drive(const std::string& v) {
  DriveConfig d;
  const std::string opt = "-drive " + v;
  for (const auto& [k, val] : split_props(v)) {
    if (k == "file") d.file = val;
    else if (k == "id") d.id = val;
    else if (k == "if") {
      if (val == "virtio") d.on_virtio_bus = true;
      else if (val != "none") throw UserError(opt + ": if=" + val + " is not supported (use if=none or if=virtio)");
    } else if (k == "format") {
      if (val != "raw") throw UserError(opt + ": format=" + val + " is not supported (only raw images)");
    } else if (k == "readonly") d.read_only = on_off(opt, k, val);
    else if (k == "commit") d.commit = on_off(opt, k, val);
    else if (k == "media" && val == "disk") {
    } else throw UserError(opt + ": unsupported drive property '" + (k.empty() ? val : k) + "'");
  }
  if (d.file.empty()) throw UserError(opt + ": file= is required");
  if (d.read_only && d.commit) throw UserError(opt + ": readonly=on and commit=on contradict each other");
  return d;
}

DeviceConfig parse_device(const std::string& v) {
  DeviceConfig d;
  const std::string opt = "-device " + v;
  for (const auto& [k, val] : split_props(v)) {
    if (k.empty() && d.driver.empty()) {
      d.driver = val;
      if (val != "virtio-blk-device" && val != "virtio-rng-device")
        throw UserError(opt + ": device '" + val + "' is not supported (ttvm has virtio-blk-device, virtio-rng-device)");
    } else if (k == "drive" && d.driver == "virtio-blk-device") {
      d.drive = val;
    } else if (k == "bus") {
      const std::string prefix = "virtio-mmio-bus.";
      size_t pos = 0;
      int n = -1;
      if (val.rfind(prefix, 0) == 0) {
        try {
          n = std::stoi(val.substr(prefix.size()), &pos);
        } catch (...) {
        }
      }
      if (n < 0 || n > 7 || prefix.size() + pos != val.size())
        throw UserError(opt + ": bus=" + val + ": expected virtio-mmio-bus.0 to virtio-mmio-bus.7");
      d.slot = n;
    } else if (k == "id") {
    } else {
      throw UserError(opt + ": unsupported device property '" + (k.empty() ? val : k) + "'");
    }
  }
  if (d.driver == "virtio-blk-device" && d.drive.empty()) throw UserError(opt + ": drive= is required");
  return d;
}

// -gdb tcp::PORT or tcp:HOST:PORT (QEMU's spelling).
void parse_gdb(const std::string& v, MachineConfig& cfg) {
  const std::string opt = "-gdb " + v;
  const size_t colon = v.rfind(':');
  if (v.rfind("tcp:", 0) != 0 || colon < 4)
    throw UserError(opt + ": expected tcp::PORT or tcp:HOST:PORT (e.g. tcp::1234)");
  std::string host = v.substr(4, colon - 4);
  const std::string port = v.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  size_t pos = 0;
  unsigned long n = 0;
  try {
    n = std::stoul(port, &pos, 10);
  } catch (...) {
    pos = 0;
  }
  if (port.empty() || pos != port.size() || n > 65535 || !std::isdigit(static_cast<unsigned char>(port[0])))
    throw UserError(opt + ": '" + port + "' is not a TCP port number (0-65535)");
  cfg.gdb_host = host.empty() ? "127.0.0.1" : host;  // loopback unless asked otherwise
  cfg.gdb_port = int(n);
}

}  // namespace

MachineConfig parse_machine_options(const std::vector<std::string>& args) {
  MachineConfig cfg;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string a = args[i];
    // QEMU accepts --opt as well as -opt.
    if (a.rfind("--", 0) == 0) a = a.substr(1);
    auto value = [&]() -> std::string {
      if (i + 1 >= args.size()) throw UserError("option " + a + " needs a value");
      return args[++i];
    };
    if (a == "-m") {
      std::string v = value();
      if (v.rfind("size=", 0) == 0) v = v.substr(5);
      cfg.ram_size = parse_size("-m", v);
      if (cfg.ram_size < (1ull << 20) || cfg.ram_size > (64ull << 30) || cfg.ram_size % 4096)
        throw UserError("-m " + v + ": RAM size must be a multiple of 4 KiB between 1M and 64G");
    } else if (a == "-smp") {
      std::string v = value();
      if (v.rfind("cpus=", 0) == 0) v = v.substr(5);
      try {
        size_t pos;
        cfg.smp = unsigned(std::stoul(v, &pos));
        if (pos != v.size()) throw 0;
      } catch (...) {
        throw UserError("-smp " + v + ": expected a number of harts");
      }
      if (cfg.smp < 1 || cfg.smp > kMaxHarts)
        throw UserError("-smp " + v + ": ttvm supports 1 to " + std::to_string(kMaxHarts) + " harts");
    } else if (a == "-bios") {
      cfg.bios = value();
    } else if (a == "-kernel") {
      cfg.kernel = value();
    } else if (a == "-initrd") {
      cfg.initrd = value();
    } else if (a == "-append") {
      cfg.append = value();
    } else if (a == "-dtb") {
      cfg.dtb = value();
    } else if (args[i] == "--dump-dtb") {
      cfg.dump_dtb = value();
    } else if (a == "-drive") {
      cfg.drives.push_back(parse_drive(value()));
    } else if (a == "-device") {
      cfg.devices.push_back(parse_device(value()));
    } else if (a == "-global") {
      const std::string v = value();
      if (v == "virtio-mmio.force-legacy=false") {
        // Modern virtio-mmio is the only kind ttvm has.
      } else if (v == "virtio-mmio.force-legacy=true") {
        throw UserError("-global " + v + ": ttvm has only modern (version 2) virtio-mmio devices");
      } else {
        throw UserError("-global " + v + ": unsupported (ttvm accepts virtio-mmio.force-legacy=false)");
      }
    } else if (a == "-nographic") {
      // Always so: the console is the host terminal.
    } else if (a == "-machine" || a == "-M") {
      const std::string v = value();
      if (v != "virt" && v.rfind("virt,", 0) != 0)
        throw UserError(a + " " + v + ": ttvm emulates only the 'virt' machine");
      // Machine properties: only dumpdtb=FILE (QEMU's spelling of --dump-dtb).
      size_t pos = v.find(',');
      while (pos != std::string::npos) {
        const size_t next = v.find(',', pos + 1);
        const std::string prop = v.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
        if (prop.rfind("dumpdtb=", 0) == 0)
          cfg.dump_dtb = prop.substr(8);
        else
          throw UserError(a + " " + v + ": unsupported machine property '" + prop + "'");
        pos = next;
      }
    } else if (a == "-d") {
      const std::string v = value();
      if (v != "in_asm") throw UserError("-d " + v + ": ttvm's only trace item is in_asm (each executed instruction)");
      cfg.trace_in_asm = true;
    } else if (args[i] == "--demo") {
      // The built-in Linux guest (scripts/setup builds it into build/linux):
      // OpenSBI, our kernel and init, a disk and an rng.
      const std::string dir = TTVM_LINUX_DIR;
      cfg.bios = "default";
      cfg.kernel = dir + "/Image";
      cfg.initrd = dir + "/initramfs.cpio";
      cfg.append = "console=ttyS0";
      cfg.ram_size = 256ull << 20;
      DriveConfig d;
      d.id = "demo-disk";
      d.file = dir + "/disk.img";
      cfg.drives.push_back(d);
      cfg.devices.push_back({"virtio-blk-device", "demo-disk", -1});
      cfg.devices.push_back({"virtio-rng-device", "", -1});
    } else if (args[i] == "--stats") {
      cfg.stats = true;
    } else if (a == "-s") {
      cfg.gdb_host = "127.0.0.1";
      cfg.gdb_port = 1234;
    } else if (a == "-S") {
      cfg.start_stopped = true;
    } else if (a == "-gdb") {
      parse_gdb(value(), cfg);
    } else if (a == "-D") {
      cfg.log_file = value();
    } else {
      throw UserError("unsupported option '" + args[i] + "'");
    }
  }
  if (cfg.start_stopped && cfg.gdb_port < 0)
    throw UserError("-S needs a gdb server to continue the machine (-s or -gdb tcp::PORT)");
  // Every -device drive= names a -drive, and each if=none drive is used once.
  for (const auto& dev : cfg.devices) {
    if (dev.drive.empty()) continue;
    bool found = false;
    for (const auto& d : cfg.drives) found = found || (d.id == dev.drive && !d.on_virtio_bus);
    if (!found) throw UserError("-device " + dev.driver + ",drive=" + dev.drive + ": no -drive with id=" + dev.drive + ",if=none");
  }
  return cfg;
}

void rebase_paths(MachineConfig& cfg, const std::string& dir) {
  auto rebase = [&](std::string& p) {
    if (!p.empty() && p[0] != '/') p = dir + "/" + p;
  };
  if (cfg.bios != "default" && cfg.bios != "none") rebase(cfg.bios);
  rebase(cfg.kernel);
  rebase(cfg.initrd);
  rebase(cfg.dtb);
  for (auto& d : cfg.drives) rebase(d.file);
}

}  // namespace ttvm

#include "machine/options.h"

#include <arpa/inet.h>

#include <cctype>

#include "cpu/engine.h"
#include "machine/compat_options.h"
#include "machine/option_parts.h"
#include "util/error.h"
#include "util/number.h"

#ifndef TTVM_LINUX_DIR
#define TTVM_LINUX_DIR "build/linux"
#endif

namespace ttvm {

uint64_t parse_number(const std::string& what, const std::string& s, uint64_t lo, uint64_t hi) {
  uint64_t v = 0;
  if (!parse_u64(s, v) || v < lo || v > hi)
    throw UserError(what + " " + s + ": expected a number from " + std::to_string(lo) + " to " + std::to_string(hi));
  return v;
}

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

namespace {

DriveConfig parse_drive(const std::string& v) {
  DriveConfig d;
  const std::string opt = "-drive " + v;
  for (const auto& [k, val] : split_props(v)) {
    if (k == "file") d.file = val;
    else if (k == "id") d.id = val;
    else if (k == "if") {
      if (val == "virtio") d.on_virtio_bus = true;
      else if (val == "none") d.if_none = true;
      else throw UserError(opt + ": if=" + val + " is not supported (use if=none or if=virtio)");
    } else if (k == "format") {
      if (val != "raw" && val != "qcow2")
        throw UserError(opt + ": format=" + val + " is not supported (ttvm reads raw and qcow2 images)");
      d.format = val;
    } else if (k == "readonly") d.read_only = on_off(opt, k, val);
    else if (k == "commit") d.commit = on_off(opt, k, val);
    else if (k == "media" && val == "disk") {
    } else throw UserError(opt + ": unsupported drive property '" + (k.empty() ? val : k) + "'");
  }
  if (d.file.empty()) throw UserError(opt + ": file= is required");
  if (d.read_only && d.commit) throw UserError(opt + ": readonly=on and commit=on contradict each other");
  return d;
}

}  // namespace

// "52:54:00:12:34:56" (or with '-'), unicast.
std::array<uint8_t, 6> parse_mac(const std::string& opt, const std::string& v) {
  std::array<uint8_t, 6> mac{};
  bool ok = v.size() == 17;
  for (size_t i = 0; ok && i < 6; ++i) {
    const std::string pair = v.substr(3 * i, 2);
    ok = std::isxdigit(static_cast<unsigned char>(pair[0])) && std::isxdigit(static_cast<unsigned char>(pair[1])) &&
         (i == 5 || v[3 * i + 2] == ':' || v[3 * i + 2] == '-');
    if (ok) mac[i] = uint8_t(std::stoul(pair, nullptr, 16));
  }
  if (!ok) throw UserError(opt + ": mac=" + v + ": expected six hex bytes such as 52:54:00:12:34:56");
  if (mac[0] & 1) throw UserError(opt + ": mac=" + v + " is a multicast address (the first byte must be even)");
  return mac;
}

namespace {

// -smp [cpus=]N[,sockets=S][,cores=C][,threads=T][,maxcpus=M], as QEMU: the
// hart count is N, or the product of the topology when N is not given. The
// topology itself is not modelled (QEMU's virt shows it only in cpu-map).
unsigned parse_smp(const std::string& v) {
  const std::string opt = "-smp " + v;
  uint64_t cpus = 0, product = 1, maxcpus = 0;
  bool topology = false;
  for (const auto& [k, val] : split_props(v)) {
    if (k.empty() || k == "cpus") cpus = parse_number(opt + ": cpus", val, 1, 1u << 20);
    else if (k == "sockets" || k == "cores" || k == "threads" || k == "clusters" || k == "dies") {
      product *= parse_number(opt + ": " + k, val, 1, 1u << 10);
      topology = true;
    } else if (k == "maxcpus") maxcpus = parse_number(opt + ": maxcpus", val, 1, 1u << 20);
    else throw UserError(opt + ": unsupported -smp property '" + k + "'");
  }
  if (cpus == 0) cpus = topology ? product : (maxcpus ? maxcpus : 1);
  if (topology && product != cpus && product != maxcpus)
    throw UserError(opt + ": the topology gives " + std::to_string(product) + " harts, not " + std::to_string(cpus));
  if (maxcpus && maxcpus != cpus) throw UserError(opt + ": maxcpus differs from cpus (ttvm has no CPU hotplug)");
  if (cpus < 1 || cpus > kMaxHarts)
    throw UserError(opt + ": ttvm supports 1 to " + std::to_string(kMaxHarts) + " harts");
  return unsigned(cpus);
}

uint16_t parse_port(const std::string& opt, const std::string& what, const std::string& v) {
  size_t pos = 0;
  unsigned long n = 0;
  try {
    n = std::stoul(v, &pos, 10);
  } catch (...) {
    pos = 0;
  }
  if (v.empty() || pos != v.size() || !std::isdigit(static_cast<unsigned char>(v[0])) || n < 1 || n > 65535)
    throw UserError(opt + ": " + what + " '" + v + "' is not a port number (1 to 65535)");
  return uint16_t(n);
}

// hostfwd=[tcp|udp]:[HOSTADDR]:HOSTPORT-[GUESTADDR]:GUESTPORT
HostFwd parse_hostfwd(const std::string& opt, const std::string& v) {
  HostFwd f;
  f.spec = v;
  const std::string syntax = opt + ": hostfwd=" + v + ": expected [tcp|udp]:[HOSTADDR]:HOSTPORT-[GUESTADDR]:GUESTPORT";
  const size_t colon = v.find(':');
  const size_t dash = v.find('-');
  if (colon == std::string::npos || dash == std::string::npos || dash < colon) throw UserError(syntax);
  const std::string proto = v.substr(0, colon);
  if (proto == "udp") f.udp = true;
  else if (!proto.empty() && proto != "tcp")
    throw UserError(opt + ": hostfwd=" + v + ": protocol '" + proto + "' is not tcp or udp");
  const std::string host = v.substr(colon + 1, dash - colon - 1), guest = v.substr(dash + 1);
  const size_t hc = host.rfind(':'), gc = guest.rfind(':');
  if (hc == std::string::npos || gc == std::string::npos) throw UserError(syntax);
  f.host_addr = host.substr(0, hc);
  f.guest_addr = guest.substr(0, gc);
  for (const std::string* a : {&f.host_addr, &f.guest_addr}) {
    in_addr tmp{};
    if (!a->empty() && inet_pton(AF_INET, a->c_str(), &tmp) != 1)
      throw UserError(opt + ": hostfwd=" + v + ": '" + *a + "' is not an IPv4 address");
  }
  f.host_port = parse_port(opt + ": hostfwd=" + v, "host port", host.substr(hc + 1));
  f.guest_port = parse_port(opt + ": hostfwd=" + v, "guest port", guest.substr(gc + 1));
  return f;
}

}  // namespace

NetdevConfig parse_netdev(const std::string& v) {
  NetdevConfig n;
  const std::string opt = "-netdev " + v;
  bool typed = false;
  for (const auto& [k, val] : split_props(v)) {
    if (k.empty() && !typed) {
      typed = true;
      if (val != "user") throw UserError(opt + ": netdev type '" + val + "' is not supported (ttvm has user)");
    } else if (k == "id") {
      n.id = val;
    } else if (k == "hostfwd") {
      n.hostfwd.push_back(parse_hostfwd(opt, val));
    } else {
      throw UserError(opt + ": unsupported netdev property '" + (k.empty() ? val : k) + "'");
    }
  }
  if (n.id.empty()) throw UserError(opt + ": id= is required");
  return n;
}

namespace {

DeviceConfig parse_device(const std::string& v) {
  DeviceConfig d;
  const std::string opt = "-device " + v;
  for (const auto& [k, val] : split_props(v)) {
    if (k.empty() && d.driver.empty()) {
      d.driver = val;
      if (val != "virtio-blk-device" && val != "virtio-rng-device" && val != "virtio-net-device")
        throw UserError(opt + ": device '" + val +
                        "' is not supported (ttvm has virtio-blk-device, virtio-rng-device, virtio-net-device)");
    } else if (k == "drive" && d.driver == "virtio-blk-device") {
      d.drive = val;
    } else if (k == "rng" && d.driver == "virtio-rng-device") {
      d.rng = val;
    } else if (k == "netdev" && d.driver == "virtio-net-device") {
      d.netdev = val;
    } else if (k == "mac" && d.driver == "virtio-net-device") {
      d.mac = parse_mac(opt, val);
      d.has_mac = true;
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
  if (d.driver == "virtio-net-device" && d.netdev.empty()) throw UserError(opt + ": netdev= is required");
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
  bool demo = false;
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
      cfg.smp = parse_smp(value());
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
    } else if (a == "-netdev") {
      const std::string v = value();
      NetdevConfig n = parse_netdev(v);
      for (const auto& other : cfg.netdevs)
        if (other.id == n.id) throw UserError("-netdev " + v + ": duplicate netdev id '" + n.id + "'");
      cfg.netdevs.push_back(std::move(n));
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
      // ip=: the kernel sets eth0 to slirp's 10.0.2.15 (IP_PNP), no DHCP client.
      cfg.append = "console=ttyS0 " + std::string(kGuestIpArg);
      cfg.ram_size = 256ull << 20;
      demo = true;
      DriveConfig d;
      d.id = "demo-disk";
      d.file = dir + "/disk.img";
      cfg.drives.push_back(d);
      DeviceConfig blk, rng;
      blk.driver = "virtio-blk-device";
      blk.drive = "demo-disk";
      rng.driver = "virtio-rng-device";
      cfg.devices.push_back(blk);
      cfg.devices.push_back(rng);
    } else if (args[i] == "--stats") {
      cfg.stats = true;
    } else if (args[i] == "--engine") {
      cfg.engine = value();
      EngineKind k;
      if (!parse_engine(cfg.engine, k)) throw UserError("--engine " + cfg.engine + ": expected interp, fast or jit");
    } else if (a == "-s") {
      cfg.gdb_host = "127.0.0.1";
      cfg.gdb_port = 1234;
    } else if (a == "-S") {
      cfg.start_stopped = true;
    } else if (a == "-gdb") {
      const bool rr_style = args[i] == "--gdb";  // DESIGN's --gdb PORT, next to QEMU's -gdb tcp::PORT
      std::string v = value();
      if (rr_style && !v.empty() && v.find_first_not_of("0123456789") == std::string::npos) v = "tcp::" + v;
      parse_gdb(v, cfg);
    } else if (a == "-D") {
      cfg.log_file = value();
    } else if (parse_compat_option(a, value, cfg)) {
      // QEMU spellings with little or no effect here (compat_options.cpp).
    } else {
      throw UserError("unsupported option '" + args[i] + "'");
    }
  }
  check_compat_options(cfg);
  if (cfg.start_stopped && cfg.gdb_port < 0)
    throw UserError("-S needs a gdb server to continue the machine (-s or -gdb tcp::PORT)");
  // The demo's network card, unless the command line brings its own (say,
  // with a hostfwd rule).
  if (demo) {
    bool has_nic = false;
    for (const auto& dev : cfg.devices) has_nic = has_nic || dev.driver == "virtio-net-device";
    if (!has_nic) {
      cfg.netdevs.push_back({"demo-net", {}});
      DeviceConfig nic;
      nic.driver = "virtio-net-device";
      nic.netdev = "demo-net";
      cfg.devices.push_back(nic);
    }
  }
  // Every -device drive= names a -drive, and each if=none drive is used once.
  for (const auto& dev : cfg.devices) {
    if (dev.drive.empty()) continue;
    bool found = false;
    for (const auto& d : cfg.drives) found = found || (d.id == dev.drive && !d.on_virtio_bus);
    if (!found) throw UserError("-device " + dev.driver + ",drive=" + dev.drive + ": no -drive with id=" + dev.drive + ",if=none");
  }
  // A drive with no if= that no -device takes would be silently unused
  // (QEMU refuses it too: virt has no default disk interface).
  for (const auto& d : cfg.drives) {
    if (d.on_virtio_bus || d.if_none) continue;
    bool used = false;
    for (const auto& dev : cfg.devices) used = used || (!d.id.empty() && dev.drive == d.id);
    if (!used)
      throw UserError("-drive file=" + d.file + ": no -device takes this drive (give it id=ID and add -device virtio-blk-device,drive=ID, or use if=virtio)");
  }
  // Every netdev= names a -netdev, and each -netdev serves one card.
  for (size_t i = 0; i < cfg.devices.size(); ++i) {
    const std::string& id = cfg.devices[i].netdev;
    if (id.empty()) continue;
    const std::string what = "-device " + cfg.devices[i].driver + ",netdev=" + id;
    bool found = false;
    for (const auto& n : cfg.netdevs) found = found || n.id == id;
    if (!found) throw UserError(what + ": unknown netdev id '" + id + "' (no -netdev with id=" + id + ")");
    for (size_t j = 0; j < i; ++j)
      if (cfg.devices[j].netdev == id) throw UserError(what + ": netdev '" + id + "' is already used by another -device");
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

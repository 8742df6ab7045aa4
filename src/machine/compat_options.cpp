#include "machine/compat_options.h"

#include <algorithm>

#include "machine/cpu_options.h"
#include "machine/option_parts.h"
#include "util/error.h"

namespace ttvm {
namespace {

// -serial, -monitor, -display, -vga, -parallel: ttvm's only console is the
// UART on stdio, with Ctrl-A x to quit; there is no monitor, display or
// parallel port.
void check_console_option(const std::string& opt, const std::string& v) {
  if (opt == "-serial") {
    if (v != "mon:stdio" && v != "stdio")
      throw UserError("-serial " + v + ": ttvm's serial console is always stdio (-serial stdio or mon:stdio)");
  } else if (v != "none") {
    const char* why = opt == "-monitor" ? "ttvm has no QEMU monitor (on the console, Ctrl-A x quits)"
                                        : opt == "-parallel" ? "ttvm has no parallel port"
                                                             : "ttvm has no display (the console is the terminal)";
    throw UserError(opt + " " + v + ": " + why + "; use " + opt + " none");
  }
}

// -accel tcg[,thread=...][,tb-size=...]: ttvm is its own software emulator,
// so TCG's meaning; its tuning properties do not apply.
void check_accel(const std::string& v) {
  const auto props = split_props(v);
  if (props[0].first != "" || props[0].second != "tcg")
    throw UserError("-accel " + v + ": ttvm emulates in software (as -accel tcg); '" + props[0].second +
                    "' is not available");
  for (size_t i = 1; i < props.size(); ++i)
    if (props[i].first != "thread" && props[i].first != "tb-size")
      throw UserError("-accel " + v + ": unsupported accel property '" + props[i].first + "'");
}

// -icount shift=N|auto[,align=on|off][,sleep=on|off][,rr=...]: ttvm's clock
// is always the instruction count (docs/hart.md: 100 M instructions a guest
// second, whatever the shift); QEMU's record/replay is ttvm record/replay.
void check_icount(const std::string& v) {
  const std::string opt = "-icount " + v;
  for (const auto& [k, val] : split_props(v)) {
    if (k.empty() || k == "shift") {
      if (val != "auto" && (val.empty() || val.find_first_not_of("0123456789") != std::string::npos))
        throw UserError(opt + ": shift=" + val + ": expected a number or auto");
    } else if (k == "align" || k == "sleep") {
      on_off(opt, k, val);
    } else if (k == "rr") {
      if (val == "record" || val == "replay")
        throw UserError(opt + ": rr=" + val + ": ttvm records and replays with its own commands: `ttvm record -o DIR " +
                        "[machine options]` and `ttvm replay DIR`");
      if (val != "off") throw UserError(opt + ": rr=" + val + ": expected off, record or replay");
    } else if (k == "rrfile" || k == "rrsnapshot") {
      throw UserError(opt + ": " + k + "=: ttvm records and replays with `ttvm record -o DIR` and `ttvm replay DIR`");
    } else {
      throw UserError(opt + ": unsupported icount property '" + k + "'");
    }
  }
}

// -nic user[,id=ID][,hostfwd=RULE]...[,model=virtio-net-device][,mac=MAC]:
// QEMU's shorthand for -netdev user + -device virtio-net-device. -nic none
// means no network, as ttvm has without -nic.
void add_nic(const std::string& v, MachineConfig& cfg) {
  const std::string opt = "-nic " + v;
  const auto props = split_props(v);
  if (props[0].first.empty() && props[0].second == "none" && props.size() == 1) return;
  DeviceConfig dev;
  dev.driver = "virtio-net-device";
  std::string netdev = props[0].first.empty() ? props[0].second : "user";
  std::string id;
  for (size_t i = props[0].first.empty() ? 1 : 0; i < props.size(); ++i) {
    const auto& [k, val] = props[i];
    if (k == "model") {
      if (val != "virtio-net-device")
        throw UserError(opt + ": model=" + val + ": ttvm's network card is virtio-net-device (virtio-mmio; " +
                        "there is no PCI bus)");
    } else if (k == "mac") {
      dev.mac = parse_mac(opt, val);
      dev.has_mac = true;
    } else if (k == "id") {
      id = val;
    } else {
      netdev += "," + (k.empty() ? val : k + "=" + val);
    }
  }
  if (id.empty()) id = "nic" + std::to_string(cfg.netdevs.size());
  NetdevConfig n;
  try {
    n = parse_netdev(netdev + ",id=" + id);
  } catch (const UserError& e) {
    // Its message names the -netdev it was rewritten to: name the -nic.
    std::string m = e.what();
    const size_t colon = m.find(": ");
    throw UserError(opt + (colon == std::string::npos ? ": " + m : m.substr(colon)));
  }
  for (const auto& other : cfg.netdevs)
    if (other.id == n.id) throw UserError(opt + ": duplicate netdev id '" + n.id + "'");
  dev.netdev = n.id;
  cfg.netdevs.push_back(std::move(n));
  cfg.devices.push_back(dev);
}

// -object rng-random,id=ID[,filename=/dev/urandom] | rng-builtin,id=ID: a
// source for -device virtio-rng-device,rng=ID. Either way ttvm's entropy is
// the host's, taken (and recorded) through the entropy port.
void add_object(const std::string& v, MachineConfig& cfg) {
  const std::string opt = "-object " + v;
  const auto props = split_props(v);
  const std::string type = props[0].first.empty() ? props[0].second : "";
  if (type != "rng-random" && type != "rng-builtin")
    throw UserError(opt + ": object type '" + type + "' is not supported (ttvm has rng-random and rng-builtin)");
  std::string id;
  for (size_t i = 1; i < props.size(); ++i) {
    const auto& [k, val] = props[i];
    if (k == "id") {
      id = val;
    } else if (k == "filename" && type == "rng-random") {
      if (val != "/dev/urandom" && val != "/dev/random")
        throw UserError(opt + ": filename=" + val + ": ttvm's entropy is the host's (/dev/urandom or /dev/random)");
    } else {
      throw UserError(opt + ": unsupported " + type + " property '" + (k.empty() ? val : k) + "'");
    }
  }
  if (id.empty()) throw UserError(opt + ": id= is required");
  if (std::count(cfg.rng_objects.begin(), cfg.rng_objects.end(), id))
    throw UserError(opt + ": duplicate object id '" + id + "'");
  cfg.rng_objects.push_back(id);
}

}  // namespace

bool parse_compat_option(const std::string& opt, const std::function<std::string()>& value, MachineConfig& cfg) {
  if (opt == "-serial" || opt == "-monitor" || opt == "-display" || opt == "-vga" || opt == "-parallel") {
    check_console_option(opt, value());
  } else if (opt == "-cpu") {
    check_cpu_option(value());
  } else if (opt == "-accel") {
    check_accel(value());
  } else if (opt == "-enable-kvm") {
    throw UserError("-enable-kvm: ttvm emulates in software (as -accel tcg); there is no KVM for it");
  } else if (opt == "-icount") {
    check_icount(value());
  } else if (opt == "-no-reboot") {
    cfg.no_reboot = true;
  } else if (opt == "-no-shutdown") {
    throw UserError("-no-shutdown: ttvm has no monitor to look at a stopped guest with; a guest power-off ends the "
                    "run (to inspect it, record the run and use ttvm replay DIR --gdb PORT)");
  } else if (opt == "-snapshot") {
    cfg.snapshot = true;
  } else if (opt == "-nic") {
    add_nic(value(), cfg);
  } else if (opt == "-object") {
    add_object(value(), cfg);
  } else {
    return false;
  }
  return true;
}

void check_compat_options(const MachineConfig& cfg) {
  for (const auto& dev : cfg.devices)
    if (!dev.rng.empty() && !std::count(cfg.rng_objects.begin(), cfg.rng_objects.end(), dev.rng))
      throw UserError("-device " + dev.driver + ",rng=" + dev.rng + ": no -object rng-random or rng-builtin with id=" +
                      dev.rng);
  if (cfg.snapshot)
    for (const auto& d : cfg.drives)
      if (d.commit) throw UserError("-drive file=" + d.file + ",commit=on: -snapshot says never to write the image");
}

}  // namespace ttvm

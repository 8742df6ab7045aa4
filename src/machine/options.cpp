#include "machine/options.h"

#include <cctype>

#include "util/error.h"

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
    } else if (args[i] == "--stats") {
      cfg.stats = true;
    } else if (a == "-D") {
      cfg.log_file = value();
    } else {
      throw UserError("unsupported option '" + args[i] + "'");
    }
  }
  return cfg;
}

}  // namespace ttvm

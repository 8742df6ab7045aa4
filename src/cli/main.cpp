// The ttvm command: `ttvm run [machine options]` for now; record, replay and
// info come with the recording (DESIGN.md, "What a user does"). User errors
// are reported here, once, as "ttvm: <message>" with exit status 2 (so they
// cannot be mistaken for a guest's own exit status 1).
#include <unistd.h>

#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/console_out.h"
#include "cli/drive.h"
#include "machine/machine.h"
#include "machine/options.h"
#include "record/divergence.h"
#include "util/error.h"

namespace {

constexpr const char* kUsage =
    "usage: ttvm run [machine options]              run a machine\n"
    "       ttvm record [-o DIR] [--no-pack] [machine options]\n"
    "                                               run and record it (default DIR: ttvm.rec); the images it\n"
    "                                               reads are kept in DIR/images unless --no-pack\n"
    "       ttvm replay DIR [--goto POINT] [--image ROLE=PATH]... [--stats]\n"
    "                                               replay a recording, instruction for instruction; an image\n"
    "                                               DIR does not keep is read from PATH (ROLE as 'ttvm info' names it)\n"
    "       ttvm info DIR                           what a recording holds\n"
    "       ttvm pack DIR [--image ROLE=PATH]...    keep a recording's images in it, while they still exist\n"
    "       ttvm verify DIR [--points N]            check time travel on a recording (goto vs forward replay)\n"
    "       ttvm report DIR -o FILE.html [--symbols ELF]\n"
    "                                               a timeline of the whole run as one HTML page (docs/report.md)\n"
    "\n"
    "Machine options (QEMU spelling):\n"
    "  -M, -machine virt   the board (the only one)\n"
    "  -m SIZE             RAM size (default 128M)\n"
    "  -smp N              number of harts, 1..8 (default 1)\n"
    "  -bios default|none|FILE  firmware: OpenSBI fw_jump (Debian's opensbi), none, or a file\n"
    "                      (not given: OpenSBI, as QEMU; none for a bare-metal ELF at 0x80000000)\n"
    "  -kernel FILE        ELF or raw image (after the firmware; default: the built-in demo)\n"
    "  -initrd FILE        initial ramdisk\n"
    "  -append STRING      kernel command line (/chosen/bootargs)\n"
    "  -drive file=IMG[,if=none|virtio][,format=raw|qcow2][,id=ID][,readonly=on][,commit=on]\n"
    "                      a disk image (without format=: probed as QEMU does)\n"
    "  -device virtio-blk-device,drive=ID | virtio-rng-device | virtio-net-device,netdev=ID[,mac=MAC]\n"
    "                      [,bus=virtio-mmio-bus.N]  a virtio-mmio device\n"
    "  -netdev user,id=ID[,hostfwd=[tcp|udp]:[HOSTADDR]:HOSTPORT-[GUESTADDR]:GUESTPORT]...\n"
    "                      user-mode network (libslirp): guest 10.0.2.15, gateway/host 10.0.2.2, DNS 10.0.2.3\n"
    "  -dtb FILE           use this device tree instead of ttvm's\n"
    "  --dump-dtb FILE     write ttvm's device tree to FILE and exit\n"
    "  -nographic          accepted; the console is always the terminal\n"    "  -serial stdio|mon:stdio, -monitor/-display/-vga/-parallel none, -accel tcg,\n"
    "  -icount shift=N|auto, -snapshot, -cpu rv64[,EXT=on|off]...\n"
    "                      accepted as in QEMU (-cpu refuses extensions the hart lacks)\n"
    "  -nic user[,hostfwd=...][,model=virtio-net-device]  -netdev user + virtio-net-device\n"
    "  -object rng-random,filename=/dev/urandom,id=ID | rng-builtin,id=ID  for virtio-rng-device,rng=ID\n"
    "  -no-reboot          a guest reset ends the run (status 0)\n"
    "  -d in_asm           trace every executed instruction (pc, privilege, disassembly)\n"
    "  -D FILE             write the trace to FILE instead of stderr\n"
    "  --demo              boot the built-in Linux guest (OpenSBI, kernel, init, disk, rng, user network)\n"
    "  --stats             print the instruction count and speed at exit\n"
    "  --engine E          what executes guest code: interp (the reference interpreter), fast\n"
    "                      (threaded dispatch) or jit (x86-64 translation); all give identical\n"
    "                      results (default: jit where built, else fast)\n"
    "  -s                  gdb server on tcp:127.0.0.1:1234 (shorthand for -gdb tcp::1234)\n"
    "  -gdb tcp::PORT      gdb server on a port of the loopback interface (tcp:HOST:PORT: on HOST;\n"
    "                      --gdb PORT is the same as -gdb tcp::PORT)\n"
    "  -S                  do not start the harts before gdb continues\n"
    "\n"
    "Time travel (record with gdb, replay; see docs/timetravel.md):\n"
    "  --goto POINT        replay: start at POINT (icount, start, end) instead of the start\n"
    "  --tt-memory SIZE    memory for checkpoints (default 1G); older ones are thinned to fit\n"
    "  --no-checkpoints    record: save no checkpoints in the recording (replays then start at power-on)\n"
    "\n"
    "A bare-metal program ends by writing tohost (HTIF); ttvm exits with its status.\n";

int cmd_run(const std::vector<std::string>& args) {
  ttvm::MachineConfig cfg = ttvm::parse_machine_options(args);
  // The one read of the host clock: the RTC's epoch for this run.
  cfg.start_epoch_ns = ttvm::host_epoch_ns();
  ttvm::ConsoleOut out;
  ttvm::Machine m(cfg, [&out](uint8_t c) { out.put(c); });
  m.boot();
  ttvm::HostConsole console;
  m.set_console_input(&console);
  m.set_output_flush([&out] { out.flush(); });
  m.set_output_poll([&out] { out.flush_if_stale(); });
  if (!cfg.dump_dtb.empty()) {
    FILE* f = std::fopen(cfg.dump_dtb.c_str(), "wb");
    if (!f || std::fwrite(m.fdt().data(), 1, m.fdt().size(), f) != m.fdt().size())
      throw ttvm::UserError(cfg.dump_dtb + ": cannot write the device tree: " + std::strerror(errno));
    std::fclose(f);
    return 0;
  }
  // Host sockets (hostfwd listeners) open only for a run, not for --dump-dtb.
  m.open_net_backends();
  const std::optional<int> status = ttvm::drive_machine(m, cfg);
  out.flush();
  return ttvm::exit_status(status);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
    std::fputs(kUsage, args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  const std::string cmd = args[0];
  args.erase(args.begin());
  try {
    if (cmd == "run") return cmd_run(args);
    if (cmd == "record") return ttvm::cmd_record(args);
    if (cmd == "replay") return ttvm::cmd_replay(args);
    if (cmd == "info") return ttvm::cmd_info(args);
    if (cmd == "verify") return ttvm::cmd_verify(args);
    if (cmd == "pack") return ttvm::cmd_pack(args);
    if (cmd == "report") return ttvm::cmd_report(args);
    throw ttvm::UserError("unknown command '" + cmd + "' (try: ttvm run, record, replay, info, verify, pack, report)");
  } catch (const ttvm::UserError& e) {
    std::fprintf(stderr, "ttvm: %s\n", e.what());
    return 2;
  } catch (const ttvm::Divergence& e) {
    std::fprintf(stderr, "ttvm: %s\n", e.what());
    return 3;
  }
}

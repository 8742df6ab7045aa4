// What a machine is made of, as given on the command line (QEMU spelling,
// parsed by options.cpp).
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ttvm {

class DiskBaseSource;

// -drive file=IMG[,if=none|virtio][,format=raw|qcow2][,id=ID][,readonly=on][,commit=on]
struct DriveConfig {
  std::string id;
  std::string file;
  std::string format;  // raw, qcow2; empty: probed from the file, as QEMU does
  bool on_virtio_bus = false;  // if=virtio: a virtio-blk device of its own
  bool if_none = false;        // if=none: left alone if no -device takes it, as in QEMU
  bool read_only = false;
  bool commit = false;  // write changes back to the image (default: never touched)
  // Set by record and replay, not by options: the image's contents come
  // through this instead of from `file` (record/image_store.h).
  std::shared_ptr<DiskBaseSource> base;
};

// -device DRIVER[,drive=ID|netdev=ID][,mac=MAC][,bus=virtio-mmio-bus.N]
struct DeviceConfig {
  std::string driver;  // virtio-blk-device, virtio-rng-device, virtio-net-device
  std::string drive;
  int slot = -1;       // virtio-mmio slot, -1: the next free one
  std::string netdev;  // virtio-net-device: the -netdev id
  std::string rng;     // virtio-rng-device: an -object rng-* id (optional)
  std::array<uint8_t, 6> mac{};
  bool has_mac = false;  // else QEMU's 52:54:00:12:34:56, +1 for each further card
};

// hostfwd=[tcp|udp]:[HOSTADDR]:HOSTPORT-[GUESTADDR]:GUESTPORT (QEMU's syntax)
struct HostFwd {
  std::string spec;  // as written, for messages
  bool udp = false;
  std::string host_addr;   // dotted quad; empty: any address (as QEMU)
  uint16_t host_port = 0;
  std::string guest_addr;  // empty: the guest's 10.0.2.15
  uint16_t guest_port = 0;
};

// -netdev user,id=ID[,hostfwd=RULE]...
struct NetdevConfig {
  std::string id;
  std::vector<HostFwd> hostfwd;
};

struct MachineConfig {
  uint64_t ram_size = 128ull << 20;
  unsigned smp = 1;
  std::string bios;  // -bios: "default", "none" or a file; empty: not given (boot.h firmware_of)
  std::string kernel;       // empty: the built-in demo guest
  std::string initrd;       // -initrd
  std::string append;       // -append (kernel command line)
  std::string dtb;          // -dtb: a user's device tree instead of ours
  std::string dump_dtb;     // --dump-dtb / -machine dumpdtb=: write ours and exit
  // The wall-clock time the run starts at (the RTC's epoch), chosen once by
  // the command line and recorded with a run; never read while running.
  uint64_t start_epoch_ns = 0;
  bool trace_in_asm = false;  // -d in_asm
  std::string log_file;       // -D FILE (trace output), default stderr
  bool stats = false;         // --stats: instruction count and speed at exit
  // --engine interp|fast: what executes the decoded blocks (src/cpu/engine.h).
  // Not part of what the guest sees: a recording made with one engine
  // replays with the other. Empty: the default engine.
  std::string engine;
  // gdb server: -s is -gdb tcp::1234; -gdb tcp::PORT or tcp:HOST:PORT
  // (loopback unless a host is given). gdb_port < 0: no server.
  std::string gdb_host = "127.0.0.1";
  int gdb_port = -1;
  bool start_stopped = false;  // -S: hold the harts until gdb continues
  std::vector<DriveConfig> drives;
  std::vector<DeviceConfig> devices;
  std::vector<NetdevConfig> netdevs;
  // -object rng-random|rng-builtin ids: every one is the host's entropy,
  // taken through the entropy port.
  std::vector<std::string> rng_objects;
  bool no_reboot = false;  // -no-reboot: a guest reset ends the run (status 0)
  bool snapshot = false;   // -snapshot: images are never written (always so, unless commit=on)
};

constexpr uint64_t kRamBase = 0x80000000;
// The kernel argument that gives our Linux guest slirp's address on eth0
// (IP_PNP): used by --demo and the tests.
constexpr const char* kGuestIpArg = "ip=10.0.2.15::10.0.2.2:255.255.255.0::eth0:off";
constexpr unsigned kMaxHarts = 8;

}  // namespace ttvm

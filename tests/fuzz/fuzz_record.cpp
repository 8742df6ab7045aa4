// The recording reader: event logs (read_log, then replayed on a machine)
// and manifests (read_manifest). The first byte picks what the rest is:
//   0: a raw event log file, exactly as on disk;
//   1: chunks the harness frames correctly (header, zstd, CRC-32C), so the
//      fuzzer reaches event decoding and replay without forging checksums:
//      per chunk a claimed event count (u8) and raw event bytes (u16 length);
//   2: a manifest text.
// Damage must be reported (LogContents::damage, UserError, Divergence),
// never crash, hang or allocate without bound. Replay runs the loop guest
// (tests/loop_guest.h) for a bounded number of instructions.
#include <unistd.h>
#include <zstd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "fuzz_input.h"
#include "loop_guest.h"
#include "machine/machine.h"
#include "record/crc32c.h"
#include "record/divergence.h"
#include "record/log_format.h"
#include "record/log_reader.h"
#include "record/manifest.h"
#include "record/named_values.h"
#include "record/replayer.h"
#include "util/error.h"

using namespace ttvm;

namespace {

std::string g_kernel, g_file;

void put32(std::string& s, uint32_t v) {
  for (int i = 0; i < 4; ++i) s += char(v >> (8 * i));
}

void write_all(const std::string& bytes) {
  FILE* f = std::fopen(g_file.c_str(), "wb");
  if (!f) std::abort();
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size()) std::abort();
  std::fclose(f);
}

std::string framed_log(fuzz::Input& in) {
  std::string out(logfmt::kFileMagic, 8);
  put32(out, logfmt::kVersion);
  put32(out, 0);
  const unsigned chunks = 1 + in.u8() % 4;
  for (unsigned c = 0; c < chunks && !in.done(); ++c) {
    const uint32_t count = in.u8();
    const auto raw = in.bytes(in.u16());
    std::string z(ZSTD_compressBound(raw.size()), '\0');
    const size_t zn = ZSTD_compress(z.data(), z.size(), raw.data(), raw.size(), 1);
    if (ZSTD_isError(zn)) std::abort();
    z.resize(zn);
    std::string h(logfmt::kChunkMagic, 4);
    put32(h, uint32_t(zn));
    put32(h, uint32_t(raw.size()));
    put32(h, count);
    put32(h, crc32c(z.data(), z.size()));
    put32(h, crc32c(h.data(), 20));
    out += h + z;
  }
  return out;
}

void replay(LogContents log) {
  for (const auto& e : log.events)
    if (e.port == Port::kDigest || e.port == Port::kEnd)
      if (auto v = decode_values(e.data)) (void)first_difference(*v, {{"icount", 1}, {"hart0.pc", 2}});
  MachineConfig cfg;
  cfg.ram_size = 1ull << 20;
  cfg.bios = "none";  // a raw M-mode loop (no -bios would load OpenSBI, as QEMU does)
  cfg.kernel = g_kernel;
  cfg.devices.push_back({.driver = "virtio-rng-device"});
  Machine m(cfg, [](uint8_t) {});
  m.boot();
  Replayer rp(std::move(log));
  m.set_replayer(&rp);
  try {
    m.run(50'000);
  } catch (const Divergence&) {
  } catch (const UserError&) {
  }
  m.set_replayer(nullptr);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  g_kernel = test::write_loop_kernel("/tmp/ttvm-fuzz-loop-XXXXXX");
  g_file = "/tmp/ttvm-fuzz-record-" + std::to_string(getpid());
  std::atexit([] {
    unlink(g_kernel.c_str());
    unlink(g_file.c_str());
  });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Input in(data, size);
  const uint8_t mode = in.u8() % 3;
  if (mode == 2) {
    write_all(in.str(in.left()));
    try {
      (void)read_manifest(g_file);
    } catch (const UserError&) {
    }
    return 0;
  }
  if (mode == 0) {
    write_all(in.str(in.left()));
  } else {
    write_all(framed_log(in));
  }
  LogContents log;
  try {
    log = read_log(g_file);
  } catch (const UserError&) {
    return 0;
  }
  replay(std::move(log));
  return 0;
}

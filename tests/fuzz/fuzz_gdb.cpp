// The gdb packet layer and session against a real ExecControl: a
// LiveControl on a two-hart machine running the loop guest
// (tests/loop_guest.h). The input is either a raw byte stream for the
// PacketReader (acks, Ctrl-C, line noise, bad checksums, overlong packets)
// or, to get past the checksums, payloads separated by '\n' that the
// harness frames correctly. Every packet goes to Session::handle, as the
// server does; continuing stops at the next poll, so nothing runs long.
// Invariants: no host fault; every reply is a well-formed packet that
// frames and unframes to itself; the session never asks to run a hart that
// does not exist (LiveControl would ignore it, the session must not crash).
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "fuzz_input.h"
#include "loop_guest.h"
#include "gdb/packet.h"
#include "gdb/session.h"
#include "machine/live_control.h"

using namespace ttvm;

namespace {

std::string g_kernel;

void check_reply(const std::string& payload) {
  // What the server sends: frame() of the payload; the reader must give it
  // back unchanged.
  const std::string f = gdb::frame(payload);
  gdb::PacketReader r;
  std::vector<gdb::PacketReader::Event> ev;
  r.feed(reinterpret_cast<const uint8_t*>(f.data()), f.size(), ev);
  if (payload.size() > gdb::kMaxPacket) fuzz::fail("reply of %zu bytes exceeds PacketSize", payload.size());
  if (ev.size() != 1 || ev[0].kind != gdb::PacketReader::Event::Kind::kPacket || ev[0].payload != payload)
    fuzz::fail("reply '%.60s' does not survive framing", payload.c_str());
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  g_kernel = test::write_loop_kernel("/tmp/ttvm-fuzz-loop-XXXXXX");
  std::atexit([] { unlink(g_kernel.c_str()); });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Input in(data, size);
  const uint8_t mode = in.u8();
  MachineConfig cfg;
  cfg.smp = 2;
  cfg.ram_size = 1ull << 20;
  cfg.bios = "none";  // a raw M-mode loop (no -bios would load OpenSBI, as QEMU does)
  cfg.kernel = g_kernel;
  Machine m(cfg, [](uint8_t) {});
  m.boot();
  LiveControl ctl(m);
  // Every poll stops the run: a 'c' runs one round, as if gdb sent Ctrl-C.
  ctl.set_poll([] { return true; });
  StopEvent first;
  first.reason = StopEvent::Reason::kInterrupted;
  gdb::Session session(ctl, first);

  std::string stream;
  const std::vector<uint8_t> body = in.rest();
  if (mode & 1) {
    std::string payload;
    for (uint8_t c : body) {
      if (c == '\n') {
        stream += gdb::frame(payload);
        payload.clear();
      } else {
        payload += char(c);
      }
    }
    stream += gdb::frame(payload);
  } else {
    stream.assign(body.begin(), body.end());
  }

  gdb::PacketReader reader;
  std::vector<gdb::PacketReader::Event> events;
  // In two pieces at a point the input chooses: packets split across reads.
  const size_t cut = stream.empty() ? 0 : (mode >> 1) % (stream.size() + 1);
  reader.feed(reinterpret_cast<const uint8_t*>(stream.data()), cut, events);
  reader.feed(reinterpret_cast<const uint8_t*>(stream.data()) + cut, stream.size() - cut, events);
  for (const auto& ev : events) {
    if (ev.kind != gdb::PacketReader::Event::Kind::kPacket) continue;
    std::vector<std::string> out;
    const gdb::Session::Next next = session.handle(ev.payload, out);
    for (const auto& o : out) check_reply(o);
    if (next != gdb::Session::Next::kContinue) break;
  }
  return 0;
}

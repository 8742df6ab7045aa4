// The jit engine: a block that has run a few times is translated to host
// code (src/cpu/jit/translate.h) and from then on runs as one call. A block
// cut short by an exact stop, a block not yet hot and the hart's transient
// one-instruction block run on the fast engine, whose guest state is the
// same, instruction for instruction. Contract: src/cpu/engine.h.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "cpu/code_cache.h"
#include "cpu/engine.h"
#include "cpu/hart.h"
#include "cpu/jit/translate.h"

namespace ttvm {

namespace {
// Runs before translating. A translation costs about what a thousand runs
// of its block on the fast engine do (xbyak's encoder, ~1 KiB of code a
// block), so code run only a few hundred times (most of a Linux boot:
// 16,000 distinct blocks) is not worth it: at 256 a -smp 1 boot executes
// 0.98 G host instructions, at 4 2.31 G, on the fast engine alone 1.46 G
// (callgrind). TTVM_JIT_HOT=N changes it (tests use 1, so that code run
// once runs translated too); it cannot change results, only speed.
uint32_t hot_runs() {
  static const uint32_t n = [] {
    const char* s = std::getenv("TTVM_JIT_HOT");
    const long v = s ? std::strtol(s, nullptr, 10) : 0;
    return v > 0 ? uint32_t(v) : 256u;
  }();
  return n;
}

// TTVM_JIT_PERFMAP=1: each translation is named in /tmp/perf-PID.map (the
// format perf reads for JIT code), as "ttvm_pa_<physical address>", so that
// `perf report` shows which guest blocks the time goes to; with
// TTVM_JIT_DUMP=1 too, each translation's bytes go to /tmp/jit-<pa>.bin
// (objdump -D -b binary -mi386:x86-64 reads them).
void note_for_perf(const Block& b, NativeBlockFn code, size_t size) {
  static FILE* map = [] {
    const char* s = std::getenv("TTVM_JIT_PERFMAP");
    if (!s || *s == '0') return static_cast<FILE*>(nullptr);
    return std::fopen(("/tmp/perf-" + std::to_string(getpid()) + ".map").c_str(), "a");
  }();
  if (!map) return;
  std::fprintf(map, "%lx %zx ttvm_pa_%llx\n", reinterpret_cast<unsigned long>(code), size,
               static_cast<unsigned long long>(b.pa));
  std::fflush(map);
  static const bool dump = std::getenv("TTVM_JIT_DUMP") != nullptr;
  if (dump) {
    if (FILE* f = std::fopen(("/tmp/jit-" + std::to_string(b.pa) + ".bin").c_str(), "wb")) {
      std::fwrite(reinterpret_cast<const void*>(code), 1, size, f);
      std::fclose(f);
    }
  }
}
}  // namespace

bool jit_available() {
#if defined(__x86_64__)
  return true;
#else
  return false;
#endif
}

uint32_t jit_run_block(Hart& h, const Block& b, uint32_t n) {
#if defined(__x86_64__)
  if (__builtin_expect(b.native != nullptr, 1) && n == b.count) return b.native(&h);
  if (n == b.count && !b.transient && ++b.runs >= hot_runs()) {
    static const JitLayout layout = JitLayout::of(h);
    CodeArena& arena = h.code_.native_code();
    b.native = translate_block(b, layout, arena);
    if (!b.native && arena.used() > 0) {
      // Full: start over (b itself is translated again into the emptied
      // region; every other block will be rebuilt when it runs again).
      h.code_.flush_all();
      b.native = translate_block(b, layout, arena);
    }
    if (b.native) {
      note_for_perf(b, b.native, arena.used() - size_t(reinterpret_cast<const uint8_t*>(b.native) - arena.base()));
      return b.native(&h);
    }
    b.runs = 0;  // no executable memory: try again much later
  }
#endif
  return fast_run_block(h, b, n);
}

}  // namespace ttvm

// A tiny raw guest for debugger tests: every hart increments its own 64-bit
// counter at 0x80002000 + 8 * hartid forever. Encoded with
// riscv64-unknown-elf-as (rv64imac, compressed only where marked):
//   80000000 auipc a1,0x2          80000014 addi t1,t1,1
//   80000004 csrr  a0,mhartid      80000018 sd   t1,0(a1)
//   80000008 slli  a2,a0,3         8000001c c.addi a3,1   (2 bytes)
//   8000000c add   a1,a1,a2        8000001e c.addi a3,1   (2 bytes)
//   80000010 ld    t1,0(a1)        80000020 add  a4,a4,t1
//                                  80000024 j    80000010
#pragma once
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "machine/machine.h"
#include "raw_guest.h"

namespace ttvm::test {

constexpr uint64_t kLoopLd = 0x80000010, kLoopSd = 0x80000018, kLoopC1 = 0x8000001c, kLoopC2 = 0x8000001e,
                   kLoopAdd = 0x80000020, kLoopJ = 0x80000024, kLoopData = 0x80002000;

inline const std::vector<uint32_t>& loop_words() {
  static const std::vector<uint32_t> w = {0x00002597, 0xf1402573, 0x00351613, 0x00c585b3, 0x0005b303,
                                          0x00130313, 0x0065b023, 0x06850685, 0x00670733, 0xfedff06f};
  return w;
}

// The program in a new temporary file (see write_raw_program).
inline std::string write_loop_kernel(const char* pattern = "/tmp/ttvm-loop-XXXXXX") {
  return write_raw_program(loop_words(), pattern);
}

inline std::unique_ptr<Machine> make_loop_machine(unsigned smp) { return boot_raw_program(loop_words(), smp); }

}  // namespace ttvm::test

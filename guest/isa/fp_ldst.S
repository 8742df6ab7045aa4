#include "test.h"
#include "fp.h"

/* FP loads and stores, and their compressed forms: flw NaN-boxes and fsw
 * stores the low 32 bits as they are (no NaN-box check), fld/fsd move 64
 * bits; no instruction here looks at the values (sNaNs pass, no flags);
 * offsets of both signs; misaligned accesses (performed, as QEMU does);
 * c.fld / c.fsd (x8-x15 base, f8-f15, offsets 0..248) and c.fldsp / c.fsdsp
 * (offsets 0..504); a faulting FP load leaves its destination unchanged. */

/* The trap handler records mcause in s8 and resumes at s6. */
TEST_BEGIN
  FP_ON
  la t0, ldst_trap
  csrw mtvec, t0
  j ldst_tests

  .align 2
ldst_trap:
  csrr s8, mcause
  csrw mepc, s6
  mret

ldst_tests:
  la s1, fbuf
  csrw fflags, zero

  /* ---- flw / fsw */
  /* 1: flw NaN-boxes the loaded word */
  li TESTNUM, 1; flw f1, 0(s1); fmv.x.d a0, f1; FP_CHECK(0xffffffff3f800000, 0)
  /* 2: flw of a signalling NaN keeps its bits and raises nothing */
  li TESTNUM, 2; flw f2, 4(s1); fmv.x.d a0, f2; FP_CHECK(0xffffffff7f800001, 0)
  /* 3: flw with a negative offset */
  li TESTNUM, 3; addi t1, s1, 16; flw f3, -8(t1); fmv.x.d a0, f3; FP_CHECK(0xffffffffc0490fdb, 0)
  /* 4: flw into f0 */
  li TESTNUM, 4; flw f0, 12(s1); fmv.x.d a0, f0; FP_CHECK(0xffffffff00000001, 0)
  /* 5: fsw stores the low 32 bits and leaves the next word alone */
  li TESTNUM, 5; la t1, wbuf; li t0, -1; sd t0, 0(t1); fsw f1, 0(t1); ld a0, 0(t1)
  FP_CHECK(0xffffffff3f800000, 0)
  /* 6: fsw of an unboxed register stores its low half unchanged */
  li TESTNUM, 6; la t1, wbuf; sd zero, 0(t1); li t0, 0x1122334455667788; fmv.d.x f5, t0
  fsw f5, 4(t1); ld a0, 0(t1); FP_CHECK(0x5566778800000000, 0)
  /* 7: fsw of a sNaN stores it unchanged */
  li TESTNUM, 7; la t1, wbuf; fsw f2, -4+8(t1); lwu a0, 4(t1); FP_CHECK(0x7f800001, 0)

  /* ---- fld / fsd */
  /* 8: fld */
  li TESTNUM, 8; fld f6, 16(s1); fmv.x.d a0, f6; FP_CHECK(0x400921fb54442d18, 0)
  /* 9: fld of a signalling NaN */
  li TESTNUM, 9; fld f7, 24(s1); fmv.x.d a0, f7; FP_CHECK(0xfff0000000000001, 0)
  /* 10: fsd then ld with a negative offset */
  li TESTNUM, 10; la t1, wbuf + 64; fsd f7, -64(t1); ld a0, -64(t1); FP_CHECK(0xfff0000000000001, 0)
  /* 11: fsd of a NaN-boxed single stores all 64 bits */
  li TESTNUM, 11; la t1, wbuf; fsd f1, 8(t1); ld a0, 8(t1); FP_CHECK(0xffffffff3f800000, 0)
  /* 12: fld of a word that is not a boxed single, then used as a single: canonical NaN */
  li TESTNUM, 12; fld f8, 16(s1); fadd.s f9, f8, f8; fmv.x.d a0, f9; FP_CHECK(BOXED(0x7fc00000), 0)
  /* 13: misaligned fld (performed) */
  li TESTNUM, 13; la t1, wbuf; li t0, 0x0706050403020100; sd t0, 16(t1); li t0, 0x0f0e0d0c0b0a0908; sd t0, 24(t1)
  fld f10, 19(t1); fmv.x.d a0, f10; FP_CHECK(0x0a09080706050403, 0)
  /* 14: misaligned flw */
  li TESTNUM, 14; flw f10, 18(t1); fmv.x.d a0, f10; FP_CHECK(0xffffffff05040302, 0)
  /* 15: misaligned fsd */
  li TESTNUM, 15; FP_LOAD_D(f11, 0x8877665544332211); fsd f11, 33(t1); ld a0, 32(t1); ld a1, 40(t1)
  li t6, 0x7766554433221100; bne a0, t6, fail; andi a1, a1, 0xff; li t6, 0x88; bne a1, t6, fail
  /* 16: loads and stores raise no flags */
  li TESTNUM, 16; li a0, 0; FP_CHECK(0, 0)

  /* ---- compressed: c.fld / c.fsd (rd', rs1' in x8..x15 / f8..f15) */
  .option push
  .option rvc
  la s0, cbuf
  /* 17: c.fld offset 0 */
  li TESTNUM, 17; c.fld f8, 0(s0); fmv.x.d a0, f8; FP_CHECK(0x1111111111111111, 0)
  /* 18: c.fld offset 8 into f15 */
  li TESTNUM, 18; c.fld f15, 8(s0); fmv.x.d a0, f15; FP_CHECK(0x2222222222222222, 0)
  /* 19: c.fld largest offset 248, base a5 */
  li TESTNUM, 19; mv a5, s0; c.fld f9, 248(a5); fmv.x.d a0, f9; FP_CHECK(0xf8f8f8f8f8f8f8f8, 0)
  /* 20: c.fld offset 160 (bits 7 and 5) */
  li TESTNUM, 20; c.fld f12, 160(s0); fmv.x.d a0, f12; FP_CHECK(0xa0a0a0a0a0a0a0a0, 0)
  /* 21: c.fsd offset 0 */
  li TESTNUM, 21; FP_LOAD_D(f13, 0x0123456789abcdef); c.fsd f13, 0(s0); ld a0, 0(s0); FP_CHECK(0x0123456789abcdef, 0)
  /* 22: c.fsd largest offset 248, base a1, source f14 */
  li TESTNUM, 22; FP_LOAD_D(f14, 0xcafef00dd00dfeed); mv a1, s0; c.fsd f14, 248(a1); ld a0, 248(s0)
  FP_CHECK(0xcafef00dd00dfeed, 0)
  /* 23: c.fsd offset 96 (bits 6 and 5) keeps NaN bits */
  li TESTNUM, 23; FP_LOAD_D(f10, 0x7ff0000000000abc); c.fsd f10, 96(s0); ld a0, 96(s0); FP_CHECK(0x7ff0000000000abc, 0)

  /* ---- c.fldsp / c.fsdsp: sp-relative, any f register */
  mv s11, sp
  la sp, cbuf
  /* 24: c.fldsp offset 0 into f0 */
  li TESTNUM, 24; FP_LOAD_D(f13, 0x3333333333333333); fsd f13, 0(sp); c.fldsp f0, 0(sp); fmv.x.d a0, f0
  FP_CHECK(0x3333333333333333, 0)
  /* 25: c.fldsp offset 8 into f31 */
  li TESTNUM, 25; c.fldsp f31, 8(sp); fmv.x.d a0, f31; FP_CHECK(0x2222222222222222, 0)
  /* 26: c.fldsp largest offset 504 */
  li TESTNUM, 26; c.fldsp f20, 504(sp); fmv.x.d a0, f20; FP_CHECK(0x01f81f81f81f81f8, 0)
  /* 27: c.fldsp offset 256 (bit 8) */
  li TESTNUM, 27; c.fldsp f21, 256(sp); fmv.x.d a0, f21; FP_CHECK(0x0100010001000100, 0)
  /* 28: c.fsdsp offset 16 from f31 */
  li TESTNUM, 28; FP_LOAD_D(f31, 0x5555aaaa5555aaaa); c.fsdsp f31, 16(sp); ld a0, 16(sp); FP_CHECK(0x5555aaaa5555aaaa, 0)
  /* 29: c.fsdsp largest offset 504 from f1 */
  li TESTNUM, 29; FP_LOAD_D(f1, 0x0badc0de0badc0de); c.fsdsp f1, 504(sp); ld a0, 504(sp); FP_CHECK(0x0badc0de0badc0de, 0)
  /* 30: c.fsdsp offset 328 (bits 8, 6, 3) from f0 */
  li TESTNUM, 30; FP_LOAD_D(f0, 0x1234123412341234); c.fsdsp f0, 328(sp); ld a0, 328(sp); FP_CHECK(0x1234123412341234, 0)
  mv sp, s11
  .option pop

  /* ---- faults */
  /* 31: fld from an address with no memory: load access fault, f1 unchanged */
  li TESTNUM, 31; FP_LOAD_D(f1, 0x5a5a5a5a5a5a5a5a); li s8, 0; la s6, 1f
  li t1, 0x100; fld f1, 0(t1)
1:
  li t6, 5; bne s8, t6, fail
  fmv.x.d a0, f1; FP_CHECK(0x5a5a5a5a5a5a5a5a, 0)
  /* 32: fsw to an address with no memory: store access fault */
  li TESTNUM, 32; li s8, 0; la s6, 1f
  li t1, 0x100; fsw f1, 0(t1)
1:
  li t6, 7; bne s8, t6, fail

  la t0, trap_unexpected
  csrw mtvec, t0
TEST_END

  .data
  .align 4
fbuf:
  .word 0x3f800000, 0x7f800001, 0xc0490fdb, 0x00000001
  .dword 0x400921fb54442d18, 0xfff0000000000001
wbuf:
  .skip 128
  .align 4
cbuf:
  .dword 0x1111111111111111, 0x2222222222222222
  . = cbuf + 160
  .dword 0xa0a0a0a0a0a0a0a0
  . = cbuf + 248
  .dword 0xf8f8f8f8f8f8f8f8
  .dword 0x0100010001000100
  . = cbuf + 504
  .dword 0x01f81f81f81f81f8

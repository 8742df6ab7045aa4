/* Randomized check of every F and D instruction against results recorded
 * on the reference emulator (QEMU, whose FP is exact): for each
 * instruction, ITER cases with random operands -- special values, edges of
 * the exponent range, near-equal pairs for cancellation, fma addends close
 * to -(a*b), singles that are not properly NaN-boxed, integers near powers
 * of two -- and a random dynamic rounding mode, folded with the result
 * bits and fflags into one FNV-1a hash per instruction. The hashes are
 * compared with the recorded ones; a mismatch prints the instruction.
 *
 * To re-record after changing the generator: build with -DGEN_TABLE, run
 * on qemu-system-riscv64 -M spike and paste the printed table into
 * expected[]. To see every case of instruction k: build with -DDETAIL=k
 * and diff the output of the two emulators. */
#include <stdint.h>

extern volatile uint64_t tohost, fromhost;
static void putc_(char c) {
  tohost = (0x0101ull << 48) | (uint8_t)c;
  while (!fromhost) {}
  fromhost = 0;
}
static void puts_(const char* s) { while (*s) putc_(*s++); }
static void puthex(uint64_t v) {
  for (int i = 60; i >= 0; i -= 4) putc_("0123456789abcdef"[(v >> i) & 15]);
}

#ifndef SEED
#define SEED 0x243f6a8885a308d3ull
#endif
static uint64_t st = SEED;
static uint64_t rnd(void) {
  st ^= st << 13; st ^= st >> 7; st ^= st << 17;
  return st;
}

static uint64_t rnd_frac(uint64_t r, int bits) {
  uint64_t m = (1ull << bits) - 1;
  switch (r & 7) {
    case 0: return 0;
    case 1: return 1;
    case 2: return m;
    case 3: return 1ull << (bits - 1);
    case 4: return m >> 1;
    case 5: return rnd() & 0xff;
    case 6: return (m & ~0xffull) | (rnd() & 0xff);
    default: return rnd() & m;
  }
}
static uint64_t rnd_exp(uint64_t r, int ebits) {
  int emax = (1 << ebits) - 1, bias = emax >> 1;
  int p = ebits == 8 ? 24 : 53;
  switch (r & 15) {
    case 0: return 0;
    case 1: return emax;
    case 2: return 1;
    case 3: return emax - 1;
    case 4: return bias + (int)(rnd() % 7) - 3;
    case 5: return 1 + rnd() % (p + 2);
    case 6: return emax - 1 - rnd() % (p + 2);
    case 7: return bias + (int)(rnd() % (2 * p)) - p;
    default: return rnd() % (emax + 1);
  }
}
static uint32_t rnd_f32(void) {
  uint64_t r = rnd();
  return (uint32_t)((r >> 63) << 31) | (uint32_t)(rnd_exp(r >> 3, 8) << 23) | (uint32_t)rnd_frac(r >> 10, 23);
}
static uint64_t rnd_f64(void) {
  uint64_t r = rnd();
  return ((r >> 63) << 63) | (rnd_exp(r >> 3, 11) << 52) | rnd_frac(r >> 10, 52);
}
/* A boxed single, sometimes not properly boxed. */
static uint64_t box(uint32_t v) {
  uint64_t r = rnd();
  if ((r & 31) == 0) return ((r >> 8) << 32) | v;
  return 0xffffffff00000000ull | v;
}
/* Operand pairs: independent, or the second derived from the first (close
 * values, opposite signs) to reach cancellation and ties. */
static uint64_t near(uint64_t a, int bits, uint64_t r) {
  uint64_t sign = 1ull << (bits - 1);
  if (r & 1) a ^= sign;
  switch ((r >> 1) & 3) {
    case 0: return a;
    case 1: return a + ((r >> 4) & 7) - 3;
    case 2: return a ^ (1ull << ((r >> 8) % (bits == 32 ? 24 : 53)));
    default: return a + (((r >> 4) & 63) << (bits == 32 ? 23 : 52)) - (32ull << (bits == 32 ? 23 : 52));
  }
}
static uint64_t rnd_int(void) {
  uint64_t r = rnd();
  uint64_t v;
  switch (r & 15) {
    case 0: v = 0; break;
    case 1: v = rnd() & 0xff; break;
    case 2: v = 1ull << (rnd() % 64); break;
    case 3: v = (1ull << (rnd() % 64)) - 1; break;
    case 4: v = (1ull << (rnd() % 64)) + 1; break;
    case 5: v = rnd() & ((1ull << (rnd() % 64)) - 1); break;
    default: v = rnd();
  }
  if ((r >> 4) & 1) v = -v;
  return v;
}

static void set_frm(unsigned rm) { __asm__ volatile("csrw frm, %0" ::"r"(rm)); }
static void clear_flags(void) { __asm__ volatile("csrw fflags, zero"); }
static uint64_t flags(void) { uint64_t f; __asm__ volatile("csrr %0, fflags" : "=r"(f)); return f; }

#define F3(name, insn) static uint64_t name(uint64_t a, uint64_t b, uint64_t c) { uint64_t r; \
  __asm__ volatile("fmv.d.x ft0,%1\n fmv.d.x ft1,%2\n fmv.d.x ft2,%3\n " insn " ft3,ft0,ft1,ft2\n fmv.x.d %0,ft3" \
  : "=r"(r) : "r"(a), "r"(b), "r"(c) : "ft0", "ft1", "ft2", "ft3"); return r; }
#define F2(name, insn) static uint64_t name(uint64_t a, uint64_t b, uint64_t c) { uint64_t r; (void)c; \
  __asm__ volatile("fmv.d.x ft0,%1\n fmv.d.x ft1,%2\n " insn " ft3,ft0,ft1\n fmv.x.d %0,ft3" \
  : "=r"(r) : "r"(a), "r"(b) : "ft0", "ft1", "ft3"); return r; }
#define X2(name, insn) static uint64_t name(uint64_t a, uint64_t b, uint64_t c) { uint64_t r; (void)c; \
  __asm__ volatile("fmv.d.x ft0,%1\n fmv.d.x ft1,%2\n " insn " %0,ft0,ft1" \
  : "=r"(r) : "r"(a), "r"(b) : "ft0", "ft1"); return r; }
#define F1(name, insn) static uint64_t name(uint64_t a, uint64_t b, uint64_t c) { uint64_t r; (void)b; (void)c; \
  __asm__ volatile("fmv.d.x ft0,%1\n " insn " ft3,ft0\n fmv.x.d %0,ft3" \
  : "=r"(r) : "r"(a) : "ft0", "ft3"); return r; }
#define X1(name, insn) static uint64_t name(uint64_t a, uint64_t b, uint64_t c) { uint64_t r; (void)b; (void)c; \
  __asm__ volatile("fmv.d.x ft0,%1\n " insn " %0,ft0" : "=r"(r) : "r"(a) : "ft0"); return r; }
#define I1(name, insn) static uint64_t name(uint64_t a, uint64_t b, uint64_t c) { uint64_t r; (void)b; (void)c; \
  __asm__ volatile(insn " ft3,%1\n fmv.x.d %0,ft3" : "=r"(r) : "r"(a) : "ft3"); return r; }

F3(fmadd_s, "fmadd.s") F3(fmsub_s, "fmsub.s") F3(fnmsub_s, "fnmsub.s") F3(fnmadd_s, "fnmadd.s")
F3(fmadd_d, "fmadd.d") F3(fmsub_d, "fmsub.d") F3(fnmsub_d, "fnmsub.d") F3(fnmadd_d, "fnmadd.d")
F2(fadd_s, "fadd.s") F2(fsub_s, "fsub.s") F2(fmul_s, "fmul.s") F2(fdiv_s, "fdiv.s")
F2(fadd_d, "fadd.d") F2(fsub_d, "fsub.d") F2(fmul_d, "fmul.d") F2(fdiv_d, "fdiv.d")
F2(fmin_s, "fmin.s") F2(fmax_s, "fmax.s") F2(fmin_d, "fmin.d") F2(fmax_d, "fmax.d")
F2(fsgnj_s, "fsgnj.s") F2(fsgnjn_s, "fsgnjn.s") F2(fsgnjx_s, "fsgnjx.s")
F2(fsgnj_d, "fsgnj.d") F2(fsgnjn_d, "fsgnjn.d") F2(fsgnjx_d, "fsgnjx.d")
X2(feq_s, "feq.s") X2(flt_s, "flt.s") X2(fle_s, "fle.s") X2(feq_d, "feq.d") X2(flt_d, "flt.d") X2(fle_d, "fle.d")
F1(fsqrt_s, "fsqrt.s") F1(fsqrt_d, "fsqrt.d") F1(fcvt_s_d, "fcvt.s.d") F1(fcvt_d_s, "fcvt.d.s")
X1(fclass_s, "fclass.s") X1(fclass_d, "fclass.d") X1(fmv_x_w, "fmv.x.w") X1(fmv_x_d, "fmv.x.d")
X1(fcvt_w_s, "fcvt.w.s") X1(fcvt_wu_s, "fcvt.wu.s") X1(fcvt_l_s, "fcvt.l.s") X1(fcvt_lu_s, "fcvt.lu.s")
X1(fcvt_w_d, "fcvt.w.d") X1(fcvt_wu_d, "fcvt.wu.d") X1(fcvt_l_d, "fcvt.l.d") X1(fcvt_lu_d, "fcvt.lu.d")
I1(fcvt_s_w, "fcvt.s.w") I1(fcvt_s_wu, "fcvt.s.wu") I1(fcvt_s_l, "fcvt.s.l") I1(fcvt_s_lu, "fcvt.s.lu")
I1(fcvt_d_w, "fcvt.d.w") I1(fcvt_d_wu, "fcvt.d.wu") I1(fcvt_d_l, "fcvt.d.l") I1(fcvt_d_lu, "fcvt.d.lu")
I1(fmv_w_x, "fmv.w.x") I1(fmv_d_x, "fmv.d.x")

/* kind: operand source. S/D = float operands of that precision; I = integer. */
enum { S1, S2, S3, D1, D2, D3, I };
struct Op { const char* name; uint64_t (*fn)(uint64_t, uint64_t, uint64_t); int kind; };
static const struct Op ops[] = {
  {"fmadd.s", fmadd_s, S3}, {"fmsub.s", fmsub_s, S3}, {"fnmsub.s", fnmsub_s, S3}, {"fnmadd.s", fnmadd_s, S3},
  {"fmadd.d", fmadd_d, D3}, {"fmsub.d", fmsub_d, D3}, {"fnmsub.d", fnmsub_d, D3}, {"fnmadd.d", fnmadd_d, D3},
  {"fadd.s", fadd_s, S2}, {"fsub.s", fsub_s, S2}, {"fmul.s", fmul_s, S2}, {"fdiv.s", fdiv_s, S2},
  {"fadd.d", fadd_d, D2}, {"fsub.d", fsub_d, D2}, {"fmul.d", fmul_d, D2}, {"fdiv.d", fdiv_d, D2},
  {"fmin.s", fmin_s, S2}, {"fmax.s", fmax_s, S2}, {"fmin.d", fmin_d, D2}, {"fmax.d", fmax_d, D2},
  {"fsgnj.s", fsgnj_s, S2}, {"fsgnjn.s", fsgnjn_s, S2}, {"fsgnjx.s", fsgnjx_s, S2},
  {"fsgnj.d", fsgnj_d, D2}, {"fsgnjn.d", fsgnjn_d, D2}, {"fsgnjx.d", fsgnjx_d, D2},
  {"feq.s", feq_s, S2}, {"flt.s", flt_s, S2}, {"fle.s", fle_s, S2},
  {"feq.d", feq_d, D2}, {"flt.d", flt_d, D2}, {"fle.d", fle_d, D2},
  {"fsqrt.s", fsqrt_s, S1}, {"fsqrt.d", fsqrt_d, D1}, {"fcvt.s.d", fcvt_s_d, D1}, {"fcvt.d.s", fcvt_d_s, S1},
  {"fclass.s", fclass_s, S1}, {"fclass.d", fclass_d, D1}, {"fmv.x.w", fmv_x_w, S1}, {"fmv.x.d", fmv_x_d, D1},
  {"fcvt.w.s", fcvt_w_s, S1}, {"fcvt.wu.s", fcvt_wu_s, S1}, {"fcvt.l.s", fcvt_l_s, S1}, {"fcvt.lu.s", fcvt_lu_s, S1},
  {"fcvt.w.d", fcvt_w_d, D1}, {"fcvt.wu.d", fcvt_wu_d, D1}, {"fcvt.l.d", fcvt_l_d, D1}, {"fcvt.lu.d", fcvt_lu_d, D1},
  {"fcvt.s.w", fcvt_s_w, I}, {"fcvt.s.wu", fcvt_s_wu, I}, {"fcvt.s.l", fcvt_s_l, I}, {"fcvt.s.lu", fcvt_s_lu, I},
  {"fcvt.d.w", fcvt_d_w, I}, {"fcvt.d.wu", fcvt_d_wu, I}, {"fcvt.d.l", fcvt_d_l, I}, {"fcvt.d.lu", fcvt_d_lu, I},
  {"fmv.w.x", fmv_w_x, I}, {"fmv.d.x", fmv_d_x, I},
};
#define NOPS (sizeof ops / sizeof ops[0])

#ifndef ITER
#define ITER 10000
#endif
/* Recorded on QEMU 7.2 (ITER = 10000). */
static const uint64_t expected[] = {
  0x5a68ce2b14eb8a54ull, /* fmadd.s */
  0x3823ae61411c3cf2ull, /* fmsub.s */
  0x2bc2a4e37c79161aull, /* fnmsub.s */
  0x2c4202311b3934ebull, /* fnmadd.s */
  0x3fb5f9a67c4137bcull, /* fmadd.d */
  0x46390d3044187b07ull, /* fmsub.d */
  0xd2ef98cf46125399ull, /* fnmsub.d */
  0x4ee38ee1f4296356ull, /* fnmadd.d */
  0xdd466ee4ca1f3691ull, /* fadd.s */
  0x8f1025cef1b4b505ull, /* fsub.s */
  0x28335b0aa4054ea1ull, /* fmul.s */
  0x40b195575b2b1c5dull, /* fdiv.s */
  0xa7a8b0f560153fb6ull, /* fadd.d */
  0x7c1f2d11196bd424ull, /* fsub.d */
  0xa78c189191772ab1ull, /* fmul.d */
  0x01d0f0aacf454928ull, /* fdiv.d */
  0x01443cab4f1a1d8dull, /* fmin.s */
  0x4286e0ca58a02b42ull, /* fmax.s */
  0xcac8e5e5e31b64a3ull, /* fmin.d */
  0xdd3e9c96a13d56baull, /* fmax.d */
  0xaab77ef56ffca9fbull, /* fsgnj.s */
  0x32f7f2931686e3ecull, /* fsgnjn.s */
  0x6153d332839cc2beull, /* fsgnjx.s */
  0xe2063bcdec9ed017ull, /* fsgnj.d */
  0xd289108bc7d88606ull, /* fsgnjn.d */
  0xc6fd6bf5d52ce2ceull, /* fsgnjx.d */
  0x53a21807eb956844ull, /* feq.s */
  0x0245cfa10681d065ull, /* flt.s */
  0x79abf4183571b034ull, /* fle.s */
  0x27bdf28cd6dfbad4ull, /* feq.d */
  0x90ec7060d0e625f5ull, /* flt.d */
  0xcf698e3572e3b8fdull, /* fle.d */
  0xdeeb58d437d2a485ull, /* fsqrt.s */
  0xbcce80b6f39a728eull, /* fsqrt.d */
  0xdbd7809c648e1a8aull, /* fcvt.s.d */
  0x387986875b6d9425ull, /* fcvt.d.s */
  0x7a2c0b5827eb79bdull, /* fclass.s */
  0x1a17b6f9d424a35eull, /* fclass.d */
  0x5ac679d7dc52c92dull, /* fmv.x.w */
  0xfb6e6cd03a3f22dfull, /* fmv.x.d */
  0x537e40e3a57ff46dull, /* fcvt.w.s */
  0x436f9ec6b6628dd6ull, /* fcvt.wu.s */
  0x264a12d7d23760eaull, /* fcvt.l.s */
  0x4815a1952236ef67ull, /* fcvt.lu.s */
  0x73ebd2643122003aull, /* fcvt.w.d */
  0x48af82054e2c0d57ull, /* fcvt.wu.d */
  0x7275a95ec32b169eull, /* fcvt.l.d */
  0x3e3da6ce7c770fc2ull, /* fcvt.lu.d */
  0xfa445cd5a404ac6cull, /* fcvt.s.w */
  0xb1c4228c09286b5eull, /* fcvt.s.wu */
  0x1282eb1808eaae7dull, /* fcvt.s.l */
  0x567a400c93d6b3a8ull, /* fcvt.s.lu */
  0x38e1aa350e3914a5ull, /* fcvt.d.w */
  0x8ec768edca1099a5ull, /* fcvt.d.wu */
  0xb9209990740a53b3ull, /* fcvt.d.l */
  0xee65887c3ca3dbf9ull, /* fcvt.d.lu */
  0x2ae80482d11d7bc4ull, /* fmv.w.x */
  0xdebff07d31b165dcull, /* fmv.d.x */
};
#ifndef DETAIL
#define DETAIL -1
#endif

int main(void) {
  __asm__ volatile("csrs mstatus, %0" ::"r"(0x2000));
  int failed = 0;
  for (unsigned k = 0; k < NOPS; ++k) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned it = 0; it < ITER; ++it) {
      const int kind = ops[k].kind;
      uint64_t a, b, c, r = rnd();
      if (kind <= S3) {
        uint32_t x = rnd_f32(), y = (r & 3) ? rnd_f32() : (uint32_t)near(x, 32, rnd());
        uint32_t z = rnd_f32();
        if (kind == S3 && (r & 12) == 0) {  /* addend close to -(x*y) */
          set_frm(rnd() % 5);
          z = (uint32_t)fmul_s(box(x), box(y), 0) ^ 0x80000000u;
          z = (uint32_t)near(z, 32, rnd() & ~1ull);
        }
        a = box(x); b = box(y); c = box(z);
      } else if (kind <= D3) {
        a = rnd_f64(); b = (r & 3) ? rnd_f64() : near(a, 64, rnd()); c = rnd_f64();
        if (kind == D3 && (r & 12) == 0) {
          set_frm(rnd() % 5);
          c = fmul_d(a, b, 0) ^ (1ull << 63);
          c = near(c, 64, rnd() & ~1ull);
        }
      } else {
        a = rnd_int(); b = c = 0;
      }
      unsigned rm = rnd() % 5;
      set_frm(rm);
      clear_flags();
      uint64_t res = ops[k].fn(a, b, c);
      uint64_t fl = flags();
      h = (h ^ res) * 0x100000001b3ull;
      h = (h ^ (fl | (rm << 8))) * 0x100000001b3ull;
      if ((int)k == DETAIL) {
        puthex(a); putc_(' '); puthex(b); putc_(' '); puthex(c); putc_(' ');
        putc_('0' + rm); putc_(' '); puthex(res); putc_(' '); puthex(fl); putc_('\n');
      }
    }
#ifdef GEN_TABLE
    puts_("  0x"); puthex(h); puts_("ull, /* "); puts_(ops[k].name); puts_(" */\n");
#else
    if (h != expected[k]) {
      puts_("fp_random: "); puts_(ops[k].name); puts_(" hash "); puthex(h);
      puts_(" expected "); puthex(expected[k]); putc_('\n');
      failed = k + 1;
    }
#endif
  }
  return failed;
}

#include "test.h"

/* RV64C: every compressed instruction, written with explicit c. mnemonics
 * (or .half encodings for HINTs the assembler refuses), including immediate
 * sign extension and the largest/smallest offsets and immediates.
 * The reserved encodings (illegal instruction traps) are in rvc_illegal.S;
 * c.ebreak is also in ecall_ebreak.S.
 * Registers of the 3-bit fields (rd', rs1', rs2') are x8..x15:
 * s0, s1, a0..a5. s1 is the data base pointer below; sp is pointed at
 * rvc_sp_buf for the sp-relative forms and restored afterwards. */

TEST_BEGIN
  .option rvc
  la s1, rvc_buf
  mv s11, sp
  la sp, rvc_sp_buf

  /* ---- C.ADDI4SPN: rd' = sp + nzuimm (multiple of 4, 4..1020) */
  /* 1: smallest, 4 */
  TEST_CASE(1, a0, 4, c.addi4spn a0, sp, 4; sub a0, a0, sp)
  /* 2: largest, 1020 */
  TEST_CASE(2, a5, 1020, c.addi4spn a5, sp, 1020; sub a5, a5, sp)
  /* 3: 0x210 (bits 9 and 4), into s0 */
  TEST_CASE(3, s0, 0x210, c.addi4spn s0, sp, 0x210; sub s0, s0, sp)
  /* 4: 0x1e8 (bits 8..5, 3) */
  TEST_CASE(4, a1, 0x1e8, c.addi4spn a1, sp, 0x1e8; sub a1, a1, sp)

  /* ---- C.LW / C.SW: offset multiple of 4, 0..124; c.lw sign-extends */
  /* 5: c.lw offset 0, bit 31 set -> sign-extended */
  TEST_CASE(5, a0, 0xffffffff80000001, c.lw a0, 0(s1))
  /* 6: c.lw offset 4 (uimm[2]) */
  TEST_CASE(6, a1, 0x7ffffffe, c.lw a1, 4(s1))
  /* 7: c.lw offset 64 (uimm[6]) */
  TEST_CASE(7, a2, 0x40404040, c.lw a2, 64(s1))
  /* 8: c.lw largest offset 124 */
  TEST_CASE(8, a3, 0xfffffffffedcba98, c.lw a3, 124(s1))
  /* 9: c.lw offset 40 (uimm[5:3]) into s0 with rd == rs1 */
  TEST_CASE(9, s0, 0x28282828, mv s0, s1; c.lw s0, 40(s0))
  /* 10: c.sw offset 0 writes one word (other half of the dword kept) */
  TEST_CASE(10, a4, 0x7ffffffe12345678, li a0, 0xaaaaaaaa12345678; c.sw a0, 0(s1); ld a4, 0(s1))
  /* 11: c.sw largest offset 124 */
  TEST_CASE(11, a4, 0xffffffff87654321, li a5, 0x87654321; c.sw a5, 124(s1); lw a4, 124(s1))
  /* 12: c.sw offset 68, rs2 = s0 */
  TEST_CASE(12, a4, 0x13572468, li s0, 0x13572468; c.sw s0, 68(s1); lw a4, 68(s1))

  /* ---- C.LD / C.SD: offset multiple of 8, 0..248 */
  /* 13: c.ld offset 0 */
  la t0, rvc_buf8
  /* (rvc_buf8 is rvc_buf + 128, separate data for the 8-byte forms) */
  TEST_CASE(13, a0, 0x8877665544332211, mv a1, t0; c.ld a0, 0(a1))
  /* 14: c.ld offset 8 (uimm[3]) */
  TEST_CASE(14, a0, 0xfedcba9876543210, mv a1, t0; c.ld a0, 8(a1))
  /* 15: c.ld offset 64 (uimm[6]) */
  TEST_CASE(15, a0, 0x4040404040404040, mv a1, t0; c.ld a0, 64(a1))
  /* 16: c.ld offset 128 (uimm[7]) */
  TEST_CASE(16, a0, 0x8080808080808080, mv a1, t0; c.ld a0, 128(a1))
  /* 17: c.ld largest offset 248 */
  TEST_CASE(17, a0, 0xf8f8f8f8f8f8f8f8, mv a1, t0; c.ld a0, 248(a1))
  /* 18: c.ld with rd == rs1 */
  TEST_CASE(18, a5, 0x3030303030303030, mv a5, t0; c.ld a5, 48(a5))
  /* 19: c.sd offset 0 */
  TEST_CASE(19, a4, 0x0123456789abcdef, mv a1, t0; li a2, 0x0123456789abcdef; c.sd a2, 0(a1); ld a4, 0(t0))
  /* 20: c.sd largest offset 248 */
  TEST_CASE(20, a4, 0xcafef00dd00dfeed, mv a1, t0; li a3, 0xcafef00dd00dfeed; c.sd a3, 248(a1); ld a4, 248(t0))
  /* 21: c.sd offset 136 (uimm[7], uimm[3]) with rs2 = s0 */
  TEST_CASE(21, a4, 0x1111222233334444, mv a1, t0; li s0, 0x1111222233334444; c.sd s0, 136(a1); ld a4, 136(t0))

  /* ---- C.NOP and C.ADDI */
  /* 22: c.nop changes nothing */
  TEST_CASE(22, a0, 0x1234, li a0, 0x1234; c.nop)
  /* 23: c.nop with a nonzero immediate (HINTs 0x0005 = imm 1, 0x107d = imm -1) is still a nop */
  TEST_CASE(23, a0, 0x1234, li a0, 0x1234; .half 0x0005; .half 0x107d)
  /* 24: c.addi smallest immediate -32 */
  TEST_CASE(24, a0, 0xffffffffffffffe0, li a0, 0; c.addi a0, -32)
  /* 25: c.addi largest immediate 31 */
  TEST_CASE(25, a0, 0x100000000000001e, li a0, 0x0fffffffffffffff; c.addi a0, 31)
  /* 26: c.addi -1 on 0 gives all ones (64-bit, no 32-bit truncation) */
  TEST_CASE(26, t0, 0xffffffffffffffff, li t0, 0; c.addi t0, -1)
  /* 27: c.addi on a full-width register (ra) across bit 32 */
  TEST_CASE(27, ra, 0x100000000, li ra, 0xffffffff; c.addi ra, 1)
  /* 28: c.addi with imm 0 (HINT, 0x0501 = c.addi a0, 0) leaves rd alone */
  TEST_CASE(28, a0, 0x5555, li a0, 0x5555; .half 0x0501)

  /* ---- C.ADDIW: 32-bit add, sign-extended */
  /* 29: 0x7fffffff + 1 wraps to 0xffffffff80000000 */
  TEST_CASE(29, a0, 0xffffffff80000000, li a0, 0x7fffffff; c.addiw a0, 1)
  /* 30: imm 0 is sext.w */
  TEST_CASE(30, a1, 0xffffffff89abcdef, li a1, 0x0123456789abcdef; c.addiw a1, 0)
  /* 31: smallest imm -32, upper source bits ignored */
  TEST_CASE(31, t1, 0xffffffffffffffe0, li t1, 0xabcdef0000000000; c.addiw t1, -32)
  /* 32: largest imm 31 */
  TEST_CASE(32, s2, 0x0000000000000030, li s2, 0xffffffff00000011; c.addiw s2, 31)

  /* ---- C.LI */
  /* 33: smallest -32 sign-extended */
  TEST_CASE(33, a0, 0xffffffffffffffe0, li a0, 0x1234; c.li a0, -32)
  /* 34: largest 31 */
  TEST_CASE(34, t2, 31, li t2, -1; c.li t2, 31)
  /* 35: zero */
  TEST_CASE(35, s3, 0, li s3, -1; c.li s3, 0)
  /* 36: -1 */
  TEST_CASE(36, ra, 0xffffffffffffffff, li ra, 0; c.li ra, -1)

  /* ---- C.ADDI16SP: sp += nzimm (multiple of 16, -512..496) */
  /* 37: smallest -512 */
  TEST_CASE(37, a0, 0xfffffffffffffe00, mv s10, sp; c.addi16sp sp, -512; sub a0, sp, s10; mv sp, s10)
  /* 38: largest 496 */
  TEST_CASE(38, a0, 496, mv s10, sp; c.addi16sp sp, 496; sub a0, sp, s10; mv sp, s10)
  /* 39: 16 */
  TEST_CASE(39, a0, 16, mv s10, sp; c.addi16sp sp, 16; sub a0, sp, s10; mv sp, s10)
  /* 40: -16 */
  TEST_CASE(40, a0, 0xfffffffffffffff0, mv s10, sp; c.addi16sp sp, -16; sub a0, sp, s10; mv sp, s10)
  /* 41: 0x60 (bits 6, 5) */
  TEST_CASE(41, a0, 0x60, mv s10, sp; c.addi16sp sp, 0x60; sub a0, sp, s10; mv sp, s10)
  /* 42: 0x180 (bits 8, 7) */
  TEST_CASE(42, a0, 0x180, mv s10, sp; c.addi16sp sp, 0x180; sub a0, sp, s10; mv sp, s10)

  /* ---- C.LUI: rd = sext(nzimm[17:12] << 12) */
  /* 43: smallest positive, 1 -> 0x1000 */
  TEST_CASE(43, a0, 0x1000, li a0, -1; c.lui a0, 1)
  /* 44: largest positive, 31 -> 0x1f000 */
  TEST_CASE(44, a0, 0x1f000, c.lui a0, 31)
  /* 45: most negative, 0xfffe0 (imm bit 17) -> 0xfffffffffffe0000 */
  TEST_CASE(45, t0, 0xfffffffffffe0000, c.lui t0, 0xfffe0)
  /* 46: -1 page, 0xfffff -> 0xfffffffffffff000 */
  TEST_CASE(46, s4, 0xfffffffffffff000, c.lui s4, 0xfffff)
  /* 47: c.lui then c.addi builds a constant */
  TEST_CASE(47, a1, 0x15007, c.lui a1, 0x15; c.addi a1, 7)

  /* ---- C.SRLI / C.SRAI / C.ANDI (rd' registers), shamt 1..63 */
  /* 48: c.srli 1 */
  TEST_CASE(48, a0, 0x4091a2b3c4d5e6f7, li a0, 0x8123456789abcdef; c.srli a0, 1)
  /* 49: c.srli 31 */
  TEST_CASE(49, a0, 0x102468acf, li a0, 0x8123456789abcdef; c.srli a0, 31)
  /* 50: c.srli 32 (shamt[5]) */
  TEST_CASE(50, a0, 0x81234567, li a0, 0x8123456789abcdef; c.srli a0, 32)
  /* 51: c.srli 63 */
  TEST_CASE(51, s0, 1, li s0, 0x8123456789abcdef; c.srli s0, 63)
  /* 52: c.srai 1 */
  TEST_CASE(52, a0, 0xc091a2b3c4d5e6f7, li a0, 0x8123456789abcdef; c.srai a0, 1)
  /* 53: c.srai 32 */
  TEST_CASE(53, a0, 0xffffffff81234567, li a0, 0x8123456789abcdef; c.srai a0, 32)
  /* 54: c.srai 63 of a negative value */
  TEST_CASE(54, a5, 0xffffffffffffffff, li a5, 0x8123456789abcdef; c.srai a5, 63)
  /* 55: c.srai 33 of a positive value */
  TEST_CASE(55, a0, 0x3f6e5d4c, li a0, 0x7edcba9876543210; c.srai a0, 33)
  /* 56: c.andi smallest imm -32 (sign-extended: clears bits 4..0 only) */
  TEST_CASE(56, a0, 0x8123456789abcde0, li a0, 0x8123456789abcdef; c.andi a0, -32)
  /* 57: c.andi largest imm 31 */
  TEST_CASE(57, a0, 0xf, li a0, 0x8123456789abcdef; c.andi a0, 31)
  /* 58: c.andi 0 */
  TEST_CASE(58, a1, 0, li a1, -1; c.andi a1, 0)
  /* 59: c.andi -1 keeps everything */
  TEST_CASE(59, a0, 0x8123456789abcdef, li a0, 0x8123456789abcdef; c.andi a0, -1)

  /* ---- C.SUB / C.XOR / C.OR / C.AND / C.SUBW / C.ADDW (rd', rs2') */
  /* 60: c.sub wraps */
  TEST_CASE(60, a0, 0x7fffffffffffffff, li a0, 0x8000000000000000; li a1, 1; c.sub a0, a1)
  /* 61: c.sub into s0 from a5 */
  TEST_CASE(61, s0, 0xfffffffffffffffd, li s0, 2; li a5, 5; c.sub s0, a5)
  /* 62: c.xor */
  TEST_CASE(62, a2, 0xf0f0f0f0f0f0f0f0, li a2, 0xff00ff00ff00ff00; li a3, 0x0ff00ff00ff00ff0; c.xor a2, a3)
  /* 63: c.or */
  TEST_CASE(63, a3, 0xfff0fff0fff0fff0, li a3, 0xff00ff00ff00ff00; li a4, 0x0ff00ff00ff00ff0; c.or a3, a4)
  /* 64: c.and */
  TEST_CASE(64, a4, 0x0f000f000f000f00, li a4, 0xff00ff00ff00ff00; li a5, 0x0ff00ff00ff00ff0; c.and a4, a5)
  /* 65: c.subw: 0 - 1 = -1 sign-extended, upper bits ignored */
  TEST_CASE(65, a0, 0xffffffffffffffff, li a0, 0x1234567800000000; li a1, 0x0000000100000001; c.subw a0, a1)
  /* 66: c.subw: 0x80000000 - 1 = 0x7fffffff */
  TEST_CASE(66, a0, 0x7fffffff, li a0, 0x80000000; li a1, 1; c.subw a0, a1)
  /* 67: c.addw: 0x7fffffff + 1 = 0xffffffff80000000 */
  TEST_CASE(67, a0, 0xffffffff80000000, li a0, 0x7fffffff; li a1, 1; c.addw a0, a1)
  /* 68: c.addw: carry out of bit 31 dropped, upper bits ignored */
  TEST_CASE(68, s0, 1, li s0, 0xaaaaaaaaffffffff; li a5, 0x5555555500000002; c.addw s0, a5)
  /* 69: c.xor with rd' == rs2' gives 0 */
  TEST_CASE(69, a1, 0, li a1, 0x1234; c.xor a1, a1)

  /* ---- C.J: offset -2048..2046; the gaps are 0x0000 (illegal) */
  /* 70: c.j forward */
  li TESTNUM, 70
  c.j 1f
  c.j 3f
1:
  c.j 2f
3:
  j fail
2:
  /* 71: c.j largest forward offset +2046 */
  li TESTNUM, 71
  c.j cj_fmax
  .fill (2046 - 2) / 2, 2, 0
cj_fmax:
  c.j 1f
  j fail
1:
  /* 72: c.j smallest backward offset -2048 */
  li TESTNUM, 72
  la a3, 1f
  c.j cj_bsrc
cj_bmax:
  c.jr a3                 /* out of c.j range; leaves via a register */
  .fill (2048 - 2) / 2, 2, 0
cj_bsrc:
  c.j cj_bmax
  j fail
1:
  /* 73: c.j offset 0x2aa (alternating immediate bits) */
  li TESTNUM, 73
  c.j cj_2aa
  .fill (0x2aa - 2) / 2, 2, 0
cj_2aa:
  c.j 1f
1:
  /* 74: c.j offset 0x554 */
  li TESTNUM, 74
  c.j cj_554
  .fill (0x554 - 2) / 2, 2, 0
cj_554:
  c.j 1f
1:

  /* ---- C.BEQZ / C.BNEZ: offset -256..254, full 64-bit compare */
  /* 75: c.beqz taken on 0 */
  li TESTNUM, 75
  li a0, 0
  c.beqz a0, 1f
  j fail
1:
  /* 76: c.beqz not taken on 0x100000000 (upper bits count) */
  li TESTNUM, 76
  li a0, 0x100000000
  c.beqz a0, 1f
  c.j 2f
1:
  j fail
2:
  /* 77: c.bnez taken on 0x8000000000000000 */
  li TESTNUM, 77
  li s0, 0x8000000000000000
  c.bnez s0, 1f
  j fail
1:
  /* 78: c.bnez not taken on 0 */
  li TESTNUM, 78
  li a5, 0
  c.bnez a5, 1f
  c.j 2f
1:
  j fail
2:
  /* 79: c.beqz largest forward offset +254 */
  li TESTNUM, 79
  li a0, 0
  c.beqz a0, cb_fmax
  .fill (254 - 2) / 2, 2, 0
cb_fmax:
  c.j 1f
  j fail
1:
  /* 80: c.bnez smallest backward offset -256 */
  li TESTNUM, 80
  li a1, 1
  c.j cb_bsrc
cb_bmax:
  c.j 1f
  .fill (256 - 2) / 2, 2, 0
cb_bsrc:
  c.bnez a1, cb_bmax
  j fail
1:
  /* 81: c.bnez backward loop: 5 iterations */
  li TESTNUM, 81
  li a0, 5
  li a1, 0
1:
  c.addi a1, 3
  c.addi a0, -1
  c.bnez a0, 1b
  li t6, 15
  bne a1, t6, fail
  /* 82: c.beqz offset 0xaa (alternating immediate bits) */
  li TESTNUM, 82
  li a2, 0
  c.beqz a2, cb_aa
  .fill (0xaa - 2) / 2, 2, 0
cb_aa:
  c.j 1f
1:

  /* ---- C.SLLI (any rd), shamt 1..63 */
  /* 83: c.slli 1 */
  TEST_CASE(83, a0, 0x02468acf13579bde, li a0, 0x8123456789abcdef; c.slli a0, 1)
  /* 84: c.slli 32 (shamt[5]) on t0 */
  TEST_CASE(84, t0, 0x89abcdef00000000, li t0, 0x8123456789abcdef; c.slli t0, 32)
  /* 85: c.slli 63 on s10 */
  TEST_CASE(85, s10, 0x8000000000000000, li s10, 0x8123456789abcdef; c.slli s10, 63)
  /* 86: c.slli 31 on ra */
  TEST_CASE(86, ra, 0xc4d5e6f780000000, li ra, 0x8123456789abcdef; c.slli ra, 31)

  /* ---- C.LWSP / C.LDSP / C.SWSP / C.SDSP (sp = rvc_sp_buf) */
  /* 87: c.lwsp offset 0, sign-extended, rd = t0 */
  TEST_CASE(87, t0, 0xffffffff80000000, c.lwsp t0, 0(sp))
  /* 88: c.lwsp largest offset 252 */
  TEST_CASE(88, ra, 0x7cfcfcfc, c.lwsp ra, 252(sp))
  /* 89: c.lwsp offset 0xa4 (uimm[7], [5], [2]) */
  TEST_CASE(89, a0, 0x24a4a4a4, c.lwsp a0, 0xa4(sp))
  /* 90: c.ldsp offset 0 */
  TEST_CASE(90, s2, 0xffffffff80000000, c.ldsp s2, 0(sp))
  /* 91: c.ldsp largest offset 504 */
  TEST_CASE(91, t1, 0x01f81f81f81f81f8, c.ldsp t1, 504(sp))
  /* 92: c.ldsp offset 0x148 (uimm[8], [6], [3]) */
  TEST_CASE(92, a3, 0x1481481481481480, c.ldsp a3, 0x148(sp))
  /* 93: c.swsp largest offset 252 */
  TEST_CASE(93, a4, 0xffffffffdeadbeef, li t2, 0xdeadbeef; c.swsp t2, 252(sp); lw a4, 252(sp))
  /* 94: c.swsp offset 4 writes only one word */
  TEST_CASE(94, a4, 0x13579bdf80000000, li s3, 0x13579bdf; c.swsp s3, 4(sp); ld a4, 0(sp))
  /* 95: c.sdsp largest offset 504 */
  TEST_CASE(95, a4, 0x0f0e0d0c0b0a0908, li ra, 0x0f0e0d0c0b0a0908; c.sdsp ra, 504(sp); ld a4, 504(sp))
  /* 96: c.sdsp offset 0x108 (uimm[8], [3]) */
  TEST_CASE(96, a4, 0x1212343456567878, li t3, 0x1212343456567878; c.sdsp t3, 0x108(sp); ld a4, 0x108(sp))

  /* ---- C.JR / C.MV / C.JALR / C.ADD */
  /* 97: c.jr jumps, writes no link */
  li TESTNUM, 97
  li ra, 0x97
  la t0, 1f
  c.jr t0
  j fail
1:
  li t6, 0x97
  bne ra, t6, fail
  /* 98: c.jr to a halfword-aligned target (pc % 4 == 2) */
  li TESTNUM, 98
  la a2, cjr_half
  c.jr a2
  j fail
  .align 2
  .half 0
cjr_half:
  c.j 1f
  j fail
1:
  /* 99: c.mv copies all 64 bits */
  TEST_CASE(99, a0, 0x8123456789abcdef, li t0, 0x8123456789abcdef; c.mv a0, t0)
  /* 100: c.mv with rd == x0 (HINT, 0x8016 = c.mv x0, t0) writes nothing */
  TEST_CASE(100, x0, 0, li t0, 0x100; .half 0x8016; mv a0, x0; bnez a0, fail)
  /* 101: c.jalr: ra = pc + 2 (the link is the next *halfword* instruction) */
  li TESTNUM, 101
  la t0, 1f
  c.jalr t0
2:
  j fail
1:
  la t6, 2b
  bne ra, t6, fail
  /* 102: c.jalr ra: target is the old ra, ra = pc + 2 */
  li TESTNUM, 102
  la ra, 1f
  c.jalr ra
2:
  j fail
1:
  la t6, 2b
  bne ra, t6, fail
  /* 103: c.jalr to a function and back with ret */
  li TESTNUM, 103
  li a0, 21
  la t1, rvc_double
  c.jalr t1
  li t6, 42
  bne a0, t6, fail
  /* 104: c.add wraps */
  TEST_CASE(104, a0, 0x8000000000000000, li a0, 0x7fffffffffffffff; li t0, 1; c.add a0, t0)
  /* 105: c.add 64-bit carry into bit 32, rd = s9 */
  TEST_CASE(105, s9, 0x100000000, li s9, 0xffffffff; li t5, 1; c.add s9, t5)
  /* 106: c.add with rd == rs2 doubles */
  TEST_CASE(106, a1, 0x2468, li a1, 0x1234; c.add a1, a1)
  /* 107: c.add with rd == x0 (HINT, 0x9016 = c.add x0, t0) writes nothing */
  TEST_CASE(107, x0, 0, li t0, 5; .half 0x9016; mv a0, x0; bnez a0, fail)
  /* 108: c.li with rd == x0 (HINT, 0x4005 = c.li x0, 1) writes nothing */
  TEST_CASE(108, x0, 0, .half 0x4005; mv a0, x0; bnez a0, fail)
  /* 109: c.slli with rd == x0 (HINT, 0x0006 = c.slli x0, 1) writes nothing */
  TEST_CASE(109, x0, 0, .half 0x0006; mv a0, x0; bnez a0, fail)

  /* ---- C.EBREAK: mcause 3, mepc = its address, mtval 0 or the pc */
  li TESTNUM, 110
  la t0, rvc_trap
  csrw mtvec, t0
  li s7, 0
cebreak_insn:
  c.ebreak
  li t6, 1
  bne s7, t6, fail
  li t6, 3
  bne s8, t6, fail
  la t6, cebreak_insn
  bne s9, t6, fail
  beqz s10, 1f
  bne s10, t6, fail
1:
  la t0, trap_unexpected
  csrw mtvec, t0

  /* 111: mixed 16/32-bit instruction stream at odd halfword boundaries */
  TEST_CASE(111, a0, 0x65, c.li a0, 5; addi a0, a0, 0x10; c.slli a0, 2; addi a0, a0, 1; c.addi a0, 0x10)

  mv sp, s11
TEST_END

  .text
  .option rvc
rvc_double:
  c.add a0, a0
  c.jr ra

  .align 2
rvc_trap:
  csrr s8, mcause
  csrr s9, mepc
  csrr s10, mtval
  addi s7, s7, 1
  addi t0, s9, 2
  csrw mepc, t0
  mret

  .data
  .align 4
rvc_buf:
  .word 0x80000001, 0x7ffffffe
  .word 0, 0, 0, 0, 0, 0
  .word 0, 0, 0x28282828, 0, 0, 0, 0, 0
  .word 0x40404040, 0, 0, 0, 0, 0, 0, 0
  .word 0, 0, 0, 0, 0, 0, 0, 0xfedcba98
rvc_buf8:
  .dword 0x8877665544332211, 0xfedcba9876543210
  .dword 0, 0
  .dword 0, 0, 0x3030303030303030, 0
  .dword 0x4040404040404040, 0, 0, 0, 0, 0, 0, 0
  .dword 0x8080808080808080, 0, 0, 0, 0, 0, 0, 0
  .dword 0, 0, 0, 0, 0, 0, 0, 0xf8f8f8f8f8f8f8f8
  .align 4
rvc_sp_buf:
  .dword 0xffffffff80000000
  .fill 0xa4 - 8, 1, 0
  .word 0x24a4a4a4
  .fill 252 - 0xa4 - 4, 1, 0
  .word 0x7cfcfcfc
  .fill 0x148 - 256, 1, 0
  .dword 0x1481481481481480
  .fill 504 - 0x148 - 8, 1, 0
  .dword 0x01f81f81f81f81f8
  .dword 0

#include "test.h"

/* RV64I conditional branches: beq, bne, blt, bge, bltu, bgeu, taken and
 * not taken, forward and backward, at signed/unsigned boundaries, with
 * equal registers and x0, and at the extreme offsets -4096 and +4094.
 * Each check: the result register holds the architecturally required
 * value (t6 holds the expected value, gp the check number). */

/* taken: falling through fails */
#define TEST_BR_TAKEN(n, inst, v1, v2) \
  li TESTNUM, n; li a1, v1; li a2, v2; \
  inst a1, a2, 1f; j fail; 1:
/* not taken: the target fails */
#define TEST_BR_NOT(n, inst, v1, v2) \
  li TESTNUM, n; li a1, v1; li a2, v2; \
  inst a1, a2, 1f; j 2f; 1: j fail; 2:
/* backward taken */
#define TEST_BR_BACK(n, inst, v1, v2) \
  li TESTNUM, n; li a1, v1; li a2, v2; \
  j 2f; 1: j 3f; 2: inst a1, a2, 1b; j fail; 3:
/* backward not taken */
#define TEST_BR_BACK_NOT(n, inst, v1, v2) \
  li TESTNUM, n; li a1, v1; li a2, v2; \
  j 2f; 1: j fail; 2: inst a1, a2, 1b;

TEST_BEGIN
  .option norvc

  /* ---- BEQ */
  /* 1: beq 0x0, 0x0 taken */
  TEST_BR_TAKEN(1, beq, 0x0000000000000000, 0x0000000000000000)
  /* 2: beq 0x1, 0x1 taken */
  TEST_BR_TAKEN(2, beq, 0x0000000000000001, 0x0000000000000001)
  /* 3: beq 0x0, 0x1 not taken */
  TEST_BR_NOT(3, beq, 0x0000000000000000, 0x0000000000000001)
  /* 4: beq 0x1, 0x0 not taken */
  TEST_BR_NOT(4, beq, 0x0000000000000001, 0x0000000000000000)
  /* 5: beq -0x1, -0x1 taken */
  TEST_BR_TAKEN(5, beq, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 6: beq -0x1, 0x0 not taken */
  TEST_BR_NOT(6, beq, 0xffffffffffffffff, 0x0000000000000000)
  /* 7: beq 0x0, -0x1 not taken */
  TEST_BR_NOT(7, beq, 0x0000000000000000, 0xffffffffffffffff)
  /* 8: beq -0x1, 0x1 not taken */
  TEST_BR_NOT(8, beq, 0xffffffffffffffff, 0x0000000000000001)
  /* 9: beq 0x1, -0x1 not taken */
  TEST_BR_NOT(9, beq, 0x0000000000000001, 0xffffffffffffffff)
  /* 10: beq 0x8000000000000000, 0x7fffffffffffffff not taken */
  TEST_BR_NOT(10, beq, 0x8000000000000000, 0x7fffffffffffffff)
  /* 11: beq 0x7fffffffffffffff, 0x8000000000000000 not taken */
  TEST_BR_NOT(11, beq, 0x7fffffffffffffff, 0x8000000000000000)
  /* 12: beq 0x8000000000000000, 0x8000000000000000 taken */
  TEST_BR_TAKEN(12, beq, 0x8000000000000000, 0x8000000000000000)
  /* 13: beq -0x2, -0x1 not taken */
  TEST_BR_NOT(13, beq, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 14: beq -0x1, -0x2 not taken */
  TEST_BR_NOT(14, beq, 0xffffffffffffffff, 0xfffffffffffffffe)
  /* 15: beq 0x100000000, 0x0 not taken */
  TEST_BR_NOT(15, beq, 0x0000000100000000, 0x0000000000000000)
  /* 16: beq 0xffffffff, -0x1 not taken */
  TEST_BR_NOT(16, beq, 0x00000000ffffffff, 0xffffffffffffffff)
  /* 17: beq 0x80000000, 0x7fffffff not taken */
  TEST_BR_NOT(17, beq, 0x0000000080000000, 0x000000007fffffff)
  /* 18: beq 0xffffffff80000000, 0x7fffffff not taken */
  TEST_BR_NOT(18, beq, 0xffffffff80000000, 0x000000007fffffff)
  /* 19: beq -0x1, 0x1 backward, not taken */
  TEST_BR_BACK_NOT(19, beq, 0xffffffffffffffff, 0x0000000000000001)
  /* 20: beq 0x1, -0x1 backward, not taken */
  TEST_BR_BACK_NOT(20, beq, 0x0000000000000001, 0xffffffffffffffff)
  /* 21: beq 0x5, 0x5 backward, taken */
  TEST_BR_BACK(21, beq, 0x0000000000000005, 0x0000000000000005)
  /* 22: beq with rs1 == rs2 taken */
  li TESTNUM, 22; li a1, 7; beq a1, a1, 1f; j fail; 1: 
  /* 23: beq x0, -5 not taken */
  li TESTNUM, 23; li a2, -5; beq x0, a2, 1f; j 2f; 1: j fail; 2:
  /* 24: beq -5, x0 not taken */
  li TESTNUM, 24; li a1, -5; beq a1, x0, 1f; j 2f; 1: j fail; 2:
  /* ---- BNE */
  /* 25: bne 0x0, 0x0 not taken */
  TEST_BR_NOT(25, bne, 0x0000000000000000, 0x0000000000000000)
  /* 26: bne 0x1, 0x1 not taken */
  TEST_BR_NOT(26, bne, 0x0000000000000001, 0x0000000000000001)
  /* 27: bne 0x0, 0x1 taken */
  TEST_BR_TAKEN(27, bne, 0x0000000000000000, 0x0000000000000001)
  /* 28: bne 0x1, 0x0 taken */
  TEST_BR_TAKEN(28, bne, 0x0000000000000001, 0x0000000000000000)
  /* 29: bne -0x1, -0x1 not taken */
  TEST_BR_NOT(29, bne, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 30: bne -0x1, 0x0 taken */
  TEST_BR_TAKEN(30, bne, 0xffffffffffffffff, 0x0000000000000000)
  /* 31: bne 0x0, -0x1 taken */
  TEST_BR_TAKEN(31, bne, 0x0000000000000000, 0xffffffffffffffff)
  /* 32: bne -0x1, 0x1 taken */
  TEST_BR_TAKEN(32, bne, 0xffffffffffffffff, 0x0000000000000001)
  /* 33: bne 0x1, -0x1 taken */
  TEST_BR_TAKEN(33, bne, 0x0000000000000001, 0xffffffffffffffff)
  /* 34: bne 0x8000000000000000, 0x7fffffffffffffff taken */
  TEST_BR_TAKEN(34, bne, 0x8000000000000000, 0x7fffffffffffffff)
  /* 35: bne 0x7fffffffffffffff, 0x8000000000000000 taken */
  TEST_BR_TAKEN(35, bne, 0x7fffffffffffffff, 0x8000000000000000)
  /* 36: bne 0x8000000000000000, 0x8000000000000000 not taken */
  TEST_BR_NOT(36, bne, 0x8000000000000000, 0x8000000000000000)
  /* 37: bne -0x2, -0x1 taken */
  TEST_BR_TAKEN(37, bne, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 38: bne -0x1, -0x2 taken */
  TEST_BR_TAKEN(38, bne, 0xffffffffffffffff, 0xfffffffffffffffe)
  /* 39: bne 0x100000000, 0x0 taken */
  TEST_BR_TAKEN(39, bne, 0x0000000100000000, 0x0000000000000000)
  /* 40: bne 0xffffffff, -0x1 taken */
  TEST_BR_TAKEN(40, bne, 0x00000000ffffffff, 0xffffffffffffffff)
  /* 41: bne 0x80000000, 0x7fffffff taken */
  TEST_BR_TAKEN(41, bne, 0x0000000080000000, 0x000000007fffffff)
  /* 42: bne 0xffffffff80000000, 0x7fffffff taken */
  TEST_BR_TAKEN(42, bne, 0xffffffff80000000, 0x000000007fffffff)
  /* 43: bne -0x1, 0x1 backward, taken */
  TEST_BR_BACK(43, bne, 0xffffffffffffffff, 0x0000000000000001)
  /* 44: bne 0x1, -0x1 backward, taken */
  TEST_BR_BACK(44, bne, 0x0000000000000001, 0xffffffffffffffff)
  /* 45: bne 0x5, 0x5 backward, not taken */
  TEST_BR_BACK_NOT(45, bne, 0x0000000000000005, 0x0000000000000005)
  /* 46: bne with rs1 == rs2 not taken */
  li TESTNUM, 46; li a1, 7; bne a1, a1, 1f; j 2f; 1: j fail; 2:
  /* 47: bne x0, -5 taken */
  li TESTNUM, 47; li a2, -5; bne x0, a2, 1f; j fail; 1: 
  /* 48: bne -5, x0 taken */
  li TESTNUM, 48; li a1, -5; bne a1, x0, 1f; j fail; 1: 
  /* ---- BLT */
  /* 49: blt 0x0, 0x0 not taken */
  TEST_BR_NOT(49, blt, 0x0000000000000000, 0x0000000000000000)
  /* 50: blt 0x1, 0x1 not taken */
  TEST_BR_NOT(50, blt, 0x0000000000000001, 0x0000000000000001)
  /* 51: blt 0x0, 0x1 taken */
  TEST_BR_TAKEN(51, blt, 0x0000000000000000, 0x0000000000000001)
  /* 52: blt 0x1, 0x0 not taken */
  TEST_BR_NOT(52, blt, 0x0000000000000001, 0x0000000000000000)
  /* 53: blt -0x1, -0x1 not taken */
  TEST_BR_NOT(53, blt, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 54: blt -0x1, 0x0 taken */
  TEST_BR_TAKEN(54, blt, 0xffffffffffffffff, 0x0000000000000000)
  /* 55: blt 0x0, -0x1 not taken */
  TEST_BR_NOT(55, blt, 0x0000000000000000, 0xffffffffffffffff)
  /* 56: blt -0x1, 0x1 taken */
  TEST_BR_TAKEN(56, blt, 0xffffffffffffffff, 0x0000000000000001)
  /* 57: blt 0x1, -0x1 not taken */
  TEST_BR_NOT(57, blt, 0x0000000000000001, 0xffffffffffffffff)
  /* 58: blt 0x8000000000000000, 0x7fffffffffffffff taken */
  TEST_BR_TAKEN(58, blt, 0x8000000000000000, 0x7fffffffffffffff)
  /* 59: blt 0x7fffffffffffffff, 0x8000000000000000 not taken */
  TEST_BR_NOT(59, blt, 0x7fffffffffffffff, 0x8000000000000000)
  /* 60: blt 0x8000000000000000, 0x8000000000000000 not taken */
  TEST_BR_NOT(60, blt, 0x8000000000000000, 0x8000000000000000)
  /* 61: blt -0x2, -0x1 taken */
  TEST_BR_TAKEN(61, blt, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 62: blt -0x1, -0x2 not taken */
  TEST_BR_NOT(62, blt, 0xffffffffffffffff, 0xfffffffffffffffe)
  /* 63: blt 0x100000000, 0x0 not taken */
  TEST_BR_NOT(63, blt, 0x0000000100000000, 0x0000000000000000)
  /* 64: blt 0xffffffff, -0x1 not taken */
  TEST_BR_NOT(64, blt, 0x00000000ffffffff, 0xffffffffffffffff)
  /* 65: blt 0x80000000, 0x7fffffff not taken */
  TEST_BR_NOT(65, blt, 0x0000000080000000, 0x000000007fffffff)
  /* 66: blt 0xffffffff80000000, 0x7fffffff taken */
  TEST_BR_TAKEN(66, blt, 0xffffffff80000000, 0x000000007fffffff)
  /* 67: blt -0x1, 0x1 backward, taken */
  TEST_BR_BACK(67, blt, 0xffffffffffffffff, 0x0000000000000001)
  /* 68: blt 0x1, -0x1 backward, not taken */
  TEST_BR_BACK_NOT(68, blt, 0x0000000000000001, 0xffffffffffffffff)
  /* 69: blt 0x5, 0x5 backward, not taken */
  TEST_BR_BACK_NOT(69, blt, 0x0000000000000005, 0x0000000000000005)
  /* 70: blt with rs1 == rs2 not taken */
  li TESTNUM, 70; li a1, 7; blt a1, a1, 1f; j 2f; 1: j fail; 2:
  /* 71: blt x0, -5 not taken */
  li TESTNUM, 71; li a2, -5; blt x0, a2, 1f; j 2f; 1: j fail; 2:
  /* 72: blt -5, x0 taken */
  li TESTNUM, 72; li a1, -5; blt a1, x0, 1f; j fail; 1: 
  /* ---- BGE */
  /* 73: bge 0x0, 0x0 taken */
  TEST_BR_TAKEN(73, bge, 0x0000000000000000, 0x0000000000000000)
  /* 74: bge 0x1, 0x1 taken */
  TEST_BR_TAKEN(74, bge, 0x0000000000000001, 0x0000000000000001)
  /* 75: bge 0x0, 0x1 not taken */
  TEST_BR_NOT(75, bge, 0x0000000000000000, 0x0000000000000001)
  /* 76: bge 0x1, 0x0 taken */
  TEST_BR_TAKEN(76, bge, 0x0000000000000001, 0x0000000000000000)
  /* 77: bge -0x1, -0x1 taken */
  TEST_BR_TAKEN(77, bge, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 78: bge -0x1, 0x0 not taken */
  TEST_BR_NOT(78, bge, 0xffffffffffffffff, 0x0000000000000000)
  /* 79: bge 0x0, -0x1 taken */
  TEST_BR_TAKEN(79, bge, 0x0000000000000000, 0xffffffffffffffff)
  /* 80: bge -0x1, 0x1 not taken */
  TEST_BR_NOT(80, bge, 0xffffffffffffffff, 0x0000000000000001)
  /* 81: bge 0x1, -0x1 taken */
  TEST_BR_TAKEN(81, bge, 0x0000000000000001, 0xffffffffffffffff)
  /* 82: bge 0x8000000000000000, 0x7fffffffffffffff not taken */
  TEST_BR_NOT(82, bge, 0x8000000000000000, 0x7fffffffffffffff)
  /* 83: bge 0x7fffffffffffffff, 0x8000000000000000 taken */
  TEST_BR_TAKEN(83, bge, 0x7fffffffffffffff, 0x8000000000000000)
  /* 84: bge 0x8000000000000000, 0x8000000000000000 taken */
  TEST_BR_TAKEN(84, bge, 0x8000000000000000, 0x8000000000000000)
  /* 85: bge -0x2, -0x1 not taken */
  TEST_BR_NOT(85, bge, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 86: bge -0x1, -0x2 taken */
  TEST_BR_TAKEN(86, bge, 0xffffffffffffffff, 0xfffffffffffffffe)
  /* 87: bge 0x100000000, 0x0 taken */
  TEST_BR_TAKEN(87, bge, 0x0000000100000000, 0x0000000000000000)
  /* 88: bge 0xffffffff, -0x1 taken */
  TEST_BR_TAKEN(88, bge, 0x00000000ffffffff, 0xffffffffffffffff)
  /* 89: bge 0x80000000, 0x7fffffff taken */
  TEST_BR_TAKEN(89, bge, 0x0000000080000000, 0x000000007fffffff)
  /* 90: bge 0xffffffff80000000, 0x7fffffff not taken */
  TEST_BR_NOT(90, bge, 0xffffffff80000000, 0x000000007fffffff)
  /* 91: bge -0x1, 0x1 backward, not taken */
  TEST_BR_BACK_NOT(91, bge, 0xffffffffffffffff, 0x0000000000000001)
  /* 92: bge 0x1, -0x1 backward, taken */
  TEST_BR_BACK(92, bge, 0x0000000000000001, 0xffffffffffffffff)
  /* 93: bge 0x5, 0x5 backward, taken */
  TEST_BR_BACK(93, bge, 0x0000000000000005, 0x0000000000000005)
  /* 94: bge with rs1 == rs2 taken */
  li TESTNUM, 94; li a1, 7; bge a1, a1, 1f; j fail; 1: 
  /* 95: bge x0, -5 taken */
  li TESTNUM, 95; li a2, -5; bge x0, a2, 1f; j fail; 1: 
  /* 96: bge -5, x0 not taken */
  li TESTNUM, 96; li a1, -5; bge a1, x0, 1f; j 2f; 1: j fail; 2:
  /* ---- BLTU */
  /* 97: bltu 0x0, 0x0 not taken */
  TEST_BR_NOT(97, bltu, 0x0000000000000000, 0x0000000000000000)
  /* 98: bltu 0x1, 0x1 not taken */
  TEST_BR_NOT(98, bltu, 0x0000000000000001, 0x0000000000000001)
  /* 99: bltu 0x0, 0x1 taken */
  TEST_BR_TAKEN(99, bltu, 0x0000000000000000, 0x0000000000000001)
  /* 100: bltu 0x1, 0x0 not taken */
  TEST_BR_NOT(100, bltu, 0x0000000000000001, 0x0000000000000000)
  /* 101: bltu -0x1, -0x1 not taken */
  TEST_BR_NOT(101, bltu, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 102: bltu -0x1, 0x0 not taken */
  TEST_BR_NOT(102, bltu, 0xffffffffffffffff, 0x0000000000000000)
  /* 103: bltu 0x0, -0x1 taken */
  TEST_BR_TAKEN(103, bltu, 0x0000000000000000, 0xffffffffffffffff)
  /* 104: bltu -0x1, 0x1 not taken */
  TEST_BR_NOT(104, bltu, 0xffffffffffffffff, 0x0000000000000001)
  /* 105: bltu 0x1, -0x1 taken */
  TEST_BR_TAKEN(105, bltu, 0x0000000000000001, 0xffffffffffffffff)
  /* 106: bltu 0x8000000000000000, 0x7fffffffffffffff not taken */
  TEST_BR_NOT(106, bltu, 0x8000000000000000, 0x7fffffffffffffff)
  /* 107: bltu 0x7fffffffffffffff, 0x8000000000000000 taken */
  TEST_BR_TAKEN(107, bltu, 0x7fffffffffffffff, 0x8000000000000000)
  /* 108: bltu 0x8000000000000000, 0x8000000000000000 not taken */
  TEST_BR_NOT(108, bltu, 0x8000000000000000, 0x8000000000000000)
  /* 109: bltu -0x2, -0x1 taken */
  TEST_BR_TAKEN(109, bltu, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 110: bltu -0x1, -0x2 not taken */
  TEST_BR_NOT(110, bltu, 0xffffffffffffffff, 0xfffffffffffffffe)
  /* 111: bltu 0x100000000, 0x0 not taken */
  TEST_BR_NOT(111, bltu, 0x0000000100000000, 0x0000000000000000)
  /* 112: bltu 0xffffffff, -0x1 taken */
  TEST_BR_TAKEN(112, bltu, 0x00000000ffffffff, 0xffffffffffffffff)
  /* 113: bltu 0x80000000, 0x7fffffff not taken */
  TEST_BR_NOT(113, bltu, 0x0000000080000000, 0x000000007fffffff)
  /* 114: bltu 0xffffffff80000000, 0x7fffffff not taken */
  TEST_BR_NOT(114, bltu, 0xffffffff80000000, 0x000000007fffffff)
  /* 115: bltu -0x1, 0x1 backward, not taken */
  TEST_BR_BACK_NOT(115, bltu, 0xffffffffffffffff, 0x0000000000000001)
  /* 116: bltu 0x1, -0x1 backward, taken */
  TEST_BR_BACK(116, bltu, 0x0000000000000001, 0xffffffffffffffff)
  /* 117: bltu 0x5, 0x5 backward, not taken */
  TEST_BR_BACK_NOT(117, bltu, 0x0000000000000005, 0x0000000000000005)
  /* 118: bltu with rs1 == rs2 not taken */
  li TESTNUM, 118; li a1, 7; bltu a1, a1, 1f; j 2f; 1: j fail; 2:
  /* 119: bltu x0, -5 taken */
  li TESTNUM, 119; li a2, -5; bltu x0, a2, 1f; j fail; 1: 
  /* 120: bltu -5, x0 not taken */
  li TESTNUM, 120; li a1, -5; bltu a1, x0, 1f; j 2f; 1: j fail; 2:
  /* ---- BGEU */
  /* 121: bgeu 0x0, 0x0 taken */
  TEST_BR_TAKEN(121, bgeu, 0x0000000000000000, 0x0000000000000000)
  /* 122: bgeu 0x1, 0x1 taken */
  TEST_BR_TAKEN(122, bgeu, 0x0000000000000001, 0x0000000000000001)
  /* 123: bgeu 0x0, 0x1 not taken */
  TEST_BR_NOT(123, bgeu, 0x0000000000000000, 0x0000000000000001)
  /* 124: bgeu 0x1, 0x0 taken */
  TEST_BR_TAKEN(124, bgeu, 0x0000000000000001, 0x0000000000000000)
  /* 125: bgeu -0x1, -0x1 taken */
  TEST_BR_TAKEN(125, bgeu, 0xffffffffffffffff, 0xffffffffffffffff)
  /* 126: bgeu -0x1, 0x0 taken */
  TEST_BR_TAKEN(126, bgeu, 0xffffffffffffffff, 0x0000000000000000)
  /* 127: bgeu 0x0, -0x1 not taken */
  TEST_BR_NOT(127, bgeu, 0x0000000000000000, 0xffffffffffffffff)
  /* 128: bgeu -0x1, 0x1 taken */
  TEST_BR_TAKEN(128, bgeu, 0xffffffffffffffff, 0x0000000000000001)
  /* 129: bgeu 0x1, -0x1 not taken */
  TEST_BR_NOT(129, bgeu, 0x0000000000000001, 0xffffffffffffffff)
  /* 130: bgeu 0x8000000000000000, 0x7fffffffffffffff taken */
  TEST_BR_TAKEN(130, bgeu, 0x8000000000000000, 0x7fffffffffffffff)
  /* 131: bgeu 0x7fffffffffffffff, 0x8000000000000000 not taken */
  TEST_BR_NOT(131, bgeu, 0x7fffffffffffffff, 0x8000000000000000)
  /* 132: bgeu 0x8000000000000000, 0x8000000000000000 taken */
  TEST_BR_TAKEN(132, bgeu, 0x8000000000000000, 0x8000000000000000)
  /* 133: bgeu -0x2, -0x1 not taken */
  TEST_BR_NOT(133, bgeu, 0xfffffffffffffffe, 0xffffffffffffffff)
  /* 134: bgeu -0x1, -0x2 taken */
  TEST_BR_TAKEN(134, bgeu, 0xffffffffffffffff, 0xfffffffffffffffe)
  /* 135: bgeu 0x100000000, 0x0 taken */
  TEST_BR_TAKEN(135, bgeu, 0x0000000100000000, 0x0000000000000000)
  /* 136: bgeu 0xffffffff, -0x1 not taken */
  TEST_BR_NOT(136, bgeu, 0x00000000ffffffff, 0xffffffffffffffff)
  /* 137: bgeu 0x80000000, 0x7fffffff taken */
  TEST_BR_TAKEN(137, bgeu, 0x0000000080000000, 0x000000007fffffff)
  /* 138: bgeu 0xffffffff80000000, 0x7fffffff taken */
  TEST_BR_TAKEN(138, bgeu, 0xffffffff80000000, 0x000000007fffffff)
  /* 139: bgeu -0x1, 0x1 backward, taken */
  TEST_BR_BACK(139, bgeu, 0xffffffffffffffff, 0x0000000000000001)
  /* 140: bgeu 0x1, -0x1 backward, not taken */
  TEST_BR_BACK_NOT(140, bgeu, 0x0000000000000001, 0xffffffffffffffff)
  /* 141: bgeu 0x5, 0x5 backward, taken */
  TEST_BR_BACK(141, bgeu, 0x0000000000000005, 0x0000000000000005)
  /* 142: bgeu with rs1 == rs2 taken */
  li TESTNUM, 142; li a1, 7; bgeu a1, a1, 1f; j fail; 1: 
  /* 143: bgeu x0, -5 not taken */
  li TESTNUM, 143; li a2, -5; bgeu x0, a2, 1f; j 2f; 1: j fail; 2:
  /* 144: bgeu -5, x0 taken */
  li TESTNUM, 144; li a1, -5; bgeu a1, x0, 1f; j fail; 1: 
  /* ---- branches do not write registers */
  /* 145: a taken branch leaves its sources and ra alone */
  TEST_CASE(145, a1, 3, li a1, 3; li a2, 3; li ra, 0x77; beq a1, a2, 1f; j fail; 1: li t5, 3; bne a2, t5, fail; li t5, 0x77; bne ra, t5, fail)

  /* ---- extreme offsets. The gaps are filled with 0x0000 halfwords (illegal
   * instructions), so landing anywhere but the target traps (exit 1002). */
  /* 146: beq at the maximum forward offset +4094 */
  li TESTNUM, 146
  li a1, 9
  beq a1, a1, br_fwd_max
  .fill (4094 - 4) / 2, 2, 0
br_fwd_max:
  j 1f; j fail; 1:
  /* 147: bne at the maximum backward offset -4096 */
  li TESTNUM, 147
  li a1, 9
  j br_back_src
br_back_max:
  j 2f
  .fill (4096 - 4) / 2, 2, 0
br_back_src:
  bne a1, x0, br_back_max
  j fail
2:
  /* 148: bltu at forward offset +2050 (imm[11] set, bit 1 set) */
  li TESTNUM, 148
  li a1, 1
  bltu x0, a1, br_fwd_2050
  .fill (2050 - 4) / 2, 2, 0
br_fwd_2050:
  j 1f; j fail; 1:
  /* 149: bge backward by -2 to a halfword-aligned (pc % 4 == 2) target */
  li TESTNUM, 149
  li a1, 5
  j 2f
  .align 2
  .half 0
br_half_back:
  .option push
  .option rvc
  c.j 3f
  .option pop
2:
  bge a1, x0, br_half_back
  j fail
3:
  /* 150: bne forward by +6 to a halfword-aligned target */
  li TESTNUM, 150
  li a1, 5
  .align 2
  bne a1, x0, br_half_fwd
  .half 0
br_half_fwd:
  .option push
  .option rvc
  c.j 1f
  .option pop
  j fail
1:

TEST_END

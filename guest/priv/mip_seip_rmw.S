/* mip.SEIP reads as the OR of its software-writable bit and the PLIC's
 * supervisor external interrupt line, but only the software bit takes part
 * in the read-modify-write of csrrs/csrrc on mip (privileged spec 1.12,
 * 3.1.9). OpenSBI sets mip.SSIP with csrs for every IPI; if that latched a
 * momentary line level into the software bit, SEIP would stay pending
 * forever and S-mode would take external interrupts endlessly, never its
 * (lower-priority) timer interrupt: a Linux -smp 2 boot stalled so.
 *
 * The line comes from the UART (PLIC source 10) with its THR-empty
 * interrupt enabled, routed to hart 0's S context. QEMU's spike machine has
 * neither PLIC nor UART: the test probes the PLIC and passes with "SKIP"
 * there. Validated on QEMU's virt machine. */
#include "test.h"
#include "priv.h"

#define PLIC_PRIO10     (0xc000000 + 4 * 10)
#define PLIC_EN_CTX1    (0xc002000 + 0x80)   /* hart 0, S-mode */
#define PLIC_THR_CTX1   (0xc200000 + 0x1000)
#define PLIC_CLAIM_CTX1 (0xc200000 + 0x1004)
#define UART_IER        0x10000001
#define UART_IER_THRE   2

/* The UART's THR-empty interrupt on (line high) or off (line low).
 * Clobbers t0, t1. */
#define UART_LINE(on)                                \
  li t0, UART_IER;                                   \
  li t1, (on) * UART_IER_THRE;                       \
  sb t1, 0(t0);

/* Lower the line and claim and complete whatever the PLIC still holds
 * pending (QEMU's PLIC keeps a request pending until it is claimed; ttvm's
 * drops it with the line and the claim returns 0). Clobbers t0, t1. */
#define LINE_OFF                                     \
  UART_LINE(0)                                       \
  li t0, PLIC_CLAIM_CTX1;                            \
  lw t1, 0(t0);                                      \
  sw t1, 0(t0);

TEST_BEGIN
PRIV_INIT
  csrw mie, zero
  csrw mideleg, zero
  csrw medeleg, zero
  csrw CSR_MENVCFG, zero
  li t0, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_SIE | MSTATUS_SPIE
  csrc mstatus, t0
  MTIMECMP_NEVER
  SET_MSIP(0)
  PMP_ALLOW_ALL

  /* Is there a PLIC? (an access fault on QEMU spike) */
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li t0, PLIC_PRIO10
  lw a0, 0(t0)
  bnez s7, skip_all
  RESET_TRAPS

  /* Source 10 at priority 1, enabled for hart 0's S context, threshold 0. */
  li t0, PLIC_PRIO10
  li t1, 1
  sw t1, 0(t0)
  li t0, PLIC_EN_CTX1
  li t1, 1 << 10
  sw t1, 0(t0)
  li t0, PLIC_THR_CTX1
  sw zero, 0(t0)

  /* 1: the line alone sets mip.SEIP */
  UART_LINE(1)
  WAIT_MIP(MIP_SEIP)
  csrr a0, mip
  CHECK_MASKED(1, a0, MIP_SEIP, MIP_SEIP)
  /* 2: csrs mip, SSIP while the line is high: SSIP set, SEIP still read */
  li t0, MIP_SSIP
  csrs mip, t0
  csrr a0, mip
  CHECK_MASKED(2, a0, MIP_SEIP | MIP_SSIP, MIP_SEIP | MIP_SSIP)
  /* 3: csrc mip, SSIP returns the old value with SEIP (the line) */
  li t0, MIP_SSIP
  csrrc a0, mip, t0
  CHECK_MASKED(3, a0, MIP_SEIP | MIP_SSIP, MIP_SEIP | MIP_SSIP)
  /* 4: the immediate forms too (csrrsi/csrrci) */
  csrrsi zero, mip, MIP_SSIP
  csrrci zero, mip, MIP_SSIP
  csrr a0, mip
  CHECK_MASKED(4, a0, MIP_SEIP | MIP_SSIP, MIP_SEIP)
  /* 5: the line drops: SEIP reads 0, none of those writes latched it */
  LINE_OFF
  WAIT_MIP_CLEAR(MIP_SEIP)
  csrr a0, mip
  CHECK_MASKED(5, a0, MIP_SEIP | MIP_SSIP, 0)

  /* 6: the software bit is writable on its own: csrs sets it with the
   * line low */
  li t0, MIP_SEIP
  csrs mip, t0
  csrr a0, mip
  CHECK_MASKED(6, a0, MIP_SEIP, MIP_SEIP)
  /* 7: ... and it stays set when the line rises and falls again */
  UART_LINE(1)
  LINE_OFF
  csrr a0, mip
  CHECK_MASKED(7, a0, MIP_SEIP, MIP_SEIP)
  /* 8: csrc clears the software bit, but SEIP still reads 1 while the
   * line is high */
  UART_LINE(1)
  WAIT_MIP(MIP_SEIP)
  li t0, MIP_SEIP
  csrc mip, t0
  csrr a0, mip
  CHECK_MASKED(8, a0, MIP_SEIP, MIP_SEIP)
  /* 9: ... and reads 0 once the line is low */
  LINE_OFF
  WAIT_MIP_CLEAR(MIP_SEIP)
  csrr a0, mip
  CHECK_MASKED(9, a0, MIP_SEIP, 0)

  /* 10: the Linux scenario: an IPI's csrs of SSIP during a short external
   * interrupt, then a timer interrupt. With SEIE and STIE enabled, the one
   * interrupt taken is STI (a latched SEIP, higher in priority, would come
   * first and never go away). */
  UART_LINE(1)
  WAIT_MIP(MIP_SEIP)
  li t0, MIP_SSIP
  csrs mip, t0
  csrc mip, t0
  LINE_OFF
  WAIT_MIP_CLEAR(MIP_SEIP)
  RESET_TRAPS
  EXPECT_TRAPS(1)
  li t0, MIP_STIP
  csrs mip, t0               /* STCE = 0: STIP is software-writable */
  li t0, MIP_SEIP | MIP_STIP
  csrs mie, t0
  li t0, MSTATUS_MIE
  csrs mstatus, t0
sti_next:
  nop
  li t0, MSTATUS_MIE
  csrc mstatus, t0
  CHECK_TRAP(10, PRV_M, CAUSE_INTR(IRQ_STI), sti_next, 0)
  li t0, MIP_STIP
  csrc mip, t0
  csrw mie, zero

  /* Leave the PLIC and the UART quiet. */
  li t0, PLIC_EN_CTX1
  sw zero, 0(t0)
  li t0, PLIC_PRIO10
  sw zero, 0(t0)
  j done

skip_all:
  la s1, skip_msg
1:
  lbu a1, 0(s1)
  beqz a1, done
  jal ra, htif_putc
  addi s1, s1, 1
  j 1b
done:
TEST_END
PRIV_HANDLERS
  .section .rodata
skip_msg: .asciz "SKIP: no PLIC (QEMU spike)\n"

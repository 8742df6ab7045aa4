#!/usr/bin/env python3
"""Writes the seed corpus of every fuzzer (tests/fuzz/corpus/<target>/):
a few well-formed inputs in each harness's format, so that the fuzzers
start from requests the code accepts and mutate from there. Run it again
after changing a harness's input format; the seeds are committed."""
import os
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")


def put(target, name, data):
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


u8 = lambda v: struct.pack("<B", v & 0xFF)
u16 = lambda v: struct.pack("<H", v & 0xFFFF)
u32 = lambda v: struct.pack("<I", v & 0xFFFFFFFF)
u64 = lambda v: struct.pack("<Q", v & 0xFFFFFFFFFFFFFFFF)


def varint(v):
    out = b""
    while v >= 0x80:
        out += bytes([(v & 0x7F) | 0x80])
        v >>= 7
    return out + bytes([v])


# --- fuzz_cpu: n, words, CSR pairs, registers (tag, value), mode, data ---
CSR_INDEX = {"mstatus": 0, "medeleg": 1, "mideleg": 2, "mie": 3, "mtvec": 4, "stvec": 5, "satp": 6,
             "mip": 7, "pmpcfg0": 15, "pmpaddr0": 16}


def cpu_seed(words, csrs=(), regs=(), mode=2, data=b""):
    b = u8(len(words) - 1) + b"".join(u32(w) for w in words)
    b += u8(len(csrs))
    for name, val, root in csrs:
        b += u8(CSR_INDEX[name]) + u64(val)
        if name == "satp":
            b += u8(1 if root else 0)
    regs = dict(regs)
    for r in range(1, 32):
        tag, val = regs.get(r, (3, r))
        b += u8(tag) + u64(val)
    return b + u8(mode) + data


def cpu_corpus():
    RAM = 1  # register tag: an address in RAM
    put("fuzz_cpu", "alu", cpu_seed([0x00a00093, 0x002081b3, 0x40208233, 0x0020f2b3, 0x02208333, 0x0220c3b3]))
    put("fuzz_cpu", "loadstore", cpu_seed([0x0000b103, 0x0020b423, 0x00009183, 0x0000c203, 0x0020a023],
                                          regs={1: (RAM, 0x5000), 2: (3, 7)}))
    put("fuzz_cpu", "mmio", cpu_seed([0x0000a103, 0x0020a023, 0x0000b183], regs={1: (2 | (2 << 2), 0)}))
    # csrw mtvec; ecall; mret; csrr mcause; illegal
    put("fuzz_cpu", "traps", cpu_seed([0x30509073, 0x00000073, 0x30200073, 0x342020f3, 0x00000000, 0x00100073],
                                      regs={1: (RAM, 0x1000)}))
    # S-mode with delegation, sret, sfence.vma, wfi
    put("fuzz_cpu", "smode", cpu_seed([0x10509073, 0x10200073, 0x12000073, 0x10500073, 0x00000073],
                                      csrs=[("medeleg", 0xB1FF, 0), ("mideleg", 0x222, 0), ("mtvec", 0x80001000, 0)],
                                      regs={1: (RAM, 0x1000)}, mode=1))
    # Sv39 with a root table in the data: one gigapage of RAM, RWX
    pte = ((0x80000000 >> 12) << 10) | 0xCF
    data = b"\0" * 16 + u64(pte) + b"\0" * 8
    put("fuzz_cpu", "sv39", cpu_seed([0x0000b103, 0x0020b023, 0x12000073, 0x00008067],
                                     csrs=[("satp", 0, 1), ("mtvec", 0x80001000, 0)],
                                     regs={1: (RAM, 0x5000)}, mode=1, data=data))
    # atomics, lr/sc, fp
    put("fuzz_cpu", "amo_fp", cpu_seed([0x0020b1af, 0x1000b22f, 0x1820b2af, 0x0000b007, 0x02107053, 0x0000b027],
                                       csrs=[("mstatus", 0x6000, 0)], regs={1: (RAM, 0x5008)}))
    # compressed: c.addi, c.lw, c.j, c.ebreak, c.illegal
    put("fuzz_cpu", "rvc", cpu_seed([0x41880505, 0x9002a011, 0x00000000]))
    # PMP: TOR region below the code, then a U-mode access
    put("fuzz_cpu", "pmp", cpu_seed([0x0000a103, 0x00000073],
                                    csrs=[("pmpaddr0", 0x80004000 >> 2, 0), ("pmpcfg0", 0x0F, 0),
                                          ("mtvec", 0x80001000, 0)],
                                    regs={1: (RAM, 0x6000)}, mode=0))


# --- fuzz_gdb: mode byte, then packets separated by '\n' (mode 1) ---
def gdb_corpus():
    def hexs(s):
        return s.encode().hex()
    session = [
        "qSupported:multiprocess+;swbreak+;hwbreak+;xmlRegisters=i386", "QStartNoAckMode", "?", "qfThreadInfo",
        "qsThreadInfo", "qC", "qAttached", "Hg1", "g", "p20", "P20=1000800000000000", "p41", "p1041", "Hg2",
        "m80000000,40", "M80002000,4:01020304", "X80002010,4:abcd", "Z0,80000010,4", "z0,80000010,4",
        "Z1,80000018,4", "Z2,80002000,8", "Z3,80002000,8", "Z4,80002000,8", "c", "s", "vCont?", "vCont;s:1;c",
        "vCont;c", "Hc2", "s", "z2,80002000,8", "qXfer:features:read:target.xml:0,fff", "T1", "T3",
        "qRcmd," + hexs("help"), "qRcmd," + hexs("info harts"), "qRcmd," + hexs("icount"), "vMustReplyEmpty",
        "bc", "bs", "qOffsets", "D",
    ]
    put("fuzz_gdb", "session", u8(1) + "\n".join(session).encode())
    put("fuzz_gdb", "regs", u8(1) + "\n".join(["g", "G" + "00" * 8 * 33, "P0=01", "P21=00", "p1000", "Pzz"]).encode())
    put("fuzz_gdb", "kill", u8(3) + b"\n".join([b"Z0,80000020,4", b"c", b"k"]))
    put("fuzz_gdb", "raw", u8(0x20) + b"+$?#3f+$g#67-\x03$m0,1#fa$qRcmd,717569740a#00+")
    put("fuzz_gdb", "binary", u8(1) + b"X80002000,3:}\x03}\x04*\nm80002000,3\nqRcmd," + hexs("quit").encode())


# --- fuzz_record: mode 0 raw log, 1 framed chunks, 2 manifest ---
def record_corpus():
    def event(di, dt, port, data):
        return varint(di) + varint(dt) + u8(port) + varint(len(data)) + data

    def values(pairs):
        b = varint(len(pairs))
        for k, v in pairs:
            b += varint(len(k)) + k.encode() + varint(v)
        return b

    ev = (event(1000, 0, 1, b"ls\n") + event(10, 0, 3, b"\x01\x02\x03\x04") +
          event(5000, 7, 0x80, values([("icount", 6010), ("hart0.pc", 0x80000010)])) +
          event(100, 0, 2, b"\xff" * 14 + b"\x08\x00") + event(1, 0, 4, b"\x00") +
          event(0, 0, 0x81, values([("exit", 0), ("digest", 12345)])))
    put("fuzz_record", "framed", u8(1) + u8(0) + u8(6) + u16(len(ev)) + ev)
    half = event(20000, 0, 1, b"x") + event(20000, 0, 1, b"y")
    put("fuzz_record", "two_chunks", u8(1) + u8(1) + u8(2) + u16(len(half)) + half + u8(1) + u16(4) +
        event(1, 0, 4, b""))
    put("fuzz_record", "header_only", u8(0) + b"ttvmlog\n" + u32(1) + u32(0))
    put("fuzz_record", "torn", u8(0) + b"ttvmlog\n" + u32(1) + u32(0) + b"chnk" + u32(10) + u32(20))
    manifest = ("ttvm-recording 1\nepoch_ns 1700000000000000000\ncwd /tmp\narg -m\narg 128M\n"
                "arg -kernel\narg a\\\\b\\nc\nimage kernel 4096 0123456789abcdef /tmp/Image\n")
    put("fuzz_record", "manifest", u8(2) + manifest.encode())


# --- fuzz_loader: mode 0 ELF, 1 raw, 2 boot (fw, kernel, initrd, append) ---
def elf(segments, symbols=()):
    """A minimal ELF64 RISC-V executable: PT_LOAD segments (paddr, bytes,
    memsz) and optionally a symbol table with tohost/fromhost."""
    ehsize, phsize = 64, 56
    ph_off = ehsize
    data_off = ph_off + phsize * len(segments)
    body = b""
    phdrs = b""
    for paddr, blob, memsz in segments:
        off = data_off + len(body)
        phdrs += struct.pack("<IIQQQQQQ", 1, 7, off, paddr, paddr, len(blob), memsz, 0x1000)
        body += blob
    shdrs = b""
    shnum = 0
    shoff = 0
    if symbols:
        strtab = b"\0"
        syms = b"\0" * 24
        for name, value in symbols:
            syms += struct.pack("<IBBHQQ", len(strtab), 0x10, 0, 1, value, 8)
            strtab += name.encode() + b"\0"
        sym_off = data_off + len(body)
        body += syms
        str_off = data_off + len(body)
        body += strtab
        shoff = data_off + len(body)
        shdrs = b"\0" * 64
        shdrs += struct.pack("<IIQQQQIIQQ", 0, 2, 0, 0, sym_off, len(syms), 2, 1, 8, 24)
        shdrs += struct.pack("<IIQQQQIIQQ", 0, 3, 0, 0, str_off, len(strtab), 0, 0, 1, 0)
        shnum = 3
    entry = segments[0][0] if segments else 0
    hdr = b"\x7fELF" + bytes([2, 1, 1, 0]) + b"\0" * 8
    hdr += struct.pack("<HHIQQQIHHHHHH", 2, 243, 1, entry, ph_off, shoff, 0, ehsize, phsize, len(segments), 64,
                       shnum, 0)
    return hdr + phdrs + body + shdrs


def loader_corpus():
    code = u32(0x00000297) + u32(0x0000006F)
    e1 = elf([(0x80000000, code, 0x100)], [("tohost", 0x80001000), ("fromhost", 0x80001040)])
    e2 = elf([(0x80000000, code, 8), (0x80100000, b"\x55" * 32, 0x2000)])
    put("fuzz_loader", "elf_syms", u8(0) + e1)
    put("fuzz_loader", "elf_two", u8(0) + e2)
    put("fuzz_loader", "raw", u8(1) + u32(0x1000) + code)
    put("fuzz_loader", "boot_elf", u8(2) + u16(0) + u16(len(e1)) + e1 + u16(0) + u8(0))
    put("fuzz_loader", "boot_all", u8(2) + u16(len(code)) + code + u16(len(e2)) + e2 + u16(16) + b"\xaa" * 16 +
        u8(12) + b"console=ttyS")


# --- fuzz_dtb: ram choice, append, initrd length, blob ---
def dtb_corpus():
    dts = """/dts-v1/;
/ { #address-cells = <2>; #size-cells = <2>; compatible = "riscv-virtio";
    chosen { bootargs = "old"; stdout-path = "/soc/serial@10000000"; };
    memory@80000000 { device_type = "memory"; reg = <0x0 0x80000000 0x0 0x100000>; };
    soc { #address-cells = <2>; #size-cells = <2>; ranges;
          serial@10000000 { compatible = "ns16550a"; reg = <0x0 0x10000000 0x0 0x100>; }; };
};
"""
    nochosen = "/dts-v1/;\n/ { #address-cells = <2>; #size-cells = <2>; model = \"x\"; };\n"
    for name, src in (("virt_like", dts), ("no_chosen", nochosen)):
        blob = subprocess.run(["dtc", "-I", "dts", "-O", "dtb", "-q"], input=src.encode(), capture_output=True,
                              check=True).stdout
        put("fuzz_dtb", name, u8(1) + u8(7) + b"quiet x" + u16(64) + blob)
        put("fuzz_dtb", name + "_small_ram", u8(0) + u8(0) + u16(0) + blob)
    # Close to the 4 KiB RAM choice: a few more bytes do not fit.
    big = "/dts-v1/;\n/ { #address-cells = <2>; #size-cells = <2>; pad = [%s]; chosen { }; };\n" % ("00" * 3910)
    blob = subprocess.run(["dtc", "-I", "dts", "-O", "dtb", "-q"], input=big.encode(), capture_output=True,
                          check=True).stdout
    put("fuzz_dtb", "near_full", u8(0) + u8(4) + b"x=yz" + u16(0) + blob)


# --- fuzz_uart/plic/clint/rtc: op, then its operands ---
def mmio_op_write(size_log2, off, value, wide=False):
    op = 0 | (size_log2 << 2) | (0x40 if wide else 0)
    return u8(op) + (u32(off) if wide else u16(off)) + u64(value)


def mmio_op_read(size_log2, off, wide=False):
    op = 1 | (size_log2 << 2) | (0x40 if wide else 0)
    return u8(op) + (u32(off) if wide else u16(off)) + u64(0)


def mmio_corpus():
    # UART: LCR DLAB, divisor, FIFO, IER, THR, input, RBR, IIR, LSR, MSR
    uart = (mmio_op_write(0, 3, 0x80) + mmio_op_write(0, 0, 1) + mmio_op_write(0, 3, 3) + mmio_op_write(0, 2, 7) +
            mmio_op_write(0, 1, 3) + mmio_op_write(0, 0, 0x41) + u8(2) + u8(0x61) + u8(2) + u8(0x62) +
            mmio_op_read(0, 2) + mmio_op_read(0, 5) + mmio_op_read(0, 0) + mmio_op_read(0, 6) + mmio_op_read(0, 7))
    put("fuzz_uart", "init_io", uart)
    # PLIC: priority, enable for context 1, threshold, raise source 10, claim, complete
    plic = (mmio_op_write(2, 4 * 10, 7) + u8(0 | (2 << 2) | 0x40) + u32(0x2080) + u64(1 << 10) +
            u8(0 | (2 << 2) | 0x40) + u32(0x201000) + u64(0) +
            u8(2 | 0x10) + u8(10) +
            u8(1 | (2 << 2) | 0x40) + u32(0x201004) + u64(0) +
            u8(0 | (2 << 2) | 0x40) + u32(0x201004) + u64(10) +
            u8(1 | (2 << 2) | 0x40) + u32(0x1000) + u64(0))
    put("fuzz_plic", "claim_complete", plic)
    clint = (mmio_op_write(2, 0, 1) + mmio_op_write(2, 4, 1) + mmio_op_write(3, 0x4000, 1000) +
             mmio_op_write(2, 0x4008, 5) + mmio_op_write(2, 0x400c, 0) + u8(2) + u16(2000) +
             mmio_op_read(3, 0xBFF8) + mmio_op_write(3, 0xBFF8, 42) + mmio_op_read(2, 0xBFFC) + mmio_op_read(2, 0))
    put("fuzz_clint", "timers", clint)
    rtc = (mmio_op_read(2, 0) + mmio_op_read(2, 4) + mmio_op_write(2, 0, 5) + mmio_op_write(2, 4, 1) +
           mmio_op_write(2, 8, 100) + mmio_op_write(2, 0xc, 0) + mmio_op_write(2, 0x10, 1) + u8(2) + u16(300) +
           mmio_op_read(2, 0x14) + mmio_op_write(2, 0x1c, 1) + mmio_op_read(3, 0))
    put("fuzz_rtc", "time_alarm", rtc)


# --- fuzz_virtio_*: op, operands (see fuzz_virtio.cpp step()) ---
def v_init(features, q, n):
    return u8(2) + u64(features) + u8(q) + u16(n - 1) + u8(0)


def v_desc(q, i, addr_how, addr, len_how, ln, flags, nxt, table_indirect=False, indirect=False):
    op = 3 | (0x80 if table_indirect else 0) | (0x40 if indirect else 0)
    b = u8(op) + u8(q) + u16(i)
    if indirect:
        return b + u8(addr) + u8(ln) + u8(flags) + u16(nxt)
    return b + u8(addr_how) + u32(addr) + u8(len_how) + u32(ln) + u8(flags) + u16(nxt)


def v_publish(q, head):
    return u8(4) + u8(q) + u16(head)


def v_notify(q):
    return u8(5) + u8(q)


BUF = 0  # pick_addr case 0: kBuffers + v


def virtio_corpus():
    ev, ind = 1 << 29, 1 << 28
    # blk: read (header, data, status), write, flush, get id
    blk = v_init(ev | ind, 0, 16)
    for t, (i0, i1, i2) in enumerate([(0, 1, 2), (3, 4, 5), (6, 7, 8)]):
        blk += v_desc(0, i0, BUF, 0x100 * t, 0, 15, 1, i1)
        blk += v_desc(0, i1, BUF, 0x1000 + 0x1000 * t, 1, 512, 1 | (2 if t != 1 else 0), i2)
        blk += v_desc(0, i2, BUF, 0x80 + 0x100 * t, 0, 0, 2, 0)
        blk += v_publish(0, i0)
    blk += u8(6) + u32(0x20000) + u8(16) + u32(0) + u32(0) + u64(0)   # header: IN, sector 0
    blk += u8(6) + u32(0x20100) + u8(16) + u32(1) + u32(0) + u64(2)   # OUT, sector 2
    blk += u8(6) + u32(0x20200) + u8(16) + u32(8) + u32(0) + u64(0)   # GET_ID
    blk += v_notify(0)
    put("fuzz_virtio_blk", "requests", blk)
    # blk through an indirect table
    ind_seq = v_init(ind, 0, 8) + v_desc(0, 0, 0, 0, 0, 3, 0, 0, indirect=True)
    ind_seq += v_desc(0, 0, BUF, 0, 0, 15, 1, 1, table_indirect=True)
    ind_seq += v_desc(0, 1, BUF, 0x1000, 1, 512, 3, 2, table_indirect=True)
    ind_seq += v_desc(0, 2, BUF, 0x80, 0, 0, 2, 0, table_indirect=True)
    ind_seq += v_publish(0, 0) + v_notify(0)
    put("fuzz_virtio_blk", "indirect", ind_seq)
    # loop and out-of-RAM
    bad = v_init(0, 0, 4) + v_desc(0, 0, BUF, 0, 0, 15, 1, 1) + v_desc(0, 1, BUF, 0x40, 0, 15, 1, 0)
    bad += v_publish(0, 0) + v_notify(0) + u8(7) + v_init(0, 0, 4) + v_desc(0, 0, 3, 0, 2, 0, 0, 0)
    bad += v_publish(0, 0) + v_notify(0)
    put("fuzz_virtio_blk", "loop_outside", bad)
    # rng: writable buffers
    rng = v_init(ev, 0, 8)
    for i in range(3):
        rng += v_desc(0, i, BUF, 0x100 * i, 0, 63, 2, 0) + v_publish(0, i)
    rng += v_notify(0) + v_desc(0, 3, 5, 0, 0, 7, 2, 0) + v_publish(0, 3) + v_notify(0)
    put("fuzz_virtio_rng", "reads", rng)
    put("fuzz_virtio_rng", "indirect", v_init(ind, 0, 8) + v_desc(0, 0, 0, 0, 0, 2, 0, 0, indirect=True) +
        v_desc(0, 0, BUF, 0, 0, 31, 3, 1, table_indirect=True) + v_desc(0, 1, BUF, 0x40, 0, 31, 2, 0, table_indirect=True) +
        v_publish(0, 0) + v_notify(0))
    # net: rx buffers on queue 0, a frame in; tx on queue 1
    net = v_init((1 << 5) | (1 << 16) | ev, 1, 16)
    for i in range(2):
        net += v_desc(0, i, BUF, 0x800 * i, 1, 1526, 2, 0) + v_publish(0, i)
    net += v_notify(0) + u8(8) + u16(60) + b"\xff" * 6 + b"\x52\x54\x00\x12\x34\x57" + b"\x08\x06" + b"\x00" * 46
    net += v_desc(1, 0, BUF, 0x4000, 0, 11, 1, 1) + v_desc(1, 1, BUF, 0x4100, 0, 59, 0, 0) + v_publish(1, 0)
    net += v_notify(1)
    put("fuzz_virtio_net", "rx_tx", net)


def main():
    cpu_corpus()
    gdb_corpus()
    record_corpus()
    loader_corpus()
    dtb_corpus()
    mmio_corpus()
    virtio_corpus()
    return 0


if __name__ == "__main__":
    sys.exit(main())

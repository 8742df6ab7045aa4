#!/usr/bin/env python3
"""Times a guest's test suite typed at its shell through a pseudo-terminal,
as a person (or expect) would run it, on ttvm and on qemu-system-riscv64 in
the same run, and prints median wall and CPU times and the ratio.

The default is MIT's xv6-riscv (built by the user: `make kernel/kernel
fs.img`; not part of ttvm) with its Makefile's QEMU options:

  bench/pty_suite.py --xv6 DIR [--smp 3] [--runs 3]

Any other guest: give the machine options after --, and the prompt, the
command and the string that means success:

  bench/pty_suite.py --prompt '$ ' --cmd 'usertests -q' \\
      --until 'ALL TESTS PASSED' --disk fs.img -- -machine virt ...

With --disk, each run gets a fresh copy of that image (the suite writes it),
and the string DISK in the options stands for the copy."""
import argparse
import os
import pty
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAILS = ["SOME TESTS FAILED", "FAILED --", "panic:"]


def cpu_seconds(pid):
    """User + system CPU of a live process (from /proc), or None."""
    try:
        fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def run_once(argv, a):
    """Boots, waits for the prompt, types the command, waits for success:
    returns (seconds from the command to success, CPU seconds overall)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, start_new_session=True)
    os.close(slave)
    seen = b""

    def wait_for(want, deadline):
        nonlocal seen
        while time.time() < deadline:
            r, _, _ = select.select([master], [], [], 0.2)
            if not r:
                continue
            try:
                data = os.read(master, 65536)
            except OSError:
                data = b""
            if not data:
                raise SystemExit("%s: the emulator exited; its last output: %r" % (argv[0], seen[-300:]))
            seen += data
            text = seen.decode(errors="replace")
            for f in FAILS:
                if f in text:
                    raise SystemExit("%s: %r in the output: %r" % (argv[0], f, seen[-300:]))
            if want in text:
                return
        raise SystemExit("%s: timed out waiting for %r; last output: %r" % (argv[0], want, seen[-300:]))

    try:
        wait_for(a.prompt, time.time() + 120)
        seen = b""
        t0 = time.time()
        os.write(master, (a.cmd + "\r").encode())
        wait_for(a.until, t0 + a.timeout)
        took = time.time() - t0
        return took, cpu_seconds(proc.pid)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
        os.close(master)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--xv6", metavar="DIR", help="an xv6-riscv tree with kernel/kernel and fs.img built")
    p.add_argument("--smp", type=int, default=3)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--prompt", default="$ ")
    p.add_argument("--cmd", default="usertests -q")
    p.add_argument("--until", default="ALL TESTS PASSED")
    p.add_argument("--timeout", type=float, default=1800)
    p.add_argument("--disk", help="image copied afresh for every run; DISK in the options names the copy")
    p.add_argument("--ttvm", default=os.path.join(ROOT, "build", "ttvm"))
    p.add_argument("options", nargs="*", help="machine options (after --)")
    a = p.parse_args()
    opts = a.options
    if a.xv6:
        a.disk = os.path.join(a.xv6, "fs.img")
        opts = ["-machine", "virt", "-bios", "none", "-kernel", os.path.join(a.xv6, "kernel", "kernel"), "-m", "128M",
                "-smp", str(a.smp), "-nographic", "-global", "virtio-mmio.force-legacy=false",
                "-drive", "file=DISK,if=none,format=raw,id=x0", "-device", "virtio-blk-device,drive=x0,bus=virtio-mmio-bus.0"]
    if not opts:
        p.error("give --xv6 DIR or the machine options after --")
    emulators = [("ttvm", [a.ttvm, "run"])]
    if shutil.which("qemu-system-riscv64"):
        emulators.append(("qemu", ["qemu-system-riscv64"]))
    times = {name: [] for name, _ in emulators}
    cpus = {name: [] for name, _ in emulators}
    work = tempfile.mkdtemp()
    try:
        for i in range(a.runs):
            for name, cmd in emulators:
                disk = os.path.join(work, "disk.img")
                if a.disk:
                    shutil.copyfile(a.disk, disk)
                took, cpu = run_once(cmd + [disk if o == "DISK" else o.replace("DISK", disk) for o in opts], a)
                times[name].append(took)
                if cpu is not None:
                    cpus[name].append(cpu)
                print("run %d %s: %.2f s wall, %s s CPU" % (i + 1, name, took, "%.2f" % cpu if cpu else "?"), flush=True)
    finally:
        shutil.rmtree(work)
    med = {n: statistics.median(t) for n, t in times.items()}
    for n in times:
        cpu = "%.2f s CPU" % statistics.median(cpus[n]) if cpus[n] else "CPU unknown"
        print("%s: median %.2f s wall (%s) over %d runs: %r typed at the prompt until %r" %
              (n, med[n], cpu, a.runs, a.cmd, a.until))
    if "qemu" in med:
        print("ratio ttvm/qemu wall time: %.2f" % (med["ttvm"] / med["qemu"]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Randomized soak of record, replay and time travel on the Linux guest.

Driven by bench/soak.sh (see docs/soak.md). Each run, from its own seed:
  1. records our Linux guest (guest/linux) with a random machine (-smp 1..4,
     memory, disk / network / rng devices present or not), typing random
     shell commands, garbage and early bytes into its console at random
     times (through a pipe, or a pseudo-terminal as a user would), talking
     to its TCP echo server over hostfwd meanwhile (random sizes, pacing,
     aborted and empty connections), reading rng and writing the disk;
     about a fifth of the recorders are killed with SIGKILL at a random time
  2. replays it: `ttvm replay` must match (status 0, the same instruction
     count, state digest and console output; a killed recording replays its
     prefix and says it ends without the recorder's end event)
  3. `ttvm verify REC --points N --seed S`: goto landings against a forward
     replay
  4. gdb-multiarch on `ttvm replay REC --gdb 0`: at random points and harts,
     stepi / reverse-stepi / stepi: `monitor digest` after the second stepi
     is the one after the first, and after the second reverse-stepi the one
     after the first
Every run is classified ok, divergence, crash, hang or other; failing runs
keep their recording and logs (and repro.sh) in the results directory.
"""
import argparse
import json
import os
import pty
import random
import re
import select
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time

NET_IP = "ip=10.0.2.15::10.0.2.2:255.255.255.0::eth0:off"
SAFE_CTRL = [0x08, 0x09, 0x0b, 0x0c, 0x12, 0x15, 0x16, 0x17, 0x1b, 0x7f]  # no ^A ^C ^D ^Q ^S ^Z ^\

port_lock = threading.Lock()
ports_taken = set()


def free_port():
    with port_lock:
        while True:
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            p = s.getsockname()[1]
            s.close()
            if p not in ports_taken:
                ports_taken.add(p)
                return p


def q(cmd):
    return " ".join(shlex.quote(c) for c in cmd)


def sanitizer_report(text):
    for pat in ("AddressSanitizer", "LeakSanitizer", "UndefinedBehaviorSanitizer", "runtime error:",
                "terminate called", "Assertion `", "stack smashing", "double free", "corrupted"):
        if pat in text:
            return pat
    return None


class Output:
    """ttvm's console output, read by a thread from a pipe or a pty master."""

    def __init__(self, fd, path):
        self.fd, self.buf, self.lock = fd, bytearray(), threading.Lock()
        self.f = open(path, "wb")
        self.t = threading.Thread(target=self._read, daemon=True)
        self.t.start()

    def _read(self):
        while True:
            try:
                d = os.read(self.fd, 65536)
            except OSError:
                break
            if not d:
                break
            with self.lock:
                self.buf += d
            self.f.write(d)
            self.f.flush()
        self.f.close()

    def text(self):
        with self.lock:
            return bytes(self.buf).replace(b"\r", b"")

    def wait_for(self, pat, timeout, alive=lambda: True):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if pat in self.text():
                return True
            if not alive():
                return pat in self.text()
            time.sleep(0.05)
        return False


class Run:
    def __init__(self, idx, seed, a):
        self.idx, self.seed, self.a = idx, seed, a
        self.rng = random.Random(seed)
        self.dir = os.path.join(a.results, "run-%04d-%d" % (idx, seed))
        os.makedirs(self.dir, exist_ok=True)
        self.rec = os.path.join(self.dir, "rec")
        self.verdict, self.reason, self.notes = "ok", "", []
        self.repro = []
        self.log = open(os.path.join(self.dir, "driver.log"), "w")
        self.plan()

    # -- classification -----------------------------------------------------
    RANK = {"ok": 0, "other": 1, "hang": 2, "divergence": 3, "crash": 4}

    def bad(self, verdict, reason):
        self.say("%s: %s" % (verdict.upper(), reason))
        if self.RANK[verdict] > self.RANK[self.verdict]:
            self.verdict, self.reason = verdict, reason
        elif not self.reason:
            self.reason = reason

    def say(self, s):
        self.log.write("[%7.2f] %s\n" % (time.monotonic() - self.t0, s) if hasattr(self, "t0") else s + "\n")
        self.log.flush()

    def check_proc(self, what, st, err_text, killed_by_us=False):
        """Crash classification of one ttvm process: signal, status >= 128, sanitizer text."""
        s = sanitizer_report(err_text)
        if s:
            self.bad("crash", "%s: %s report" % (what, s))
        elif st is not None and st < 0 and not killed_by_us:
            self.bad("crash", "%s: killed by signal %d" % (what, -st))
        elif st is not None and st >= 128 and not killed_by_us:
            self.bad("crash", "%s: exit status %d" % (what, st))

    # -- the plan: everything random comes from the seed, before any timing ---
    def plan(self):
        r, a = self.rng, self.a
        self.smp = r.randint(1, 4)
        self.mem = r.choice(["256M", "256M", "256M", "128M", "512M"])
        self.disk = r.random() < 0.8
        self.net = r.random() < 0.75
        self.rngdev = r.random() < 0.9
        self.use_pty = r.random() < 0.4
        self.kill = r.random() < a.kill_fraction
        self.kill_at = r.uniform(0.3, 8.0)
        self.actions = []  # (delay before it, kind, payload)
        for _ in range(r.randint(0, 3)):  # bytes typed during the boot (the guest may drop them)
            self.actions.append((r.uniform(0, 1.5), "early", self.garbage(r.randint(1, 20))))
        self.actions.append((0, "prompt", None))
        for _ in range(r.randint(2, a.max_actions)):
            k = r.choices(["cmd", "garbage", "net", "typed"], [6, 1, 3 if self.net else 0, 1])[0]
            d = r.choice([0, 0.05, r.uniform(0, 0.5), r.uniform(0, 2)])
            if k == "cmd" or k == "typed":
                self.actions.append((d, k, self.command()))
            elif k == "garbage":
                self.actions.append((d, k, self.garbage(r.randint(1, 80)) + b"\n"))
            else:
                mode = r.choices(["echo", "slow", "abort", "empty"], [5, 2, 1, 1])[0]
                size = r.choice([1, r.randint(1, 100), r.randint(100, 3000), r.randint(3000, 40000)])
                self.actions.append((d, "net", (mode, r.randbytes(size), r.randint(1, 8))))
        self.actions.append((r.uniform(0, 1), "poweroff", None))
        self.verify_points = r.randint(3, 8)
        self.verify_seed = r.randint(1, 10**6)
        self.gdb_points = [(r.random(), r.randint(1, self.smp), r.randint(1, 3)) for _ in range(r.randint(1, 3))]

    def garbage(self, n):
        r, out = self.rng, bytearray()
        for _ in range(n):
            c = r.random()
            if c < 0.7:
                out.append(r.randint(0x20, 0x7e))
            elif c < 0.85:
                out.append(r.choice(SAFE_CTRL))
            elif c < 0.95:
                out.append(r.randint(0x80, 0xff))
            else:
                out += r.choice([b"\x1b[A", b"\x1b[D", b"\x1b[3~", b"\x1bOP"])
        return bytes(out)

    def command(self):
        r = self.rng
        word = lambda: "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789-_.") for _ in range(r.randint(1, 12)))
        c = [
            lambda: "echo " + " ".join(word() for _ in range(r.randint(0, 8))),
            lambda: "rng %d" % r.randint(1, 64),
            lambda: "rng",
            lambda: "dwrite %d %s" % (r.randint(0, 2047), word()),
            lambda: "dread %d" % r.randint(0, 2047),
            lambda: "work %d" % r.randint(1, 3),
            lambda: "uptime",
            lambda: "cat " + r.choice(["/proc/interrupts", "/etc/ttvm-release", "/proc/meminfo", "/proc/cpuinfo", "/nonexistent"]),
            lambda: "ls " + r.choice(["/", "/dev", "/proc/self", "/sys"]),
            lambda: "help",
        ]
        w = [5, 4, 1, 3, 3, 2, 2, 2, 1, 1]
        return r.choices(c, w)[0]().encode() + r.choice([b"\n", b"\r", b"\n"])

    # -- the machine --------------------------------------------------------
    def machine(self):
        L = self.a.linux
        append = "console=ttyS0 ttvm.shell" + (" " + NET_IP if self.net else "")
        m = ["-m", self.mem, "-smp", str(self.smp), "-bios", "default", "-kernel", L + "/Image",
             "-initrd", L + "/initramfs.cpio", "-append", append]
        if self.rngdev:
            m += ["-device", "virtio-rng-device"]
        if self.disk:
            m += ["-drive", "file=%s/disk.img,format=raw,if=none,id=d0" % L, "-device", "virtio-blk-device,drive=d0"]
        if self.net:
            self.port = free_port()
            m += ["-netdev", "user,id=n0,hostfwd=tcp:127.0.0.1:%d-:7" % self.port, "-device", "virtio-net-device,netdev=n0"]
        return m

    def ttvm(self, *args):
        return [self.a.ttvm] + list(args)

    # -- step 1: record -----------------------------------------------------
    def record(self):
        cmd = self.ttvm("record", "-o", self.rec) + self.machine()
        self.record_cmd = cmd
        self.say("record (%s, smp %d, %s%s%s%s%s): %s" % ("pty" if self.use_pty else "pipe", self.smp, self.mem,
                 ", disk" if self.disk else "", ", net" if self.net else "", ", rng" if self.rngdev else "",
                 ", SIGKILL at %.1f s" % self.kill_at if self.kill else "", q(cmd)))
        err = open(os.path.join(self.dir, "record.err"), "wb")
        if self.use_pty:
            master, slave = pty.openpty()
            p = subprocess.Popen(cmd, stdin=slave, stdout=slave, stderr=err, start_new_session=True)
            os.close(slave)
            inp, outfd = master, master
        else:
            p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, start_new_session=True)
            inp, outfd = p.stdin.fileno(), p.stdout.fileno()
        self.proc = p
        out = Output(outfd, os.path.join(self.dir, "record.out"))
        killed = threading.Event()
        if self.kill:
            def do_kill():
                if p.poll() is None:
                    self.say("SIGKILL to the recorder (pid %d)" % p.pid)
                    killed.set()
                    p.send_signal(signal.SIGKILL)
            timer = threading.Timer(self.kill_at, do_kill)
            timer.start()
        alive = lambda: p.poll() is None
        nets, net_ok = [], []

        def typed(data, slow=False):
            try:
                if slow:
                    for b in data:
                        os.write(inp, bytes([b]))
                        time.sleep(self.rng_t.uniform(0, 0.03))
                else:
                    os.write(inp, data)
            except OSError as e:
                if alive():
                    self.notes.append("console write: %s" % e)

        self.rng_t = random.Random(self.seed ^ 0x5eed)  # pacing only
        deadline = time.monotonic() + self.a.record_timeout
        for delay, kind, payload in self.actions:
            if not alive():
                break
            time.sleep(delay)
            if kind == "early":
                typed(payload)
            elif kind == "prompt":
                if not out.wait_for(b"shell: commands", 120, alive):
                    if alive():
                        self.bad("hang", "no shell prompt within 120 s")
                    break
            elif kind in ("cmd", "garbage"):
                self.say("console: %r" % payload)
                typed(payload)
            elif kind == "typed":
                self.say("console, typed slowly: %r" % payload)
                typed(payload, slow=True)
            elif kind == "net":
                mode, data, chunks = payload
                self.say("net %s: %d bytes in %d pieces" % (mode, len(data), chunks))
                t = threading.Thread(target=self.net_session, args=(mode, data, chunks, net_ok, alive), daemon=True)
                t.start()
                nets.append(t)
            elif kind == "poweroff":
                for t in nets:
                    t.join(max(1, deadline - time.monotonic()))
                self.say("console: poweroff")
                typed(b"poweroff\n")
        while alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        if alive():
            self.bad("hang", "the recorder did not end within %d s" % self.a.record_timeout)
            self.host_backtrace(p.pid, "record")
            p.kill()
        p.wait()
        if self.kill:
            timer.cancel()
        out.t.join(5)
        if self.use_pty:
            os.close(master)
        err.close()
        self.killed = killed.is_set()
        self.rec_out = out.text()
        self.rec_err = open(os.path.join(self.dir, "record.err"), errors="replace").read()
        st = p.returncode
        self.say("record exit status %s%s" % (st, " (killed by us)" if self.killed else ""))
        self.check_proc("record", st, self.rec_err, killed_by_us=self.killed)
        if self.verdict != "ok":
            return False
        if not self.killed:
            if st != 0:
                self.bad("other", "record exit status %d: %s" % (st, self.rec_err.strip().splitlines()[-1:]))
                return False
            m = re.search(r"recorded (\d+) instructions.*state digest ([0-9a-f]+)", self.rec_err)
            if not m:
                self.bad("other", "record printed no summary")
                return False
            self.want = (int(m.group(1)), m.group(2))
            if b"powering off" not in self.rec_out:
                self.bad("other", "the guest did not power off")
        for e in net_ok:
            if e is not True and not self.killed:
                self.bad("other", "network: %s" % e)
        return os.path.exists(os.path.join(self.rec, "events.log"))

    def net_session(self, mode, data, chunks, results, alive):
        try:
            s = socket.create_connection(("127.0.0.1", self.port), timeout=60)
        except OSError as e:
            results.append("connect: %s" % e)
            return
        try:
            if mode == "empty":
                s.close()
                results.append(True)
                return
            if mode == "abort":
                s.sendall(data[: len(data) // 2 + 1])
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                s.close()
                results.append(True)
                return
            got = bytearray()
            step = max(1, len(data) // chunks)
            for i in range(0, len(data), step):
                s.sendall(data[i:i + step])
                if mode == "slow":
                    time.sleep(self.rng_t.uniform(0, 0.2))
            while len(got) < len(data) and alive():
                d = s.recv(65536)
                if not d:
                    break
                got += d
            s.close()
            results.append(True if bytes(got) == data else "echo: sent %d bytes, got %d back%s" % (
                len(data), len(got), "" if len(got) != len(data) else " (different)"))
        except OSError as e:
            results.append(True if not alive() else "%s session: %s" % (mode, e))

    def host_backtrace(self, pid, what):
        if shutil.which("gdb"):
            try:
                bt = subprocess.run(["gdb", "-p", str(pid), "-batch", "-ex", "thread apply all bt"],
                                    capture_output=True, text=True, timeout=60).stdout
                open(os.path.join(self.dir, what + ".backtrace"), "w").write(bt)
            except Exception:
                pass

    def timed(self, what, cmd, timeout, **kw):
        """Runs a ttvm command; returns (status, stdout bytes, stderr text) or None on a hang."""
        self.repro.append(q(cmd))
        self.say("%s: %s" % (what, q(cmd)))
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
        try:
            o, e = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.host_backtrace(p.pid, what)
            p.kill()
            o, e = p.communicate()
            open(os.path.join(self.dir, what + ".out"), "wb").write(o)
            open(os.path.join(self.dir, what + ".err"), "wb").write(e)
            self.bad("hang", "%s did not end within %d s" % (what, timeout))
            return None
        open(os.path.join(self.dir, what + ".out"), "wb").write(o)
        open(os.path.join(self.dir, what + ".err"), "wb").write(e)
        e = e.decode(errors="replace")
        self.check_proc(what, p.returncode, e)
        return p.returncode, o, e

    # -- step 2: replay -----------------------------------------------------
    def replay(self):
        r = self.timed("replay", self.ttvm("replay", self.rec), self.a.step_timeout)
        if r is None:
            return False
        st, o, e = r
        last = (e.strip().splitlines() or [""])[-1]
        if st == 3 or "diverged" in e:
            self.bad("divergence", "replay: " + last)
            return False
        if st != 0:
            self.bad("other", "replay exit status %d: %s" % (st, last))
            return False
        mine = o.replace(b"\r", b"")
        if self.killed:
            if "without the recorder's end event" not in e and "events before it" not in e:
                self.bad("other", "replay of a killed recording does not say where its prefix ends: " + last)
            n = min(len(mine), len(self.rec_out))
            if mine[:n] != self.rec_out[:n]:
                self.bad("divergence", "the replayed prefix's console output differs from the recording's")
            self.notes.append("killed: recorded %d console bytes, the prefix replays %d" % (len(self.rec_out), len(mine)))
            m = re.search(r"to icount (\d+)", e) or re.search(r"(\d+) instructions", e)
            self.end = int(m.group(1)) if m else 0
        else:
            m = re.search(r"replay matched the recording: (\d+) instructions.*state digest ([0-9a-f]+)", e)
            if not m:
                self.bad("other", "replay: no match line: " + last)
                return False
            if (int(m.group(1)), m.group(2)) != self.want:
                self.bad("divergence", "replay ended at %s, the recording at %s" % (m.groups(), self.want))
            if mine != self.rec_out:
                self.bad("divergence", "the replay's console output differs from the recording's")
            self.end = self.want[0]
        return True

    # -- step 3: verify -----------------------------------------------------
    def verify(self):
        r = self.timed("verify", self.ttvm("verify", self.rec, "--points", str(self.verify_points),
                                           "--seed", str(self.verify_seed)), self.a.step_timeout)
        if r is None:
            return
        st, o, e = r
        e = o.decode(errors="replace") + e
        m = re.search(r"(\d+) gotos to \d+ points, (\d+) wrong", e)
        if m and int(m.group(2)) > 0:
            self.bad("divergence", "verify: %s wrong of %s gotos" % (m.group(2), m.group(1)))
        elif st != 0 or not m:
            self.bad("other", "verify exit status %d: %s" % (st, (e.strip().splitlines() or [""])[-1]))
        else:
            self.notes.append("verify: %s gotos ok" % m.group(1))

    # -- step 4: reverse-stepi through gdb ------------------------------------
    def gdb(self):
        if self.a.no_gdb or self.end < 10:
            return
        errpath = os.path.join(self.dir, "gdbserver.err")
        cmd = self.ttvm("replay", self.rec, "--gdb", "0", "-S")
        self.repro.append(q(cmd) + " &")
        self.say("gdb server: " + q(cmd))
        srv = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=open(errpath, "wb"))
        port = None
        for _ in range(300):
            m = re.search(r"listening on 127.0.0.1:(\d+)", open(errpath, errors="replace").read())
            if m:
                port = m.group(1)
                break
            if srv.poll() is not None:
                break
            time.sleep(0.1)
        if not port:
            srv.kill()
            srv.wait()
            self.check_proc("gdb server", srv.returncode, open(errpath, errors="replace").read())
            self.bad("other", "the replay's gdb server did not start")
            return
        # The steps are the remote protocol's own (`maint packet s` / `bs` on
        # the hart selected by Hc): gdb-multiarch steps RISC-V forward by a
        # temporary breakpoint at the next pc and a continue of every hart
        # (software single-step), which an interrupt taken in between makes
        # land elsewhere; gdb's own reverse-stepi (bs) is checked too.
        ex = ["set architecture riscv:rv64", "set pagination off", "target remote :" + port]
        for i, (frac, hart, steps) in enumerate(self.gdb_points):
            point = int(self.end * frac)
            ex += ["echo [point %d]\\n" % i, "monitor goto %d" % point, "maintenance flush register-cache"]
            if self.smp > 1:
                ex.append("thread %d" % hart)
            ex.append("maint packet Hc%x" % hart)
            for k in range(steps):
                for tag, pk in (("A", "s"), ("B", "bs"), ("A", "s"), ("B", "bs")):
                    ex += ["echo [%s]\\n" % tag, "maint packet " + pk, "monitor digest"]
                ex.append("maint packet s")
            ex += ["maintenance flush register-cache", "echo [R]\\n", "reverse-stepi", "monitor digest",
                   "maint packet s", "maintenance flush register-cache", "echo [R]\\n", "reverse-stepi", "monitor digest"]
        ex += ["echo [end]\\n", "kill"]
        gcmd = ["gdb-multiarch", "-nx", "-batch"] + [x for e in ex for x in ("-ex", e)]
        self.repro.append(q(gcmd).replace(":" + port, ":PORT"))
        self.say("gdb: " + q(gcmd))
        try:
            g = subprocess.run(gcmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               timeout=self.a.step_timeout).stdout
        except subprocess.TimeoutExpired as t:
            g = t.stdout.decode(errors="replace") if isinstance(t.stdout, bytes) else (t.stdout or "")
            self.bad("hang", "gdb session did not end within %d s" % self.a.step_timeout)
            self.host_backtrace(srv.pid, "gdbserver")
        open(os.path.join(self.dir, "gdb.log"), "w").write(g)
        try:
            srv.wait(30)
        except subprocess.TimeoutExpired:
            srv.kill()
            srv.wait()
        self.check_proc("gdb server", srv.returncode, open(errpath, errors="replace").read())
        if "[end]" not in g and self.verdict == "ok":
            self.bad("other", "gdb session cut short: %s" % g.strip().splitlines()[-1:])
        checked = skipped = 0
        for i, part in enumerate(re.split(r"^\[point \d+\]$", g, flags=re.M)[1:]):
            if "replaylog" in part or "No more reverse-execution history" in part:
                skipped += 1  # a step ran into an end of history: the pairs do not apply
                continue
            dig = lambda tag: re.findall(r"^\[%s\]\n.*?state digest ([0-9a-f]+)" % tag, part, flags=re.M | re.S)
            a, b, rr = dig("A"), dig("B"), dig("R")
            for k in range(0, min(len(a), len(b)) - 1, 2):
                checked += 1
                if a[k] != a[k + 1] or b[k] != b[k + 1]:
                    self.bad("divergence", "point %d: s/bs/s/bs digests %s %s / %s %s" % (i, a[k], a[k + 1], b[k], b[k + 1]))
            if len(rr) == 2:
                checked += 1
                if rr[0] != rr[1]:
                    self.bad("divergence", "point %d: gdb reverse-stepi, s, reverse-stepi: digests %s %s" % (i, rr[0], rr[1]))
        if checked == 0 and skipped == 0 and self.verdict == "ok":
            self.bad("other", "gdb: no digests to compare")
        self.notes.append("gdb: %d step/reverse-step identities checked, %d points skipped (end of history)" % (checked, skipped))

    def go(self):
        self.t0 = time.monotonic()
        self.say("run %d seed %d" % (self.idx, self.seed))
        try:
            if self.record():
                if self.replay():
                    self.verify()
                    self.gdb()
        except Exception as e:  # the driver's own failure is a failed run, never a silent pass
            import traceback
            self.say(traceback.format_exc())
            self.bad("other", "driver: %r" % e)
        self.secs = time.monotonic() - self.t0
        repro = ["# run %d, seed %d: %s %s" % (self.idx, self.seed, self.verdict, self.reason),
                 "# the same plan again (host timing differs, so the recording may too):",
                 "bench/soak.sh --run-seed %d --ttvm %s --linux %s" % (self.seed, self.a.ttvm, self.a.linux),
                 "# the recorder (console input and network traffic came from the soak driver):",
                 "# " + q(self.record_cmd) if hasattr(self, "record_cmd") else "#"]
        repro += ["# the checks on the kept recording:"] + self.repro
        open(os.path.join(self.dir, "repro.sh"), "w").write("\n".join(repro) + "\n")
        self.say("%s in %.1f s %s %s" % (self.verdict, self.secs, self.reason, "; ".join(self.notes)))
        self.log.close()
        if self.verdict == "ok" and not self.a.keep_all:
            shutil.rmtree(self.dir, ignore_errors=True)
        return self


def main():
    ap = argparse.ArgumentParser(description="randomized record/replay/time-travel soak on the Linux guest")
    ap.add_argument("-n", "--runs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=None, help="the soak's seed (default: from the clock; printed)")
    ap.add_argument("--run-seed", type=int, action="append", help="one run with this per-run seed (repeatable)")
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("--ttvm", required=True)
    ap.add_argument("--linux", required=True)
    ap.add_argument("--results", required=True)
    ap.add_argument("--kill-fraction", type=float, default=0.2)
    ap.add_argument("--max-actions", type=int, default=12)
    ap.add_argument("--record-timeout", type=int, default=300)
    ap.add_argument("--step-timeout", type=int, default=600)
    ap.add_argument("--no-gdb", action="store_true")
    ap.add_argument("--keep-all", action="store_true")
    ap.add_argument("--stop-after", type=float, default=0, help="start no new run after this many seconds")
    a = ap.parse_args()
    a.ttvm, a.linux, a.results = os.path.abspath(a.ttvm), os.path.abspath(a.linux), os.path.abspath(a.results)
    for f in ("Image", "initramfs.cpio", "disk.img"):
        if not os.path.exists(os.path.join(a.linux, f)):
            sys.exit("soak: missing %s/%s (build the Linux guest: scripts/setup)" % (a.linux, f))
    if not a.no_gdb and not shutil.which("gdb-multiarch"):
        print("soak: no gdb-multiarch: the reverse-stepi checks are skipped")
        a.no_gdb = True
    os.makedirs(a.results, exist_ok=True)
    if a.run_seed:
        seeds = a.run_seed
    else:
        if a.seed is None:
            a.seed = int(time.time()) % 10**6
        master = random.Random(a.seed)
        seeds = [master.randrange(1, 2**40) for _ in range(a.runs)]
    print("soak: %d runs, seed %s, results in %s, ttvm %s" % (len(seeds), a.seed, a.results, a.ttvm), flush=True)
    t0 = time.monotonic()
    done, lock = [], threading.Lock()
    jsonl = open(os.path.join(a.results, "runs.jsonl"), "a")
    nxt = iter(enumerate(seeds))

    def worker():
        while True:
            with lock:
                if a.stop_after and time.monotonic() - t0 > a.stop_after:
                    return
                try:
                    i, s = next(nxt)
                except StopIteration:
                    return
            r = Run(i, s, a).go()
            with lock:
                done.append(r)
                line = "run %4d seed %-14d %-10s %6.1f s  smp %d %s%s%s%s%s%s" % (
                    i, s, r.verdict, r.secs, r.smp, r.mem, " pty" if r.use_pty else " pipe", " disk" if r.disk else "",
                    " net" if r.net else "", " rng" if r.rngdev else "", " killed" if getattr(r, "killed", False) else "")
                if r.verdict != "ok":
                    line += "\n    %s\n    kept in %s (repro.sh)" % (r.reason, r.dir)
                print(line, flush=True)
                jsonl.write(json.dumps({"run": i, "seed": s, "verdict": r.verdict, "reason": r.reason, "secs": round(r.secs, 2),
                                        "smp": r.smp, "mem": r.mem, "pty": r.use_pty, "disk": r.disk, "net": r.net,
                                        "rng": r.rngdev, "killed": getattr(r, "killed", False), "notes": r.notes}) + "\n")
                jsonl.flush()

    ts = [threading.Thread(target=worker) for _ in range(max(1, a.jobs))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    total = time.monotonic() - t0
    count = {k: sum(1 for r in done if r.verdict == k) for k in Run.RANK}
    killed = sum(1 for r in done if getattr(r, "killed", False))
    lines = ["soak summary: seed %s, %d runs (%d recorders killed by SIGKILL)" % (a.seed, len(done), killed),
             "  ok %d, divergences %d, crashes %d, hangs %d, other failures %d" % (
                 count["ok"], count["divergence"], count["crash"], count["hang"], count["other"]),
             "  total %.0f s, %.1f s a run (median %.1f s, worst %.1f s)" % (
                 total, total / max(1, len(done)), sorted(r.secs for r in done)[len(done) // 2] if done else 0,
                 max((r.secs for r in done), default=0))]
    for r in done:
        if r.verdict != "ok":
            lines.append("  FAILED run %d seed %d: %s: %s (%s/repro.sh)" % (r.idx, r.seed, r.verdict, r.reason, r.dir))
    print("\n".join(lines), flush=True)
    open(os.path.join(a.results, "summary.txt"), "a").write("\n".join(lines) + "\n")
    sys.exit(0 if len(done) == count["ok"] and done else 1)


if __name__ == "__main__":
    main()

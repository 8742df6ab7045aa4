#!/usr/bin/env python3
"""A busy guest's prompt reaches the host at once (issue 13).

The guest (guest/console/prompt_spin.c) prints a line, then a prompt with no
newline, then spins without WFI. ttvm holds output back to write whole lines,
but never for more than a few tens of ms: the prompt must arrive soon after
the line, and in one piece (one write, not a write per byte). Checked with
the console on a pseudo-terminal (as a person or expect sees it) and on
pipes (as a script sees it), for run and record; on the pty, Ctrl-A x then
ends the run with status 0. And with gdb stopping the guest just after the
prompt, the prompt shows while it is stopped.

Usage: console_flush_test.py TTVM PROMPT_SPIN_ELF
"""
import os
import pty
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time

LINE = b"prompt_spin: ready"  # then \n, or \r\n on a pty
PROMPT = b"ttvm-prompt$ "
# Generous for a loaded machine: without the flush the prompt never comes.
MAX_GAP_S = 0.5
START_TIMEOUT_S = 20


def read_until(fd, wants, deadline, got, chunks):
    """Reads fd into got until it holds one of wants; returns the arrival time."""
    while not any(w in got for w in wants):
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        r, _, _ = select.select([fd], [], [], left)
        if not r:
            continue
        try:
            data = os.read(fd, 4096)
        except OSError:  # a pty's master reads EIO once the child is gone
            data = b""
        if not data:
            return None
        chunks.append(data)
        got += data
    return time.monotonic()


def check(name, argv, use_pty):
    if use_pty:
        master, slave = pty.openpty()
        proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=subprocess.DEVNULL, close_fds=True)
        os.close(slave)
        out_fd = in_fd = master
    else:
        proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        out_fd, in_fd = proc.stdout.fileno(), proc.stdin.fileno()
    got, chunks = bytearray(), []
    errors = []
    gap = None
    try:
        t_line = read_until(out_fd, (LINE + b"\n", LINE + b"\r\n"), time.monotonic() + START_TIMEOUT_S, got, chunks)
        if t_line is None:
            errors.append("the first line never arrived")
        else:
            t_prompt = read_until(out_fd, (PROMPT,), t_line + 5, got, chunks)
            gap = None if t_prompt is None else t_prompt - t_line
            if t_prompt is None:
                errors.append("the prompt (no newline) never arrived while the guest spins")
            elif gap > MAX_GAP_S:
                errors.append("the prompt arrived %.3f s after the line (want < %.1f s)" % (t_prompt - t_line, MAX_GAP_S))
            elif PROMPT not in chunks[-1]:
                errors.append("the prompt came in pieces %r (want one write)" % chunks[-3:])
        if use_pty:
            os.write(in_fd, b"\x01x")  # Ctrl-A x: quit (a terminal's key)
            try:
                status = proc.wait(timeout=10)
                if status != 0:
                    errors.append("exit status %d after Ctrl-A x (want 0)" % status)
            except subprocess.TimeoutExpired:
                errors.append("Ctrl-A x did not end the run")
        else:
            proc.terminate()  # a script ends a run on pipes with a signal
            proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if use_pty:
            os.close(master)
    if errors:
        print("FAIL %s: %s; output %r" % (name, "; ".join(errors), bytes(got)))
        return False
    print("ok   %s (the prompt came %.0f ms after the line)" % (name, gap * 1000))
    return True


def check_gdb_stop(ttvm, elf):
    """A debugger stops the guest right after its prompt: the prompt shows
    while the machine stands still (not only when gdb lets it go on)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([ttvm, "run", "-bios", "none", "-kernel", elf, "-gdb", "tcp::%d" % port, "-S"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    time.sleep(0.3)
    gdb = subprocess.Popen(["gdb-multiarch", "-q", "-batch", "-ex", "target remote 127.0.0.1:%d" % port,
                            "-ex", "break prompt_shown", "-ex", "continue", "-ex", "shell sleep 3", "-ex", "kill", elf],
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    got, chunks = bytearray(), []
    t = read_until(proc.stdout.fileno(), (PROMPT,), time.monotonic() + 20, got, chunks)
    stopped = gdb.poll() is None  # gdb still holds the machine at the breakpoint
    gdb.wait(timeout=30)
    proc.kill()
    proc.wait()
    if t is None or not stopped:
        print("FAIL gdb-stop: the prompt did not show while gdb held the guest; output %r" % bytes(got))
        return False
    print("ok   gdb-stop")
    return True


def main():
    ttvm, elf = sys.argv[1], sys.argv[2]
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        run = [ttvm, "run", "-bios", "none", "-kernel", elf]
        ok &= check("run-pty", run, True)
        ok &= check("run-pipe", run, False)
        ok &= check("record-pipe", [ttvm, "record", "-o", tmp + "/spin.rec", "-bios", "none", "-kernel", elf], False)
    if shutil.which("gdb-multiarch"):
        ok &= check_gdb_stop(ttvm, elf)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

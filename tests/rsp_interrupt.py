#!/usr/bin/env python3
"""A minimal gdb remote-protocol client: starts a reverse-continue with a read
watchpoint on an address nothing reads (so the whole history is searched),
sends Ctrl-C after a moment and expects a stop (T02), then checks that the
session goes on (monitor when) and detaches. Usage: rsp_interrupt.py PORT"""
import socket
import sys
import time


def checksum(s):
    return "%02x" % (sum(s.encode()) % 256)


class Rsp:
    def __init__(self, port):
        self.s = socket.create_connection(("127.0.0.1", port), timeout=60)
        self.buf = b""

    def send(self, p):
        self.s.sendall(("$%s#%s" % (p, checksum(p))).encode())

    def reply(self):
        while True:
            i = self.buf.find(b"$")
            j = self.buf.find(b"#", i)
            if i >= 0 and j >= 0 and len(self.buf) >= j + 3:
                p = self.buf[i + 1 : j].decode(errors="replace")
                self.buf = self.buf[j + 3 :]
                self.s.sendall(b"+")
                if p.startswith("O") and p != "OK":
                    continue  # console output of a monitor command
                return p
            data = self.s.recv(4096)
            if not data:
                raise SystemExit("connection closed")
            self.buf += data

    def ask(self, p):
        self.send(p)
        return self.reply()


r = Rsp(int(sys.argv[1]))
r.s.sendall(b"+")
sup = r.ask("qSupported:swbreak+;hwbreak+")
if "ReverseContinue+" not in sup:
    raise SystemExit("no ReverseContinue+ in qSupported: " + sup)
r.ask("?")
if r.ask("Z3,dead0000,8") != "OK":
    raise SystemExit("Z3 refused")
t0 = time.time()
r.send("bc")
time.sleep(0.3)
r.s.sendall(b"\x03")
stop = r.reply()
took = time.time() - t0
if not stop.startswith("T02"):
    raise SystemExit("reverse-continue interrupted: expected T02, got " + stop)
when = r.ask("qRcmd," + "when".encode().hex())
r.ask("z3,dead0000,8")
print("interrupted after %.2f s: %s; monitor when: %s" % (took, stop, when))
r.send("D")

# gdb script for bench/timetravel.sh: times reverse-execution commands at
# the current point and prints "bench: ..." lines; "bench-icount" lines are
# followed by the output of `monitor icount` (gdb cannot capture a monitor
# command's output), which the script pairs up. BENCH_WATCH names the
# variables to watch: watch + reverse-continue each, from the same point.
import os
import time

import gdb


def timed(cmd):
    t = time.time()
    gdb.execute(cmd, to_string=True)
    return (time.time() - t) * 1000.0


def mark(what):
    print("bench-icount " + what)
    gdb.execute("monitor icount")


gdb.execute("monitor bookmark bench-start", to_string=True)
for cmd in ("reverse-stepi", "stepi", "reverse-stepi", "reverse-step", "reverse-next", "reverse-finish"):
    try:
        print("bench: %-16s %8.1f ms" % (cmd, timed(cmd)))
    except gdb.error as e:
        print("bench: %-16s failed: %s" % (cmd, e))
for var in os.environ.get("BENCH_WATCH", "").split():
    gdb.execute("monitor goto bench-start", to_string=True)
    gdb.execute("maintenance flush register-cache", to_string=True)
    gdb.execute("delete", to_string=True)
    gdb.execute("watch %s" % var, to_string=True)
    mark("before")
    print("bench: watch %-12s + reverse-continue %8.1f ms" % (var, timed("reverse-continue")))
    mark("after")
    gdb.execute("delete", to_string=True)

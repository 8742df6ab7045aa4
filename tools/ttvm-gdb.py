# gdb commands for ttvm's time travel (load with: gdb-multiarch -x tools/ttvm-gdb.py).
#
#   ttvm goto POINT      move to POINT (an icount, +N, -N, start, end or a bookmark)
#   ttvm when            where the session is in history
#   ttvm bookmark [NAME] name the current point (no NAME: list them)
#   ttvm checkpoints     what ttvm keeps to move in time
#   ttvm digest          a hash of the whole machine state here
#
# Each runs ttvm's `monitor` command of the same name. gdb caches registers
# and memory, so after a move its view is stale: `ttvm goto` flushes gdb's
# register and memory caches and shows the new frame.
import gdb


def _monitor(line):
    try:
        return gdb.execute("monitor " + line, to_string=True), True
    except gdb.error as e:
        return str(e) + "\n", False


def _refresh():
    for cmd in ("maintenance flush register-cache", "maintenance flush dcache"):
        try:
            gdb.execute(cmd, to_string=True)
        except gdb.error:
            pass
    try:
        gdb.execute("frame")
    except gdb.error:
        pass


class Ttvm(gdb.Command):
    """ttvm time travel: ttvm goto POINT | when | bookmark [NAME] | checkpoints | digest."""

    def __init__(self):
        super().__init__("ttvm", gdb.COMMAND_RUNNING, gdb.COMPLETE_NONE, True)

    def invoke(self, arg, from_tty):
        gdb.execute("help ttvm")


class TtvmSub(gdb.Command):
    def __init__(self, name, doc, moves):
        self.__doc__ = doc
        super().__init__("ttvm " + name, gdb.COMMAND_RUNNING)
        self._name = name
        self._moves = moves

    def invoke(self, arg, from_tty):
        out, ok = _monitor((self._name + " " + arg).strip())
        gdb.write(out)
        if ok and self._moves:
            _refresh()


Ttvm()
TtvmSub("goto", "Move to a point of history: an icount, +N, -N, start, end or a bookmark.", True)
TtvmSub("when", "Where the session is: icount, each hart's count, the end of history.", False)
TtvmSub("bookmark", "Name the current point (ttvm goto NAME returns to it); no NAME: list bookmarks.", False)
TtvmSub("checkpoints", "The checkpoints kept: icount, age, pages, bytes, total against the budget.", False)
TtvmSub("digest", "A hash of the whole machine state at this point.", False)

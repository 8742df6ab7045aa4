#!/usr/bin/env bash
# Reverse execution with gdb-multiarch (issue "Time travel in gdb"):
#   bare    guest/gdb/history.c recorded and replayed: continue to the 5th
#           hit of a breakpoint noting the icount, reverse-continue to the
#           4th and 3rd exactly, continue to the 4th again; watch + reverse-
#           continue (Old/New values, the writer in the backtrace); reverse-
#           stepi then stepi gives identical registers; reverse-finish,
#           reverse-next, reverse-step; reverse-continue with nothing set
#           stops at the start of history
#   linux   the Linux guest with -smp 2, replayed: breakpoint hits back and
#           forth, `watch jiffies` + reverse-continue gives the values a
#           forward run over the same write shows, swapped
#   live    gdb on `ttvm record -s -smp 2`: back, forth past the end of
#           history into live execution, to the guest's end; it replays
#   write   gdb writes in a live recording: refused in the past, logged as
#           an input at the end of history and replayed
#   ctrlc   Ctrl-C during a long reverse-continue (the compute benchmark's
#           long build) stops it at a point of history (a raw
#           remote-protocol client)
# Usage: reverse_test.sh TTVM BUILD_DIR CASE
set -u
ttvm=$1 build=$2 case=$3
here=$(cd "$(dirname "$0")" && pwd)
elf=$build/guest/gdb-history.elf dir=$build/linux
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; [[ -n ${KEEP:-} ]] || rm -rf "$work"' EXIT
fails=0
fail() { echo "FAIL $case: $*"; fails=$((fails + 1)); }
source "$(dirname "$0")/gdb_port.sh"
icounts() { grep -Eo '^[0-9]+$' | tr '\n' ' '; }  # the lines `monitor icount` prints
linux_machine() {  # SMP
  echo -m 256M -smp "$1" -bios default -kernel "$dir/Image" -initrd "$dir/initramfs.cpio" -append console=ttyS0
}

case $case in
  bare)
    "$ttvm" record -o "$work/h" -bios none -kernel "$elf" >/dev/null 2>&1 || fail "record"
    "$ttvm" replay "$work/h" --gdb 0 -S <&- >/dev/null 2>"$work/err" &
    port=$(gdb_port "$work/err")
    g=$(timeout 120 gdb-multiarch -nx -batch -ex "target remote :$port" -ex 'break bump' \
      -ex 'continue' -ex 'monitor icount' -ex 'continue' -ex 'monitor icount' -ex 'continue' -ex 'monitor icount' \
      -ex 'continue' -ex 'monitor icount' -ex 'continue' -ex 'monitor icount' -ex 'print i' \
      -ex 'reverse-continue' -ex 'monitor icount' -ex 'print i' -ex 'reverse-continue' -ex 'monitor icount' -ex 'print i' \
      -ex 'continue' -ex 'monitor icount' -ex 'print i' -ex 'delete' \
      -ex 'watch counter' -ex 'reverse-continue' -ex 'bt' -ex 'delete' \
      -ex 'info registers' -ex 'reverse-stepi' -ex 'stepi' -ex 'info registers' -ex 'echo [regs-end]\n' \
      -ex 'break history.c:19' -ex 'continue' -ex 'delete' -ex 'echo [rnext]\n' -ex 'reverse-next' \
      -ex 'echo [rstep]\n' -ex 'reverse-step' -ex 'echo [rfinish]\n' -ex 'reverse-finish' -ex 'echo [end]\n' \
      -ex 'reverse-continue' -ex 'monitor icount' -ex 'kill' "$elf" 2>&1)
    wait
    echo "$g" >"$work/gdb.log"
    read -r -a n <<<"$(icounts <<<"$g")"
    [[ ${#n[@]} -ge 9 ]] || fail "too few icounts: ${n[*]}"
    [[ ${n[5]:-} == "${n[3]:-x}" && ${n[6]:-} == "${n[2]:-x}" && ${n[7]:-} == "${n[3]:-x}" ]] ||
      fail "reverse-continue to the 4th and 3rd hit and forward to the 4th: ${n[*]}"
    [[ ${n[8]:-} == 0 && $g == *"No more reverse-execution history"* ]] || fail "reverse-continue with nothing set: not at the start"
    # At the 4th bump's entry: the last write is the 3rd bump's (3 + 3).
    [[ $g == *"Old value = 6"*"New value = 3"* ]] || fail "watch + reverse-continue: no Old 6 / New 3 (the 3rd bump)"
    grep -q '^#0 .* bump (i=i@entry=3)' <<<"$g" || fail "the backtrace of the write does not name bump(3)"
    regs=$(sed -n '/^ra  /,/^pc /p' <<<"$g")
    a=$(head -n "$(( $(wc -l <<<"$regs") / 2 ))" <<<"$regs") b=$(tail -n "$(( $(wc -l <<<"$regs") / 2 ))" <<<"$regs")
    [[ -n $a && $a == "$b" ]] || fail "reverse-stepi then stepi: registers differ"
    sed -n '/\[rnext\]/,/\[rstep\]/p' <<<"$g" | grep -q '^18[[:space:]]*bump(i);' ||
      fail "reverse-next from line 19 did not step back over the call to bump (line 18)"
    sed -n '/\[rstep\]/,/\[rfinish\]/p' <<<"$g" | grep -q 'square (x=' || fail "reverse-step from line 18 did not step back into square"
    sed -n '/\[rfinish\]/,/\[end\]/p' <<<"$g" | grep -q '^17[[:space:]]*uint64_t s = square(i);' ||
      fail "reverse-finish did not land at the call site (line 17)"
    [[ $fails -eq 0 ]] && echo "ok bare: reverse-continue, watch, reverse-stepi, -finish, -next, -step, start of history"
    ;;
  linux)
    eval "set -- $(linux_machine 2)"
    "$ttvm" record -o "$work/l" "$@" </dev/null >/dev/null 2>&1 || fail "record"
    "$ttvm" replay "$work/l" --gdb 0 -S <&- >/dev/null 2>"$work/err" &
    port=$(gdb_port "$work/err")
    g=$(timeout 300 gdb-multiarch -nx -batch -ex "target remote :$port" -ex 'break do_sys_openat2' \
      -ex 'continue' -ex 'monitor icount' -ex 'continue' -ex 'monitor icount' -ex 'continue' -ex 'monitor icount' \
      -ex 'reverse-continue' -ex 'monitor icount' -ex 'continue' -ex 'monitor icount' -ex 'delete' \
      -ex 'watch jiffies' -ex 'reverse-continue' -ex 'echo [back]\n' -ex 'bt 3' -ex 'reverse-stepi' -ex 'continue' -ex 'echo [fwd]\n' \
      -ex 'kill' "$dir/vmlinux" 2>&1)
    wait
    echo "$g" >"$work/gdb.log"
    read -r -a n <<<"$(icounts <<<"$g")"
    [[ ${n[3]:-} == "${n[1]:-x}" && ${n[4]:-} == "${n[2]:-x}" ]] || fail "breakpoint hits back and forth: ${n[*]}"
    back=$(sed -n '/Old value/,/New value/p' <<<"$(sed -n '1,/\[back\]/p' <<<"$g")" | grep -Eo '[0-9]+$' | tr '\n' ' ')
    fwd=$(sed -n '/Old value/,/New value/p' <<<"$(sed -n '/\[back\]/,/\[fwd\]/p' <<<"$g")" | grep -Eo '[0-9]+$' | tr '\n' ' ')
    read -r bo bn <<<"$back"
    read -r fo fn <<<"$fwd"
    [[ -n ${bo:-} && ${bo:-} == "${fn:-x}" && ${bn:-} == "${fo:-x}" ]] ||
      fail "watch jiffies: reverse Old/New '$back', forward over the same write '$fwd'"
    sed -n '/\[back\]/,/\[fwd\]/p' <<<"$g" | grep -q 'jiffies' || fail "the writer's backtrace"
    [[ $fails -eq 0 ]] && echo "ok linux: breakpoints back and forth on 2 harts; watch jiffies old/new = forward new/old"
    ;;
  live)
    eval "set -- $(linux_machine 2)"
    "$ttvm" record -o "$work/l" "$@" --gdb 0 -S </dev/null >"$work/out" 2>"$work/err" &
    port=$(gdb_port "$work/err")
    g=$(timeout 300 gdb-multiarch -nx -batch -ex "target remote :$port" -ex 'break do_sys_openat2' \
      -ex 'continue' -ex 'continue' -ex 'monitor icount' -ex 'reverse-continue' -ex 'monitor icount' \
      -ex 'reverse-stepi' -ex 'continue' -ex 'monitor icount' -ex 'continue' -ex 'monitor icount' \
      -ex 'continue' -ex 'monitor icount' -ex 'delete' -ex 'continue' "$dir/vmlinux" 2>&1)
    wait $!
    st=$?
    echo "$g" >"$work/gdb.log"
    read -r -a n <<<"$(icounts <<<"$g")"
    # 2nd hit (the end of history), back to the 1st, a step back and
    # forward to the 1st again, the 2nd, then a 3rd hit in live execution.
    [[ ${#n[@]} -eq 5 && ${n[2]} == "${n[1]}" && ${n[3]} == "${n[0]}" && ${n[4]} -gt ${n[0]} ]] ||
      fail "back and forth past the end: ${n[*]}"
    [[ $st -eq 0 && $g == *"exited normally"* ]] || fail "the guest did not finish live (status $st)"
    grep -q 'ttvm-init: all checks passed' "$work/out" || fail "console: no final line"
    out=$(timeout 300 "$ttvm" replay "$work/l" <&- 2>&1 >"$work/replay"); st=$?
    [[ $st -eq 0 && $out == *"replay matched"* ]] || fail "the live recording does not replay: $out"
    cmp -s "$work/out" "$work/replay" || fail "console output of the replay differs"
    [[ $fails -eq 0 ]] && echo "ok live: reverse in a live recording, forward into live execution; replays"
    ;;
  write)
    # gdb writes in a live recording: refused in the past, logged as an input
    # at the end of history; the replay repeats it (the guest's result
    # changes: it exits with 1).
    "$ttvm" record -o "$work/w" -bios none -kernel "$elf" --gdb 0 -S <&- >/dev/null 2>"$work/err" &
    port=$(gdb_port "$work/err")
    g=$(timeout 120 gdb-multiarch -nx -batch -ex "target remote :$port" -ex 'break bump' -ex 'continue' -ex 'continue' \
      -ex 'reverse-stepi' -ex 'set var counter = 500' -ex 'stepi' -ex 'set var counter = 1000' -ex 'print counter' \
      -ex 'delete' -ex 'continue' "$elf" 2>&1)
    wait $!
    st=$?
    [[ $g == *"Cannot access memory"* ]] || fail "a write in the past was not refused"
    [[ $g == *'$1 = 1000'* && $g == *"exited with code 01"* ]] || fail "the write at the end of history did not take"
    [[ $st -eq 1 ]] || fail "record exit status $st (the guest sees counter 1000: 1)"
    out=$("$ttvm" replay "$work/w" 2>&1); st=$?
    [[ $st -eq 1 && $out == *"replay matched the recording"* ]] || fail "the replay does not repeat the write: $st $out"
    [[ $("$ttvm" info "$work/w") == *"debugger 1"* ]] || fail "no debugger event in the log"
    [[ $fails -eq 0 ]] && echo "ok write: refused in the past, logged at the end, replayed"
    ;;
  ctrlc)
    # A history long enough (6.7x10^9 instructions, seconds to search even
    # at full speed) that the Ctrl-C surely comes during the search.
    "$ttvm" record -o "$work/l" -bios none -kernel "$build/guest/bench-compute-long.elf" </dev/null >/dev/null 2>&1 ||
      fail "record"
    "$ttvm" replay "$work/l" --goto end --gdb 0 -S <&- >/dev/null 2>"$work/err" &
    port=$(gdb_port "$work/err")
    out=$(timeout 120 python3 "$here/rsp_interrupt.py" "$port" 2>&1); st=$?
    echo "$out"
    [[ $st -eq 0 ]] || fail "Ctrl-C during reverse-continue: $out"
    [[ $fails -eq 0 ]] && echo "ok ctrlc"
    ;;
  *) echo "unknown case $case"; exit 2 ;;
esac
exit $((fails > 0))

#!/usr/bin/env bash
# Checkpoints and goto on the Linux guest (guest/linux, built into build/linux):
#   verify1 / verify2  a recording with console input (shell commands, rng
#                reads, disk writes and reads) and network traffic, -smp 1
#                or 2: `ttvm verify` goes to random points from the end,
#                the start and other points and compares the full state
#                digest with a forward replay's; again with a tiny
#                --tt-memory on a copy without saved checkpoints
#                (checkpoints merged and dropped); the final
#                state matches the recording
#   gdb          gdb-multiarch on a replay: monitor when/goto/bookmark/
#                checkpoints/digest, bad arguments answered and the session
#                going on, the tools/ttvm-gdb.py commands; `replay --goto`
#                lands on the same state
#   live         gdb on `ttvm record -s`: back in time and forward again,
#                then the guest finishes live; the recording replays
# Usage: timetravel_test.sh TTVM LINUX_DIR CASE
set -u
ttvm=$1 dir=$2 case=$3
here=$(cd "$(dirname "$0")" && pwd)
for f in Image initramfs.cpio disk.img vmlinux; do
  [[ -f $dir/$f ]] || { echo "missing $dir/$f: run scripts/setup (builds the Linux guest)"; exit 1; }
done
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; [[ -n ${KEEP:-} ]] || rm -rf "$work"' EXIT
fails=0
fail() { echo "FAIL $case: $*"; fails=$((fails + 1)); }
. "$here/guest_io.sh"

machine() {  # SMP APPEND
  echo -m 256M -smp "$1" -bios default -kernel "$dir/Image" -initrd "$dir/initramfs.cpio" \
    -append "'$2'" -device virtio-rng-device \
    -drive "file=$dir/disk.img,format=raw,if=none,id=d0" -device virtio-blk-device,drive=d0
}
script() {  # OUTFILE PORT
  wait_line 'shell: commands' "$1"
  for c in "echo before the writes" "rng 8" "dwrite 64 first-version" "dread 64"; do
    echo "$c"
    sleep 0.3
  done
  local reply
  if exec 3<>"/dev/tcp/127.0.0.1/$2"; then
    printf 'over the network\n' >&3
    IFS= read -r -t 60 -u 3 reply
    exec 3>&-
    wait_line 'echo: connection 1 closed' "$1"
  fi
  for c in "dwrite 64 second-version" "dread 64" "rng 4" "uptime" "poweroff"; do
    echo "$c"
    sleep 0.3
  done
}
record() {  # NAME SMP
  local rec=$work/$1 port
  port=$(free_port)
  eval "set -- $(machine "$2" "console=ttyS0 ttvm.shell $net_ip")"
  script "$rec.out" "$port" | timeout 300 "$ttvm" record -o "$rec" "$@" \
    -netdev "user,id=n0,hostfwd=tcp:127.0.0.1:$port-:7" -device virtio-net-device,netdev=n0 >"$rec.out" 2>"$rec.err"
}
source "$(dirname "$0")/gdb_port.sh"

case $case in
  verify1 | verify2)
    smp=${case#verify}
    record r "$smp" || fail "record exit status $?: $(tail -2 "$work/r.err")"
    grep -q "disk: sector says 'first-version'" "$work/r.out" || fail "the first disk write was not read back"
    grep -q "disk: sector says 'second-version'" "$work/r.out" || fail "the second disk write was not read back"
    grep -Eq ' [1-9][0-9]* net' "$work/r.err" || fail "no network input was recorded: $(tail -1 "$work/r.err")"
    out=$(timeout 600 "$ttvm" verify "$work/r" --points 12 --seed "$smp" 2>&1); st=$?
    echo "$out"
    [[ $st -eq 0 && $out == *" 0 wrong"* ]] || fail "verify: status $st"
    # Without its saved checkpoints (a recording is valid without them) the
    # first run to the end is new territory, where a tiny budget merges.
    cp -a "$work/r" "$work/r-bare" && rm -rf "$work/r-bare/checkpoints"
    out=$(timeout 600 "$ttvm" verify "$work/r-bare" --points 8 --seed 7 --tt-memory 1M 2>&1); st=$?
    echo "$out"
    [[ $st -eq 0 && $out == *" 0 wrong"* && $out != *" 0 merges"* ]] || fail "verify with --tt-memory 1M: status $st"
    timeout 300 "$ttvm" replay "$work/r" <&- >"$work/r.replay" 2>"$work/r.replayerr" || fail "replay: $(tail -1 "$work/r.replayerr")"
    cmp -s "$work/r.out" "$work/r.replay" || fail "replay console output differs"
    [[ $fails -eq 0 ]] && echo "ok $case"
    ;;
  gdb)
    rec=$work/g
    eval "set -- $(machine 1 console=ttyS0)"
    "$ttvm" record -o "$rec" "$@" </dev/null >"$rec.out" 2>"$rec.err" || fail "record exit status $?"
    end=$(grep -Eo 'recorded [0-9]+ instructions' "$rec.err" | grep -Eo '[0-9]+')
    mid=$((end / 2)) quarter=$((end / 4))
    want_mid=$("$ttvm" replay "$rec" --goto $mid 2>&1 | grep -Eo 'state digest [0-9a-f]+')
    want_q=$("$ttvm" replay "$rec" --goto $quarter 2>&1 | grep -Eo 'state digest [0-9a-f]+')
    "$ttvm" replay "$rec" --gdb 0 -S <&- >"$rec.replay" 2>"$rec.replayerr" &
    port=$(gdb_port "$rec.replayerr")
    g=$(timeout 300 gdb-multiarch -nx -batch -x "$here/../tools/ttvm-gdb.py" -ex "target remote :$port" \
      -ex 'monitor help' -ex 'monitor when' -ex "monitor goto $mid" -ex 'monitor digest' -ex 'monitor bookmark middle' \
      -ex 'monitor goto end' -ex 'monitor when' -ex "monitor goto $quarter" -ex 'monitor digest' \
      -ex 'monitor goto middle' -ex 'monitor digest' -ex 'monitor goto -1000' -ex 'monitor when' \
      -ex 'monitor goto +1000' -ex 'monitor digest' \
      -ex 'monitor goto 99999999999' -ex 'monitor goto nowhere' -ex 'monitor goto' -ex 'monitor bookmark 12' \
      -ex 'monitor checkpoints' -ex "ttvm goto $quarter" -ex 'print/x $pc' -ex 'ttvm when' -ex 'ttvm goto start' \
      -ex 'print/x $pc' -ex 'ttvm goto end' -ex 'detach' "$dir/vmlinux" 2>&1)
    wait $!
    st=$?
    echo "$g" >"$work/gdb.log"
    [[ $st -eq 0 ]] || fail "replay status $st: $(tail -2 "$rec.replayerr")"
    [[ $g == *"goto N|+N|-N|start|end|BOOKMARK"* ]] || fail "monitor help lacks the time-travel commands"
    [[ $g == *"icount 0"*"at the end of history"* ]] || fail "monitor when at the start / the end"
    n=$(grep -c "icount $mid state digest ${want_mid#state digest }" <<<"$g")
    [[ $n -eq 3 ]] || fail "the digest at $mid (from the start, via a bookmark, -1000 +1000) is not the forward replay's ${want_mid} ($n of 3)"
    grep -q "icount $quarter state digest ${want_q#state digest }" <<<"$g" || fail "the digest at $quarter (backwards from the end) is not the forward replay's"
    [[ $g == *"is beyond the end of history"* ]] || fail "goto beyond the end: no clear error"
    [[ $g == *"'nowhere' is neither an icount"* ]] || fail "goto to an unknown bookmark: no clear error"
    [[ $g == *"goto: where to?"* ]] || fail "goto without a point: no clear error"
    [[ $g == *"bookmark name '12'"* ]] || fail "a numeric bookmark name: no clear error"
    [[ $g == *"checkpoints, "*"MiB of"* && $g == *"bookmark middle at icount $mid"* ]] || fail "monitor checkpoints"
    [[ $g == *"start of history: icount 0"* ]] || fail "ttvm when (the gdb script)"
    grep -q '^\$[0-9]* = 0x1000$' <<<"$g" || fail "after 'ttvm goto start' gdb does not show the reset pc 0x1000"
    [[ $fails -eq 0 ]] && echo "ok gdb: monitor when/goto/bookmark/checkpoints/digest and the gdb script"
    ;;
  live)
    rec=$work/l
    eval "set -- $(machine 2 console=ttyS0)"
    "$ttvm" record -o "$rec" "$@" -gdb tcp::0 -S </dev/null >"$rec.out" 2>"$rec.err" &
    port=$(gdb_port "$rec.err")
    g=$(timeout 300 gdb-multiarch -nx -batch -x "$here/../tools/ttvm-gdb.py" -ex "target remote :$port" \
      -ex 'break do_sys_openat2' -ex 'continue' -ex 'continue' -ex 'monitor when' -ex 'monitor bookmark second' \
      -ex 'monitor digest' -ex 'monitor goto -5000000' -ex 'monitor when' -ex 'monitor goto second' -ex 'monitor digest' \
      -ex 'ttvm goto start' -ex 'continue' -ex 'monitor when' -ex 'delete' -ex 'continue' "$dir/vmlinux" 2>&1)
    wait $!
    st=$?
    echo "$g" >"$work/gdb.log"
    [[ $st -eq 0 ]] || fail "record status $st: $(tail -2 "$rec.err")"
    d=$(grep -Eo 'state digest [0-9a-f]+' <<<"$g" | sort -u | wc -l)
    [[ $d -eq 1 ]] || fail "the digest at the bookmark differs after going back and forth ($d digests)"
    [[ $g == *"end of history: icount"*"live execution resumes there"* ]] || fail "monitor when in the past"
    [[ $g == *"exited normally"* ]] || fail "the guest did not finish live: $(tail -3 <<<"$g")"
    grep -q 'ttvm-init: all checks passed' "$rec.out" || fail "the guest's console lacks its final line"
    c=$(grep -c 'ttvm-init: hello from pid 1' "$rec.out")
    [[ $c -eq 1 ]] || fail "console output shown $c times (going back must not repeat it)"
    out=$(timeout 300 "$ttvm" replay "$rec" <&- 2>&1 >"$rec.replay"); st=$?
    [[ $st -eq 0 && $out == *"replay matched the recording"* ]] || fail "replay of the live session: status $st: $out"
    cmp -s "$rec.out" "$rec.replay" || fail "the replay's console output differs from the live session's"
    [[ $fails -eq 0 ]] && echo "ok live: back, forth, then live to the end; the recording replays"
    ;;
  *) echo "unknown case $case"; exit 2 ;;
esac
exit $((fails > 0))

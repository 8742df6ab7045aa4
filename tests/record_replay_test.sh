#!/usr/bin/env bash
# Record and replay of the Linux guest (guest/linux, built into build/linux):
#   smp1 / smp2  scripted console input into our init's shell (including
#                rng reads) and a host client talking to the guest's TCP
#                echo server over hostfwd, replayed three times: the same
#                console output, the same final instruction count and
#                state digest
#   loaded       the same, recorded while two processes burn the host's CPUs
#   damage       a corrupt chunk, a truncated log, a changed kernel, a wrong
#                format version: each its clear message; prefixes replay
#   kill         a recorder killed with SIGKILL leaves a prefix that replays
#   pack         the recording keeps its images: it replays after its disk
#                (a temporary copy) is deleted, from another directory
#                with the kernel moved away; --no-pack says which file is
#                missing, --image points at it, 'ttvm pack' keeps it; a kept
#                image damaged by one byte is refused, naming it; a read of a
#                disk block the recording does not keep is a divergence
#   bigdisk      a 128 MiB disk image the guest reads little of: the
#                recording keeps only what it read (the size is printed)
#   reboot       Linux reboots (the guest resets the board) and powers off
#                after the second boot; the replay matches
#   gdb          gdb-multiarch attached to a replay: a breakpoint in the
#                kernel, a backtrace, writes refused; the replay still matches
#   engines      recorded with one execution engine, replayed with the other
#                (--engine interp/fast), both ways, -smp 1 and 2, with console,
#                rng and network input: the periodic digests, the console
#                output, the final icount and state digest all match
# Usage: record_replay_test.sh TTVM LINUX_DIR CASE
set -u
ttvm=$1 dir=$2 case=$3
for f in Image initramfs.cpio; do
  [[ -f $dir/$f ]] || { echo "missing $dir/$f: run scripts/setup (builds the Linux guest)"; exit 1; }
done
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; [[ -n ${KEEP:-} ]] || rm -rf "$work"' EXIT
fails=0
rec_opts=() replay_opts=()  # extra options of record and replay (the engines case)
fail() { echo "FAIL $case: $*"; fails=$((fails + 1)); }

machine() {  # SMP [KERNEL [APPEND]]
  echo -m 256M -smp "$1" -bios default -kernel "${2:-$dir/Image}" -initrd "$dir/initramfs.cpio" \
    -append "'${3:-console=ttyS0 ttvm.shell}'" -device virtio-rng-device
}
. "$(dirname "$0")/guest_io.sh"
# A client of the guest's echo server: each line must come back.
net_session() {  # PORT RESULTFILE
  local line reply n=0
  exec 3<>"/dev/tcp/127.0.0.1/$1" || { echo "cannot connect" >"$2"; return; }
  for line in "ping over the network" "$(printf 'y%.0s' {1..2000})" "$(head -c 3000 /dev/urandom | base64 -w0)"; do
    printf '%s\n' "$line" >&3
    IFS= read -r -t 60 -u 3 reply && [[ $reply == "$line" ]] && n=$((n + 1))
  done
  exec 3>&-
  echo "$n echoed" >"$2"
}
# The shell commands, once the shell is up (bytes typed before the guest's
# serial driver starts are dropped by it, as on real hardware), paced a
# little so that they arrive at different points of the run; with a port,
# a network session in the middle.
script() {  # OUTFILE [PORT]
  wait_line 'shell: commands' "$1"
  for c in "echo hello from the recording" "rng 8" "cat /etc/ttvm-release"; do
    echo "$c"
    sleep 0.3
  done
  if [[ -n ${2:-} ]]; then
    net_session "$2" "$1.net"
    wait_line 'echo: connection 1 closed' "$1"
  fi
  for c in "uptime" "rng 4" "poweroff"; do
    echo "$c"
    sleep 0.3
  done
}
record() {  # NAME SMP [KERNEL]
  local rec=$work/$1
  eval "set -- $(machine "$2" "${3:-}")"
  script "$rec.out" | timeout 300 "$ttvm" record -o "$rec" "$@" >"$rec.out" 2>"$rec.err"
}
record_net() {  # NAME SMP: the same with a network card and the echo server
  local rec=$work/$1 port
  port=$(free_port)
  eval "set -- $(machine "$2" "$dir/Image" "console=ttyS0 ttvm.shell $net_ip")"
  script "$rec.out" "$port" | timeout 300 "$ttvm" record -o "$rec" "$@" "${rec_opts[@]}" \
    -netdev "user,id=n0,hostfwd=tcp:127.0.0.1:$port-:7" -device virtio-net-device,netdev=n0 >"$rec.out" 2>"$rec.err"
  local st=$?
  grep -q '^3 echoed' "$rec.out.net" 2>/dev/null || fail "$1: the echo server did not echo: $(cat "$rec.out.net" 2>&1)"
  grep -Eq ' [1-9][0-9]* net' "$rec.err" || fail "$1: no network input was recorded: $(tail -1 "$rec.err")"
  return $st
}
summary() {  # the "N instructions ... state digest D" part of a record/replay line
  grep -Eo '[0-9]+ instructions|state digest [0-9a-f]+' "$1" | tr '\n' ' '
}

check_replays() {  # NAME
  local rec=$work/$1
  grep -q 'hello from the recording' "$rec.out" || fail "$1: the shell did not echo (console input not delivered)"
  tr -d '\r' <"$rec.out" | grep -Eq '^[0-9a-f]{16}$' || fail "$1: rng 8 printed no random bytes"
  grep -q 'powering off' "$rec.out" || fail "$1: the guest did not power off"
  local want
  want="$(grep -Eo 'recorded [0-9]+ instructions' "$rec.err" | grep -Eo '[0-9]+') instructions $(grep -Eo 'state digest [0-9a-f]+' "$rec.err")"
  for i in 1 2 3; do
    timeout 300 "$ttvm" replay "$rec" "${replay_opts[@]}" <&- >"$rec.replay$i" 2>"$rec.replayerr$i"
    local st=$?
    [[ $st -eq 0 ]] || { fail "$1: replay $i exit status $st: $(tail -2 "$rec.replayerr$i")"; continue; }
    cmp -s "$rec.out" "$rec.replay$i" || fail "$1: replay $i console output differs from the recording"
    local got
    got=$(summary "$rec.replayerr$i")
    [[ "$got" == "$want " ]] || fail "$1: replay $i ended with '$got', the recording with '$want'"
  done
  [[ $fails -eq 0 ]] && echo "ok $1: 3 replays matched ($want)"
}

case $case in
  engines)
    runs=("interp fast 1" "fast interp 2")
    # The jit engine where the build has it, against the reference both ways.
    if [[ $("$ttvm" run --engine jit -bios none -kernel /dev/null 2>&1) != *"--engine jit"* ]]; then
      runs+=("jit interp 2" "interp jit 1")
    fi
    for run in "${runs[@]}"; do
      read -r from to smp <<<"$run"
      rec_opts=(--engine "$from") replay_opts=(--engine "$to")
      name=$from-to-$to-smp$smp
      record_net "$name" "$smp" || fail "record exit status $?: $(tail -2 "$work/$name.err")"
      check_replays "$name"
    done
    ;;
  smp1 | smp2)
    record_net $case ${case#smp} || fail "record exit status $?: $(tail -2 "$work/$case.err")"
    check_replays $case
    ;;
  loaded)
    for _ in 1 2; do (while :; do :; done) & done
    record_net loaded 2 || fail "record exit status $?"
    kill $(jobs -p) 2>/dev/null
    check_replays loaded
    ;;
  damage)
    cp "$dir/Image" "$work/Image"
    record good 1 "$work/Image" || fail "record exit status $?"
    log=$work/good/events.log
    size=$(stat -c %s "$log")
    # A changed kernel: the recording's own copy replays; without it (as
    # recorded with --no-pack) the change is refused, naming the file.
    cp -r "$work/good" "$work/kern"
    rm -r "$work/kern/images"
    printf '\x55' | dd of="$work/Image" bs=1 seek=4096 conv=notrunc status=none
    out=$("$ttvm" replay "$work/good" <&- 2>&1 >/dev/null); st=$?
    [[ $st -eq 0 && $out == *"replay matched the recording"* ]] || fail "changed kernel, kept copy: status $st, '$out'"
    out=$("$ttvm" replay "$work/kern" 2>&1); st=$?
    [[ $st -eq 2 && $out == *"$work/Image: the kernel image differs from the one recorded"* ]] ||
      fail "changed kernel: status $st, '$out'"
    cp "$dir/Image" "$work/Image"
    # One corrupt byte in the middle of the log: the chunk is named, the
    # chunks before it replay.
    cp -r "$work/good" "$work/corrupt"
    off=$((size / 2))
    byte=$(od -An -tu1 -j $off -N1 "$work/corrupt/events.log" | tr -d ' ')
    printf "\\x$(printf %02x $((255 - byte)))" | dd of="$work/corrupt/events.log" bs=1 seek=$off conv=notrunc status=none
    cmp -s "$work/good/events.log" "$work/corrupt/events.log" && fail "corrupt byte: the byte did not change"
    out=$("$ttvm" replay "$work/corrupt" 2>&1 >/dev/null); st=$?
    [[ $st -eq 0 && $out == *"events.log: chunk "*" at offset "*"replayed the "*" events before it, to icount"* ]] ||
      fail "corrupt byte: status $st, '$out'"
    [[ $out == *"checksum mismatch"* || $out == *"bad chunk header"* ]] || fail "corrupt byte: no reason given: '$out'"
    # A truncated log replays its prefix.
    cp -r "$work/good" "$work/trunc"
    truncate -s $((size - 10)) "$work/trunc/events.log"
    out=$("$ttvm" replay "$work/trunc" 2>&1 >"$work/trunc.out"); st=$?
    [[ $st -eq 0 && $out == *"truncated"*"replayed the "* ]] || fail "truncated log: status $st, '$out'"
    head -c "$(stat -c %s "$work/trunc.out")" "$work/good.out" | cmp -s - "$work/trunc.out" ||
      fail "truncated log: the prefix's console output is not a prefix of the recording's"
    grep -q 'ttvm-init: hello from pid 1' "$work/trunc.out" || fail "truncated log: the prefix replayed too little"
    # A recording of another format version is refused clearly.
    cp -r "$work/good" "$work/ver"
    sed -i '1s/.*/ttvm-recording 99/' "$work/ver/manifest"
    out=$("$ttvm" replay "$work/ver" 2>&1); st=$?
    [[ $st -eq 2 && $out == *"manifest:1: recording format version 99, this ttvm reads version 2"* ]] ||
      fail "wrong version: status $st, '$out'"
    # A replay that goes astray (here: another RTC epoch than recorded)
    # stops at the first digest that differs, naming its icount.
    cp -r "$work/good" "$work/astray"
    sed -i 's/^epoch_ns .*/epoch_ns 1000000000000000000/' "$work/astray/manifest"
    out=$("$ttvm" replay "$work/astray" 2>&1 >/dev/null); st=$?
    [[ $st -eq 3 && $out == *"replay diverged from the recording at icount "*": device.rtc: recorded 0x"* ]] ||
      fail "divergence: status $st, '$out'"
    [[ $fails -eq 0 ]] && echo "ok damage: changed kernel, corrupt byte, truncated log, wrong version, divergence"
    ;;
  kill)
    rec=$work/killed
    eval "set -- $(machine 1)"
    (until grep -q 'shell: commands' "$rec.out" 2>/dev/null; do sleep 0.1; done
      echo "echo before the kill"; sleep 60) | "$ttvm" record -o "$rec" "$@" >"$rec.out" 2>"$rec.err" &
    for _ in $(seq 600); do
      grep -q 'before the kill' "$rec.out" 2>/dev/null && break
      sleep 0.1
    done
    sleep 2
    pkill -KILL -f "record -o $rec" || fail "no recorder to kill"
    wait 2>/dev/null
    grep -q 'before the kill' "$rec.out" || fail "the recorder never got its input"
    out=$(timeout 300 "$ttvm" replay "$rec" <&- 2>&1 >"$rec.replay"); st=$?
    [[ $st -eq 0 && $out == *"without the recorder's end event"*"replayed the "* ]] || fail "killed: status $st, '$out'"
    grep -q 'before the kill' "$rec.replay" || fail "the replayed prefix lacks the input given before the kill"
    # The recorder's last partial line died with it: compare what both have.
    n=$(stat -c %s "$rec.out")
    head -c "$n" "$rec.replay" | cmp -s - "$rec.out" ||
      fail "the replayed prefix's console output differs from the recording's"
    # gdb on the prefix: continue stops where the history ends.
    "$ttvm" replay "$rec" -gdb tcp::0 -S <&- >/dev/null 2>"$rec.gdberr" &
    port=
    for _ in $(seq 100); do
      port=$(grep -Eo 'listening on 127.0.0.1:[0-9]+' "$rec.gdberr" | grep -Eo '[0-9]+$') && break
      sleep 0.1
    done
    g=$(timeout 120 gdb-multiarch -nx -batch -ex "target remote :$port" -ex continue -ex detach "$dir/vmlinux" 2>&1)
    wait $!
    st=$?
    [[ $g == *"No more reverse-execution history"* ]] || fail "gdb on the prefix: no end-of-history stop: $g"
    [[ $st -eq 0 ]] || fail "gdb on the prefix: replay status $st: $(tail -2 "$rec.gdberr")"
    [[ $fails -eq 0 ]] && echo "ok kill: $(echo "$out" | tail -1); gdb stops at the end of the history"
    ;;
  gdb)
    rec=$work/g
    eval "set -- $(machine 1 "$dir/Image" console=ttyS0)"
    "$ttvm" record -o "$rec" "$@" </dev/null >"$rec.out" 2>"$rec.err" || fail "record exit status $?"
    "$ttvm" replay "$rec" -gdb tcp::0 -S <&- >"$rec.replay" 2>"$rec.replayerr" &
    port=
    for _ in $(seq 100); do
      port=$(grep -Eo 'listening on 127.0.0.1:[0-9]+' "$rec.replayerr" | grep -Eo '[0-9]+$') && break
      sleep 0.1
    done
    [[ -n $port ]] || fail "the replay's gdb server did not start: $(cat "$rec.replayerr")"
    out=$(timeout 120 gdb-multiarch -nx -batch -ex "target remote :$port" -ex 'break do_sys_openat2' -ex continue \
      -ex bt -ex 'set var $a0 = 5' -ex 'p $a0 == 5' -ex detach "$dir/vmlinux" 2>&1)
    wait $!
    st=$?
    [[ $out == *"Breakpoint 1, do_sys_openat2"* ]] || fail "no stop at do_sys_openat2: $out"
    [[ $out == *"handle_exception"* ]] || fail "no backtrace to the trap entry: $out"
    [[ $out == *"Could not write register"* && $out == *"= 0"* ]] || fail "a register write was not refused: $out"
    [[ $st -eq 0 ]] && grep -q 'replay matched the recording' "$rec.replayerr" ||
      fail "the replay under gdb did not match: status $st, $(tail -2 "$rec.replayerr")"
    cmp -s "$rec.out" "$rec.replay" || fail "console output under gdb differs from the recording"
    [[ $fails -eq 0 ]] && echo "ok gdb: break, bt, refused write, detach; replay matched"
    ;;
  reboot)
    rec=$work/reboot
    eval "set -- $(machine 1)"
    (for n in 1 2; do
      for _ in $(seq 600); do
        (($(tr -d '\r' <"$rec.out" 2>/dev/null | grep -c 'shell: commands') >= n)) && break
        sleep 0.1
      done
      if ((n == 1)); then echo reboot; else echo poweroff; fi
    done) | timeout 300 "$ttvm" record -o "$rec" "$@" >"$rec.out" 2>"$rec.err" || fail "record exit status $?"
    (($(grep -c 'ttvm-init: hello from pid 1' "$rec.out") == 2)) || fail "Linux did not boot twice: $(tail -5 "$rec.out")"
    grep -q 'reboot: Restarting system' "$rec.out" || fail "no 'Restarting system'"
    timeout 300 "$ttvm" replay "$rec" <&- >"$rec.replay" 2>"$rec.replayerr"
    st=$?
    [[ $st -eq 0 ]] && grep -q 'replay matched the recording' "$rec.replayerr" || fail "replay: status $st, $(tail -2 "$rec.replayerr")"
    cmp -s "$rec.out" "$rec.replay" || fail "the replay's console output differs"
    [[ $fails -eq 0 ]] && echo "ok reboot: booted twice, replay matched"
    ;;
  pack)
    # The kernel and a disk that are temporary copies (a test harness's
    # pristine image, copied for the run).
    cp "$dir/Image" "$work/Image"
    cp "$dir/disk.img" "$work/disk-tmp.img"
    disk=(-drive "file=$work/disk-tmp.img,format=raw,if=none,id=d0" -device virtio-blk-device,drive=d0)
    eval "set -- $(machine 1 "$work/Image")"
    rec=$work/packed
    script "$rec.out" | timeout 300 "$ttvm" record -o "$rec" "$@" "${disk[@]}" >"$rec.out" 2>"$rec.err" ||
      fail "record exit status $?: $(tail -2 "$rec.err")"
    script "$work/bare.out" | timeout 300 "$ttvm" record --no-pack -o "$work/bare" "$@" "${disk[@]}" \
      >"$work/bare.out" 2>"$work/bare.err" || fail "record --no-pack exit status $?: $(tail -2 "$work/bare.err")"
    grep -q '/dev/vda: read sector 0' "$rec.out" || fail "the guest did not read its disk: $(grep vda "$rec.out")"
    grep -E 'images: ' "$rec.err"
    replay_ok() {  # NAME REC [ARGS]: the replay matches REC's recording in output and end
      local name=$1 r=$2 want
      shift 2
      want="$(grep -Eo 'recorded [0-9]+ instructions' "$r.err" | grep -Eo '[0-9]+') instructions $(grep -Eo 'state digest [0-9a-f]+' "$r.err")"
      timeout 300 "$ttvm" replay "$r" "$@" <&- >"$work/$name.replay" 2>"$work/$name.replayerr"
      local st=$?
      [[ $st -eq 0 ]] || { fail "$name: replay exit status $st: $(tail -2 "$work/$name.replayerr")"; return; }
      cmp -s "$r.out" "$work/$name.replay" || fail "$name: the replay's console output differs from the recording"
      [[ "$(summary "$work/$name.replayerr")" == "$want " ]] ||
        fail "$name: replay ended with '$(summary "$work/$name.replayerr")', the recording with '$want'"
    }
    # The disk copy is gone: the recording has what the guest read of it.
    rm "$work/disk-tmp.img"
    replay_ok deleted-disk "$rec"
    # As another machine would have it: another directory, the kernel gone.
    mkdir "$work/other"
    cp -r "$rec" "$work/other/"
    mv "$work/Image" "$work/Image.away"
    cp "$rec.out" "$work/other/packed.out"
    cp "$rec.err" "$work/other/packed.err"
    replay_ok other "$work/other/packed"
    # --no-pack kept nothing: the missing file is named, and --image finds it.
    out=$("$ttvm" replay "$work/bare" 2>&1); st=$?
    [[ $st -eq 2 && $out == *"the kernel image $work/Image of $work/bare"*"$work/Image: cannot read the kernel image: No such file or directory"*"--image kernel=PATH"* ]] ||
      fail "--no-pack, kernel gone: status $st, '$out'"
    out=$("$ttvm" replay "$work/bare" --image "kernel=$work/Image.away" 2>&1); st=$?
    [[ $st -eq 2 && $out == *"the drive image $work/disk-tmp.img of $work/bare"*"No such file or directory"* ]] ||
      fail "--no-pack, disk gone: status $st, '$out'"
    replay_ok moved "$work/bare" --image "kernel=$work/Image.away" --image "drive=$dir/disk.img"
    "$ttvm" pack "$work/bare" --image "kernel=$work/Image.away" --image "drive=$dir/disk.img" >"$work/pack.out" 2>&1 ||
      fail "pack: $(cat "$work/pack.out")"
    replay_ok packed-later "$work/bare"
    # Kept images damaged by one byte: refused, naming the file.
    kern=$work/other/packed/images/$(grep '^image kernel ' "$rec/manifest" | cut -d' ' -f4)
    cp -r "$work/other/packed" "$work/other/blk"
    chmod u+w "$kern"
    printf '\x55' | dd of="$kern" bs=1 seek=8192 conv=notrunc status=none
    out=$("$ttvm" replay "$work/other/packed" 2>&1); st=$?
    [[ $st -eq 2 && $out == *"$kern: the kept kernel image is damaged"* ]] || fail "damaged kept kernel: status $st, '$out'"
    blk=$(find "$work/other/blk/images" -name '*.blocks')
    chmod u+w "$blk"
    off=$(($(stat -c %s "$blk") / 2))
    byte=$(od -An -tu1 -j $off -N1 "$blk" | tr -d ' ')
    printf "\\x$(printf %02x $((255 - byte)))" | dd of="$blk" bs=1 seek=$off conv=notrunc status=none
    out=$("$ttvm" replay "$work/other/blk" 2>&1); st=$?
    [[ $st -eq 2 && $out == *"$blk: "*"damaged"* ]] || fail "damaged kept disk blocks: status $st, '$out'"
    # A replay that reads a disk block the recording does not hold has left
    # the recording: here the kept blocks are swapped for those of a run of
    # the same disk that read none (a tiny program that powers off).
    printf '\x37\x05\x10\x00\xb7\x35\x07\x00\x93\x85\x35\x33\x23\x20\xb5\x00\x6f\x00\x00\x00' >"$work/off.bin"
    cp "$dir/disk.img" "$work/disk-tmp.img"
    "$ttvm" record -o "$work/none" -bios none -kernel "$work/off.bin" "${disk[@]}" >/dev/null 2>&1
    rm "$work/disk-tmp.img"
    cp -r "$rec" "$work/swapped"
    blk=$(find "$work/swapped/images" -name '*.blocks')
    cp -f "$work/none/images/$(basename "$blk")" "$blk" || fail "the two recordings' disks differ"
    out=$("$ttvm" replay "$work/swapped" 2>&1 >/dev/null); st=$?
    [[ $st -eq 3 && $out == *"replay diverged from the recording at icount "*": $blk: the guest read block 0 "*"which the recording does not hold"* ]] ||
      fail "unkept block: status $st, '$out'"
    "$ttvm" info "$work/other/packed" | grep -E '^image|^ +kept|^images'
    [[ $fails -eq 0 ]] && echo "ok pack: replays without the disk copy, from elsewhere without the kernel; --no-pack names the missing file; --image; pack; damage refused; an unkept block read is a divergence"
    ;;
  bigdisk)
    # A 128 MiB disk: the first sector of our guest's disk (the signature
    # init checks), then random bytes, which no compression shrinks; Linux
    # and init read the first blocks.
    { head -c 512 "$dir/disk.img"; head -c $(((128 << 20) - 512)) /dev/urandom; } >"$work/big.img"
    rec=$work/big
    eval "set -- $(machine 1 "$dir/Image" console=ttyS0)"
    timeout 300 "$ttvm" record -o "$rec" "$@" -drive "file=$work/big.img,format=raw,if=virtio" </dev/null \
      >"$rec.out" 2>"$rec.err" || fail "record exit status $?: $(tail -2 "$rec.err")"
    grep -q '/dev/vda: read sector 0' "$rec.out" || fail "the guest did not read its disk"
    blocks=$(find "$rec/images" -name '*.blocks')
    bytes=$(stat -c %s "$blocks")
    total=$(du -sb "$rec" | cut -f1)
    kept=$(grep -Eo 'drive [0-9]+ of [0-9]+ blocks read' "$rec.err")
    echo "bigdisk: 128 MiB disk image, $kept; its blocks take $bytes bytes; the whole recording $total bytes (kernel, initrd and firmware kept whole: $(du -sb "$rec/images" | cut -f1) bytes of images; log $(stat -c %s "$rec/events.log") bytes)"
    ((bytes < 2 << 20)) || fail "the kept blocks of a barely read 128 MiB disk take $bytes bytes"
    rm "$work/big.img"
    timeout 300 "$ttvm" replay "$rec" <&- >"$rec.replay" 2>"$rec.replayerr"
    st=$?
    [[ $st -eq 0 ]] && grep -q 'replay matched the recording' "$rec.replayerr" || fail "replay: status $st, $(tail -2 "$rec.replayerr")"
    cmp -s "$rec.out" "$rec.replay" || fail "the replay's console output differs"
    [[ $fails -eq 0 ]] && echo "ok bigdisk: $bytes bytes of disk blocks kept; replay without the image matched"
    ;;
  *) echo "unknown case $case"; exit 2 ;;
esac
exit $((fails > 0))

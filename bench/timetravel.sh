#!/usr/bin/env bash
# Time-travel benchmark: checkpoints, goto and reverse execution, printed
# in one run.
#   1. the Linux boot (-smp 1, disk, rng) and a long Linux workload (init's
#      `work N`: computation, a disk write and a console line a round; the
#      default N=550 is about 5x10^9 instructions): record time with and
#      without checkpoints (medians), the saved checkpoints' size, and
#      `ttvm verify`'s goto latencies (random points from the end, the
#      start and elsewhere; from the end to 1%, 50%, 99%) and checkpoint
#      memory
#   2. reverse execution through gdb-multiarch (bench/reverse_bench.py
#      times each command): at a breakpoint late in the Linux boot and at
#      the end of guest/bench/history_long.c (~9x10^8 instructions):
#      reverse-stepi, reverse-step, reverse-next, reverse-finish, and
#      watch + reverse-continue to a write ~10^8 and ~10^9 instructions back
# Usage: bench/timetravel.sh [ROUNDS] [RUNS]   (RUNS: record runs for medians, default 3)
set -uo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-550} runs=${2:-3}
ttvm=build/ttvm lin=build/linux
[[ -x $ttvm && -f $lin/Image ]] || { echo "build first: scripts/setup" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
. tests/guest_io.sh
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
machine=(-m 256M -smp 1 -bios default -kernel "$lin/Image" -initrd "$lin/initramfs.cpio"
  -drive "file=$lin/disk.img,format=raw,if=none,id=d0" -device virtio-blk-device,drive=d0 -device virtio-rng-device)

record_boot() {  # DIR [record options]
  local d=$1; shift
  /usr/bin/time -f '%e %U %S' -o "$d.time" "$ttvm" record -o "$d" "$@" "${machine[@]}" -append console=ttyS0 </dev/null \
    >/dev/null 2>"$d.err"
}
record_work() {  # DIR [record options]
  local d=$1; shift
  (wait_line 'shell: commands' "$d.out"; echo "work $rounds"; wait_line "work: round $((rounds - 1))$" "$d.out"
    echo poweroff) | /usr/bin/time -f '%e %U %S' -o "$d.time" "$ttvm" record -o "$d" "$@" "${machine[@]}" \
    -append "console=ttyS0 ttvm.shell" >"$d.out" 2>"$d.err"
}
report() {  # NAME RECORDER
  local name=$1 rec=$2 with=() without=() wwith=() wwithout=()
  # CPU time (user + system) is the cost; wall time also holds idle pacing
  # (the guest waits for console input at the wall clock's pace).
  cpu() { awk '{print $2 + $3}' "$1"; }
  for ((i = 0; i < runs; i++)); do
    $rec "$work/$name-n$i" --no-checkpoints; without+=("$(cpu "$work/$name-n$i.time")"); wwithout+=("$(cut -d' ' -f1 "$work/$name-n$i.time")")
    $rec "$work/$name$i"; with+=("$(cpu "$work/$name$i.time")"); wwith+=("$(cut -d' ' -f1 "$work/$name$i.time")")
  done
  local a b insns secs
  a=$(printf '%s\n' "${without[@]}" | median) b=$(printf '%s\n' "${with[@]}" | median)
  insns=$(grep -Eo 'recorded [0-9]+' "$work/${name}0.err" | grep -Eo '[0-9]+')
  secs=$(grep -Eo '\(([0-9.]+) guest s\)' "$work/${name}0.err" | grep -Eo '[0-9.]+')
  echo "== $name: $insns instructions, $secs guest s"
  echo "record wall time without checkpoints $(printf '%s\n' "${wwithout[@]}" | median) s, with $(printf '%s\n' "${wwith[@]}" | median) s"
  echo "record CPU time without checkpoints ${a} s, with ${b} s (median of $runs): ratio $(echo "scale=3; $b / $a" | bc)"
  "$ttvm" info "$work/${name}0" | grep -E '^checkpoints'
  echo "saved checkpoints on disk: $(du -sb "$work/${name}0/checkpoints" | cut -f1) bytes"
  "$ttvm" verify "$work/${name}0" --points 20 | sed 's/^/  /'
  "$ttvm" verify "$work/${name}0" --points 10 --seed 2 --tt-memory 64M | sed -n '1p;/after the first/p' | sed 's/^/  64M budget: /'
}

report boot record_boot
report work record_work

echo "== reverse execution (gdb-multiarch)"
rev() {  # NAME ELF REC GDB-ARGS...
  local name=$1 elf=$2 rec=$3; shift 3
  "$ttvm" replay "$rec" --goto end --gdb 0 -S <&- >/dev/null 2>"$work/$name.gdberr" &
  local port=
  for _ in $(seq 300); do
    port=$(grep -Eo 'listening on 127.0.0.1:[0-9]+' "$work/$name.gdberr" | grep -Eo '[0-9]+$') && break
    sleep 0.1
  done
  timeout 900 gdb-multiarch -nx -batch -ex "target remote :$port" "$@" -x bench/reverse_bench.py "$elf" 2>&1 |
    awk -v n="$name" '/^bench:/ {sub(/^bench:/, "  " n ":"); print; next}
      /^bench-icount before/ {getline; b = $1; next}
      /^bench-icount after/ {getline; printf "  %s:   (%d instructions back)\n", n, b - $1}'
  kill %% 2>/dev/null; wait 2>/dev/null
}
"$ttvm" record -o "$work/hist" -bios none -kernel build/guest/bench-history.elf >/dev/null 2>&1
BENCH_WATCH="mark_late mark_early" rev history build/guest/bench-history.elf "$work/hist" -ex 'monitor goto -5000'
BENCH_WATCH=jiffies rev linux-boot "$lin/vmlinux" "$work/boot0" -ex 'monitor goto -2000000'

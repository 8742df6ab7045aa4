#!/usr/bin/env bash
# CPU benchmark: runs the compute-bound guest program guest/bench/compute.c
# (integer arithmetic, sorting, CRC, matrix multiply) on ttvm and on
# qemu-system-riscv64 -M spike (TCG) in the same run, several times each,
# and prints median wall times, guest MIPS for both and the ratio. Both run
# the same ELF; ttvm counts its instructions exactly, and that count is used
# for QEMU's MIPS too. Usage: bench/cpu.sh [runs] (default 5)
# BENCH_REPLAY=1 also records the program and replays the recording (runs
# times each) and prints record and replay medians and replay MIPS.
set -euo pipefail
# TTVM_ENGINE=interp|fast|jit picks ttvm's engine (default: its default).
cd "$(dirname "$0")/.."
runs=${1:-5}
ttvm=build/ttvm
# BENCH_LONG=1: the 6.7x10^9-instruction build (QEMU's start-up is noise).
elf=build/guest/bench-compute${BENCH_LONG:+-long}.elf
[[ -x $ttvm && -f $elf ]] || { echo "build first: scripts/setup" >&2; exit 1; }

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now() { date +%s.%N; }

expected=$($ttvm run ${TTVM_ENGINE:+--engine $TTVM_ENGINE} -bios none -kernel $elf 2>/dev/null)
icount=$($ttvm run ${TTVM_ENGINE:+--engine $TTVM_ENGINE} -bios none -kernel $elf --stats 2>&1 >/dev/null | awk '/instructions/ {print $2}')

ttvm_times=(); qemu_times=()
for ((i = 0; i < runs; i++)); do
  t0=$(now); out=$($ttvm run ${TTVM_ENGINE:+--engine $TTVM_ENGINE} -bios none -kernel $elf); t1=$(now)
  [[ $out == "$expected" ]] || { echo "ttvm output differs: $out" >&2; exit 1; }
  ttvm_times+=("$(echo "$t1 - $t0" | bc -l)")
  if command -v qemu-system-riscv64 >/dev/null; then
    t0=$(now); out=$(qemu-system-riscv64 -M spike -bios none -nographic -kernel $elf); t1=$(now)
    [[ $(echo "$out" | tr -d '\r') == "$expected" ]] || { echo "qemu output differs: $out" >&2; exit 1; }
    qemu_times+=("$(echo "$t1 - $t0" | bc -l)")
  fi
done

tt=$(printf '%s\n' "${ttvm_times[@]}" | median)
printf 'guest instructions: %d (checksum %s)\n' "$icount" "$expected"
printf 'ttvm: median %.3f s over %d runs: %.1f MIPS\n' "$tt" "$runs" "$(echo "$icount / $tt / 1000000" | bc -l)"
if ((${#qemu_times[@]})); then
  qt=$(printf '%s\n' "${qemu_times[@]}" | median)
  printf 'qemu: median %.3f s over %d runs: %.1f MIPS (qemu-system-riscv64 -M spike, TCG; includes its start-up)\n' \
    "$qt" "$runs" "$(echo "$icount / $qt / 1000000" | bc -l)"
  printf 'ratio ttvm/qemu speed: %.2f\n' "$(echo "$qt / $tt" | bc -l)"
fi

if [[ -n ${BENCH_REPLAY:-} ]]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  rec_times=(); rep_times=()
  for ((i = 0; i < runs; i++)); do
    rm -rf "$work/rec"
    t0=$(now); out=$($ttvm record -o "$work/rec" ${TTVM_ENGINE:+--engine $TTVM_ENGINE} -bios none -kernel $elf 2>/dev/null); t1=$(now)
    [[ $out == "$expected" ]] || { echo "ttvm record output differs: $out" >&2; exit 1; }
    rec_times+=("$(echo "$t1 - $t0" | bc -l)")
    t0=$(now); out=$($ttvm replay "$work/rec" ${TTVM_ENGINE:+--engine $TTVM_ENGINE} 2>/dev/null); t1=$(now)
    [[ $out == "$expected" ]] || { echo "ttvm replay output differs: $out" >&2; exit 1; }
    rep_times+=("$(echo "$t1 - $t0" | bc -l)")
  done
  rt=$(printf '%s\n' "${rec_times[@]}" | median)
  pt=$(printf '%s\n' "${rep_times[@]}" | median)
  printf 'ttvm record: median %.3f s (record/run %.3f); replay: median %.3f s (replay/record %.3f): %.1f MIPS\n' \
    "$rt" "$(echo "$rt / $tt" | bc -l)" "$pt" "$(echo "$pt / $rt" | bc -l)" "$(echo "$icount / $pt / 1000000" | bc -l)"
fi

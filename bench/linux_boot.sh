#!/usr/bin/env bash
# Linux boot benchmark: boots the default guest (OpenSBI + our kernel and
# init, to power-off) on ttvm and on qemu-system-riscv64 -M virt
# with the same kernel, initramfs and disk, several runs each, and prints the
# median wall times, ttvm's guest instruction count and MIPS, and the ratio.
# Usage: bench/linux_boot.sh [runs [harts]] (default 5 runs, -smp 1).
# Needs scripts/setup first.
set -euo pipefail
# TTVM_ENGINE=interp|fast|jit picks ttvm's engine (default: its default).
cd "$(dirname "$0")/.."
runs=${1:-5}
harts=${2:-1}
dir=build/linux
[[ -x build/ttvm && -f $dir/Image ]] || { echo "build first: scripts/setup" >&2; exit 1; }
args=(-m 256M -smp $harts -nographic -bios default -kernel $dir/Image -initrd $dir/initramfs.cpio -append console=ttyS0
  -drive file=$dir/disk.img,format=raw,if=none,id=d0 -device virtio-blk-device,drive=d0 -device virtio-rng-device)
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now() { date +%s.%N; }

icount=$(build/ttvm run ${TTVM_ENGINE:+--engine $TTVM_ENGINE} "${args[@]}" --stats </dev/null 2>&1 >/dev/null | awk '/instructions in/ {print $2}')
tt=(); qt=()
for ((i = 0; i < runs; i++)); do
  t0=$(now); out=$(build/ttvm run ${TTVM_ENGINE:+--engine $TTVM_ENGINE} "${args[@]}" </dev/null); t1=$(now)
  grep -q 'all checks passed' <<<"$out" || { echo "ttvm boot failed" >&2; exit 1; }
  tt+=("$(echo "$t1 - $t0" | bc -l)")
  if command -v qemu-system-riscv64 >/dev/null; then
    t0=$(now); out=$(qemu-system-riscv64 -M virt -snapshot "${args[@]}" </dev/null); t1=$(now)
    grep -q 'all checks passed' <<<"$out" || { echo "qemu boot failed" >&2; exit 1; }
    qt+=("$(echo "$t1 - $t0" | bc -l)")
  fi
done
t=$(printf '%s\n' "${tt[@]}" | median)
printf 'ttvm (engine %s, -smp %d): boot to power-off, median %.3f s over %d runs; %d guest instructions: %.1f MIPS\n' "${TTVM_ENGINE:-default}" "$harts" "$t" "$runs" "$icount" \
  "$(echo "$icount / $t / 1000000" | bc -l)"
if ((${#qt[@]})); then
  q=$(printf '%s\n' "${qt[@]}" | median)
  printf 'qemu: boot to power-off, median %.3f s over %d runs (-M virt, TCG)\n' "$q" "$runs"
  printf 'ratio ttvm/qemu time: %.2f\n' "$(echo "$t / $q" | bc -l)"
fi

#!/bin/bash
# Boots the ttvm Linux guest on QEMU, the reference board, and checks that
# /init reaches "ttvm-init: all checks passed" and powers off (QEMU exits 0):
# -smp 1 and 2, with QEMU's own OpenSBI (-bios default) and with Debian's
# opensbi fw_jump (the firmware ttvm uses), with the plain and the gzipped
# initramfs; every boot with a user network card (ip= on the command line),
# where init must start its echo server.  Builds the guest first
# (guest/linux/build.sh, cached).  tests/linux_net_test.sh talks to the
# echo server through hostfwd.
#
#   guest/linux/check-qemu.sh [OUTDIR]      # ends with "N passed, N failed"
#
# Env: QEMU (default qemu-system-riscv64), TIMEOUT (seconds per boot, 120).
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
qemu=${QEMU:-qemu-system-riscv64}
timeout=${TIMEOUT:-120}
fw_jump=/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin

eval "$("$here/build.sh" "$@")" || { echo "guest/linux/build.sh failed" >&2; exit 1; }
command -v "$qemu" >/dev/null || { echo "$qemu not found (apt-get install qemu-system-misc)" >&2; exit 1; }
[ -e "$fw_jump" ] || { echo "$fw_jump not found (apt-get install opensbi)" >&2; exit 1; }

ip=ip=10.0.2.15::10.0.2.2:255.255.255.0::eth0:off
net=(-netdev user,id=n0 -device virtio-net-device,netdev=n0)
logdir=$(mktemp -d)
trap 'rm -rf "$logdir"' EXIT
passed=0 failed=0
run() { # name bios smp initrd
  local name=$1 bios=$2 smp=$3 initrd=$4 log=$logdir/$1.log
  local cmd=("$qemu" -M virt -m 256M -smp "$smp" -nographic -bios "$bios"
    -kernel "$TTVM_LINUX_IMAGE" -initrd "$initrd" -append "console=ttyS0 $ip"
    -drive "file=$TTVM_LINUX_DISK,format=raw,if=none,id=d0,readonly=on"
    -device virtio-blk-device,drive=d0 -device virtio-rng-device "${net[@]}")
  local t0 t1 rc
  t0=$(date +%s%N)
  timeout "$timeout" "${cmd[@]}" </dev/null >"$log" 2>&1
  rc=$?
  t1=$(date +%s%N)
  local wall up
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
  up=$(sed -n 's/^ttvm-init: uptime \([0-9.]*\).*/\1/p' "$log" | tr -d '\r')
  if [ $rc = 0 ] && grep -q '^ttvm-init: all checks passed' "$log" &&
     grep -q '^ttvm-init: /dev/vda: read sector 0: TTVM-DISK-SIGNATURE' "$log" &&
     grep -q '^ttvm-init: /dev/hwrng: got 16 bytes' "$log" &&
     grep -q '^ttvm-init: echo: listening on tcp port 7' "$log"; then
    passed=$((passed + 1))
    echo "PASS $name: qemu exit 0, wall ${wall} s, guest uptime at the final line ${up:-?} s"
  else
    failed=$((failed + 1))
    echo "FAIL $name: qemu exit $rc, wall ${wall} s; command: ${cmd[*]}"
    tail -25 "$log" | sed 's/^/    /'
  fi
}
# The ttvm.shell loop, driven through the console: each command is sent
# once the prompt count says the previous one is done.
run_shell() {
  local name=fw_jump-smp2-shell log=$logdir/shell.log fifo=$logdir/in
  mkfifo "$fifo"
  timeout "$timeout" "$qemu" -M virt -m 256M -smp 2 -nographic -bios "$fw_jump" \
    -kernel "$TTVM_LINUX_IMAGE" -initrd "$TTVM_LINUX_INITRAMFS" \
    -append "console=ttyS0 ttvm.shell $ip" \
    -drive "file=$TTVM_LINUX_DISK,format=raw,if=none,id=d0,readonly=on" \
    -device virtio-blk-device,drive=d0 -device virtio-rng-device "${net[@]}" <"$fifo" >"$log" 2>&1 &
  local qpid=$! n=0 ok=1
  exec 5>"$fifo"
  for c in "echo hello from the ttvm shell" "cat /etc/ttvm-release" "ls /" "rng 8" "poweroff"; do
    n=$((n + 1))
    local deadline=$(( $(date +%s) + timeout ))
    until [ "$(grep -o 'ttvm# ' "$log" | wc -l)" -ge $n ]; do
      [ "$(date +%s)" -lt $deadline ] && kill -0 $qpid 2>/dev/null || { ok=0; break 2; }
      sleep 0.1
    done
    printf '%s\n' "$c" >&5
  done
  exec 5>&-
  wait $qpid
  local rc=$?
  tr -d '\r' <"$log" >"$log.txt"
  if [ $ok = 1 ] && [ $rc = 0 ] && grep -qx 'hello from the ttvm shell' "$log.txt" &&
     grep -qx 'ttvm linux guest' "$log.txt" && grep -qx 'init' "$log.txt" &&
     grep -qE '^(ttvm# )?[0-9a-f]{16}$' "$log.txt"; then
    passed=$((passed + 1))
    echo "PASS $name: echo, cat, ls, rng, poweroff through the console"
  else
    failed=$((failed + 1))
    echo "FAIL $name: qemu exit $rc"
    tail -25 "$log.txt" | sed 's/^/    /'
  fi
}

for bios in default "$fw_jump"; do
  b=$([ "$bios" = default ] && echo qemu-opensbi || echo fw_jump)
  for smp in 1 2; do
    run "$b-smp$smp-cpio" "$bios" $smp "$TTVM_LINUX_INITRAMFS"
  done
  run "$b-smp2-cpio.gz" "$bios" 2 "$TTVM_LINUX_INITRAMFS_GZ"
done
run_shell
echo "$passed passed, $failed failed"
[ $failed = 0 ]

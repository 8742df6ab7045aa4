#!/usr/bin/env bash
# Boots the Linux guest (guest/linux, built by scripts/setup into build/linux)
# with OpenSBI on ttvm under -smp 1 and 2, and on qemu-system-riscv64 -M virt
# as the reference board, and checks our init's output lines and the exit
# status (0 after the guest powers off). ENGINE (ttvm only) is passed to
# --engine.
# Usage: linux_boot_test.sh TTVM LINUX_DIR [ttvm|qemu] [ENGINE]
set -u
ttvm=$1 dir=$2 which=${3:-ttvm} engine=${4:-}
for f in Image initramfs.cpio disk.img; do
  [[ -f $dir/$f ]] || { echo "missing $dir/$f: run scripts/setup (builds the Linux guest)"; exit 1; }
done
fails=0
expect=(
  'ttvm-init: hello from pid 1'
  'ttvm-init: mounted /proc'
  'ttvm-init: tmpfs: wrote and read back'
  'ttvm-init: /dev/vda: read sector 0: TTVM-DISK-SIGNATURE'
  'ttvm-init: /dev/hwrng: got 16 bytes'
  'ttvm-init: fork: child [0-9]+ exited with 42 as expected'
  'ttvm-init: all checks passed'
  'reboot: Power down'
)
boot() {  # boot SMP
  local args=(-m 256M -smp "$1" -nographic -bios default -kernel "$dir/Image" -initrd "$dir/initramfs.cpio"
    -append "console=ttyS0" -drive "file=$dir/disk.img,format=raw,if=none,id=d0"
    -device virtio-blk-device,drive=d0 -device virtio-rng-device)
  if [[ $which == qemu ]]; then
    timeout 300 qemu-system-riscv64 -M virt -snapshot "${args[@]}" </dev/null
  else
    timeout 300 "$ttvm" run -M virt "${args[@]}" ${engine:+--engine "$engine"} </dev/null
  fi
}
for smp in 1 2; do
  out=$(boot $smp 2>&1)
  status=$?
  ok=1
  [[ $status -eq 0 ]] || { echo "FAIL $which -smp $smp: exit status $status"; ok=0; }
  for re in "${expect[@]}"; do
    grep -Eq -- "$re" <<<"$out" || { echo "FAIL $which -smp $smp: no line matching '$re'"; ok=0; }
  done
  if ((ok)); then echo "ok   $which -smp $smp"; else fails=$((fails + 1)); echo "$out" | tail -30; fi
done
((fails == 0))

#!/usr/bin/env bash
# A QEMU user's command line, as distributions' riscv64 instructions spell
# it (as QEMU 7.2 takes it: -cpu has no sv39/sv48 properties before 8.0),
# runs unchanged on ttvm and on qemu-system-riscv64: -cpu, -accel,
# -display/-vga/-parallel none, -serial mon:stdio, -object rng-random with
# -device virtio-rng-device,rng=, -nic user,model=virtio-net-device,
# -no-reboot, -snapshot, and a qcow2 disk (made by qemu-img, compressed)
# given as -drive file=…,id=… without format= or if=. Both must boot the
# Linux guest, read the disk's first sector (its signature line), and power
# off with status 0.
# Usage: linux_qemu_cmdline_test.sh TTVM LINUX_DIR [ttvm|qemu]
set -u
ttvm=$1 dir=$2 which=${3:-ttvm}
for f in Image initramfs.cpio disk.img; do
  [[ -f $dir/$f ]] || { echo "missing $dir/$f: run scripts/setup (builds the Linux guest)"; exit 1; }
done
command -v qemu-img >/dev/null || { echo "qemu-img missing: install qemu-utils (scripts/setup does)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
qemu-img convert -c -f raw -O qcow2 "$dir/disk.img" "$tmp/disk.qcow2" || exit 1
args=(-M virt -m 256M -smp 2 -cpu rv64,mmu=on,Zicsr=on,h=off,v=off,zba=off -accel tcg
  -display none -vga none -parallel none -serial mon:stdio
  -bios default -kernel "$dir/Image" -initrd "$dir/initramfs.cpio" -append console=ttyS0
  -drive "file=$tmp/disk.qcow2,id=hd0" -device virtio-blk-device,drive=hd0
  -object rng-random,filename=/dev/urandom,id=rng0 -device virtio-rng-device,rng=rng0
  -nic user,model=virtio-net-device -no-reboot -snapshot)
if [[ $which == qemu ]]; then
  out=$(timeout 300 qemu-system-riscv64 "${args[@]}" </dev/null 2>&1)
else
  out=$(timeout 300 "$ttvm" run "${args[@]}" </dev/null 2>&1)
fi
status=$?
fails=0
[[ $status -eq 0 ]] || { echo "FAIL $which: exit status $status"; fails=1; }
for re in 'ttvm-init: /dev/vda: read sector 0: TTVM-DISK-SIGNATURE' 'ttvm-init: /dev/hwrng: got 16 bytes' \
  'ttvm-init: all checks passed' 'reboot: Power down'; do
  grep -Eq -- "$re" <<<"$out" || { echo "FAIL $which: no line matching '$re'"; fails=1; }
done
if ((fails)); then echo "$out" | tail -30; exit 1; fi
echo "ok   $which: $(grep -o 'read sector 0: .*' <<<"$out" | head -1)"

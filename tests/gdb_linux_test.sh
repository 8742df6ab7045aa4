#!/usr/bin/env bash
# gdb-multiarch on the Linux guest (build/linux: vmlinux with DWARF, Image,
# initramfs.cpio) through ttvm's gdb server: break at start_kernel and at
# the openat syscall our init makes, bt, finish and next, a watchpoint on
# jiffies, kernel variables through their virtual addresses.
# Usage: gdb_linux_test.sh TTVM LINUX_DIR
set -u
ttvm=$1 dir=$2
for f in vmlinux Image initramfs.cpio; do
  [[ -f $dir/$f ]] || { echo "missing $dir/$f: run scripts/setup (builds the Linux guest)"; exit 1; }
done
. "$(dirname "$0")/gdb_lib.sh"

start_ttvm -m 256M -bios default -kernel "$dir/Image" -initrd "$dir/initramfs.cpio" -append console=ttyS0 \
  -device virtio-rng-device
run_gdb linux "$dir/vmlinux" 600 <<'EOF'
break start_kernel
continue
bt
printf "PRIV %d SATP_MODE %d\n", $priv, ($satp >> 60) & 15
printf "COMM %s\n", init_task.comm
printf "SYSNAME %s\n", init_uts_ns.name.sysname
printf "JIFFIES_AT %lx\n", &jiffies_64
x/gx &jiffies_64
delete
watch jiffies
continue
bt
delete
break do_sys_openat2
continue
bt
finish
next
next
info threads
monitor info harts
delete
detach
EOF
check_log linux '^Breakpoint 1, start_kernel \(\) at .*init/main\.c' 'break at start_kernel'
check_log linux '^#1 .* _start_kernel \(\) at .*head\.S' 'bt from start_kernel'
check_log linux '^PRIV 1 SATP_MODE (8|9)$' 'S-mode with paging on'
check_log linux '^COMM swapper' 'a kernel variable by its virtual address'
check_log linux '^SYSNAME Linux$' 'another one'
check_log linux '^0xffffffff[0-9a-f]+ <jiffies(_64)?>:\s+0x[0-9a-f]+' 'x at a kernel virtual address'
check_log linux '^Hardware watchpoint [0-9]+: jiffies' 'watch jiffies'
check_log linux '^New value = ' 'jiffies changed'
check_log linux '^#0 +(0x[0-9a-f]+ in )?do_timer|^#[0-9] .* (tick_do_update_jiffies64|do_timer)' 'the writer of jiffies is in the backtrace'
check_log linux '^Breakpoint [0-9]+, do_sys_openat2 \(dfd=' 'break at a syscall handler our init hits'
check_log linux '^#[1-4] .*sys_openat' 'bt through the openat syscall'
check_log linux 'handle_exception' 'bt down to the trap entry'
check_log linux '^__se_sys_openat \(' 'finish returns to the caller'
check_log linux '^Value returned is \$[0-9]+ = [0-9]+$' 'with the returned file descriptor'
check_log linux '^handle_exception \(\) at .*entry\.S:[0-9]+$' 'next steps out to the trap return'
check_log linux '^[0-9]+\s+REG_L' 'next steps a line in entry.S'
check_log linux '^\* 1 +Thread 1 \(hart 0\)' 'info threads'
check_log linux '^hart 0 \(thread 1\): pc 0xffffffff[0-9a-f]+ priv S satp 0x[89]' 'monitor info harts'
check_log linux 'Inferior 1 \(Remote target\) detached' 'detach'
wait_ttvm
s=$?
check_status linux $s 0 'detached: Linux boots on to power-off'
grep -q 'ttvm-init: all checks passed' "$gdb_tmp/ttvm.out" && echo "ok   linux: init's checks pass under gdb" ||
  { echo "FAIL linux: init's checks did not pass"; tail -20 "$gdb_tmp/ttvm.out"; gdb_fails=$((gdb_fails + 1)); }
finish_tests

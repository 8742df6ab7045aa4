#!/usr/bin/env bash
# Record/replay cost. For each workload prints, from one run of this script:
# plain run, record and replay wall times (medians of N runs each), the
# ratios record/run and replay/record, the log size and log bytes per guest
# second; and QEMU's record/replay log for the same boot as a reference.
#   boot     the default Linux guest booting to power-off (disk, rng)
#   console  the same with its shell: commands typed on the console (rng
#            reads, file reads), all input given at once, then power-off
#   net      the shell plus a host client sending 200 KB through the
#            guest's TCP echo server over hostfwd, then power-off (run and
#            record wait for the guest in wall-clock time: they include
#            idle pacing, which replay does not need)
# Usage: bench/record_replay.sh [runs] (default 5). Needs scripts/setup first.
# TTVM_ENGINE=interp|fast|jit picks ttvm's engine for all three modes.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
dir=build/linux
ttvm=build/ttvm
eng=(${TTVM_ENGINE:+--engine "$TTVM_ENGINE"})
[[ -x $ttvm && -f $dir/Image ]] || { echo "build first: scripts/setup" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now() { date +%s.%N; }
base=(-m 256M -smp 1 -bios default -kernel $dir/Image -initrd $dir/initramfs.cpio
  -drive file=$dir/disk.img,format=raw,if=none,id=d0 -device virtio-blk-device,drive=d0 -device virtio-rng-device)

# The shell's input. The first 16 bytes fill the UART FIFO before Linux's
# serial driver starts, which discards them (as real hardware would); the
# rest waits on the host until the guest has room.
console_input() {
  printf '#sacrificed.....\n'
  for i in $(seq 20); do printf 'rng 64\ncat /etc/ttvm-release\nls /\necho line %d\n' "$i"; done
  printf 'uptime\npoweroff\n'
}

. tests/guest_io.sh
# The net workload's host side: waits for the guest, echoes 200 KB through
# it, checks it, types a few commands and powers off.
net_client() {  # PORT OUTFILE
  wait_line 'shell: commands' "$2" || { echo "net: the guest's shell did not come up" >&2; exit 1; }
  head -c 150000 /dev/zero | tr '\0' 'n' | fold -w 100 >"$work/net.in"
  exec 3<>"/dev/tcp/127.0.0.1/$1"
  cat <&3 >"$work/net.out" &
  local reader=$!
  cat "$work/net.in" >&3
  for _ in $(seq 600); do
    (($(stat -c %s "$work/net.out") >= $(stat -c %s "$work/net.in"))) && break
    sleep 0.02
  done
  exec 3>&-
  kill $reader 2>/dev/null
  cmp -s "$work/net.in" "$work/net.out" || { echo "net: the echo differs" >&2; exit 1; }
  printf 'rng 16\nls /\nuptime\npoweroff\n'
}

# WORKLOAD MODE: runs once, prints the wall time; the console output goes to $work/out.
once() {
  local input=/dev/null args=("${base[@]}" -append "console=ttyS0") port=
  case $1 in
    console)
      console_input >"$work/in"
      input=$work/in
      args=("${base[@]}" -append "console=ttyS0 ttvm.shell")
      ;;
    net)
      port=$(free_port)
      args=("${base[@]}" -append "console=ttyS0 ttvm.shell $net_ip"
        -netdev "user,id=n0,hostfwd=tcp:127.0.0.1:$port-:7" -device virtio-net-device,netdev=n0)
      ;;
  esac
  local t0 t1
  rm -f "$work/out"
  t0=$(now)
  if [[ $1 == net && $2 != replay ]]; then
    local cmd=(run "${eng[@]}")
    [[ $2 == record ]] && cmd=(record -o "$work/rec.$1" "${eng[@]}")
    net_client "$port" "$work/out" | $ttvm "${cmd[@]}" "${args[@]}" >"$work/out" 2>/dev/null
  else
    case $2 in
      run) $ttvm run "${eng[@]}" "${args[@]}" <"$input" >"$work/out" ;;
      record) $ttvm record -o "$work/rec.$1" "${eng[@]}" "${args[@]}" <"$input" >"$work/out" 2>/dev/null ;;
      replay) $ttvm replay "$work/rec.$1" "${eng[@]}" <&- >"$work/out" 2>/dev/null ;;
    esac
  fi
  t1=$(now)
  grep -q 'powering off' "$work/out" || { echo "$1 $2: the guest did not finish" >&2; exit 1; }
  echo "$t1 - $t0" | bc -l
}

for w in boot console net; do
  declare -A t=()
  for mode in run record replay; do
    ts=()
    # Interleave nothing else: each mode's runs back to back, medians compared.
    for ((i = 0; i < runs; i++)); do ts+=("$(once $w $mode)"); done
    t[$mode]=$(printf '%s\n' "${ts[@]}" | median)
  done
  info=$($ttvm info "$work/rec.$w")
  bytes=$(awk '/^log/ {print $2}' <<<"$info")
  secs=$(awk '/^length/ {print $4}' <<<"$info")
  insns=$(awk '/^length/ {print $2}' <<<"$info")
  printf '%-8s run %.3f s  record %.3f s  replay %.3f s  (medians of %d)  record/run %.3f  replay/record %.3f\n' \
    "$w" "${t[run]}" "${t[record]}" "${t[replay]}" "$runs" "$(echo "${t[record]} / ${t[run]}" | bc -l)" \
    "$(echo "${t[replay]} / ${t[record]}" | bc -l)"
  printf '%-8s %s instructions, %s guest s, log %s bytes = %.0f bytes per guest second; %s\n' "" "$insns" "$secs" \
    "$bytes" "$(echo "$bytes / $secs" | bc -l)" "$(awk '/^events/ {$1=""; print}' <<<"$info")"
  unset t
done

if command -v qemu-system-riscv64 >/dev/null; then
  # QEMU's own record/replay of the boot (no disk: QEMU needs blkreplay
  # for recorded block devices), as the log-size reference.
  timeout 300 qemu-system-riscv64 -M virt -m 256M -nographic -bios default -kernel $dir/Image \
    -initrd $dir/initramfs.cpio -append console=ttyS0 -icount shift=auto,rr=record,rrfile="$work/qemu.rr" \
    </dev/null >"$work/qemu.out" 2>&1 || true
  printf 'qemu     record/replay log of the boot (-icount rr=record, no disk): %s bytes\n' "$(stat -c %s "$work/qemu.rr")"
fi

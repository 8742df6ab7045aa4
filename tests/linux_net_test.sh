#!/usr/bin/env bash
# The Linux guest's network end to end: boots it (ttvm, or QEMU as the
# reference) with a user-mode network and a hostfwd rule to our init's TCP
# echo server (port 7), waits for the server and the ttvm.shell prompt,
# connects from the host with bash's /dev/tcp, checks that lines come back
# echoed (two connections, one after the other, one of them with a line
# longer than a segment; then 1 MB in both directions at once), then powers
# the guest off through the console and expects exit status 0. -smp 1 and
# 2; the two spellings of hostfwd.
# Usage: linux_net_test.sh TTVM LINUX_DIR [ttvm|qemu]
set -u
ttvm=$1 dir=$2 which=${3:-ttvm}
for f in Image initramfs.cpio disk.img; do
  [[ -f $dir/$f ]] || { echo "missing $dir/$f: run scripts/setup (builds the Linux guest)"; exit 1; }
done
tmp=$(mktemp -d)
pid=
cleanup() {
  [[ -n $pid ]] && kill "$pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
limit=${TTVM_NET_TEST_TIMEOUT:-300}

# wait_for REGEX LOG: until a line of LOG matches, the guest exits or time runs out.
wait_for() {
  local deadline=$((SECONDS + limit))
  until tr -d '\r' <"$2" | grep -Eq -- "$1"; do
    if ((SECONDS > deadline)) || ! kill -0 "$pid" 2>/dev/null; then
      echo "  gave up waiting for '$1'"
      return 1
    fi
    sleep 0.2
  done
}

# echo_session PORT LINE...: one connection; every line must come back.
echo_session() {
  local port=$1 line reply
  shift
  exec 3<>"/dev/tcp/127.0.0.1/$port" || { echo "  cannot connect to 127.0.0.1:$port"; return 1; }
  for line in "$@"; do
    printf '%s\n' "$line" >&3
    if ! IFS= read -r -t 60 -u 3 reply; then
      echo "  no echo of a ${#line}-byte line"
      exec 3>&-
      return 1
    fi
    [[ $reply == "$line" ]] || { echo "  sent '${line:0:40}', got back '${reply:0:40}'"; exec 3>&-; return 1; }
  done
  exec 3>&-
}

# bulk_session PORT: 1 MB of base64 lines through one connection, reader
# and writer concurrently (more than the guest's receive buffers and TCP
# window hold: frames must wait on the host side, nothing may be lost).
bulk_session() {
  local port=$1 in=$tmp/bulk.in out=$tmp/bulk.out reader i
  head -c 750000 /dev/urandom | base64 -w 76 >"$in"
  exec 3<>"/dev/tcp/127.0.0.1/$port" || { echo "  cannot connect to 127.0.0.1:$port"; return 1; }
  cat <&3 >"$out" &
  reader=$!
  cat "$in" >&3
  for ((i = 0; i < 600; i++)); do
    (($(stat -c %s "$out") >= $(stat -c %s "$in"))) && break
    sleep 0.1
  done
  exec 3>&-
  kill "$reader" 2>/dev/null
  wait "$reader" 2>/dev/null
  cmp -s "$in" "$out" || { echo "  bulk: $(stat -c %s "$out") of $(stat -c %s "$in") bytes came back equal"; return 1; }
}

run() {  # run SMP HOSTFWD_HOST
  local smp=$1 host=$2 log=$tmp/log.$1 fifo=$tmp/in.$1 port tries=0 status ok=1
  mkfifo "$fifo"
  while :; do
    port=$((20000 + RANDOM % 40000))
    local args=(-m 256M -smp "$smp" -nographic -bios default -kernel "$dir/Image" -initrd "$dir/initramfs.cpio"
      -append "console=ttyS0 ttvm.shell ip=10.0.2.15::10.0.2.2:255.255.255.0::eth0:off"
      -netdev "user,id=n0,hostfwd=tcp:$host:$port-:7" -device virtio-net-device,netdev=n0
      -drive "file=$dir/disk.img,format=raw,if=none,id=d0,readonly=on" -device virtio-blk-device,drive=d0
      -device virtio-rng-device)
    if [[ $which == qemu ]]; then
      qemu-system-riscv64 -M virt "${args[@]}" <"$fifo" >"$log" 2>&1 &
    else
      "$ttvm" run -M virt "${args[@]}" <"$fifo" >"$log" 2>&1 &
    fi
    pid=$!
    exec 4>"$fifo"  # the console: kept open until poweroff
    sleep 0.5
    # A port someone else took meanwhile: try another.
    if ! kill -0 "$pid" 2>/dev/null && grep -qi 'in use' "$log" && ((++tries < 5)); then
      exec 4>&-
      wait "$pid"
      continue
    fi
    break
  done
  wait_for '^ttvm-init: echo: listening on tcp port 7' "$log" &&
    wait_for '^ttvm-init: all checks passed' "$log" &&
    wait_for 'ttvm# ' "$log" || ok=0
  if ((ok)); then
    local long lines
    long=$(printf 'x%.0s' {1..3000})
    lines=("hello from the host" "line two, with  spaces" "$long")
    echo_session "$port" "${lines[@]}" || ok=0
    # The guest's count: every byte sent, newlines included.
    local bytes=$(( ${#lines[0]} + ${#lines[1]} + ${#lines[2]} + 3 ))
    ((ok)) && { wait_for "ttvm-init: echo: connection 1 closed after $bytes bytes" "$log" || ok=0; }
    ((ok)) && { echo_session "$port" "second connection" || ok=0; }
    ((ok)) && { wait_for 'ttvm-init: echo: connection 2 closed after 18 bytes' "$log" || ok=0; }
    ((ok)) && { bulk_session "$port" || ok=0; }
    ((ok)) && { wait_for "ttvm-init: echo: connection 3 closed after $(stat -c %s "$tmp/bulk.in") bytes" "$log" || ok=0; }
  fi
  printf 'poweroff\n' >&4
  exec 4>&-
  local deadline=$((SECONDS + 60))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
  kill "$pid" 2>/dev/null
  wait "$pid"
  status=$?
  pid=
  [[ $status -eq 0 ]] || { echo "  exit status $status"; ok=0; }
  tr -d '\r' <"$log" | grep -q 'reboot: Power down' || { echo "  no 'reboot: Power down'"; ok=0; }
  if ((ok)); then
    echo "ok   $which -smp $smp hostfwd=tcp:$host:$port-:7"
  else
    echo "FAIL $which -smp $smp hostfwd=tcp:$host:$port-:7"
    tr -d '\r' <"$log" | tail -30
    return 1
  fi
}

fails=0
run 1 "" || fails=$((fails + 1))
run 2 127.0.0.1 || fails=$((fails + 1))
((fails == 0))

# Shell helpers for talking to a running guest, sourced by the Linux tests
# and benchmarks (tests/record_replay_test.sh, bench/record_replay.sh).

# The guest's network settings for the kernel command line (QEMU's user
# network: guest 10.0.2.15, gateway 10.0.2.2).
net_ip="ip=10.0.2.15::10.0.2.2:255.255.255.0::eth0:off"

# A TCP port on the loopback interface that nothing listens on.
free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    (: <"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo $p; return; }
  done
}

# wait_line REGEX FILE: until a line of FILE (console output, CRs dropped)
# matches; 1 after two minutes.
wait_line() {
  for _ in $(seq 2400); do
    tr -d '\r' <"$2" 2>/dev/null | grep -Eq -- "$1" && return 0
    sleep 0.05
  done
  return 1
}

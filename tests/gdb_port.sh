# Sourced by the shell tests that start `ttvm ... --gdb 0`.
# gdb_port ERRFILE: the port a ttvm that logs to ERRFILE listens on (waits up to 30 s).
gdb_port() {
  local p
  for _ in $(seq 300); do
    p=$(grep -Eo 'listening on 127.0.0.1:[0-9]+' "$1" | grep -Eo '[0-9]+$') && { echo "$p"; return; }
    sleep 0.1
  done
}

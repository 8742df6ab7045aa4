# Helpers for the end-to-end gdb tests: start ttvm with a gdb server on a
# free port, run gdb-multiarch in batch mode on a command file, and check
# its output against regular expressions.
gdb_tmp=$(mktemp -d)
gdb_pid=
gdb_fails=0
trap 'stop_ttvm; rm -rf "$gdb_tmp"' EXIT

start_ttvm() {  # start_ttvm ARGS... : ttvm -S -gdb tcp::0 ARGS; sets $port
  stop_ttvm
  "$ttvm" run -S -gdb tcp::0 "$@" </dev/null >"$gdb_tmp/ttvm.out" 2>"$gdb_tmp/ttvm.err" &
  gdb_pid=$!
  port=
  for _ in $(seq 100); do
    port=$(sed -n 's/^ttvm: gdb server listening on 127.0.0.1:\([0-9]*\)$/\1/p' "$gdb_tmp/ttvm.err")
    [[ -n $port ]] && return 0
    sleep 0.1
  done
  echo "FAIL: ttvm did not start its gdb server:"; cat "$gdb_tmp/ttvm.err"; exit 1
}

stop_ttvm() {
  if [[ -n $gdb_pid ]]; then kill "$gdb_pid" 2>/dev/null; wait "$gdb_pid" 2>/dev/null; gdb_pid=; fi
}

wait_ttvm() {  # wait_ttvm: ttvm's exit status (it must end within 30 s)
  local i
  for i in $(seq 300); do
    kill -0 "$gdb_pid" 2>/dev/null || break
    sleep 0.1
  done
  wait "$gdb_pid"
  local s=$?
  gdb_pid=
  return $s
}

run_gdb() {  # run_gdb NAME ELF TIMEOUT <<'EOF' ...commands (PORT replaced)... EOF
  local name=$1 elf=$2 secs=$3
  { echo "set pagination off"; echo "set confirm off"; echo "target remote :$port"; sed "s/PORT/$port/g"; } \
    >"$gdb_tmp/$name.gdb"
  timeout "$secs" gdb-multiarch -nx -batch -x "$gdb_tmp/$name.gdb" "$elf" >"$gdb_tmp/$name.log" 2>&1
  echo "---- gdb $name: $(wc -l <"$gdb_tmp/$name.log") lines"
}

check_log() {  # check_log NAME REGEX [DESCRIPTION]: a line of NAME's gdb output matches
  if grep -Eq -- "$2" "$gdb_tmp/$1.log"; then
    echo "ok   $1: ${3:-$2}"
  else
    echo "FAIL $1: ${3:-$2} (no line matching '$2')"
    gdb_fails=$((gdb_fails + 1))
  fi
}

check_status() {  # check_status NAME STATUS WANT DESCRIPTION
  if [[ $2 -eq $3 ]]; then echo "ok   $1: $4"; else
    echo "FAIL $1: $4 (exit status $2, want $3)"
    gdb_fails=$((gdb_fails + 1))
  fi
}

finish_tests() {
  [[ -n ${GDB_KEEP:-} ]] && cp -r "$gdb_tmp" /tmp/gdb_keep
  if ((gdb_fails)); then
    for f in "$gdb_tmp"/*.log; do echo "==== $f"; cat "$f"; done
    echo "==== ttvm stderr"; cat "$gdb_tmp/ttvm.err"
    echo "$gdb_fails check(s) failed"
    exit 1
  fi
}

#!/usr/bin/env bash
# Builds the libFuzzer targets (build-fuzz/, clang, ASan + UBSan) and runs
# each one, one at a time, for SECONDS on its seed corpus plus what earlier
# runs found (build-fuzz/corpus/<target>/; the committed seeds in
# tests/fuzz/corpus/ are never written). Prints per target the executions,
# libFuzzer's coverage figures (cov: edges, ft: features) and the corpus
# size; exits non-zero if any target crashed, leaked, timed out or broke an
# invariant (the reproducer is left in build-fuzz/artifacts/).
#   tests/fuzz/run.sh [-t SECONDS] [-j JOBS] [--fresh] [TARGET...]
# --fresh: start from the seeds only (what CI does, so a run is repeatable).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=20
jobs=2
fresh=0
targets=()
while (($#)); do
  case "$1" in
    -t) seconds=$2; shift 2 ;;
    -j) jobs=$2; shift 2 ;;
    --fresh) fresh=1; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done

build=build-fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTTVM_FUZZ=ON \
  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang >/dev/null
ninja -C "$build" -j"$jobs" fuzzers >/dev/null
if ((${#targets[@]} == 0)); then
  for d in tests/fuzz/corpus/*/; do targets+=("$(basename "$d")"); done
fi

mkdir -p "$build/artifacts"
failed=()
printf '%-18s %10s %8s %8s %8s %6s\n' target execs exec/s cov ft corpus
for t in "${targets[@]}"; do
  bin=$build/fuzz/$t
  [[ -x $bin ]] || { echo "no fuzzer $t" >&2; exit 2; }
  work=$build/corpus/$t
  ((fresh)) && rm -rf "$work"
  mkdir -p "$work"
  log=$build/artifacts/$t.log
  # -timeout: one input running over 10 s is a hang; -rss_limit_mb bounds
  # what a hostile input may make us allocate; leaks count as failures.
  status=0
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$build/artifacts/$t-" "$work" "tests/fuzz/corpus/$t" >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
  rate=$((${execs:-0} / (seconds > 0 ? seconds : 1)))
  printf '%-18s %10s %8s %8s %8s %6s\n' "$t" "${execs:-?}" "$rate" "${cov:-?}" "${ft:-?}" "${corp:-?}"
  if ((status != 0)); then
    failed+=("$t")
    echo "== $t failed (exit $status); log: $log" >&2
    grep -E 'ERROR|invariant|SUMMARY|Test unit written' "$log" | head -8 >&2 || true
  fi
done
if ((${#failed[@]})); then
  echo "fuzzers failed: ${failed[*]}" >&2
  exit 1
fi

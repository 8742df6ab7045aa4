#!/usr/bin/env bash
# Runs every libFuzzer target (tests/fuzz) for longer than CI does, one at a
# time, and prints per target the executions, executions per second and
# libFuzzer's coverage figures: cov (instrumented edges reached) and ft
# (features: edges with hit counts, value profiles). The corpus each run
# grows is kept in build-fuzz/corpus/<target>/, so repeated runs go deeper;
# a crash leaves its input in build-fuzz/artifacts/ and the script fails.
# Usage: bench/fuzz.sh [-t SECONDS_PER_TARGET] [--fresh] [TARGET...]
#   default 300 s per target; --fresh starts from the committed seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=300
args=()
while (($#)); do
  case "$1" in
    -t) seconds=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) args+=("$1"); shift ;;
  esac
done
exec tests/fuzz/run.sh -t "$seconds" "${args[@]}"

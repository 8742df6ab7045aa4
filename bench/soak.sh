#!/usr/bin/env bash
# Randomized soak of record, replay and time travel on the Linux guest
# (issue 12; docs/soak.md). N runs (default 1000), each from its own seed:
# a random machine (-smp 1..4, devices), random console input (pipe or
# pseudo-terminal), network traffic, rng reads and disk writes, recorded
# (about 20% of recorders killed with SIGKILL), replayed, `ttvm verify`'d
# and checked with gdb reverse-stepi/stepi digests.
# Usage: bench/soak.sh [-n RUNS] [--seed S] [-j JOBS] [--results DIR] [--run-seed RS]...
#                      [--ttvm PATH] [--linux DIR] [--kill-fraction F] [--no-gdb] [--keep-all]
#                      [--stop-after SECONDS]
# Exit status 0 when every run is ok. Failing runs are kept in the results
# directory (default build/soak-DATE) with their logs and a repro.sh.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
args=("$@")
have() { local a; for a in "${args[@]}"; do [[ $a == "$1" ]] && return 0; done; return 1; }
extra=()
have --ttvm || extra+=(--ttvm "$root/build/ttvm")
have --linux || extra+=(--linux "$root/build/linux")
have --results || extra+=(--results "$root/build/soak-$(date -u +%Y%m%d-%H%M%S)")
exec python3 "$root/bench/soak.py" "${extra[@]}" "$@"

#!/usr/bin/env bash
# Long fuzz runs: the explorer-model fuzz with EVENTS events for each of
# SEEDS seeds, and the command-line fuzz with CASES command lines per seed.
# Each failure prints the seed that replays it (ACTVIEW_FUZZ_SEED=…).
#
#   Scripts/fuzz-long.sh [SEEDS] [EVENTS] [CASES]     defaults: 5 200000 1000
#   FUZZ_FIRST_SEED=N picks the first seed (default: from the clock, printed).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SEEDS=${1:-5}
EVENTS=${2:-200000}
CASES=${3:-1000}
FIRST=${FUZZ_FIRST_SEED:-$(date +%s)}
SCRATCH=${FUZZ_SCRATCH:-$ROOT/.build-scripts}

cd "$ROOT"
echo "building the tests in $SCRATCH..."
swift build --build-tests --scratch-path "$SCRATCH" >/dev/null || exit 1

failures=0
for i in $(seq 0 $((SEEDS - 1))); do
    seed=$((FIRST + i))
    for suite in ExplorerFuzzTests/randomEvents ArgumentFuzzTests/randomCommandLines; do
        started=$SECONDS
        log=$(mktemp)
        ACTVIEW_FUZZ_SEED=$seed ACTVIEW_FUZZ_EVENTS=$EVENTS ACTVIEW_ARGV_CASES=$CASES \
            swift test --skip-build --scratch-path "$SCRATCH" --filter "$suite" >"$log" 2>&1
        status=$?
        summary=$(grep -E '^(explorer|argument) fuzz:' "$log" | tail -1)
        echo "seed $seed  $suite  $((SECONDS - started)) s  status $status  ${summary#*: }"
        if [ $status -ne 0 ]; then
            failures=$((failures + 1))
            grep -E 'failed at event|case [0-9]+:|replay' "$log" | head -5
        fi
        rm -f "$log"
    done
done
echo "$SEEDS seeds from $FIRST: $failures failing runs"
exit $failures

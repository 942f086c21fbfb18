#!/bin/bash
# The race presets' learning rates, by the paper's protocol (Krizhevsky et
# al. 2012, Figure 1: each network's rate chosen separately to reach 25%
# training error as fast as possible). For each activation and each rate of
# a geometric grid: the epochs until the training accuracy first reaches the
# target (evaluated 15 times an epoch) and the training accuracy at the end,
# medians over the seeds. The fastest rate per activation is marked with *;
# when no rate reaches the target, the one that ends highest is, with (!).
#
#   Scripts/sweep-race-lr.sh [PRESET]      (default: race; or race-spiral)
#
# Environment: ACTVIEW_BIN (the binary; otherwise a release build is made
# once), RATES (the grid), SEEDS, TARGET (training accuracy, default 0.75),
# EPOCHS (the longest a run may take; default the preset's own).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${ACTVIEW_BIN:-}
if [ -z "$BIN" ]; then
    (cd "$ROOT" && swift build -c release --product actview >&2) || exit 1
    BIN="$ROOT/.build/release/actview"
fi
PRESET=${1:-race}
RATES=${RATES:-"0.01 0.02 0.05 0.1 0.2 0.3 0.5 0.7 1 1.5 2 3 5 10"}
SEEDS=${SEEDS:-"1 2 3"}
TARGET=${TARGET:-0.75}
EPOCHS=${EPOCHS:-}
LIMIT=()
[ -n "$EPOCHS" ] && LIMIT=(--epochs "$EPOCHS")

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "# preset $PRESET, target training accuracy $TARGET, at most ${EPOCHS:-the preset} epochs, seeds $SEEDS"
printf '%-9s %-8s %-8s %-9s %s\n' activation lr median final "epochs to target per seed (- not reached, d diverged)"
for activation in relu tanh sigmoid; do
    rows=""
    for lr in $RATES; do
        epochs="" finals=""
        for seed in $SEEDS; do
            out=$("$BIN" train --preset "$PRESET" --activation "$activation" --lr "$lr" --seed "$seed" "${LIMIT[@]}" \
                --evaluations-per-epoch 15 --format csv 2>/dev/null)
            status=$?
            reached=$(echo "$out" | awk -F, -v t="$TARGET" 'NR > 1 && $5 >= t { print $1; exit }')
            if [ -n "$reached" ]; then epochs="$epochs $reached"
            elif [ $status -eq 3 ]; then epochs="$epochs d"
            else epochs="$epochs -"; fi
            # A diverged run ends at accuracy 0 here.
            final=$(echo "$out" | awk -F, 'NR > 1 { a = $5 } END { print a + 0 }')
            [ $status -eq 3 ] && final=0
            finals="$finals $final"
        done
        # The median counts an unreached or diverged run as infinitely slow.
        m=$(echo $epochs | tr ' ' '\n' | sed 's/^[-d]$/inf/' | tr '\n' ' ' | median)
        f=$(echo $finals | median)
        rows="$rows$activation $lr $m $f$epochs"$'\n'
    done
    # The fastest median; on a tie, the smaller rate (the grid's order).
    best=$(printf '%s' "$rows" | awk '$3 != "inf"' | sort -s -k3,3g | head -1 | awk '{ print $2 }')
    mark="*"
    if [ -z "$best" ]; then
        best=$(printf '%s' "$rows" | sort -s -k4,4gr | head -1 | awk '{ print $2 }')
        mark="(!)"
    fi
    printf '%s' "$rows" | while read -r name lr m f rest; do
        shown=$lr; [ "$lr" = "$best" ] && shown="$lr$mark"
        printf '%-9s %-8s %-8s %-9s %s\n' "$name" "$shown" "$m" "$f" "$rest"
    done
done

#!/bin/bash
# The dead-relu preset's learning rate: for each rate, each activation and
# each seed, the largest dead share of any hidden layer within the first
# 1,000 steps (10 s at the explorer's default 100 steps/s) and whether the
# run diverged within its 30 epochs. The preset wants a rate where Leaky
# ReLU, PReLU and ELU never diverge and ReLU's dead share passes 30%.
#
#   Scripts/sweep-dead-relu.sh [RATE ...]      (default: 0.3 0.5 0.6 0.7 1)
#
# ACTVIEW_BIN picks the binary; otherwise a release build is made once.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${ACTVIEW_BIN:-}
if [ -z "$BIN" ]; then
    (cd "$ROOT" && swift build -c release --product actview >&2) || exit 1
    BIN="$ROOT/.build/release/actview"
fi
RATES=("$@")
[ ${#RATES[@]} -eq 0 ] && RATES=(0.3 0.5 0.6 0.7 1)
SEEDS=(42 1 2 3 4 5 6 7 8 9)
STEPS=1000

printf '%-6s %-11s %-8s %-9s %s\n' lr activation "dead>30%" diverged "largest dead share within $STEPS steps, per seed (${SEEDS[*]})"
for lr in "${RATES[@]}"; do
    for activation in relu leaky-relu prelu elu; do
        passed=0 diverged=0 shares=""
        for seed in "${SEEDS[@]}"; do
            out=$("$BIN" train --preset dead-relu --activation "$activation" --lr "$lr" --seed "$seed" --format csv 2>/dev/null)
            [ $? -eq 3 ] && diverged=$((diverged + 1))
            # Steps per epoch from the preset: 320 spiral training points, batch 8.
            share=$(echo "$out" | awk -F, -v limit=$((STEPS / 40)) '
                NR > 1 && $1 <= limit { for (i = 7; i < NF; i += 3) if ($i > m) m = $i }
                END { printf "%.2f", m + 0 }')
            awk -v s="$share" 'BEGIN { exit !(s > 0.3) }' && passed=$((passed + 1))
            shares="$shares $share"
        done
        printf '%-6s %-11s %2d/%-5d %2d/%-6d%s\n' "$lr" "$activation" "$passed" "${#SEEDS[@]}" "$diverged" "${#SEEDS[@]}" "$shares"
    done
done

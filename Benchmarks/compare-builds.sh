#!/usr/bin/env bash
# Two builds of actview against each other, in one run on one machine: a
# change's cost, measured. Alternates OLD and NEW (A B A B …, ROUNDS rounds,
# default 5) on `actview bench --format json` (every matrix product of the
# lecture's net and every activation's f and f′) and on a training epoch of
# the lecture's net on a synthetic MNIST-format set (the `train` command of
# Benchmarks/run.sh), then prints the medians and the fastest rounds, the
# NEW/OLD ratios of both, and every measure where NEW is more than 10%
# slower on both (on a busy machine the fastest round is the steadier).
#
# usage: Benchmarks/compare-builds.sh OLD_BINARY NEW_BINARY [--rounds N] [--quick]
set -euo pipefail
if [ $# -lt 2 ]; then sed -n '2,10p' "$0"; exit 1; fi
OLD="$1"; NEW="$2"; shift 2
ROUNDS=5; QUICK=()
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) ROUNDS="$2"; shift 2 ;;
        --quick) QUICK=(--quick); shift ;;
        *) echo "compare-builds.sh: unknown argument '$1'" >&2; exit 1 ;;
    esac
done
for b in "$OLD" "$NEW"; do [ -x "$b" ] || { echo "compare-builds.sh: '$b' is not an executable" >&2; exit 1; }; done
HERE="$(cd "$(dirname "$0")" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
SHARED="$HERE/../../shared/bench"
MAKE_IDX="$HERE/make_idx.py"; [ -f "$MAKE_IDX" ] || MAKE_IDX="$SHARED/make_idx.py"
python3 "$MAKE_IDX" "$WORK/idx" >/dev/null
TRAIN=(train --preset lecture --dataset "mnist:$WORK/idx" --batch 128 --reduction mean --lr 0.1 --optimizer sgd --epochs 2 --format csv)
for round in $(seq 1 "$ROUNDS"); do
    for side in old new; do
        bin="$OLD"; [ "$side" = new ] && bin="$NEW"
        "$bin" bench --format json "${QUICK[@]}" > "$WORK/$side-bench-$round.json"
        "$bin" "${TRAIN[@]}" > "$WORK/$side-train-$round.csv"
    done
    echo "round $round of $ROUNDS done" >&2
done
python3 - "$WORK" "$ROUNDS" <<'PY'
import csv, glob, json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
def measures(side):
    values = {}
    for r in range(1, rounds + 1):
        d = json.load(open(f"{work}/{side}-bench-{r}.json"))
        for p in d["products"]:
            values.setdefault(f"product {p['name']} b={p['batch']} (s)", []).append(p["seconds"])
        for a in d["activations"]:
            values.setdefault(f"{a['name']} f (ns/el)", []).append(a["forwardNanoseconds"])
            values.setdefault(f"{a['name']} f' (ns/el)", []).append(a["derivativeNanoseconds"])
        rows = list(csv.DictReader(open(f"{work}/{side}-train-{r}.csv")))
        values.setdefault("lecture epoch (s)", []).append(statistics.mean(float(x["seconds"]) for x in rows))
    return values
old, new = measures("old"), measures("new")
slower = []
print(f"{'measure':52} {'old med':>10} {'new med':>10} {'ratio':>6} {'old min':>10} {'new min':>10} {'ratio':>6}")
for key in old:
    if key not in new: continue
    om, nm = statistics.median(old[key]), statistics.median(new[key])
    ol, nl = min(old[key]), min(new[key])
    if om <= 0 or ol <= 0: continue
    rm, rl = nm / om, nl / ol
    print(f"{key:52} {om:10.4g} {nm:10.4g} {rm:6.2f} {ol:10.4g} {nl:10.4g} {rl:6.2f}")
    if rm > 1.10 and rl > 1.10: slower.append((key, min(rm, rl)))
print()
if slower:
    print("more than 10% slower: " + ", ".join(f"{k} ({r:.2f})" for k, r in slower))
else:
    print("no measure more than 10% slower")
PY

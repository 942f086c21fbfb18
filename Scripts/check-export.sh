#!/usr/bin/env bash
# Trains each case twice, with actview and with the script `actview export
# --same-start` writes for it, and compares the per-epoch training losses:
# they must agree within 1e-3 relative over every epoch. Cases: the spiral
# and digits with SGD, momentum and Adam, and the lecture's summed-gradient
# sigmoid net (--all adds every activation kind, each optimiser and data
# set). Checks the PyTorch scripts, and the Keras scripts too when Keras is
# installed in the venv (run under Keras's torch backend).
#
# usage: Scripts/check-export.sh [--install] [--keras] [--all] [--epochs N]
#                                [--venv DIR | --python PATH] [--binary PATH]
#   --install  create the venv if needed and install torch==2.13.0 (CPU) into it
#              (with --keras, keras too); then check, unless --install-only
#   --venv     default: $ACTVIEW_EXPORT_VENV, else .build/check-export-venv
#   --python   a Python that imports torch (and maybe keras), instead of a venv
#   --binary   the actview to check (default: swift build's debug binary)
# Exit status: 0 when every case agrees, 1 when one does not, 2 when the
# framework is not there (no venv, no torch) and --install was not given.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VENV="${ACTVIEW_EXPORT_VENV:-$ROOT/.build/check-export-venv}"
BINARY=""
PYTHON=""
INSTALL=0
INSTALL_ONLY=0
KERAS=0
ALL=0
EPOCHS=5
while [ $# -gt 0 ]; do
    case "$1" in
        --install) INSTALL=1; shift ;;
        --install-only) INSTALL=1; INSTALL_ONLY=1; shift ;;
        --keras) KERAS=1; shift ;;
        --all) ALL=1; shift ;;
        --epochs) EPOCHS="$2"; shift 2 ;;
        --venv) VENV="$2"; shift 2 ;;
        --python) PYTHON="$2"; shift 2 ;;
        --binary) BINARY="$2"; shift 2 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "check-export.sh: unknown argument '$1'" >&2; exit 1 ;;
    esac
done
if ! [[ "$EPOCHS" =~ ^[1-9][0-9]*$ ]]; then echo "check-export.sh: --epochs needs a positive integer" >&2; exit 1; fi
[ -n "$PYTHON" ] || PYTHON="$VENV/bin/python"

if [ "$INSTALL" = 1 ]; then
    if ! "$PYTHON" -c 'import torch' 2>/dev/null; then
        echo "== creating $VENV with torch==2.13.0 (CPU)"
        python3 -m venv "$VENV"
        # The pinned CPU build; a plain `torch` would pull a CUDA build.
        "$PYTHON" -m pip install --quiet torch==2.13.0
    fi
    if [ "$KERAS" = 1 ] && ! "$PYTHON" -c 'import keras' 2>/dev/null; then
        echo "== installing keras into $VENV"
        "$PYTHON" -m pip install --quiet keras
    fi
    [ "$INSTALL_ONLY" = 1 ] && { echo "== $("$PYTHON" -c 'import torch; print("torch", torch.__version__)')"; exit 0; }
fi
if ! "$PYTHON" -c 'import torch' 2>/dev/null; then
    echo "check-export.sh: $PYTHON cannot import torch (run with --install to create $VENV)" >&2
    exit 2
fi
FRAMEWORKS=(pytorch)
if "$PYTHON" -c 'import os; os.environ["KERAS_BACKEND"] = "torch"; import keras' 2>/dev/null; then
    FRAMEWORKS+=(keras)
elif [ "$KERAS" = 1 ]; then
    echo "check-export.sh: --keras, but $PYTHON cannot import keras" >&2
    exit 2
fi

if [ -z "$BINARY" ]; then
    swift build --package-path "$ROOT" --product actview >&2
    BINARY="$(swift build --package-path "$ROOT" --show-bin-path)/actview"
fi
WORK="$(mktemp -d "${TMPDIR:-/tmp}/actview-check-export.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# name|options
CASES=(
    "spiral, sgd|--dataset spiral --hidden 32,32 --optimizer sgd --lr 0.5"
    "spiral, momentum|--dataset spiral --hidden 32,32 --optimizer momentum --lr 0.1"
    "spiral, adam|--dataset spiral --hidden 32,32 --optimizer adam --lr 0.03"
    "digits, sgd|--dataset digits --hidden 64,64 --optimizer sgd --lr 0.1"
    "digits, momentum|--dataset digits --hidden 64,64 --optimizer momentum --lr 0.01"
    "digits, adam|--dataset digits --hidden 64,64 --optimizer adam --lr 0.003"
    "lecture preset (lr 1e-6)|--preset lecture"
    "lecture net, lr 1e-5|--preset lecture --lr 1e-5"
)
if [ "$ALL" = 1 ]; then
    CASES+=(
        "prelu, nesterov|--dataset spiral --hidden 16,16 --activation prelu --param alpha=0.1 --optimizer nesterov --lr 0.01"
        "maxout k=3, rmsprop|--dataset spiral --hidden 16 --activation maxout --maxout-pieces 3 --optimizer rmsprop"
        "leaky-relu, elu, selu|--dataset moons --hidden 16,16,16 --activation leaky-relu,elu,selu --param slope=0.2,alpha=0.5"
        "swish β=2, weight decay|--dataset circles:classes=3 --hidden 16 --activation swish --param beta=2 --weight-decay 0.01 --optimizer momentum --lr 0.01"
        "gelu-tanh, no bias|--dataset xor --hidden 16 --activation gelu-tanh --no-bias --init lecun-normal"
        "step, tanh|--dataset gaussians:classes=4 --hidden 8,8 --activation step,tanh"
        "hard-sigmoid, hard-swish, sigmoid out|--dataset spiral --hidden 16,16 --activation hard-sigmoid,hard-swish --output sigmoid"
        "piecewise-linear, softplus β=3|--dataset spiral --hidden 16,16 --activation piecewise-linear,softplus --param beta=3 --initial-bias 0.1"
        "mish, celu α=0.5, sum|--dataset digits --hidden 16,16 --activation mish,celu --param alpha=0.5 --reduction sum --lr 0.0003"
        "softsign, sign, relu6, gd|--dataset spiral --hidden 8,8,8 --activation softsign,sign,relu6 --init uniform:0.3 --batch 0 --optimizer gd --lr 0.5"
        "gelu, linear, batch 100|--dataset spiral:n=600,noise=0.1 --hidden 8,8 --activation gelu,linear --init normal:0.2 --batch 100"
        "sigmoid, glorot-normal, he-uniform|--dataset digits --hidden 16,16 --activation sigmoid,relu --init glorot-normal --test-fraction 0.3"
    )
fi

passed=0
failed=0
echo "== $("$PYTHON" -c 'import torch; print("torch", torch.__version__, "threads", torch.get_num_threads())'), actview $BINARY, $EPOCHS epochs"
for framework in "${FRAMEWORKS[@]}"; do
    for entry in "${CASES[@]}"; do
        name="${entry%%|*}"
        read -r -a options <<< "${entry#*|}"
        options+=(--epochs "$EPOCHS")
        script="$WORK/case.py"
        if ! "$BINARY" export --to "$framework" "${options[@]}" --same-start --out "$script" 2> "$WORK/err" \
            || ! "$BINARY" train "${options[@]}" --format csv > "$WORK/actview.csv" 2>> "$WORK/err" \
            || ! KERAS_BACKEND=torch "$PYTHON" "$script" > "$WORK/framework.csv" 2>> "$WORK/err"; then
            printf '%-8s %-40s FAILED: %s\n' "$framework" "$name" "$(grep -v '^\s*$' "$WORK/err" | tail -1)"
            failed=$((failed + 1))
            continue
        fi
        if "$PYTHON" - "$WORK/actview.csv" "$WORK/framework.csv" "$framework" "$name" "$EPOCHS" <<'PY'
import csv, sys
ours = list(csv.DictReader(open(sys.argv[1])))
theirs = list(csv.DictReader(open(sys.argv[2])))
framework, name, epochs = sys.argv[3], sys.argv[4], int(sys.argv[5])
if len(ours) != epochs or len(theirs) != epochs:
    print(f"{framework:<8} {name:<40} FAILED: {len(ours)} and {len(theirs)} epochs, expected {epochs}")
    sys.exit(1)
a = [float(row["train_loss"]) for row in ours]
b = [float(row["train_loss"]) for row in theirs]
worst = max(abs(x - y) / abs(x) for x, y in zip(a, b))
moved = abs(a[-1] - a[0]) / abs(a[0])
verdict = "ok" if worst <= 1e-3 else "FAILED"
print(f"{framework:<8} {name:<40} max relative difference {worst:.1e} over {epochs} epochs "
      f"(actview {a[0]:.6g} → {a[-1]:.6g}, moved {moved:.1%})  {verdict}")
sys.exit(0 if worst <= 1e-3 else 1)
PY
        then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    done
done
echo "check-export: $passed passed, $failed failed"
[ "$failed" = 0 ]

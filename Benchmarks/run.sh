#!/usr/bin/env bash
# actview against its numpy peer, in one run on one machine.
#
# Builds release, writes a synthetic MNIST-format set with make_idx.py, then
# alternates actview and numpy (A B A B ..., ROUNDS rounds, default 3) on:
#   matrix products  actview bench            vs numpy_gemm.py (np.dot, same shapes)
#   activations      actview bench            vs numpy_activations.py (2^20 float32, 1 thread)
#   training epoch   actview train --preset lecture ...  vs seed_loop.py (the lecture's loop)
#                    and torch_loop.py (the same loop in PyTorch: A B C A B C) when
#                    torch is importable, from $ACTVIEW_EXPORT_VENV,
#                    .build/check-export-venv (Scripts/check-export.sh --install-only)
#                    or python3
# and prints medians over the rounds and the ratios, plus whole-process wall
# times. OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are unset for numpy only, so
# OpenBLAS picks its own kernel for this CPU; the kernel in use is printed.
#
# usage: Benchmarks/run.sh [--rounds N] [--quick] [--scratch-path DIR]
#   --quick         passes --quick to actview bench and uses 1 training epoch
#   --scratch-path  SwiftPM build directory (default .build)
set -euo pipefail

ROUNDS=3
QUICK=0
SCRATCH=""
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) ROUNDS="$2"; shift 2 ;;
        --quick) QUICK=1; shift ;;
        --scratch-path) SCRATCH="$2"; shift 2 ;;
        -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown argument '$1'" >&2; exit 1 ;;
    esac
done
if ! [[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]]; then echo "run.sh: --rounds needs a positive integer" >&2; exit 1; fi

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
cd "$ROOT"
BUILD_ARGS=(-c release)
if [ -n "$SCRATCH" ]; then BUILD_ARGS+=(--scratch-path "$SCRATCH"); fi

echo "== build: swift build ${BUILD_ARGS[*]} --product actview"
swift build "${BUILD_ARGS[@]}" --product actview >&2
BIN="$(swift build "${BUILD_ARGS[@]}" --show-bin-path)/actview"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/actview-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
DATA="$WORK/idx"
python3 "$HERE/make_idx.py" "$DATA" >&2

EPOCHS=3
BENCH_FLAGS=(--format json)
if [ "$QUICK" = 1 ]; then EPOCHS=1; BENCH_FLAGS+=(--quick); fi

# numpy runs with OpenBLAS's own choice of kernel for this CPU.
numpy_env() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$@"; }

MODEL="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
MHZ="$(grep -m1 'cpu MHz' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
FLAGS="$(grep -m1 '^flags' /proc/cpuinfo)"
ISA="sse2"
case "$FLAGS" in *avx2*) ISA="avx2";; esac
case "$FLAGS" in *" fma"*) ISA="$ISA+fma";; esac
case "$FLAGS" in *avx512f*) ISA="$ISA+avx512f";; esac
echo "== machine: $MODEL, $(nproc) cores, $MHZ MHz, $ISA, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== numpy: $(numpy_env python3 -c 'import numpy; print(numpy.__version__)')"

# PyTorch, the second peer for the training epoch, where a Python has it.
TORCH_PYTHON=""
for candidate in "${ACTVIEW_EXPORT_VENV:-$ROOT/.build/check-export-venv}/bin/python" python3; do
    if "$candidate" -c 'import torch' > /dev/null 2>&1; then TORCH_PYTHON="$candidate"; break; fi
done
if [ -n "$TORCH_PYTHON" ]; then
    echo "== torch: $("$TORCH_PYTHON" -c 'import torch; print(torch.__version__, "with", torch.get_num_threads(), "threads")' 2>/dev/null) ($TORCH_PYTHON)"
else
    echo "== torch: not importable (no .build/check-export-venv, no torch for python3); the PyTorch peer is skipped"
fi

TRAIN_CMD=("$BIN" train --preset lecture --dataset "mnist:$DATA" --batch 128 --reduction mean --lr 0.1
           --optimizer sgd --epochs "$EPOCHS" --format csv)
SEED_CMD=(python3 "$HERE/seed_loop.py" "$DATA" --epochs "$EPOCHS" --batch 128 --lr 0.1)
TORCH_CMD=("$TORCH_PYTHON" "$HERE/torch_loop.py" "$DATA" --epochs "$EPOCHS" --batch 128 --lr 0.1)
echo "== commands"
echo "A  $BIN bench ${BENCH_FLAGS[*]}"
echo "B  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 $HERE/numpy_gemm.py"
echo "B  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 $HERE/numpy_activations.py"
echo "A  ${TRAIN_CMD[*]}"
echo "B  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE ${SEED_CMD[*]}"
if [ -n "$TORCH_PYTHON" ]; then echo "C  ${TORCH_CMD[*]}"; fi

# Runs a command, saving stdout to $1 and its wall time to $1.wall.
timed() {
    local out="$1"; shift
    local start end
    start=$(date +%s.%N)
    if "$@" > "$out" 2> "$out.err"; then
        end=$(date +%s.%N)
        echo "$start $end" | awk '{printf "%.3f\n", $2 - $1}' > "$out.wall"
    else
        echo "failed" > "$out.wall"
    fi
}

TRAIN_AVAILABLE=1
if ! "$BIN" train --help > /dev/null 2>&1; then TRAIN_AVAILABLE=0; fi

for round in $(seq 1 "$ROUNDS"); do
    echo "== round $round of $ROUNDS" >&2
    timed "$WORK/bench.$round.json" "$BIN" bench "${BENCH_FLAGS[@]}"
    timed "$WORK/npgemm.$round.csv" numpy_env python3 "$HERE/numpy_gemm.py"
    timed "$WORK/npact.$round.csv" numpy_env python3 "$HERE/numpy_activations.py"
    if [ "$TRAIN_AVAILABLE" = 1 ]; then
        timed "$WORK/train.$round.csv" "${TRAIN_CMD[@]}"
    fi
    timed "$WORK/seed.$round.csv" numpy_env "${SEED_CMD[@]}"
    if [ -n "$TORCH_PYTHON" ]; then
        timed "$WORK/torch.$round.csv" "${TORCH_CMD[@]}"
    fi
done

TORCH_VERSION=""
if [ -n "$TORCH_PYTHON" ]; then
    TORCH_VERSION="$("$TORCH_PYTHON" -c 'import torch; print(torch.__version__, torch.get_num_threads())' 2>/dev/null)"
fi
python3 - "$WORK" "$ROUNDS" "$TRAIN_AVAILABLE" "$TORCH_VERSION" <<'PY'
import csv, json, os, statistics, sys
work, rounds, train_available = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
torch_version = sys.argv[4].split() if len(sys.argv) > 4 and sys.argv[4] else None

def path(name, r): return os.path.join(work, f"{name}.{r}")
EXTENSIONS = {"bench": ".json", "npgemm": ".csv", "npact": ".csv", "train": ".csv", "seed": ".csv", "torch": ".csv"}
def wall(name, r):
    try:
        text = open(path(name, r) + EXTENSIONS[name] + ".wall").read().strip()
        return None if text == "failed" else float(text)
    except OSError:
        return None
def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None
def fmt(v, spec): return "n/a" if v is None else format(v, spec)
def ratio(a, b): return None if a is None or b is None or b == 0 else a / b
def error_text(name, r):
    try: return open(path(name, r) + EXTENSIONS[name] + ".err").read().strip().splitlines()[-1]
    except (OSError, IndexError): return ""

bench = []
for r in range(1, rounds + 1):
    try: bench.append(json.load(open(path("bench", r) + ".json")))
    except (OSError, ValueError): print(f"actview bench round {r} failed: {error_text('bench', r)}")
np_gemm, blas = [], set()
for r in range(1, rounds + 1):
    try:
        lines = open(path("npgemm", r) + ".csv").read().splitlines()
        blas.update(l[2:] for l in lines if l.startswith("# "))
        np_gemm.append(list(csv.DictReader(l for l in lines if not l.startswith("#"))))
    except OSError: pass
np_act = []
for r in range(1, rounds + 1):
    try: np_act.append({row["name"]: float(row["ns_per_element"]) for row in csv.DictReader(open(path("npact", r) + ".csv"))})
    except (OSError, ValueError, KeyError): pass

print()
if bench:
    m = bench[0]["machine"]
    peak = m.get("assumedPeakGFLOPS")
    print(f"machine (actview's view): {m['model']}, {m['cores']} cores, {fmt(m.get('megahertz'), '.0f')} MHz, "
          f"{m['vectorLanes']} fp32 lanes, FMA {'yes' if m['hasFMA'] else 'no'}; assumed peak {fmt(peak, '.0f')} GFLOP/s (an assumption)")
print("numpy BLAS: " + ("; ".join(sorted(blas)) or "unknown"))
print(f"medians over {rounds} alternating rounds")

print("\nmatrix products                               GFLOP/s actview   numpy   actview/numpy")
if bench:
    for i, p in enumerate(bench[0]["products"]):
        ours = med([b["products"][i]["gflops"] for b in bench])
        theirs = med([float(run[i]["gflops"]) for run in np_gemm if len(run) > i])
        label = f"b={p['batch']} {p['name']} {p['transA']}{p['transB']} {p['m']}x{p['n']}x{p['k']}"
        print(f"  {label:<44}{fmt(ours, '8.1f')}{fmt(theirs, '8.1f')}{fmt(ratio(ours, theirs), '11.2f')}x")

print("\nactivations, 2^20 float32, 1 thread      ns/elem actview   numpy   time ratio actview/numpy")
if bench:
    for i, a in enumerate(bench[0]["activations"]):
        ours = med([b["activations"][i]["forwardNanoseconds"] for b in bench])
        theirs = med([run.get(a["name"]) for run in np_act])
        tag = "" if a["vectorized"] else " (scalar)"
        if theirs is None:
            print(f"  {a['name'] + tag:<40}{fmt(ours, '8.2f')}     n/a")
        else:
            print(f"  {a['name'] + tag:<40}{fmt(ours, '8.2f')}{fmt(theirs, '8.2f')}{fmt(ratio(ours, theirs), '11.2f')}")

print("\ntraining, lecture net 784-1000-10, batch 128 (s/epoch)")
def seed_seconds(r, name="seed"):
    try:
        for line in open(path(name, r) + ".csv"):
            if line.startswith("seconds_per_epoch,"): return float(line.split(",")[1])
    except OSError: pass
    return None
def torch_seconds(r): return seed_seconds(r, "torch")
pytorch = med([torch_seconds(r) for r in range(1, rounds + 1)]) if torch_version else None
# Epochs after the first: the first carries each library's warm-up (PyTorch's is ~1 s).
def loop_epochs(name, r):
    try:
        rows = [line.strip().split(",") for line in open(path(name, r) + ".csv")]
        return [float(row[1]) for row in rows if len(row) == 4 and row[0].isdigit()]
    except (OSError, ValueError): return []
def train_epochs(r):
    try:
        return [float(row["seconds"]) for row in csv.DictReader(l for l in open(path("train", r) + ".csv") if not l.startswith("#"))]
    except (OSError, KeyError, ValueError): return []
def later(values): return statistics.mean(values[1:]) if len(values) > 1 else None
later_ours = med([later(train_epochs(r)) for r in range(1, rounds + 1)]) if train_available else None
later_numpy = med([later(loop_epochs("seed", r)) for r in range(1, rounds + 1)])
later_torch = med([later(loop_epochs("torch", r)) for r in range(1, rounds + 1)]) if torch_version else None
def train_seconds(r):
    try:
        rows = list(csv.DictReader(l for l in open(path("train", r) + ".csv") if not l.startswith("#")))
        return statistics.mean(float(row["seconds"]) for row in rows) if rows else None
    except (OSError, KeyError, ValueError): return None
theirs = med([seed_seconds(r) for r in range(1, rounds + 1)])
if not train_available:
    print("  train: not available")
    print(f"  seed_loop.py {fmt(theirs, '.3f')}")
else:
    ours = med([train_seconds(r) for r in range(1, rounds + 1)])
    if ours is None:
        print(f"  train: not available ({error_text('train', 1)})")
        print(f"  seed_loop.py {fmt(theirs, '.3f')}")
    else:
        print(f"  actview {fmt(ours, '.3f')}   seed_loop.py {fmt(theirs, '.3f')}   actview/numpy {fmt(ratio(ours, theirs), '.2f')}")
        if torch_version:
            print(f"  torch_loop.py {fmt(pytorch, '.3f')} (torch {torch_version[0]}, {torch_version[1]} threads)   "
                  f"actview/PyTorch {fmt(ratio(ours, pytorch), '.2f')}")
        line = f"  epochs after the first: actview {fmt(later_ours, '.3f')}   seed_loop.py {fmt(later_numpy, '.3f')}"
        if torch_version: line += f"   torch_loop.py {fmt(later_torch, '.3f')}"
        line += f"   actview/numpy {fmt(ratio(later_ours, later_numpy), '.2f')}"
        if torch_version: line += f"   actview/PyTorch {fmt(ratio(later_ours, later_torch), '.2f')}"
        print(line)
if bench and bench[0].get("training"):
    print(f"  (actview bench's own synthetic set: {fmt(med([b['training']['secondsPerEpoch'] for b in bench]), '.3f')} s/epoch)")
if bench and bench[0].get("frame"):
    f = med([b["frame"]["buildMilliseconds"] + b["frame"]["ansiMilliseconds"] for b in bench])
    print(f"\nexplorer frame 200x60, build + ANSI text: {fmt(f, '.2f')} ms")

print("\nwhole-process wall times, median (s)")
for name, label in [("bench", "actview bench"), ("npgemm", "numpy_gemm.py"), ("npact", "numpy_activations.py"),
                    ("train", "actview train"), ("seed", "seed_loop.py"), ("torch", "torch_loop.py")]:
    values = [wall(name, r) for r in range(1, rounds + 1)]
    if name == "torch" and not torch_version: continue
    if any(v is not None for v in values) or name != "train" or train_available:
        print(f"  {label:<22}{fmt(med(values), '.3f')}")

# The fast-numerics targets, judged on this run's medians.
print("\ntargets")
def verdict(ok): return "n/a " if ok is None else ("met " if ok else "MISSED")
epoch = ratio(med([train_seconds(r) for r in range(1, rounds + 1)]) if train_available else None,
              med([seed_seconds(r) for r in range(1, rounds + 1)]))
process = ratio(med([wall("train", r) for r in range(1, rounds + 1)]), med([wall("seed", r) for r in range(1, rounds + 1)]))
ok_a = None if epoch is None or process is None else (epoch <= 0.8 and process < 1)
print(f"  {verdict(ok_a)} (a) lecture epoch time {fmt(epoch, '.2f')}x numpy's (needs <= 0.80), "
      f"whole process {fmt(process, '.2f')}x (needs < 1)")
gemm = None
if bench:
    for i, p in enumerate(bench[0]["products"]):
        if p["batch"] == 512 and p["m"] == 512 and p["n"] == 1000 and p["k"] == 784:
            gemm = med([b["products"][i]["gflops"] for b in bench])
print(f"  {verdict(None if gemm is None else gemm >= 100)} (b) 512x784x1000 product {fmt(gemm, '.1f')} GFLOP/s (needs >= 100)")
if bench:
    for name in ["sigmoid", "tanh", "elu", "swish", "gelu"]:
        index = next((i for i, a in enumerate(bench[0]["activations"]) if a["name"] == name), None)
        ours = None if index is None else med([b["activations"][index]["forwardNanoseconds"] for b in bench])
        theirs = med([run.get(name) for run in np_act])
        r = ratio(ours, theirs)
        print(f"  {verdict(None if r is None else r <= 0.5)} (c) {name} forward {fmt(r, '.2f')}x numpy's time (needs <= 0.50)")
agreement = med([b["agreement"]["weightDistance"] for b in bench if b.get("agreement")]) if bench else None
examples = bench[0]["agreement"]["examples"] if bench and bench[0].get("agreement") else 0
print(f"  {verdict(None if agreement is None else agreement <= 1e-5)} (d) fast and reference kernels after one lecture-net epoch "
      f"on {examples} examples: weights {fmt(agreement, '.2g')} apart, relative (needs <= 1e-5; also pinned by `swift test`)")
if torch_version:
    against_torch = ratio(med([train_seconds(r) for r in range(1, rounds + 1)]) if train_available else None, pytorch)
    process_torch = ratio(med([wall("train", r) for r in range(1, rounds + 1)]), med([wall("torch", r) for r in range(1, rounds + 1)]))
    print(f"  info (e) lecture epoch time {fmt(against_torch, '.2f')}x PyTorch's ({fmt(ratio(later_ours, later_torch), '.2f')}x "
          f"after the first epoch), whole process {fmt(process_torch, '.2f')}x (torch {torch_version[0]}, "
          f"{torch_version[1]} threads; no target)")
else:
    print("  n/a  (e) lecture epoch time against PyTorch: torch not importable")
PY
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other processes share these cores)"

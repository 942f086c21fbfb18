#!/usr/bin/env bash
# Soak: the explorer under tmux for SECONDS (default 1800), the trainer
# running flat out (--speed max), a key every half second from a cycle that restarts runs,
# switches activations, data sets and presets, opens the overlays and
# resizes the window; beside it, a headless `actview train` run long enough
# that its evaluation history is thinned many times. Memory (VmRSS, VmHWM)
# is sampled from /proc every 30 s; screens and training output are checked
# for non-finite numbers. Fails if either process dies, memory grows by more
# than SOAK_GROWTH_KB (default 24576) after the warm-up, or a nan/inf shows.
#
#   Scripts/soak.sh [SECONDS]        ACTVIEW_BIN=path/to/actview to skip the build
set -u
. "$(dirname "$0")/tmux-lib.sh"

DURATION=${1:-1800}
GROWTH_KB=${SOAK_GROWTH_KB:-24576}
WARMUP=$(( DURATION / 4 < 30 ? 30 : DURATION / 4 ))
[ "$WARMUP" -ge "$DURATION" ] && WARMUP=$(( DURATION / 2 ))
BIN=$(actview_binary)
echo "soak: $DURATION s with $BIN (warm-up $WARMUP s, allowed growth $GROWTH_KB kB)"

CYCLE=(n n r 2 d i o R + + - L g '?' Escape a Down Enter P 9 d '[' ']' Left Right l h Space s s Space P 1 d P P)
SIZES=("140 45" "80 24" "200 60" "30 10" "140 45")

tmux_start 140 45
type_line "$STTY > before.txt"
type_line "$BIN --speed max; echo \"rc=\$?\""
wait_for "actview ·" 30 || exit 1
PID=$(child_pid)
[ -n "$PID" ] || { echo "no explorer process"; exit 1; }

# Headless: 40 points (one step and one evaluation per epoch), far more epochs than the
# soak lasts; stopped at the end.
"$BIN" train --dataset xor:n=40 --hidden 8,8 --epochs 100000000 --format csv \
    > "$WORKDIR/train.csv" 2> "$WORKDIR/train.err" &
TRAIN=$!

failures=0
start=$SECONDS
presses=0
next_sample=0
warm_rss="" warm_hwm="" warm_train_rss=""
# Resident memory rises and falls with the scene, so the highest reading of
# the warm-up is compared with the highest of the last quarter.
warm_max=0 final_max=0
printf '%8s %12s %12s %14s %10s\n' seconds "tui VmRSS" "tui VmHWM" "train VmRSS" "epochs"
while [ $((SECONDS - start)) -lt "$DURATION" ]; do
    press "${CYCLE[$((presses % ${#CYCLE[@]}))]}"
    presses=$((presses + 1))
    if [ $((presses % 40)) -eq 0 ]; then
        size=${SIZES[$(((presses / 40) % ${#SIZES[@]}))]}
        t resize-window -t 0 -x "${size% *}" -y "${size#* }"
    fi
    sleep 0.5
    if ! kill -0 "$PID" 2>/dev/null; then
        echo "FAIL: the explorer died after $((SECONDS - start)) s"; capture; exit 1
    fi
    if ! kill -0 "$TRAIN" 2>/dev/null; then
        echo "FAIL: the headless train run ended after $((SECONDS - start)) s:"; tail -3 "$WORKDIR/train.err"; exit 1
    fi
    if [ $((presses % 10)) -eq 0 ] && capture | spells_non_finite; then
        echo "FAIL: the screen prints a non-finite number:"; capture | spells_non_finite && capture
        failures=$((failures + 1))
    fi
    elapsed=$((SECONDS - start))
    if [ "$elapsed" -ge "$next_sample" ]; then
        rss=$(proc_kb "$PID" VmRSS); hwm=$(proc_kb "$PID" VmHWM); trss=$(proc_kb "$TRAIN" VmRSS)
        [ "$elapsed" -lt "$WARMUP" ] && [ "$rss" -gt "$warm_max" ] && warm_max=$rss
        [ "$elapsed" -ge $((DURATION * 3 / 4)) ] && [ "$rss" -gt "$final_max" ] && final_max=$rss
        epochs=$(($(wc -l < "$WORKDIR/train.csv") - 1))
        printf '%8d %9s kB %9s kB %11s kB %10d\n' "$elapsed" "$rss" "$hwm" "$trss" "$epochs"
        if [ -z "$warm_rss" ] && [ "$elapsed" -ge "$WARMUP" ]; then
            warm_rss=$rss warm_hwm=$hwm warm_train_rss=$trss
        fi
        next_sample=$((next_sample + 30))
    fi
done
end_rss=$(proc_kb "$PID" VmRSS); end_hwm=$(proc_kb "$PID" VmHWM); end_train_rss=$(proc_kb "$TRAIN" VmRSS)
epochs=$(($(wc -l < "$WORKDIR/train.csv") - 1))
# SIGTERM: a background job of a script ignores SIGINT.
kill -TERM "$TRAIN"; wait "$TRAIN" 2>/dev/null
press Escape; sleep 0.3; press q
sleep 2
rc=$(exit_status)
type_line "clear; $STTY > after.txt; cmp -s before.txt after.txt && echo STTY-SAME || echo STTY-DIFFERENT"
wait_for "STTY-" 10 >/dev/null
stty_result=$(capture | grep -oE 'STTY-(SAME|DIFFERENT)$' | tail -1)

# Every number the headless run printed is finite.
if tail -n +2 "$WORKDIR/train.csv" | spells_non_finite; then
    echo "FAIL: train printed a non-finite number"; failures=$((failures + 1))
fi
echo
thinned=$(( epochs > 2000 ? 1 + (epochs - 2001) / 1000 : 0 ))
echo "keys pressed: $presses; headless epochs: $epochs (one evaluation each; the 2000-record history was thinned about $thinned times)"
echo "explorer VmRSS: highest $warm_max kB in the warm-up, $final_max kB in the last quarter ($end_rss kB at the end); VmHWM $warm_hwm -> $end_hwm kB"
echo "train    VmRSS: $warm_train_rss kB after warm-up, $end_train_rss kB at the end"
echo "explorer exit status: ${rc:-none}; terminal settings: $stty_result"
[ "${rc:-}" = 0 ] || { echo "FAIL: exit status ${rc:-none}"; failures=$((failures + 1)); }
[ "$stty_result" = STTY-SAME ] || { echo "FAIL: terminal settings changed"; failures=$((failures + 1)); }
for pair in "$warm_max $final_max explorer-RSS" "$warm_hwm $end_hwm explorer-HWM" "$warm_train_rss $end_train_rss train-RSS"; do
    set -- $pair
    if [ $(($2 - $1)) -ge "$GROWTH_KB" ]; then
        echo "FAIL: $3 grew by $(($2 - $1)) kB"; failures=$((failures + 1))
    fi
done
[ $failures -eq 0 ] && echo "soak passed" || echo "soak FAILED ($failures)"
exit $failures

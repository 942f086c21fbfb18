#!/usr/bin/env bash
# Signals, repeated: ROUNDS rounds (default 20) of the explorer under tmux,
# each with random keys, a burst of resizes and SIGWINCH, a stop and
# continue from outside, then (in turn) SIGINT, SIGTERM, SIGHUP, SIGQUIT,
# Ctrl-\ typed, SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU or q. Every
# round must end with the documented status (128 + n; 0 for q) and the
# terminal settings as they were before the launch.
#
#   Scripts/signals.sh [ROUNDS]      ACTVIEW_BIN=path/to/actview to skip the build
set -u
. "$(dirname "$0")/tmux-lib.sh"

ROUNDS=${1:-20}
BIN=$(actview_binary)
KEYS=(n p r R 2 5 9 + - '[' ']' L g a Down Enter '?' x Space s Space i o d P Left Right Tab BTab F1)
ENDINGS=(INT TERM HUP QUIT ctrl-backslash PIPE USR1 USR2 ALRM XCPU q)
declare -A EXPECTED=([INT]=130 [TERM]=143 [HUP]=129 [QUIT]=131 [ctrl-backslash]=131 [PIPE]=141 [USR1]=138
                     [USR2]=140 [ALRM]=142 [XCPU]=152 [q]=0)
SEED=${SIGNALS_SEED:-$$}
RANDOM=$SEED
echo "signals: $ROUNDS rounds with $BIN (SIGNALS_SEED=$SEED)"

failures=0 winches=0 resizes=0 stops=0
tmux_start 120 40
for round in $(seq 1 "$ROUNDS"); do
    type_line "clear; $STTY > before.txt"
    type_line "$BIN; echo \"rc=\$?\""
    wait_for "actview ·" 30 || { failures=$((failures + 1)); continue; }
    pid=$(child_pid)
    for _ in $(seq 1 $((RANDOM % 15))); do press "${KEYS[$((RANDOM % ${#KEYS[@]}))]}"; sleep 0.05; done
    kill -0 "$pid" 2>/dev/null || { echo "FAIL: the explorer died under random keys"; failures=$((failures + 1)); continue; }
    for _ in $(seq 1 $((20 + RANDOM % 40))); do
        t resize-window -t 0 -x $((1 + RANDOM % 220)) -y $((1 + RANDOM % 70)); resizes=$((resizes + 1))
        kill -WINCH "$pid" 2>/dev/null; winches=$((winches + 1))
    done
    t resize-window -t 0 -x 120 -y 40
    resumed=""
    if [ $((RANDOM % 2)) -eq 0 ]; then
        kill -TSTP "$pid"; stops=$((stops + 1))
        wait_for "Stopped" 10 >/dev/null || failures=$((failures + 1))
        type_line "clear; fg; echo \"rc=\$?\""
        wait_for "actview ·" 15 >/dev/null || failures=$((failures + 1))
        resumed=" (after a stop)"
    fi
    ending=${ENDINGS[$((round % ${#ENDINGS[@]}))]}
    if [ "$ending" = q ]; then
        press Escape; sleep 0.2; press q
        # Esc may already have quit; a second q then lands in the shell prompt harmlessly.
    elif [ "$ending" = ctrl-backslash ]; then
        press 'C-\'
    else
        kill -"$ending" "$pid"
    fi
    deadline=$((SECONDS + 15))
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.1; done
    sleep 0.3
    rc=$(exit_status)
    type_line "clear; $STTY > after.txt; cmp -s before.txt after.txt && echo STTY-SAME || echo STTY-DIFFERENT"
    wait_for "STTY-" 10 >/dev/null
    stty_result=$(capture | grep -oE 'STTY-(SAME|DIFFERENT)$' | tail -1)
    expected=${EXPECTED[$ending]}
    status="ok"
    if [ "${rc:-none}" != "$expected" ] || [ "$stty_result" != STTY-SAME ]; then
        status="FAIL"; failures=$((failures + 1))
        [ "$stty_result" != STTY-SAME ] && diff "$WORKDIR/before.txt" "$WORKDIR/after.txt" | head -5
    fi
    printf 'round %3d  %-4s%s  status %s (expected %s)  %s  %s\n' "$round" "$ending" "$resumed" "${rc:-none}" "$expected" "$stty_result" "$status"
done
echo "rounds: $ROUNDS, resizes: $resizes, SIGWINCH: $winches, stops: $stops, failures: $failures"
exit $failures

# Shared helpers for the long-run scripts: a private tmux server with one
# pane running bash, the actview binary to test, and /proc readings.
# Sourced, not run.

set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The binary under test: $ACTVIEW_BIN, or a release build made here.
actview_binary() {
    if [ -n "${ACTVIEW_BIN:-}" ]; then
        echo "$ACTVIEW_BIN"
        return
    fi
    echo "building a release binary in .build-scripts (once)..." >&2
    (cd "$ROOT" && swift build -c release --product actview --scratch-path "$ROOT/.build-scripts" >&2) || exit 1
    echo "$ROOT/.build-scripts/release/actview"
}

SOCKET="actview-script-$$"
WORKDIR=$(mktemp -d "${TMPDIR:-/tmp}/actview-script.XXXXXX")
PROMPT='script$ '

t() { tmux -L "$SOCKET" "$@"; }

tmux_start() { # width height
    t -f /dev/null new-session -d -x "$1" -y "$2" \
        "cd '$WORKDIR' && exec env -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 LC_ALL= PS1='$PROMPT' HISTFILE=/dev/null bash --norc --noprofile"
    t set-option -g window-size manual >/dev/null 2>&1 || true
    wait_for "${PROMPT% }" 10 >/dev/null
}

tmux_stop() {
    t kill-server >/dev/null 2>&1 || true
}

cleanup() {
    tmux_stop
    rm -rf "$WORKDIR"
}
trap cleanup EXIT

capture() { t capture-pane -p -t 0; }

# wait_for TEXT SECONDS: polls the pane until it shows TEXT (a fixed string).
wait_for() {
    local deadline=$((SECONDS + $2))
    while [ $SECONDS -le $deadline ]; do
        if capture | grep -qF -- "$1"; then return 0; fi
        sleep 0.1
    done
    echo "timed out waiting for '$1'; the pane shows:" >&2
    capture >&2
    return 1
}

# Clears whatever is on the shell's line first (a stray key from a test).
type_line() { t send-keys -t 0 C-u; t send-keys -t 0 -l "$1"; t send-keys -t 0 Enter; }
press() { t send-keys -t 0 "$@"; }

# The explorer's pid: the foreground child of the pane's shell.
child_pid() {
    local shell
    shell=$(t display-message -p -t 0 '#{pane_pid}')
    awk '{print $1}' "/proc/$shell/task/$shell/children" 2>/dev/null
}

# Settings without the window size, which resizes change on purpose.
STTY="stty -a | sed -E 's/rows [0-9]+; columns [0-9]+;//'"

# kB value of a /proc/PID/status field (VmRSS, VmHWM).
proc_kb() { awk -v f="$2:" '$1 == f {print $2}' "/proc/$1/status" 2>/dev/null; }

# The exit status printed by `...; echo "rc=$?"` (the last one on screen).
exit_status() { capture | grep -E '^rc=[0-9]+' | tail -1 | cut -d= -f2; }

# A number printed as nan or inf (not prose such as "NaN loss", not an
# interval end such as "[0, inf)").
spells_non_finite() {
    sed -E 's/[[(,][[:space:]]*[+-]?inf([[:space:]]*[]),])/\1/g' | grep -qE '(^|[^A-Za-z])(nan|inf)([^A-Za-z]|$)'
}

#!/usr/bin/env bash
# Regenerates the explorer screenshots with `actview snapshot`: SVG always,
# PNG too when rsvg-convert is installed (Korean needs a CJK font, e.g.
# Debian's fonts-noto-cjk). Run from anywhere:
#   screenshots/make.sh [path/to/actview]
# Without an argument the release binary is built first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
if [ $# -ge 1 ]; then
    actview="$1"
else
    (cd "$root" && swift build -c release --product actview >/dev/null)
    actview="$root/.build/release/actview"
fi

# name | arguments. --timing measures steps/s and each activation's cost on
# this machine, as the live explorer does. A --size among the arguments
# replaces the default 160x48 (the last one given counts).
shots=(
    "main|--steps 600 --timing"
    "saturation|--preset saturation --steps 150 --timing"
    "dead-relu|--preset dead-relu --steps 1000 --timing"
    "dead-relu-then-leaky|--preset dead-relu --steps 300 --keys 2<steps:300> --timing"
    "race|--preset race --steps 3000 --timing"
    "race-spiral|--preset race-spiral --steps 4000 --timing"
    "lecture|--preset lecture --steps 10 --keys M<steps:100> --timing"
    "no-activation|--preset no-activation --steps 600 --timing"
    "swish-minimum|--activation swish --steps 300 --keys jj --timing"
    "help|--steps 200 --keys ?"
    "korean-notes|--lang ko --activation sigmoid --steps 400 --timing"
    "picker|--steps 200 --keys a<Down><Down>"
    "selu-deep|--preset selu-deep --steps 300 --timing"
    "regression-abs-relu|--dataset abs --steps 600"
    "regression-abs-tanh|--dataset abs --activation tanh --steps 600"
    "regression-multigauss|--dataset multigauss --steps 1500"
    "network|--preset dead-relu --steps 1000 --timing"
    "network-enlarged|--hidden 8,8 --activation relu,tanh --steps 600 --keys <Tab><Tab><Tab><Tab><Down><Right><Enter> --timing"
    "glossary|--steps 200 --keys ?<Right>"
    "projector-80x24|--steps 600 --timing --size 80x24"
    "projector-ko-100x30|--lang ko --preset saturation --steps 150 --timing --size 100x30"
)

for shot in "${shots[@]}"; do
    name="${shot%%|*}"
    read -r -a args <<< "${shot#*|}"
    "$actview" snapshot --size 160x48 "${args[@]}" --out "$here/$name.svg"
    if command -v rsvg-convert >/dev/null 2>&1; then
        rsvg-convert "$here/$name.svg" -o "$here/$name.png.tmp" && mv "$here/$name.png.tmp" "$here/$name.png"
    fi
    echo "screenshots/$name.svg"
done

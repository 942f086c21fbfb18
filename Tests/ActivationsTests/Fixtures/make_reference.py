#!/usr/bin/env python3
"""Writes reference.csv and peaks.csv: f(x), f'(x) and the slope peaks of every
activation, computed with mpmath at 50 significant digits.

The formulas here are written independently of the Swift code: plainly, from
the definitions, and derivatives are taken numerically with mpmath.diff (at
high precision) except at kinks, where the documented convention is written
out. Regenerate with:  python3 make_reference.py   (from this directory)
"""
import csv
from mpmath import mp, mpf, exp, expm1, log1p, tanh, erfc, sqrt, pi, diff, findroot

mp.dps = 50

LAMBDA = mpf("1.0507009873554804934193349852946")
ALPHA = mpf("1.6732632423543772848170429916717")


def sigmoid(x):
    return 1 / (1 + exp(-x))


def softplus(x, beta=1):
    return log1p(exp(beta * x)) / beta


def gelu_tanh(x):
    # 1 + tanh(u) = 2 / (1 + e^(-2u)): the same number, without the
    # cancellation that no fixed precision survives at x = -1e4.
    u = sqrt(2 / pi) * (x + mpf("0.044715") * x**3)
    return x / (1 + exp(-2 * u))


# Library functions (expm1, log1p, erfc) are used where 1 + tiny or tiny - 1
# would cancel at any fixed precision in the tails.
# name -> (f(x, params), kinks: {x: derivative there})
FUNCTIONS = {
    "step": (lambda x, p: mpf(0) if x < 0 else (mpf(1) / 2 if x == 0 else mpf(1)), {}),
    "sign": (lambda x, p: mpf(-1) if x < 0 else (mpf(0) if x == 0 else mpf(1)), {}),
    "linear": (lambda x, p: x, {}),
    "piecewise-linear": (lambda x, p: min(max(x + mpf(1) / 2, 0), 1), {-0.5: 0, 0.5: 0}),
    "sigmoid": (lambda x, p: sigmoid(x), {}),
    "tanh": (lambda x, p: tanh(x), {}),
    "relu": (lambda x, p: max(x, 0), {0: 0}),
    "relu6": (lambda x, p: min(max(x, 0), 6), {0: 0, 6: 0}),
    "leaky-relu": (lambda x, p: x if x > 0 else p["slope"] * x, {0: "slope"}),
    "prelu": (lambda x, p: x if x > 0 else p["alpha"] * x, {0: "alpha"}),
    "elu": (lambda x, p: x if x > 0 else p["alpha"] * expm1(x), {0: "alpha"}),
    "celu": (lambda x, p: max(x, 0) + min(0, p["alpha"] * expm1(x / p["alpha"])), {0: 1}),
    "selu": (lambda x, p: LAMBDA * x if x > 0 else LAMBDA * ALPHA * expm1(x), {0: LAMBDA * ALPHA}),
    "swish": (lambda x, p: x * sigmoid(p["beta"] * x), {}),
    "mish": (lambda x, p: x * tanh(softplus(x)), {}),
    "gelu": (lambda x, p: x / 2 * erfc(-x / sqrt(2)), {}),
    "gelu-tanh": (lambda x, p: gelu_tanh(x), {}),
    "softplus": (lambda x, p: softplus(x, p["beta"]), {}),
    "softsign": (lambda x, p: x / (1 + abs(x)), {}),
    "hard-sigmoid": (lambda x, p: min(max(x + 3, 0), 6) / 6, {-3: 0, 3: 0}),
    # PyTorch's hardswish_backward: x/3 + 1/2 on the closed interval [-3, 3].
    "hard-swish": (lambda x, p: x * min(max(x + 3, 0), 6) / 6, {-3: mpf(-1) / 2, 3: mpf(3) / 2}),
    "maxout": (lambda x, p: max(p["w1"] * x + p["b1"], p["w2"] * x + p["b2"]), {0: 0}),
}

DEFAULTS = {
    "leaky-relu": {"slope": "0.01"},
    "prelu": {"alpha": "0.25"},
    "elu": {"alpha": "1"},
    "celu": {"alpha": "1"},
    "swish": {"beta": "1"},
    "softplus": {"beta": "1"},
    "maxout": {"w1": "1", "b1": "0", "w2": "0", "b2": "0"},
}

# Non-default settings, to check that parameters reach the maths.
VARIANTS = [
    ("leaky-relu", {"slope": "0.2"}),
    ("prelu", {"alpha": "-0.5"}),
    ("elu", {"alpha": "0.5"}),
    ("celu", {"alpha": "0.5"}),
    ("swish", {"beta": "2.5"}),
    ("softplus", {"beta": "2"}),
    ("maxout", {"w1": "0.5", "b1": "1", "w2": "-2", "b2": "0"}),
]


def points():
    xs = [-50 + i * 0.5 for i in range(201)]                     # includes every kink
    xs += [-50 + i * 0.7853981633974483 for i in range(128)]    # off-grid, step pi/4
    xs += [s * t for t in (1e-300, 1e-20, 1e-8, 60.0, 100.0, 300.0, 700.0, 708.0, 1e4) for s in (-1, 1)]
    return sorted(set(xs))


def derivative(name, f, kinks, x, params):
    for at, slope in kinks.items():
        if x == at:
            # A kink: the program's documented convention (PyTorch's autograd).
            if isinstance(slope, str):
                # maxout's tie uses the smaller slope; other names are parameters.
                return params[slope]
            return mpf(slope)
    if name in ("step", "sign"):
        return mpf(0)
    if name == "maxout":
        a, b = params["w1"] * x + params["b1"], params["w2"] * x + params["b2"]
        if a == b:
            return min(params["w1"], params["w2"])
        return params["w1"] if a > b else params["w2"]
    # Away from kinks every function is smooth near x: a numerical derivative
    # at 50 digits is independent of any closed form.
    return diff(lambda t: f(t, params), mpf(x))


def fmt(v):
    return mp.nstr(v, 20, min_fixed=-5, max_fixed=5, strip_zeros=True) if v != 0 else "0"


def main():
    rows = []
    settings = [(name, DEFAULTS.get(name, {})) for name in FUNCTIONS] + VARIANTS
    for name, raw in settings:
        f, kinks = FUNCTIONS[name]
        params = {k: mpf(v) for k, v in raw.items()}
        label = ";".join(f"{k}={v}" for k, v in raw.items())
        # Kinks move with maxout's parameters; only the defaults' kink is listed.
        if name == "maxout" and raw != DEFAULTS["maxout"]:
            kinks = {}
        for x in points():
            xm = mpf(x)
            rows.append([name, label, repr(x), fmt(f(xm, params)), fmt(derivative(name, f, kinks, x, params))])
    with open("reference.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["name", "parameters", "x", "value", "derivative"])
        w.writerows(rows)

    # Peaks of |f'| for the smooth non-monotone ones: roots of f'' near the
    # positive bump, and for swish also its minimum (root of f').
    peaks = []
    for name, guess in (("swish", 2.4), ("mish", 1.2), ("gelu", 1.4), ("gelu-tanh", 1.4)):
        f = FUNCTIONS[name][0]
        p = {k: mpf(v) for k, v in DEFAULTS.get(name, {}).items()}
        x = findroot(lambda t: diff(lambda s: f(s, p), t, 2), guess, tol=1e-20)
        peaks.append([name, "peak-slope", fmt(x), fmt(diff(lambda s: f(s, p), x))])
    for name, guess in (("swish", -1.3), ("mish", -1.2), ("gelu", -0.75), ("gelu-tanh", -0.75)):
        f = FUNCTIONS[name][0]
        p = {k: mpf(v) for k, v in DEFAULTS.get(name, {}).items()}
        x = findroot(lambda t: diff(lambda s: f(s, p), t), guess, tol=1e-20)
        peaks.append([name, "minimum", fmt(x), fmt(f(x, p))])
    with open("peaks.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["name", "kind", "x", "y"])
        w.writerows(peaks)


if __name__ == "__main__":
    main()

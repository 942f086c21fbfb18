#!/usr/bin/env python3
"""Writes reference.csv and peaks.csv: f(x), f'(x) and the slope peaks of every
activation, computed with mpmath at 50 significant digits.

The formulas here are written independently of the Swift code, from the
textbook definitions; every closed-form derivative is checked against a
numerical derivative (mpmath.diff) wherever that is reliable, and at kinks the
documented convention (PyTorch's autograd) is written out. Regenerate with:  python3 make_reference.py   (from this directory)
"""
import csv
from mpmath import mp, mpf, exp, expm1, log1p, tanh, sech, erfc, sqrt, pi, diff, findroot

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
# name -> (f(x, p), f'(x, p) away from kinks, kinks: {x: f' there})
def step_fn(x, p):
    return mpf(0) if x < 0 else (mpf(1) / 2 if x == 0 else mpf(1))


def sign_fn(x, p):
    return mpf(-1) if x < 0 else (mpf(0) if x == 0 else mpf(1))


def swish_slope(x, p):
    z = p["beta"] * x
    return sigmoid(z) + z * sigmoid(z) * sigmoid(-z)


def mish_slope(x, p):
    s = softplus(x)
    return tanh(s) + x * sech(s) ** 2 * sigmoid(x)


def gelu_slope(x, p):
    return erfc(-x / sqrt(2)) / 2 + x * exp(-x * x / 2) / sqrt(2 * pi)


def gelu_tanh_slope(x, p):
    c, k = sqrt(2 / pi), mpf("0.044715")
    u = c * (x + k * x**3)
    du = c * (1 + 3 * k * x**2)
    return sigmoid(2 * u) + x * 2 * du * sigmoid(2 * u) * sigmoid(-2 * u)


def maxout_slope(x, p):
    a, b = p["w1"] * x + p["b1"], p["w2"] * x + p["b2"]
    if a == b:
        return min(p["w1"], p["w2"])  # a tie: the smaller slope (left derivative)
    return p["w1"] if a > b else p["w2"]


FUNCTIONS = {
    "step": (step_fn, lambda x, p: mpf(0), {}),
    "sign": (sign_fn, lambda x, p: mpf(0), {}),
    "linear": (lambda x, p: x, lambda x, p: mpf(1), {}),
    "piecewise-linear": (lambda x, p: min(max(x + mpf(1) / 2, 0), 1),
                         lambda x, p: mpf(1) if abs(x) < mpf(1) / 2 else mpf(0), {-0.5: 0, 0.5: 0}),
    "sigmoid": (lambda x, p: sigmoid(x), lambda x, p: sigmoid(x) * sigmoid(-x), {}),
    "tanh": (lambda x, p: tanh(x), lambda x, p: sech(x) ** 2, {}),
    "relu": (lambda x, p: max(x, 0), lambda x, p: mpf(1 if x > 0 else 0), {0: 0}),
    "relu6": (lambda x, p: min(max(x, 0), 6), lambda x, p: mpf(1 if 0 < x < 6 else 0), {0: 0, 6: 0}),
    "leaky-relu": (lambda x, p: x if x > 0 else p["slope"] * x,
                   lambda x, p: mpf(1) if x > 0 else p["slope"], {0: "slope"}),
    "prelu": (lambda x, p: x if x > 0 else p["alpha"] * x,
              lambda x, p: mpf(1) if x > 0 else p["alpha"], {0: "alpha"}),
    "elu": (lambda x, p: x if x > 0 else p["alpha"] * expm1(x),
            lambda x, p: mpf(1) if x > 0 else p["alpha"] * exp(x), {0: "alpha"}),
    "celu": (lambda x, p: max(x, 0) + min(0, p["alpha"] * expm1(x / p["alpha"])),
             lambda x, p: mpf(1) if x > 0 else exp(x / p["alpha"]), {0: 1}),
    "selu": (lambda x, p: LAMBDA * x if x > 0 else LAMBDA * ALPHA * expm1(x),
             lambda x, p: LAMBDA if x > 0 else LAMBDA * ALPHA * exp(x), {0: LAMBDA * ALPHA}),
    "swish": (lambda x, p: x * sigmoid(p["beta"] * x), swish_slope, {}),
    "mish": (lambda x, p: x * tanh(softplus(x)), mish_slope, {}),
    "gelu": (lambda x, p: x / 2 * erfc(-x / sqrt(2)), gelu_slope, {}),
    "gelu-tanh": (lambda x, p: gelu_tanh(x), gelu_tanh_slope, {}),
    "softplus": (lambda x, p: softplus(x, p["beta"]), lambda x, p: sigmoid(p["beta"] * x), {}),
    "softsign": (lambda x, p: x / (1 + abs(x)), lambda x, p: 1 / (1 + abs(x)) ** 2, {}),
    "hard-sigmoid": (lambda x, p: min(max(x + 3, 0), 6) / 6,
                     lambda x, p: mpf(1) / 6 if abs(x) < 3 else mpf(0), {-3: 0, 3: 0}),
    # PyTorch's hardswish_backward: x/3 + 1/2 on the closed interval [-3, 3].
    "hard-swish": (lambda x, p: x * min(max(x + 3, 0), 6) / 6,
                   lambda x, p: mpf(0) if x < -3 else (x / 3 + mpf(1) / 2 if x <= 3 else mpf(1)),
                   {-3: mpf(-1) / 2, 3: mpf(3) / 2}),
    "maxout": (lambda x, p: max(p["w1"] * x + p["b1"], p["w2"] * x + p["b2"]), maxout_slope, {}),
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


def derivative(name, slope, kinks, x, params):
    for at, value in kinks.items():
        if x == at:
            # A kink: the program's documented convention (PyTorch's autograd).
            return params[value] if isinstance(value, str) else mpf(value)
    return slope(mpf(x), params)


def check_slope(name, f, slope, kinks, x, params):
    """The closed-form f' must agree with a 50-digit numerical derivative
    wherever f is smooth near x and the numbers are of ordinary size."""
    if abs(x) > 20 or any(abs(x - at) < 1e-3 for at in kinks) or name in ("step", "sign"):
        return
    if name == "maxout":
        a, b = params["w1"] * x + params["b1"], params["w2"] * x + params["b2"]
        if abs(a - b) < 1e-3:
            return
    numeric = diff(lambda t: f(t, params), mpf(x))
    exact = slope(mpf(x), params)
    assert abs(numeric - exact) <= mpf("1e-25") * max(1, abs(exact)), (name, x, numeric, exact)


def fmt(v):
    return mp.nstr(v, 20, min_fixed=-5, max_fixed=5, strip_zeros=True) if v != 0 else "0"


def main():
    rows = []
    settings = [(name, DEFAULTS.get(name, {})) for name in FUNCTIONS] + VARIANTS
    for name, raw in settings:
        f, slope, kinks = FUNCTIONS[name]
        params = {k: mpf(v) for k, v in raw.items()}
        label = ";".join(f"{k}={v}" for k, v in raw.items())
        for x in points():
            check_slope(name, f, slope, kinks, x, params)
            rows.append([name, label, repr(x), fmt(f(mpf(x), params)), fmt(derivative(name, slope, kinks, x, params))])
    with open("reference.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["name", "parameters", "x", "value", "derivative"])
        w.writerows(rows)

    # The peak of |f'| of the smooth non-monotone ones (a root of f'' near the
    # bump at x > 0), and their minimum (a root of f').
    peaks = []
    for name, guess in (("swish", 2.4), ("mish", 1.2), ("gelu", 1.4), ("gelu-tanh", 1.4)):
        f, slope = FUNCTIONS[name][0], FUNCTIONS[name][1]
        p = {k: mpf(v) for k, v in DEFAULTS.get(name, {}).items()}
        x = findroot(lambda t: diff(lambda s: slope(s, p), t), guess)
        peaks.append([name, "peak-slope", fmt(x), fmt(slope(x, p))])
    for name, guess in (("swish", -1.3), ("mish", -1.2), ("gelu", -0.75), ("gelu-tanh", -0.75)):
        f, slope = FUNCTIONS[name][0], FUNCTIONS[name][1]
        p = {k: mpf(v) for k, v in DEFAULTS.get(name, {}).items()}
        x = findroot(lambda t: slope(t, p), guess)
        peaks.append([name, "minimum", fmt(x), fmt(f(x, p))])
    with open("peaks.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["name", "kind", "x", "y"])
        w.writerows(peaks)


if __name__ == "__main__":
    main()

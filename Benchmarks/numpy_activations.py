#!/usr/bin/env python3
"""numpy's float32 activation passes over 2^20 elements, one thread.

The same element count and input range (-5..5) as `actview bench`; each
function written the way a numpy training loop writes it. numpy's ufuncs
run on one thread. GELU (the erf form) needs scipy.special.erf and is
skipped without scipy; the tanh form is measured as gelu-tanh.
Prints CSV: name,ns_per_element (median of repeated runs).

usage: numpy_activations.py [--repeat N]
"""
import argparse, time
import numpy as np

def functions():
    f = {
        "sigmoid": lambda x: 1 / (1 + np.exp(-x)),
        "tanh": np.tanh,
        "relu": lambda x: np.maximum(x, 0),
        "leaky-relu": lambda x: np.where(x > 0, x, np.float32(0.01) * x),
        "elu": lambda x: np.where(x > 0, x, np.expm1(x)),
        "selu": lambda x: np.float32(1.0507009873554805) * np.where(x > 0, x, np.float32(1.6732632423543772) * np.expm1(x)),
        "swish": lambda x: x / (1 + np.exp(-x)),
        "softplus": lambda x: np.logaddexp(np.float32(0), x),
        "gelu-tanh": lambda x: np.float32(0.5) * x * (1 + np.tanh(np.float32(0.7978845608028654) * (x + np.float32(0.044715) * x * x * x))),
    }
    try:
        from scipy.special import erf
        f["gelu"] = lambda x: np.float32(0.5) * x * (1 + erf(x * np.float32(0.7071067811865476)))
    except ImportError:
        pass
    return f

def main():
    p = argparse.ArgumentParser(); p.add_argument("--repeat", type=int, default=9)
    a = p.parse_args()
    n = 1 << 20
    x = np.random.default_rng(1998).uniform(-5, 5, size=n).astype(np.float32)
    print("name,ns_per_element")
    for name, f in functions().items():
        y = f(x)
        assert y.dtype == np.float32, (name, y.dtype)
        times = []
        for _ in range(a.repeat):
            t0 = time.perf_counter(); f(x); times.append(time.perf_counter() - t0)
        print(f"{name},{float(np.median(times)) / n * 1e9:.3f}")

if __name__ == "__main__":
    main()

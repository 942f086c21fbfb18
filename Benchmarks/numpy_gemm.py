#!/usr/bin/env python3
"""numpy's float32 matrix products on the shapes `actview bench` measures.

The six products of one training step of the lecture's 784-1000-10 net at
batch 128 and 512, weights stored inputs x outputs, transposes passed to
BLAS as views (no copies). Prints which BLAS numpy runs and with how many
threads, then one CSV line per shape: batch,name,trans,m,n,k,seconds,gflops
(median of repeated runs, about 0.3 s per shape).

usage: numpy_gemm.py [--budget SECONDS]
"""
import argparse, time
import numpy as np

SHAPES = [
    ("X·W1 (forward 1)", "NN", lambda b: (b, 1000, 784)),
    ("A1·W2 (forward 2)", "NN", lambda b: (b, 10, 1000)),
    ("D2·W2ᵀ (back 2)", "NT", lambda b: (b, 1000, 10)),
    ("D1·W1ᵀ (back 1)", "NT", lambda b: (b, 784, 1000)),
    ("A1ᵀ·D2 (grad W2)", "TN", lambda b: (1000, 10, b)),
    ("Xᵀ·D1 (grad W1)", "TN", lambda b: (784, 1000, b)),
]

def blas_line():
    try:
        from threadpoolctl import threadpool_info
        infos = [i for i in threadpool_info() if i.get("user_api") == "blas"]
        return "; ".join(f"{i.get('internal_api')} {i.get('version')} kernel={i.get('architecture')} threads={i.get('num_threads')}"
                         for i in infos) or "unknown"
    except ImportError:
        return "unknown (pip install threadpoolctl to see the OpenBLAS kernel)"

def main():
    p = argparse.ArgumentParser(); p.add_argument("--budget", type=float, default=0.3)
    a = p.parse_args()
    rng = np.random.default_rng(2012)
    print(f"# blas: {blas_line()}")
    print("batch,name,trans,m,n,k,seconds,gflops")
    for batch in (128, 512):
        for name, trans, shape in SHAPES:
            m, n, k = shape(batch)
            A = rng.uniform(-1, 1, size=(m, k) if trans[0] == "N" else (k, m)).astype(np.float32)
            B = rng.uniform(-1, 1, size=(k, n) if trans[1] == "N" else (n, k)).astype(np.float32)
            opA = A if trans[0] == "N" else A.T
            opB = B if trans[1] == "N" else B.T
            C = np.empty((m, n), dtype=np.float32)
            np.dot(opA, opB, out=C)
            t0 = time.perf_counter(); np.dot(opA, opB, out=C); first = time.perf_counter() - t0
            reps = max(5, min(2000, int(a.budget / max(first, 1e-7))))
            times = []
            for _ in range(reps):
                t0 = time.perf_counter(); np.dot(opA, opB, out=C); times.append(time.perf_counter() - t0)
            s = float(np.median(times))
            print(f"{batch},{name},{trans},{m},{n},{k},{s:.6e},{2 * m * n * k / s / 1e9:.2f}")

if __name__ == "__main__":
    main()

"""scipy's L-BFGS-B on the bound-constrained problems of OptimGen.Lbfgsb.Tests (Problems/*.cs define them the same way).

usage: python3 scipy_reference.py GTOL PROBLEM [ARGS...] [; PROBLEM [ARGS...]]...
Prints one JSON object per problem: name, nfev, nit, fun, x, status, message. ftol is 0, so scipy stops on the
projected-gradient tolerance (or a failed line search, or its limits) like OptimGen's Scan with GradientTolerance.

usage: python3 scipy_reference.py --benchmark GTOL REPEATS PROBLEM ARGS...
Times scipy.optimize.minimize(method='L-BFGS-B') REPEATS times with time.perf_counter (median in seconds) and measures
the peak of Python allocations of one more run with tracemalloc; prints one JSON object.
"""
import json
import math
import statistics
import sys
import time
import tracemalloc

import numpy as np
from scipy.optimize import Bounds, minimize

INF = np.inf


def rosenbrock2(x):
    a = x[1] - x[0] ** 2
    b = 1 - x[0]
    return 100 * a * a + b * b, np.array([-400 * x[0] * a - 2 * b, 200 * a])


def hs003(x):
    d = x[1] - x[0]
    return x[1] + 1e-5 * d * d, np.array([-2e-5 * d, 1 + 2e-5 * d])


def hs004(x):
    s = x[0] + 1
    return s ** 3 / 3 + x[1], np.array([s * s, 1.0])


def hs005(x):
    c = math.cos(x[0] + x[1])
    d = x[0] - x[1]
    f = math.sin(x[0] + x[1]) + d * d - 1.5 * x[0] + 2.5 * x[1] + 1
    return f, np.array([c + 2 * d - 1.5, c - 2 * d + 2.5])


def hs038(x):
    a = x[1] - x[0] ** 2
    b = 1 - x[0]
    c = x[3] - x[2] ** 2
    d = 1 - x[2]
    e = x[1] - 1
    h = x[3] - 1
    f = 100 * a * a + b * b + 90 * c * c + d * d + 10.1 * (e * e + h * h) + 19.8 * e * h
    g = np.array([-400 * x[0] * a - 2 * b, 200 * a + 20.2 * e + 19.8 * h,
                  -360 * x[2] * c - 2 * d, 180 * c + 20.2 * h + 19.8 * e])
    return f, g


def hs045(x):
    p = np.prod(x)
    g = np.array([-np.prod(np.delete(x, i)) / 120 for i in range(5)])
    return 2 - p / 120, g


def hs110(x):
    lo = np.log(x - 2)
    hi = np.log(10 - x)
    power = math.exp(0.2 * np.sum(np.log(x)))
    f = np.sum(lo * lo + hi * hi) - power
    g = 2 * lo / (x - 2) - 2 * hi / (10 - x) - 0.2 * power / x
    return f, g


def driver1(x):
    r = x[1:] - x[:-1] ** 2
    f = 0.25 * (x[0] - 1) ** 2 + 4 * np.dot(r, r)
    g = np.zeros_like(x)
    g[0] = 0.5 * (x[0] - 1)
    g[1:] += 8 * r
    g[:-1] -= 16 * x[:-1] * r
    return f, g


def box_quadratic(n):
    i = np.arange(n)
    d = 10.0 ** (3.0 * i / max(n - 1, 1))
    c = 2 * np.sin(i + 1.0)

    def fg(x):
        diff = x - c
        return float(np.sum(d * diff * diff) / 2), d * diff
    return fg


def grid_energy(nx, ny, hx, hy, lower_weight, upper_weight, linear):
    """1/2 sum_T w_T |grad v|^2 + sum b v on the triangulated grid, v = 0 on the boundary (see Problems/Minpack2.cs)."""
    wl = np.array([lower_weight(i) for i in range(nx + 1)])        # columns 0..nx
    wu = np.array([upper_weight(i) for i in range(1, nx + 2)])     # columns 1..nx+1
    b = np.array([linear(i) for i in range(1, nx + 1)])

    def fg(x):
        v = np.zeros((ny + 2, nx + 2))                              # v[j, i]
        v[1:ny + 1, 1:nx + 1] = x.reshape(ny, nx)
        gp = np.zeros_like(v)
        # lower triangles: corner (i, j) for i = 0..nx, j = 0..ny
        c = v[0:ny + 1, 0:nx + 1]
        dx = (v[0:ny + 1, 1:nx + 2] - c) / hx
        dy = (v[1:ny + 2, 0:nx + 1] - c) / hy
        w = wl[np.newaxis, :]
        quad = np.sum(w * (dx * dx + dy * dy))
        gp[0:ny + 1, 0:nx + 1] -= w * (dx / hx + dy / hy)
        gp[0:ny + 1, 1:nx + 2] += w * dx / hx
        gp[1:ny + 2, 0:nx + 1] += w * dy / hy
        # upper triangles: corner (i, j) for i = 1..nx+1, j = 1..ny+1
        c = v[1:ny + 2, 1:nx + 2]
        dx = (c - v[1:ny + 2, 0:nx + 1]) / hx
        dy = (c - v[0:ny + 1, 1:nx + 2]) / hy
        w = wu[np.newaxis, :]
        quad += np.sum(w * (dx * dx + dy * dy))
        gp[1:ny + 2, 1:nx + 2] += w * (dx / hx + dy / hy)
        gp[1:ny + 2, 0:nx + 1] -= w * dx / hx
        gp[0:ny + 1, 1:nx + 2] -= w * dy / hy
        inner = v[1:ny + 1, 1:nx + 1]
        f = quad / 2 + np.sum(b[np.newaxis, :] * inner)
        g = gp[1:ny + 1, 1:nx + 1] + b[np.newaxis, :]
        return float(f), g.ravel().copy()
    return fg


def torsion(nx, ny):
    hx, hy, c = 1.0 / (nx + 1), 1.0 / (ny + 1), 5.0
    fg = grid_energy(nx, ny, hx, hy, lambda i: hx * hy / 2, lambda i: hx * hy / 2, lambda i: -2 * c * hx * hy / 2)
    i = np.arange(1, nx + 1)[np.newaxis, :]
    j = np.arange(1, ny + 1)[:, np.newaxis]
    upper = np.minimum(np.minimum(i, nx - i + 1) * hx, np.minimum(j, ny - j + 1) * hy).ravel()
    return fg, upper.copy(), -upper, upper


def bearing(nx, ny):
    ecc, half_width = 0.1, 10.0
    hx, hy = 2 * math.pi / (nx + 1), 2 * half_width / (ny + 1)

    def q(x):
        return (1 + ecc * math.cos(x)) ** 3
    fg = grid_energy(nx, ny, hx, hy,
                     lambda i: hx * hy * (2 * q(i * hx) + q((i + 1) * hx)) / 6,
                     lambda i: hx * hy * (2 * q(i * hx) + q((i - 1) * hx)) / 6,
                     lambda i: -ecc * hx * hy * math.sin(i * hx))
    start = np.tile(np.maximum(np.sin(np.arange(1, nx + 1) * hx), 0), ny)
    return fg, start, np.zeros(nx * ny), np.full(nx * ny, INF)


def problem(name, args):
    """(fg, x0, lower, upper) as Problems/*.cs define them."""
    if name == "hs001":
        return rosenbrock2, np.array([-2.0, 1.0]), np.array([-INF, -1.5]), np.array([INF, INF])
    if name == "hs002":
        return rosenbrock2, np.array([-2.0, 1.0]), np.array([-INF, 1.5]), np.array([INF, INF])
    if name == "hs003":
        return hs003, np.array([10.0, 1.0]), np.array([-INF, 0.0]), np.array([INF, INF])
    if name == "hs004":
        return hs004, np.array([1.125, 0.125]), np.array([1.0, 0.0]), np.array([INF, INF])
    if name == "hs005":
        return hs005, np.zeros(2), np.array([-1.5, -3.0]), np.array([4.0, 3.0])
    if name == "hs038":
        return hs038, np.array([-3.0, -1, -3, -1]), np.full(4, -10.0), np.full(4, 10.0)
    if name == "hs045":
        return hs045, np.full(5, 2.0), np.zeros(5), np.arange(1.0, 6.0)
    if name == "hs110":
        return hs110, np.full(10, 9.0), np.full(10, 2.001), np.full(10, 9.999)
    if name == "rosenbrock-cut":
        return rosenbrock2, np.array([-1.2, 1.0]), np.array([-1.5, -0.5]), np.array([0.5, 1.5])
    if name == "driver1":
        n = int(args[0])
        lower = np.where(np.arange(n) % 2 == 0, 1.0, -100.0)
        return driver1, np.full(n, 3.0), lower, np.full(n, 100.0)
    if name == "box-quadratic":
        n = int(args[0])
        return box_quadratic(n), np.full(n, 0.5), np.zeros(n), np.ones(n)
    if name == "torsion":
        return torsion(int(args[0]), int(args[1]))
    if name == "bearing":
        return bearing(int(args[0]), int(args[1]))
    raise SystemExit(f"unknown problem {name}")


def solve(name, args, gtol):
    fg, x0, lower, upper = problem(name, args)
    result = minimize(fg, x0, jac=True, method="L-BFGS-B", bounds=Bounds(lower, upper),
                      options={"gtol": gtol, "ftol": 0.0, "maxiter": 100000, "maxfun": 100000})
    return result


def main(argv):
    if argv and argv[0] == "--benchmark":
        gtol, repeats, name, args = float(argv[1]), int(argv[2]), argv[3], argv[4:]
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            result = solve(name, args, gtol)
            times.append(time.perf_counter() - started)
        tracemalloc.start()
        solve(name, args, gtol)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(json.dumps({"name": name, "nfev": int(result.nfev), "nit": int(result.nit), "fun": float(result.fun),
                          "seconds": statistics.median(times), "peak_bytes": int(peak)}))
        return
    gtol = float(argv[0])
    groups, current = [], []
    for token in argv[1:]:
        if token == ";":
            groups.append(current)
            current = []
        else:
            current.append(token)
    if current:
        groups.append(current)
    for name, *args in groups:
        result = solve(name, args, gtol)
        print(json.dumps({"name": name, "nfev": int(result.nfev), "nit": int(result.nit), "fun": float(result.fun),
                          "x": [float(v) for v in result.x], "status": int(result.status),
                          "message": str(result.message)}))


if __name__ == "__main__":
    main(sys.argv[1:])

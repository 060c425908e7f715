"""scipy's L-BFGS-B on objectives evaluated by the caller (the C# test), one problem after another.

Protocol, one line per message: the caller writes "START gtol maxiter x0_1 ... x0_n"; this script answers every
evaluation it needs with "X x_1 ... x_n" and reads back "f g_1 ... g_n"; at the end of a problem it writes
"DONE f nfev nit success". "END" stops the script. Numbers are written with repr, so they round-trip.
"""
import sys

import numpy as np
from scipy.optimize import minimize


def evaluate(x):
    sys.stdout.write("X " + " ".join(repr(float(v)) for v in x) + "\n")
    sys.stdout.flush()
    numbers = [float(v) for v in sys.stdin.readline().split()]
    return numbers[0], np.array(numbers[1:])


def main():
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] == "END":
            return
        gtol, maxiter = float(parts[1]), int(parts[2])
        x0 = np.array([float(v) for v in parts[3:]])
        result = minimize(evaluate, x0, jac=True, method="L-BFGS-B",
                          options={"gtol": gtol, "ftol": 0.0, "maxiter": maxiter, "maxfun": 10 * maxiter})
        sys.stdout.write("DONE %r %d %d %d\n" % (float(result.fun), result.nfev, result.nit, int(result.success)))
        sys.stdout.flush()


main()

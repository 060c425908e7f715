using System;
using OptimGen;

namespace Seed;

/// <summary>
/// The extended Rosenbrock function, sum over pairs of 100 (x[2i+1] - x[2i]^2)^2 + (1 - x[2i])^2, minimum 0
/// at all ones; the standard start is (-1.2, 1, -1.2, 1, ...). A struct, so Scan's loop can inline it.
/// </summary>
internal struct ExtendedRosenbrock : IObjective<Real>
{
    public static Real[] StandardStart(int n)
    {
        var x = new Real[n];
        for (int i = 0; i < n; i += 2)
        {
            x[i] = (Real)(-1.2);
            x[i + 1] = 1;
        }

        return x;
    }

    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Real value = 0;
        for (int i = 0; i + 1 < x.Length; i += 2)
        {
            Real a = x[i];
            Real b = x[i + 1];
            Real curve = b - a * a;
            Real offset = 1 - a;
            value += 100 * curve * curve + offset * offset;
            gradient[i] = -400 * a * curve - 2 * offset;
            gradient[i + 1] = 200 * curve;
        }

        return value;
    }
}

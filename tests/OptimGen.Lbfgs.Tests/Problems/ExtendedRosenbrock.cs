using System;
using OptimGen;

namespace OptimGen.LbfgsTests.Problems;

/// <summary>
/// Extended Rosenbrock (Moré, Garbow and Hillstrom, problem 21): n/2 independent copies of
/// <c>100 (x2 - x1^2)^2 + (1 - x1)^2</c>; minimum 0 at all ones. For n = 2 it is the classic Rosenbrock function.
/// </summary>
public readonly struct ExtendedRosenbrock : IObjective<Real>
{
    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Real sum = 0;
        for (int i = 0; i + 1 < x.Length; i += 2)
        {
            Real a = x[i], b = x[i + 1];
            Real curve = b - a * a, offset = 1 - a;
            sum += 100 * curve * curve + offset * offset;
            gradient[i] = -400 * a * curve - 2 * offset;
            gradient[i + 1] = 200 * curve;
        }

        return sum;
    }

    /// <summary>The standard start: (-1.2, 1) repeated.</summary>
    public static Real[] StandardStart(int n)
    {
        var start = new Real[n];
        for (int i = 0; i + 1 < n; i += 2)
        {
            start[i] = (Real)(-1.2);
            start[i + 1] = 1;
        }

        return start;
    }
}

using System;
using OptimGen;

namespace OptimGen.LbfgsTests.Problems;

/// <summary>
/// Zakharov: <c>sum x_i^2 + S^2 + S^4</c> with <c>S = sum 0.5 i x_i</c> (i from 1); minimum 0 at the origin.
/// Very steep from optax's start (600, 700, 200, 100, 90, 1000).
/// </summary>
public readonly struct Zakharov : IObjective<Real>
{
    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Real squares = 0, weighted = 0;
        for (int i = 0; i < x.Length; i++)
        {
            squares += x[i] * x[i];
            weighted += (Real)0.5 * (i + 1) * x[i];
        }

        Real outer = 2 * weighted + 4 * weighted * weighted * weighted;
        for (int i = 0; i < x.Length; i++)
            gradient[i] = 2 * x[i] + outer * (Real)0.5 * (i + 1);
        return squares + weighted * weighted + weighted * weighted * weighted * weighted;
    }
}

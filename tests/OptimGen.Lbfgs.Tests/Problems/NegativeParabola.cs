using System;
using OptimGen;

namespace OptimGen.LbfgsTests.Problems;

/// <summary><c>-0.5 x^2</c>: unbounded below, with negative curvature everywhere.</summary>
public readonly struct NegativeParabola : IObjective<Real>
{
    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        gradient[0] = -x[0];
        return -x[0] * x[0] / 2;
    }
}

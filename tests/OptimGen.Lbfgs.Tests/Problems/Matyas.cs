using System;
using OptimGen;

namespace OptimGen.LbfgsTests.Problems;

/// <summary>Matyas: <c>0.26 (x^2 + y^2) - 0.48 xy</c>; minimum 0 at the origin.</summary>
public readonly struct Matyas : IObjective<Real>
{
    public Real Evaluate(ReadOnlySpan<Real> p, Span<Real> gradient)
    {
        Real x = p[0], y = p[1];
        gradient[0] = (Real)0.52 * x - (Real)0.48 * y;
        gradient[1] = (Real)0.52 * y - (Real)0.48 * x;
        return (Real)0.26 * (x * x + y * y) - (Real)0.48 * x * y;
    }
}

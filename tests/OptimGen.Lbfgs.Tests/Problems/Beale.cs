using System;
using OptimGen;

namespace OptimGen.LbfgsTests.Problems;

/// <summary>
/// Beale: <c>(1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2</c>; minimum 0 at (3, 0.5).
/// </summary>
public readonly struct Beale : IObjective<Real>
{
    public Real Evaluate(ReadOnlySpan<Real> p, Span<Real> gradient)
    {
        Real x = p[0], y = p[1];
        Real r1 = (Real)1.5 - x + x * y;
        Real r2 = (Real)2.25 - x + x * y * y;
        Real r3 = (Real)2.625 - x + x * y * y * y;
        gradient[0] = 2 * r1 * (y - 1) + 2 * r2 * (y * y - 1) + 2 * r3 * (y * y * y - 1);
        gradient[1] = 2 * r1 * x + 2 * r2 * 2 * x * y + 2 * r3 * 3 * x * y * y;
        return r1 * r1 + r2 * r2 + r3 * r3;
    }
}

using System;
using OptimGen;

namespace OptimGen.LbfgsTests.Problems;

/// <summary>
/// Himmelblau: <c>(x^2 + y - 11)^2 + (x + y^2 - 7)^2</c>; four minima of value 0, among them (3, 2), the one
/// reached from (1, 1) (optax's start).
/// </summary>
public readonly struct Himmelblau : IObjective<Real>
{
    public Real Evaluate(ReadOnlySpan<Real> p, Span<Real> gradient)
    {
        Real x = p[0], y = p[1];
        Real a = x * x + y - 11, b = x + y * y - 7;
        gradient[0] = 4 * a * x + 2 * b;
        gradient[1] = 2 * a + 4 * b * y;
        return a * a + b * b;
    }
}

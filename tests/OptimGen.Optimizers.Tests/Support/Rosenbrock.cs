using System;

namespace OptimGen.Optimizers.Tests.Support;

/// <summary>
/// Rosenbrock's banana <c>f(x, y) = (1 − x)² + 100 (y − x²)²</c>: the minimum 0 lies at (1, 1) at the end of a
/// long curved valley, the classic hard case for first-order methods. The start is the usual (−1.2, 1).
/// </summary>
internal readonly struct Rosenbrock : IObjective<Real>
{
    public static Real[] Start() => new Real[] { (Real)(-1.2), (Real)1 };

    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Real a = 1 - x[0];
        Real b = x[1] - x[0] * x[0];
        gradient[0] = -2 * a - 400 * x[0] * b;
        gradient[1] = 200 * b;
        return a * a + 100 * b * b;
    }
}

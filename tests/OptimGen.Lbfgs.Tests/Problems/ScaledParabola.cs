using System;
using OptimGen;

namespace OptimGen.LbfgsTests.Problems;

/// <summary><c>0.5 c x^2</c> summed over the coordinates: small enough in tests to follow every trial by hand.</summary>
public readonly struct ScaledParabola : IObjective<Real>
{
    private readonly Real curvature;

    public ScaledParabola(Real curvature) => this.curvature = curvature;

    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Real sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            gradient[i] = curvature * x[i];
            sum += curvature * x[i] * x[i];
        }

        return sum / 2;
    }
}

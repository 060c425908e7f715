using System;
using OptimGen;

namespace OptimGen.LbfgsTests.Problems;

/// <summary>
/// Chained Rosenbrock (scipy's and optax's <c>rosen</c>): <c>sum_i 100 (x_(i+1) - x_i^2)^2 + (1 - x_i)^2</c>;
/// minimum 0 at all ones.
/// </summary>
public readonly struct ChainedRosenbrock : IObjective<Real>
{
    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        gradient.Clear();
        Real sum = 0;
        for (int i = 0; i + 1 < x.Length; i++)
        {
            Real curve = x[i + 1] - x[i] * x[i], offset = 1 - x[i];
            sum += 100 * curve * curve + offset * offset;
            gradient[i] += -400 * x[i] * curve - 2 * offset;
            gradient[i + 1] += 200 * curve;
        }

        return sum;
    }
}

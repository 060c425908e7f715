using System;
using OptimGen;

namespace OptimGen.LbfgsTests.Problems;

/// <summary>
/// <c>0.5 sum c_i (x_i - 1)^2</c> with curvatures <c>c_i</c> spaced geometrically from 1 to
/// <paramref name="conditionNumber"/>: condition number as given, minimum 0 at all ones.
/// </summary>
public sealed class DiagonalQuadratic : IObjective<Real>
{
    private readonly Real[] curvatures;

    public DiagonalQuadratic(int n, double conditionNumber)
    {
        curvatures = new Real[n];
        for (int i = 0; i < n; i++)
            curvatures[i] = (Real)Math.Pow(conditionNumber, n == 1 ? 0 : (double)i / (n - 1));
    }

    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Real sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            Real offset = x[i] - 1;
            gradient[i] = curvatures[i] * offset;
            sum += curvatures[i] * offset * offset;
        }

        return sum / 2;
    }
}

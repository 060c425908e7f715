using System;
using OptimGen;

namespace OptimGen.LbfgsTests.Problems;

/// <summary><c>0.5 x^2</c> where <c>x &gt;= 0.5</c> and not a number elsewhere: an objective with a domain.</summary>
public readonly struct PartialParabola : IObjective<Real>
{
    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        if (x[0] < (Real)0.5)
        {
            gradient[0] = Real.NaN;
            return Real.NaN;
        }

        gradient[0] = x[0];
        return x[0] * x[0] / 2;
    }
}

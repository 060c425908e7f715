using System;
using OptimGen;

namespace OptimGen.LbfgsbTests;

/// <summary>Wraps an objective and counts its evaluations (a class, so the count survives <c>Scan</c>'s copy).</summary>
public sealed class CountingObjective<TObjective> : IObjective<Real>
    where TObjective : IObjective<Real>
{
    private TObjective inner;

    public CountingObjective(TObjective inner) => this.inner = inner;

    public int Evaluations { get; private set; }

    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Evaluations++;
        return inner.Evaluate(x, gradient);
    }
}

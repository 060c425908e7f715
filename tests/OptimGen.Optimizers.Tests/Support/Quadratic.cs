using System;

namespace OptimGen.Optimizers.Tests.Support;

/// <summary>
/// <c>f(x) = ½ Σ cᵢ (xᵢ − tᵢ)²</c> with curvatures <c>cᵢ</c> spread evenly over [1, <see cref="Condition"/>] and
/// the minimum at <c>tᵢ = (i + 1)/n − ½</c>: a well-understood convex problem with a known minimizer.
/// </summary>
internal readonly struct Quadratic : IObjective<Real>
{
    public Quadratic(int dimension, double condition)
    {
        Dimension = dimension;
        Condition = condition;
    }

    public int Dimension { get; }

    public double Condition { get; }

    public Real Curvature(int i) => (Real)(1 + (Condition - 1) * i / Math.Max(1, Dimension - 1));

    public Real Minimizer(int i) => (Real)((i + 1.0) / Dimension - 0.5);

    /// <summary>A starting point at distance about 1 from the minimizer in every coordinate.</summary>
    public Real[] Start()
    {
        var x = new Real[Dimension];
        for (int i = 0; i < Dimension; i++)
            x[i] = Minimizer(i) + (i % 2 == 0 ? (Real)1 : (Real)(-1));
        return x;
    }

    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Real value = 0;
        for (int i = 0; i < x.Length; i++)
        {
            Real offset = x[i] - Minimizer(i);
            gradient[i] = Curvature(i) * offset;
            value += (Real)0.5 * Curvature(i) * offset * offset;
        }

        return value;
    }
}

using System;
using OptimGen.TestProblems;

namespace OptimGen.LbfgsTests.MoreGarbowHillstrom;

/// <summary>
/// A Moré–Garbow–Hillstrom problem as an <see cref="IObjective{T}"/> of the active <c>Real</c>, recording how many
/// evaluations were made and when the value last reached a new low. It is evaluated in that precision (as a Single-mode
/// user's objective would be, with the cancellations of float arithmetic), or with <paramref name="exactlyRounded"/> in
/// double and rounded to <c>Real</c> (an objective whose only error is the rounding of its result).
/// </summary>
internal sealed class ProblemObjective(LeastSquaresProblem problem, bool exactlyRounded = false) : IObjective<Real>
{
    /// <summary>Evaluations so far.</summary>
    public long Evaluations { get; private set; }

    /// <summary>The lowest finite value evaluated so far.</summary>
    public double Lowest { get; private set; } = double.PositiveInfinity;

    /// <summary>The evaluation (1-based) that found <see cref="Lowest"/>.</summary>
    public long LowestAt { get; private set; }

    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Real value = EvaluateUncounted(x, gradient);
        Evaluations++;
        if (value < Lowest)
        {
            Lowest = value;
            LowestAt = Evaluations;
        }

        return value;
    }

    /// <summary>The value and gradient as <see cref="Evaluate"/> computes them, without counting the evaluation.</summary>
    public Real EvaluateUncounted(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        if (!exactlyRounded)
            return problem.Evaluate<Real>(x, gradient);

        var point = new double[x.Length];
        var exactGradient = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
            point[i] = x[i];
        double value = problem.Evaluate<double>(point, exactGradient);
        for (int i = 0; i < x.Length; i++)
            gradient[i] = (Real)exactGradient[i];
        return (Real)value;
    }
}

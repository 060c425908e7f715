using System;
using OptimGen.TestProblems;

namespace OptimGen.LbfgsTests.MoreGarbowHillstrom;

/// <summary>
/// A Moré–Garbow–Hillstrom problem as an <see cref="IObjective{T}"/> of the active <c>Real</c> (evaluated in that
/// precision), recording how many evaluations were made and when the value last reached a new low.
/// </summary>
internal sealed class ProblemObjective(LeastSquaresProblem problem) : IObjective<Real>
{
    /// <summary>Evaluations so far.</summary>
    public long Evaluations { get; private set; }

    /// <summary>The lowest finite value evaluated so far.</summary>
    public double Lowest { get; private set; } = double.PositiveInfinity;

    /// <summary>The evaluation (1-based) that found <see cref="Lowest"/>.</summary>
    public long LowestAt { get; private set; }

    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Real value = problem.Evaluate<Real>(x, gradient);
        Evaluations++;
        if (value < Lowest)
        {
            Lowest = value;
            LowestAt = Evaluations;
        }

        return value;
    }
}

using System;
using OptimGen;

namespace SeedBug;

/// <summary>
/// Gradient descent with a backtracking line search, laid out like optax 0.2.4's L-BFGS: the outer state
/// declares the line-search counter with the default integer width (Integer: 64-bit in Double mode), while
/// the inner search keeps its own counter as a plain int and the transition copies it across.
/// </summary>
[Optimizer]
public partial class LinesearchDescent
{
    [Hyperparameter] public Real Shrink { get; init; } = (Real)0.5;

    [State] private Integer numLinesearchSteps;
    [State] private Real learningRate;
    [State(Shape = "n")] private Real[] trial;
    [State(Shape = "n")] private Real[] trialGradient;

    [Transition]
    private void Update<TObjective>(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Real value, Span<Real> update, ref TObjective objective)
        where TObjective : IObjective<Real>
    {
        var search = new BacktrackingSearch(Shrink);
        state.LearningRate = search.Run(parameters, gradient, value, update, state.Trial, state.TrialGradient, ref objective);
        state.NumLinesearchSteps = search.NumSteps;
    }
}

/// <summary>The inner line search: its counter is an int, whatever the precision mode.</summary>
internal struct BacktrackingSearch
{
    private readonly Real shrink;

    public BacktrackingSearch(Real shrink)
    {
        this.shrink = shrink;
        NumSteps = 0;
    }

    public int NumSteps;

    public Real Run<TObjective>(ReadOnlySpan<Real> x, ReadOnlySpan<Real> gradient, Real value, Span<Real> update, Span<Real> trial, Span<Real> trialGradient, ref TObjective objective)
        where TObjective : IObjective<Real>
    {
        Real step = 1;
        for (NumSteps = 1; NumSteps <= 30; NumSteps++)
        {
            for (int i = 0; i < x.Length; i++)
            {
                update[i] = -step * gradient[i];
                trial[i] = x[i] + update[i];
            }

            if (objective.Evaluate(trial, trialGradient) < value)
                break;
            step *= shrink;
        }

        return step;
    }
}

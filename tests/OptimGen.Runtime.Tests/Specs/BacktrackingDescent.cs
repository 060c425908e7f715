using System;
using OptimGen;

namespace OptimGen.Runtime.Tests.Specs;

/// <summary>
/// Gradient descent with an Armijo backtracking line search: the transition takes the parameters, the
/// value and the objective; [Init] sets the first trial step; [CachedEvaluation] lets Scan reuse the
/// accepted point's evaluation.
/// </summary>
[Optimizer]
public partial class BacktrackingDescent
{
    [Hyperparameter(Minimum = 0, ExclusiveMinimum = true)] public Real InitialStep { get; init; } = (Real)1;
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMinimum = true, ExclusiveMaximum = true)] public Real Shrink { get; init; } = (Real)0.5;
    [Hyperparameter(Minimum = 1)] public int MaxBacktracks { get; init; } = 30;

    [State] private Real stepSize;
    [State] private Integer evaluations;
    [State] private bool hasCandidate;
    [State] private Real candidateValue;
    [State(Shape = "n")] private Real[] candidate;
    [State(Shape = "n")] private Real[] candidateGradient;

    [Init]
    private void Start(ref State state, ReadOnlySpan<Real> parameters) => state.StepSize = InitialStep;

    [CachedEvaluation]
    private static bool Reuse(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out Real value)
    {
        value = state.CandidateValue;
        if (!state.HasCandidate || !parameters.SequenceEqual(state.Candidate))
            return false;
        state.CandidateGradient.CopyTo(gradient);
        return true;
    }

    [Transition]
    private void Descend<TObjective>(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Real value, Span<Real> update, ref TObjective objective)
        where TObjective : IObjective<Real>
    {
        Real slope = -Kernels.Dot(gradient, gradient);
        Real step = state.StepSize;
        for (int attempt = 0; attempt < MaxBacktracks; attempt++)
        {
            Kernels.Scale(-step, gradient, update);
            for (int i = 0; i < parameters.Length; i++)
                state.Candidate[i] = parameters[i] + update[i];
            state.CandidateValue = objective.Evaluate(state.Candidate, state.CandidateGradient);
            state.Evaluations += 1;
            if (state.CandidateValue <= value + (Real)1e-4 * step * slope)
                break;
            step *= Shrink;
        }

        state.HasCandidate = true;
        state.StepSize = step / Shrink;
    }
}

using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// Adam (Kingma and Ba 2014, Algorithm 1, as optax's <c>adam</c>): <c>m ← β₁m + (1−β₁)g</c>,
/// <c>v ← β₂v + (1−β₂)g²</c>, <c>update = −lr·m̂/(√(v̂ + ε_root) + ε)</c> with the bias-corrected
/// <c>m̂ = m/(1−β₁ᵗ)</c> and <c>v̂ = v/(1−β₂ᵗ)</c>; <see cref="Nesterov"/> gives NAdam (Dozat 2016).
/// </summary>
[Optimizer]
public sealed partial class Adam
{
    /// <summary>The step size (optax has no default; 0.001 here, as in the paper). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.001;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>The decay of the first moment, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B1 { get; init; } = (Real)0.9;

    /// <summary>The decay of the second moment, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B2 { get; init; } = (Real)0.999;

    /// <summary>Added to the root of the second moment. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)1e-8;

    /// <summary>Added to the second moment under the root. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real EpsRoot { get; init; } = (Real)0;

    /// <summary>Whether to use Nesterov momentum (NAdam).</summary>
    [Hyperparameter] public bool Nesterov { get; init; }

    [State] private Integer count;
    [State(Shape = "n")] private Real[] mu;
    [State(Shape = "n")] private Real[] nu;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.Adam<Real>(
            gradient, ReadOnlySpan<Real>.Empty, state.Mu, state.Nu, update,
            B1, B2, Eps, EpsRoot, Nesterov, state.Count, learningRate, weightDecay: (Real)0);
    }
}

using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// Adamax (Kingma and Ba 2014, section 7.1, as optax's <c>adamax</c>): Adam with the infinity norm,
/// <c>m ← β₁m + (1−β₁)g</c>, <c>u ← max(|g| + ε, β₂u)</c>, <c>update = −lr·m/((1−β₁ᵗ)·u)</c>.
/// </summary>
[Optimizer]
public sealed partial class Adamax
{
    /// <summary>The step size (optax has no default; 0.002 here, as in the paper). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.002;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>The decay of the first moment, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B1 { get; init; } = (Real)0.9;

    /// <summary>The decay of the infinity norm, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B2 { get; init; } = (Real)0.999;

    /// <summary>Added to |g| inside the maximum, keeping the denominator positive. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)1e-8;

    [State] private Integer count;
    [State(Shape = "n")] private Real[] mu;
    [State(Shape = "n")] private Real[] nu;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.Adamax<Real>(gradient, ReadOnlySpan<Real>.Empty, state.Mu, state.Nu, update, B1, B2, Eps, state.Count, learningRate, weightDecay: 0);
    }
}

using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// Yogi (Zaheer et al. 2018, as optax's <c>yogi</c>): Adam with an additive second moment,
/// <c>v ← v − (1−β₂)·sign(v − g²)·g²</c>, so the effective step size cannot grow quickly;
/// <c>update = −lr·m̂/(√v̂ + ε)</c> with Adam's bias corrections. Both moments start at 1e-6 (optax's
/// <c>initial_accumulator_value</c>).
/// </summary>
[Optimizer]
public sealed partial class Yogi
{
    /// <summary>The start of both moments, as optax's <c>scale_by_yogi</c>.</summary>
    private const double InitialAccumulatorValue = 1e-6;

    /// <summary>The step size (optax has no default; 0.01 here, as in the paper). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.01;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>The decay of the first moment, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B1 { get; init; } = (Real)0.9;

    /// <summary>The rate of the second moment, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B2 { get; init; } = (Real)0.999;

    /// <summary>Added to the root of the second moment (optax's default for Yogi: 1e-3). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)1e-3;

    [State] private Integer count;
    [State(Shape = "n")] private Real[] mu;
    [State(Shape = "n")] private Real[] nu;

    [Init]
    private void Start(ref State state, ReadOnlySpan<Real> parameters)
    {
        Array.Fill(state.Mu, (Real)InitialAccumulatorValue);
        Array.Fill(state.Nu, (Real)InitialAccumulatorValue);
    }

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.Yogi<Real>(gradient, state.Mu, state.Nu, update, B1, B2, Eps, epsRoot: (Real)0, state.Count, learningRate);
    }
}

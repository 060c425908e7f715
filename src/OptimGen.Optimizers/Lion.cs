using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// Lion (Chen et al. 2023, as optax's <c>lion</c>): <c>update = −lr·(sign(β₁m + (1−β₁)g) + λ·p)</c>, then
/// <c>m ← β₂m + (1−β₂)g</c>. Every coordinate moves by the learning rate, so Lion wants a learning rate
/// 3 to 10 times smaller than AdamW's.
/// </summary>
[Optimizer]
public sealed partial class Lion
{
    /// <summary>The step size (optax has no default; 0.0001 here, as in the paper's code). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)1e-4;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>The weight of the momentum in the update's direction, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B1 { get; init; } = (Real)0.9;

    /// <summary>The decay of the momentum, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B2 { get; init; } = (Real)0.99;

    /// <summary>The weight decay λ, multiplied by the learning rate. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real WeightDecay { get; init; } = (Real)1e-3;

    [State] private Integer count;
    [State(Shape = "n")] private Real[] mu;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.Lion<Real>(gradient, parameters, state.Mu, update, B1, B2, learningRate, WeightDecay);
    }
}

using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// Adam with decoupled weight decay (Loshchilov and Hutter 2019, as optax's <c>adamw</c>): Adam's direction
/// plus <c>λ·p</c>, scaled by the learning rate: <c>update = −lr·(m̂/(√(v̂ + ε_root) + ε) + λ·p)</c>.
/// </summary>
[Optimizer]
public sealed partial class AdamW
{
    /// <summary>The step size (optax has no default; 0.001 here). Not negative.</summary>
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

    /// <summary>The weight decay λ, multiplied by the learning rate like optax and PyTorch do. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real WeightDecay { get; init; } = (Real)1e-4;

    /// <summary>Whether to use Nesterov momentum (NAdamW).</summary>
    [Hyperparameter] public bool Nesterov { get; init; }

    [State] private Integer count;
    [State(Shape = "n")] private Real[] mu;
    [State(Shape = "n")] private Real[] nu;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.Adam<Real>(
            gradient, parameters, state.Mu, state.Nu, update,
            B1, B2, Eps, EpsRoot, Nesterov, state.Count, learningRate, WeightDecay);
    }
}

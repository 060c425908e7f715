using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// AdaBelief (Zhuang et al. 2020, as optax's <c>adabelief</c>): Adam with the second moment of the gradient's
/// deviation from its average, <c>s ← β₂s + (1−β₂)(g − m)² + ε_root</c>;
/// <c>update = −lr·(m̂/(√ŝ + ε) + λ·p)</c> with Adam's bias corrections (Nesterov's on request).
/// </summary>
[Optimizer]
public sealed partial class AdaBelief
{
    /// <summary>The step size (optax has no default; 0.001 here, as in the paper). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.001;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>The decay of the first moment, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B1 { get; init; } = (Real)0.9;

    /// <summary>The decay of the belief (the second moment of g − m), in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B2 { get; init; } = (Real)0.999;

    /// <summary>Added to the root of the belief. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)1e-16;

    /// <summary>Added to the belief at every step, before the bias correction. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real EpsRoot { get; init; } = (Real)1e-16;

    /// <summary>The decoupled weight decay λ, multiplied by the learning rate; null (the default): none. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real? WeightDecay { get; init; }

    /// <summary>Whether the weight decay applies (optax's mask; the flat parameter vector is one leaf, so one flag).</summary>
    [Hyperparameter] public bool WeightDecayMask { get; init; } = true;

    /// <summary>Whether to use Nesterov momentum, as optax's <c>nesterov</c>.</summary>
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
        Real weightDecay = WeightDecayMask ? WeightDecay ?? 0 : 0;
        FirstOrderKernels.AdaBelief<Real>(
            gradient, parameters, state.Mu, state.Nu, update, B1, B2, Eps, EpsRoot, Nesterov, state.Count, learningRate, weightDecay);
    }
}

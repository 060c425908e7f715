using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// LAMB (You et al. 2020, as optax's <c>lamb</c>): Adam's direction with decay, <c>a = m̂/(√(v̂ + ε_root) + ε) + λ·p</c>,
/// rescaled to the parameters' norm: <c>update = −lr·(‖p‖/‖a‖)·a</c> (ratio 1 when either norm is 0).
/// </summary>
/// <remarks>The whole parameter vector is one layer. Three passes per step: Adam's fused pass, the norms, the scaling.</remarks>
[Optimizer]
public sealed partial class Lamb
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
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)1e-6;

    /// <summary>Added to the second moment under the root. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real EpsRoot { get; init; } = (Real)0;

    /// <summary>The weight decay λ, added to the direction before the trust ratio. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real WeightDecay { get; init; } = (Real)0;

    /// <summary>Whether the weight decay applies (optax's mask; the flat parameter vector is one leaf, so one flag).</summary>
    [Hyperparameter] public bool Mask { get; init; } = true;

    [State] private Integer count;
    [State(Shape = "n")] private Real[] mu;
    [State(Shape = "n")] private Real[] nu;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.Lamb<Real>(
            gradient, parameters, state.Mu, state.Nu, update, B1, B2, Eps, EpsRoot, state.Count, learningRate, Mask ? WeightDecay : 0);
    }
}

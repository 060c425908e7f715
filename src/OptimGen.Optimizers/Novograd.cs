using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// NovoGrad (Ginsburg et al. 2019, as optax's <c>novograd</c>): a layer-wise second moment of the gradient's norm,
/// <c>v ← ‖g‖²</c> at the first step then <c>v ← β₂v + (1−β₂)‖g‖²</c>; <c>a = g/(√(v + ε_root) + ε) + λ·p</c>;
/// <c>m ← a</c> at the first step then <c>m ← β₁m + a</c>; <c>update = −lr·m</c>.
/// </summary>
/// <remarks>The whole parameter vector is one layer. Two passes per step: the gradient's norm, then the fused update.</remarks>
[Optimizer]
public sealed partial class Novograd
{
    /// <summary>The step size (optax has no default; 0.001 here). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.001;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>The decay of the first moment, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B1 { get; init; } = (Real)0.9;

    /// <summary>The decay of the layer's second moment, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B2 { get; init; } = (Real)0.25;

    /// <summary>Added to the root of the second moment. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)1e-6;

    /// <summary>Added to the second moment under the root. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real EpsRoot { get; init; } = (Real)0;

    /// <summary>The weight decay λ, added to the normalised gradient. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real WeightDecay { get; init; } = (Real)0;

    [State] private Integer count;
    [State(Shape = "n")] private Real[] mu;
    [State] private Real nu;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.Novograd<Real>(
            gradient, parameters, state.Mu, ref state.Nu, update, B1, B2, Eps, EpsRoot, state.Count, learningRate, WeightDecay);
    }
}

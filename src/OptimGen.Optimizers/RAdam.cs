using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// Rectified Adam (Liu et al. 2020, as optax's <c>radam</c>): Adam's moments; with <c>ρ∞ = 2/(1−β₂) − 1</c> and
/// <c>ρ_t = ρ∞ − 2tβ₂ᵗ/(1−β₂ᵗ)</c>, the update is <c>−lr·r_t·m̂/(√(v̂ + ε_root) + ε)</c> with
/// <c>r_t = √((ρ_t−4)(ρ_t−2)ρ∞ / ((ρ∞−4)(ρ∞−2)ρ_t))</c> once <c>ρ_t ≥</c> <see cref="Threshold"/>, and the
/// unscaled momentum step <c>−lr·m̂</c> before (while the variance estimate is not tractable).
/// </summary>
[Optimizer]
public sealed partial class RAdam
{
    /// <summary>The step size (optax has no default; 0.001 here, as Adam). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.001;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>The decay of the first moment, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B1 { get; init; } = (Real)0.9;

    /// <summary>The decay of the second moment, in (0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMinimum = true, ExclusiveMaximum = true)] public Real B2 { get; init; } = (Real)0.999;

    /// <summary>Added to the root of the second moment. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)1e-8;

    /// <summary>Added to the second moment under the root. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real EpsRoot { get; init; } = (Real)0;

    /// <summary>The smallest <c>ρ_t</c> at which the adaptive step is used.</summary>
    [Hyperparameter] public Real Threshold { get; init; } = (Real)5;

    /// <summary>Whether to use Nesterov momentum.</summary>
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
        FirstOrderKernels.RAdam<Real>(gradient, state.Mu, state.Nu, update, B1, B2, Eps, EpsRoot, Threshold, Nesterov, state.Count, learningRate);
    }
}

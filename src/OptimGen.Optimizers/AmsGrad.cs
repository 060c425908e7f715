using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// AMSGrad (Reddi et al. 2018, as optax's <c>amsgrad</c>): Adam dividing by the largest bias-corrected second
/// moment so far, <c>v_max ← max(v_max, v/(1−β₂ᵗ))</c>, <c>update = −lr·(m/(1−β₁ᵗ))/(√(v_max + ε_root) + ε)</c>.
/// </summary>
[Optimizer]
public sealed partial class AmsGrad
{
    /// <summary>The step size (optax has no default; 0.001 here, as Adam). Not negative.</summary>
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

    /// <summary>Whether the first moment is divided by <c>1 − β₁ᵗ</c>.</summary>
    [Hyperparameter] public bool BiasCorrectionMu { get; init; } = true;

    /// <summary>Whether the second moment is divided by <c>1 − β₂ᵗ</c> before the maximum.</summary>
    [Hyperparameter] public bool BiasCorrectionNu { get; init; } = true;

    [State] private Integer count;
    [State(Shape = "n")] private Real[] mu;
    [State(Shape = "n")] private Real[] nu;
    [State(Shape = "n")] private Real[] nuMax;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.AmsGrad<Real>(
            gradient, state.Mu, state.Nu, state.NuMax, update, B1, B2, Eps, EpsRoot, BiasCorrectionMu, BiasCorrectionNu, state.Count, learningRate);
    }
}

using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// Adan (Xie et al. 2022, Algorithm 1, as optax's <c>adan</c>): Nesterov momentum estimated from gradient
/// differences <c>d = g − g_prev</c> (0 at the first step): <c>m ← β₁m + (1−β₁)g</c>, <c>v ← β₂v + (1−β₂)d</c>,
/// <c>n ← β₃n + (1−β₃)(g + (1−β₂)d)²</c>; <c>update = −lr·((m̂ + (1−β₂)v̂)/(√(n̂ + ε_root) + ε) + λ·p)</c>
/// with each average divided by its <c>1 − βᵗ</c>.
/// </summary>
[Optimizer]
public sealed partial class Adan
{
    /// <summary>The step size (optax has no default; 0.001 here). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.001;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>The decay of the gradient average, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B1 { get; init; } = (Real)0.98;

    /// <summary>The decay of the gradient-difference average, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B2 { get; init; } = (Real)0.92;

    /// <summary>The decay of the second moment, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B3 { get; init; } = (Real)0.99;

    /// <summary>Added to the root of the second moment. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)1e-8;

    /// <summary>Added to the second moment under the root. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real EpsRoot { get; init; } = (Real)1e-8;

    /// <summary>The decoupled weight decay λ, multiplied by the learning rate. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real WeightDecay { get; init; } = (Real)0;

    /// <summary>Whether the weight decay applies (optax's mask; the flat parameter vector is one leaf, so one flag).</summary>
    [Hyperparameter] public bool Mask { get; init; } = true;

    [State] private Integer count;
    [State(Shape = "n")] private Real[] m;
    [State(Shape = "n")] private Real[] v;
    [State(Shape = "n")] private Real[] n;
    [State(Shape = "n")] private Real[] previousGradient;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.Adan<Real>(
            gradient, parameters, state.M, state.V, state.N, state.PreviousGradient, update,
            B1, B2, B3, Eps, EpsRoot, state.Count, learningRate, Mask ? WeightDecay : 0);
    }
}

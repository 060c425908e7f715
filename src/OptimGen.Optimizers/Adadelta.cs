using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Adadelta (Zeiler 2012, as optax's <c>adadelta</c>): with <c>g' = g + λ·p</c>,
/// <c>E[g²] ← ρE[g²] + (1−ρ)g'²</c>, <c>Δ = √(E[Δ²] + ε)/√(E[g²] + ε)·g'</c>, <c>E[Δ²] ← ρE[Δ²] + (1−ρ)Δ²</c>;
/// <c>update = −lr·Δ</c>.
/// </summary>
/// <remarks>
/// Without a learning rate (optax's default None) the update is <c>+Δ</c>: optax then skips its learning-rate
/// transform, sign flip included, so the step goes uphill; give a learning rate to descend.
/// </remarks>
[Optimizer]
public sealed partial class Adadelta
{
    /// <summary>The step size; null (optax's default) applies no scaling and no sign flip. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real? LearningRate { get; init; }

    /// <summary>The decay of both averages, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real Rho { get; init; } = (Real)0.9;

    /// <summary>Added under both roots. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)1e-6;

    /// <summary>The weight decay λ, added to the gradient before the scaling (optax's order). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real WeightDecay { get; init; } = (Real)0;

    /// <summary>Whether the weight decay applies (optax's mask; the flat parameter vector is one leaf, so one flag).</summary>
    [Hyperparameter] public bool WeightDecayMask { get; init; } = true;

    [State(Shape = "n")] private Real[] meanSquareGradient;
    [State(Shape = "n")] private Real[] meanSquareUpdate;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update) =>
        FirstOrderKernels.Adadelta<Real>(gradient, parameters, state.MeanSquareGradient, state.MeanSquareUpdate, update, Rho, Eps, LearningRate, WeightDecayMask ? WeightDecay : 0);
}

using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Fromage (Bernstein et al. 2020, "On the distance between two neural networks", as optax's <c>fromage</c>):
/// the step is scaled to the parameters' norm and the result shrunk by <c>μ = 1/√(1 + lr²)</c>:
/// <c>update = −lr·μ·(‖p‖/‖g‖)·g + (μ − 1)·p</c>, that is <c>p ← μ·(p − lr·(‖p‖/‖g‖)·g)</c>.
/// </summary>
/// <remarks>The whole parameter vector is one layer. Two passes per step: the norms, then the update.</remarks>
[Optimizer]
public sealed partial class Fromage
{
    /// <summary>The step size (optax has no default; 0.01 here, as in the paper). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.01;

    /// <summary>The smallest norm of the parameters and the gradient in the trust ratio. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real MinNorm { get; init; } = (Real)1e-6;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update) =>
        FirstOrderKernels.Fromage<Real>(gradient, parameters, update, LearningRate, MinNorm);
}

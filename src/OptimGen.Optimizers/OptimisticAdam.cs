using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Optimistic Adam (Daskalakis et al. 2017), optax's first interface <c>optimistic_adam</c> (deprecated there in
/// favour of <see cref="OptimisticAdamV2"/>): Adam's direction <c>r = m̂/(√(v̂ + ε_root) + ε)</c>, then
/// <c>update = −((lr + o)·r − o·r_prev)</c> with the optimism <c>o</c> (the learning rate when null) and
/// <c>r_prev</c> the previous direction (<c>r</c> itself at the first step).
/// </summary>
/// <remarks>As in optax, this interface takes no learning-rate schedule; <see cref="OptimisticAdamV2"/> does.</remarks>
[Optimizer]
public sealed partial class OptimisticAdam
{
    /// <summary>The step size, optax's α of the optimistic step (optax has no default; 0.001 here, as Adam). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.001;

    /// <summary>The optimism β of the optimistic step; null (optax's default) uses <see cref="LearningRate"/>, as in the paper.</summary>
    [Hyperparameter] public Real? Optimism { get; init; }

    /// <summary>The decay of the first moment, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B1 { get; init; } = (Real)0.9;

    /// <summary>The decay of the second moment, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B2 { get; init; } = (Real)0.999;

    /// <summary>Added to the root of the second moment. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)1e-8;

    /// <summary>Added to the second moment under the root. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real EpsRoot { get; init; } = (Real)0;

    /// <summary>Whether Adam's first moment uses Nesterov momentum (optax's default: true).</summary>
    [Hyperparameter] public bool Nesterov { get; init; } = true;

    [State] private Integer count;
    [State(Shape = "n")] private Real[] mu;
    [State(Shape = "n")] private Real[] nu;

    /// <summary>Adam's direction <c>r</c> of the last step (optax's <c>previous_gradient</c> of the optimistic step).</summary>
    [State(Shape = "n")] private Real[] previousDirection;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.OptimisticAdam<Real>(
            gradient, state.Mu, state.Nu, state.PreviousDirection, update,
            B1, B2, Eps, EpsRoot, Nesterov, state.Count, alpha: LearningRate, beta: Optimism ?? LearningRate, scale: -1);
    }
}

using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// LARS (You et al. 2017, as optax's <c>lars</c>): with <c>a = g + λ·p</c> and the trust ratio
/// <c>r = c·‖p‖/(‖a‖ + ε)</c> (1 when either norm is 0), the scaled step <c>s = −lr·r·a</c> goes through momentum:
/// <c>trace ← s + μ·trace</c>, <c>update = trace</c> (Nesterov: <c>s + μ·trace</c>).
/// </summary>
/// <remarks>
/// The whole parameter vector is one layer, so optax's masks are one flag each. Up to three passes per step: the
/// decayed gradient, the norms, the fused momentum pass.
/// </remarks>
[Optimizer]
public sealed partial class Lars
{
    /// <summary>The step size (optax has no default; 0.1 here). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.1;

    /// <summary>The weight decay λ, added to the gradient before the trust ratio. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real WeightDecay { get; init; } = (Real)0;

    /// <summary>Whether the weight decay applies (optax's mask, default all).</summary>
    [Hyperparameter] public bool WeightDecayMask { get; init; } = true;

    /// <summary>The trust coefficient <c>c</c>. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real TrustCoefficient { get; init; } = (Real)0.001;

    /// <summary>Added to the norm of the decayed gradient in the trust ratio. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)0;

    /// <summary>Whether the trust ratio applies (optax's mask, default all); off, the ratio is 1.</summary>
    [Hyperparameter] public bool TrustRatioMask { get; init; } = true;

    /// <summary>The decay μ of the momentum trace, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real Momentum { get; init; } = (Real)0.9;

    /// <summary>Whether the momentum looks ahead along the new trace.</summary>
    [Hyperparameter] public bool Nesterov { get; init; }

    [State(Shape = "n")] private Real[] trace;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update) =>
        FirstOrderKernels.Lars<Real>(
            gradient, parameters, state.Trace, update, LearningRate, WeightDecayMask ? WeightDecay : 0, TrustRatioMask, TrustCoefficient, Eps, Momentum, Nesterov);
}

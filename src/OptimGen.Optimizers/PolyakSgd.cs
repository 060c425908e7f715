using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// SGD with the Polyak step size (Loizou et al. 2021; as optax's <c>polyak_sgd</c>: <c>sgd(scaling)</c> followed by
/// <c>scale_by_polyak</c>): with <c>d = −s·g</c> (<c>s</c> = <see cref="Scaling"/>) and the objective value
/// <c>f</c>, <c>update = γ·d</c>, <c>γ = min((f − f*)/(‖d‖² + ε), γ_max)</c>, and 0 when <c>‖d‖² + ε</c> is at
/// most the double-precision machine epsilon. The <c>"sps+"</c> variant (Garrigos et al. 2023) uses
/// <c>max(f − f*, 0)</c>. Its transition takes the objective value, which <c>Scan</c> passes.
/// </summary>
[Optimizer]
public sealed partial class PolyakSgd
{
    /// <summary>The machine epsilon of double (optax's <c>jnp.finfo(float).eps</c>), in both modes.</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>The largest step size γ_max. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real MaxLearningRate { get; init; } = (Real)1;

    /// <summary>The factor <c>s</c> of the gradient.</summary>
    [Hyperparameter] public Real Scaling { get; init; } = (Real)1;

    /// <summary>A lower bound f* on the objective (0 for models that interpolate the data).</summary>
    [Hyperparameter] public Real FMin { get; init; } = (Real)0;

    /// <summary>Added to the squared norm in the denominator. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)0;

    /// <summary><c>"sps"</c> (the default) or <c>"sps+"</c> (only a positive gap moves).</summary>
    [Hyperparameter] public string Variant { get; init; } = "sps";

    /// <summary>The step size γ of the last step.</summary>
    [State] private Real stepSize;

    [Init]
    private void Start(ref State state, ReadOnlySpan<Real> parameters)
    {
        if (Variant is not ("sps" or "sps+"))
            throw new ArgumentException($"{nameof(Variant)} must be \"sps\" or \"sps+\", not \"{Variant}\".", nameof(Variant));
    }

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Real value, Span<Real> update)
    {
        // ‖d‖² = s²‖g‖², so the gradient is read twice and the update written once (two passes, not three).
        Real squaredNorm = Scaling * Scaling * Kernels.Dot<Real>(gradient, gradient);
        Real gap = value - FMin;
        if (Variant == "sps+")
            gap = Real.Max(gap, 0);
        Real stepSize = squaredNorm + Eps <= (Real)MachineEpsilon
            ? 0
            : Real.Min(gap / (squaredNorm + Eps), MaxLearningRate);
        state.StepSize = stepSize;
        Kernels.Scale(-Scaling * stepSize, gradient, update);
    }
}

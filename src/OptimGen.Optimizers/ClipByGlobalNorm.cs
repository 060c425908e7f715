using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Gradient clipping by global norm (Pascanu et al. 2012, as optax's <c>clip_by_global_norm</c>): the update is
/// the gradient itself when its 2-norm is below <see cref="MaxNorm"/>, else the gradient scaled to norm
/// <see cref="MaxNorm"/>. It transforms the gradient for the next part of a chain (clip, then Adam); on its
/// own its update is not a descent step.
/// </summary>
[Optimizer]
public sealed partial class ClipByGlobalNorm
{
    /// <summary>The largest 2-norm the update may have (optax has no default; 1 here). Greater than 0.</summary>
    [Hyperparameter(Minimum = 0, ExclusiveMinimum = true)] public Real MaxNorm { get; init; } = (Real)1;

    // optax keeps no state here; the norm of the last gradient is kept so that Scan records it every step.
    [State] private Real globalNorm;

    [Transition]
    private void Clip(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real norm = Kernels.Norm2(gradient);
        state.GlobalNorm = norm;
        if (norm < MaxNorm)
            gradient.CopyTo(update);
        else
            Kernels.Scale(MaxNorm / norm, gradient, update);
    }
}

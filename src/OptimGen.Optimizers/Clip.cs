using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Clipping by value (optax's <c>clip</c>): every element of the update is the gradient's, clamped to
/// [−<see cref="MaxDelta"/>, <see cref="MaxDelta"/>] (NaN stays NaN). A transform for the front of a chain
/// (<c>[Component] Clip</c>, then an optimizer); on its own its update is not a descent step. No state.
/// </summary>
[Optimizer]
public sealed partial class Clip
{
    /// <summary>The largest magnitude an element may have (optax has no default; 1 here). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real MaxDelta { get; init; } = (Real)1;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real limit = MaxDelta;
        for (int i = 0; i < gradient.Length; i++)
            update[i] = Real.Clamp(gradient[i], -limit, limit);
    }
}

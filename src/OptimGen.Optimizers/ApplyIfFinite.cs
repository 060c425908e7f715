using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Skips steps whose gradient is not finite (optax's <c>apply_if_finite</c>), as a gate at the front of a chain:
/// <code>
/// [Optimizer]
/// public partial class SafeAdam
/// {
///     [Component] public ApplyIfFinite Guard { get; init; } = new() { MaxConsecutiveErrors = 5 };
///     [Component] public Adam Adam { get; init; } = new();
/// }
/// </code>
/// A gradient with a NaN or an infinity is counted, the update is zero and the transition returns false, so the
/// chain runs none of the later components: their states and the parameters stay as they were. A finite gradient
/// passes through unchanged. After more than <see cref="MaxConsecutiveErrors"/> non-finite gradients in a row the
/// gradient is passed on anyway, as optax does.
/// </summary>
[Optimizer]
public sealed partial class ApplyIfFinite
{
    /// <summary>
    /// How many non-finite gradients in a row are skipped before one is applied anyway (optax has no default;
    /// <see cref="int.MaxValue"/> here: never). Not negative.
    /// </summary>
    [Hyperparameter(Minimum = 0)] public int MaxConsecutiveErrors { get; init; } = int.MaxValue;

    /// <summary>Non-finite gradients in a row, up to this step (optax's <c>notfinite_count</c>).</summary>
    [State] private Integer notfiniteCount;

    /// <summary>Whether the last gradient was finite.</summary>
    [State] private bool lastFinite;

    /// <summary>Non-finite gradients in all (optax's <c>total_notfinite</c>).</summary>
    [State] private Integer totalNotfinite;

    [Init]
    private void Start(ref State state, ReadOnlySpan<Real> parameters) => state.LastFinite = true;

    [Transition]
    private bool Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        bool finite = true;
        foreach (Real g in gradient)
        {
            if (!Real.IsFinite(g))
            {
                finite = false;
                break;
            }
        }

        state.LastFinite = finite;
        if (finite)
        {
            state.NotfiniteCount = 0;
        }
        else
        {
            if (state.NotfiniteCount < Integer.MaxValue)
                state.NotfiniteCount += 1;
            if (state.TotalNotfinite < Integer.MaxValue)
                state.TotalNotfinite += 1;
        }

        if (finite || state.NotfiniteCount > MaxConsecutiveErrors)
        {
            gradient.CopyTo(update);
            return true;
        }

        update.Clear();
        return false;
    }
}

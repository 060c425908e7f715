using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Lookahead (Zhang et al. 2019, as optax's <c>lookahead</c>), as a transform at the end of a chain after the fast
/// optimizer:
/// <code>
/// [Optimizer]
/// public partial class LookaheadAdam
/// {
///     [Component] public Adam Fast { get; init; } = new();
///     [Component] public Lookahead Lookahead { get; init; } = new() { SyncPeriod = 5, SlowStepSize = (Real)0.5 };
/// }
/// </code>
/// The parameters the chain sees are the fast ones; the slow ones live in the <c>Slow</c> slot (starting at the
/// initial parameters). The fast optimizer's update <c>u</c> passes through, except every
/// <see cref="SyncPeriod"/>-th step: then <c>slow ← slow + α·(p + u − slow)</c> and the update moves the fast
/// parameters onto the new slow ones, <c>u − (1−α)·(p + u − slow_old)</c>. Evaluate the model at <c>State.Slow</c>.
/// optax's <c>reset_state</c> (re-initialising the fast optimizer at a synchronisation) is not offered: a
/// transform at the end of a chain cannot reach the state of the components before it.
/// </summary>
[Optimizer]
public sealed partial class Lookahead
{
    /// <summary>The fast steps between synchronisations (optax has no default; 5 here, as in the paper). At least 1.</summary>
    [Hyperparameter(Minimum = 1)] public int SyncPeriod { get; init; } = 5;

    /// <summary>The step size α of the slow parameters (optax has no default; 0.5 here, as in the paper), in [0, 1].</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1)] public Real SlowStepSize { get; init; } = (Real)0.5;

    /// <summary>Fast steps since the last synchronisation, from 0 to <see cref="SyncPeriod"/> − 1.</summary>
    [State] private Integer stepsSinceSync;

    /// <summary>The slow parameters.</summary>
    [State(Shape = "n")] private Real[] slow;

    [Init]
    private void Start(ref State state, ReadOnlySpan<Real> parameters) => parameters.CopyTo(state.Slow);

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        bool synchronize = state.StepsSinceSync == SyncPeriod - 1;
        state.StepsSinceSync = synchronize ? 0 : state.StepsSinceSync + 1;
        if (!synchronize)
        {
            gradient.CopyTo(update);
            return;
        }

        Span<Real> slow = state.Slow;
        Real alpha = SlowStepSize;
        for (int i = 0; i < gradient.Length; i++)
        {
            Real difference = parameters[i] + gradient[i] - slow[i];
            slow[i] += alpha * difference;
            update[i] = gradient[i] - (1 - alpha) * difference;
        }
    }
}

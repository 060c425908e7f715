namespace OptimGen.Optimizers.Tests.Support;

/// <summary>optax's <c>apply_if_finite(adam(...))</c>, declared as a chain with the gate first.</summary>
[Optimizer]
internal sealed partial class GuardedAdam
{
    [Component] public ApplyIfFinite Guard { get; init; } = new();
    [Component] public Adam Adam { get; init; } = new();
}

/// <summary>
/// <c>chain(clip, MultiSteps(sgd))</c> with the gate in the middle of three: its output goes to the scratch buffer, so a
/// stopped step must copy it to the update.
/// </summary>
[Optimizer]
internal sealed partial class ClippedAccumulatedSgd
{
    [Component] public Clip Clip { get; init; } = new();
    [Component] public MultiSteps Accumulate { get; init; } = new();
    [Component] public Sgd Sgd { get; init; } = new();
}

/// <summary>A gate around a chain that holds a gate: both stop the outer chain.</summary>
[Optimizer]
internal sealed partial class GuardedAccumulatedSgd
{
    [Component] public ApplyIfFinite Guard { get; init; } = new();
    [Component] public ClippedAccumulatedSgd Inner { get; init; } = new();
}

/// <summary>optax's <c>lookahead(adam(...))</c>, declared as a chain with the synchronisation last.</summary>
[Optimizer]
internal sealed partial class LookaheadAdam
{
    [Component] public Adam Fast { get; init; } = new();
    [Component] public Lookahead Lookahead { get; init; } = new();
}

/// <summary>optax's <c>chain(add_decayed_weights(λ, mask), sgd(lr))</c>.</summary>
[Optimizer]
internal sealed partial class DecayedSgd
{
    [Component] public AddDecayedWeights Decay { get; init; } = new();
    [Component] public Sgd Sgd { get; init; } = new();
}

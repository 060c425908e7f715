namespace OptimGen.Optimizers.Tests.Support;

/// <summary>optax's <c>chain(clip_by_global_norm(max_norm), adam(learning_rate))</c>, as a user declares it.</summary>
[Optimizer]
internal sealed partial class ClippedAdam
{
    [Component] public ClipByGlobalNorm Clip { get; init; } = new();
    [Component] public Adam Adam { get; init; } = new();
}

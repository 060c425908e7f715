namespace OptimGen.Optimizers.Tests.Support;

/// <summary>A chain of two built-ins (optax's <c>chain(clip_by_global_norm, sgd)</c>), declared the way a user would.</summary>
[Optimizer]
internal sealed partial class ClippedSgd
{
    [Component] public ClipByGlobalNorm Clip { get; init; } = new();
    [Component] public Sgd Sgd { get; init; } = new();
}

using OptimGen;

namespace OptimGen.Runtime.Tests.Specs;

/// <summary>A chain: clip the gradient, then take a heavy-ball step on the clipped gradient.</summary>
[Optimizer]
public partial class ClippedHeavyBall
{
    [Component] public ClipToNorm Clip { get; init; } = new();
    [Component] public HeavyBall Ball { get; init; } = new();
}

using System;
using OptimGen;

namespace OptimGen.Runtime.Tests.Specs;

/// <summary>Scales the gradient down to at most MaxNorm; counts how often it had to (scalar slots of three kinds).</summary>
[Optimizer]
public partial class ClipToNorm
{
    [Hyperparameter(Minimum = 0, ExclusiveMinimum = true)] public Real MaxNorm { get; init; } = (Real)1;

    [State] private Integer clippedSteps;
    [State] private bool lastClipped;
    [State] private Real lastNorm;

    [Transition]
    private void Clip(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real norm = Kernels.Norm2(gradient);
        state.LastNorm = norm;
        state.LastClipped = norm > MaxNorm;
        Real scale = state.LastClipped ? MaxNorm / norm : (Real)1;
        if (state.LastClipped)
            state.ClippedSteps += 1;
        Kernels.Scale(scale, gradient, update);
    }
}

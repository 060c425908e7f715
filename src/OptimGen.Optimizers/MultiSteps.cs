using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Gradient accumulation over k steps (optax's <c>MultiSteps</c>), as a gate at the front of a chain:
/// <code>
/// [Optimizer]
/// public partial class AccumulatedAdam
/// {
///     [Component] public MultiSteps Accumulate { get; init; } = new() { EveryKSchedule = 4 };
///     [Component] public Adam Adam { get; init; } = new();
/// }
/// </code>
/// Each step adds the gradient to an accumulator (a running mean, Welford's update
/// <c>a ← a + (g − a)/(j + 1)</c> at mini-step <c>j</c>, or the sum without <see cref="UseGradMean"/>). On the k-th
/// mini-step it passes the accumulator on, so the later components step once on it, and resets it; on the others
/// its update is zero and it returns false, so the later components do not run (their states stay as they were).
/// </summary>
[Optimizer]
public sealed partial class MultiSteps
{
    /// <summary>k: the mini-steps per real step (optax has no default; 1 here, which accumulates nothing). At least 1.</summary>
    [Hyperparameter(Minimum = 1)] public int EveryKSchedule { get; init; } = 1;

    /// <summary>Whether the accumulator is the mean of the gradients (optax's default) or their sum.</summary>
    [Hyperparameter] public bool UseGradMean { get; init; } = true;

    /// <summary>The mini-step within the current real step, from 0 to k − 1.</summary>
    [State] private Integer miniStep;

    /// <summary>The real steps taken (the later components' steps).</summary>
    [State] private Integer gradientStep;

    /// <summary>The accumulated gradients of the current real step.</summary>
    [State(Shape = "n")] private Real[] accGrads;

    [Transition]
    private bool Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Span<Real> accumulated = state.AccGrads;
        if (UseGradMean)
        {
            Real count = (Real)(state.MiniStep + 1);
            for (int i = 0; i < gradient.Length; i++)
                accumulated[i] += (gradient[i] - accumulated[i]) / count;
        }
        else
        {
            Kernels.Add<Real>(accumulated, gradient);
        }

        if (state.MiniStep < EveryKSchedule - 1)
        {
            state.MiniStep += 1;
            update.Clear();
            return false;
        }

        state.MiniStep = 0;
        if (state.GradientStep < Integer.MaxValue)
            state.GradientStep += 1;
        accumulated.CopyTo(update);
        accumulated.Clear();
        return true;
    }
}

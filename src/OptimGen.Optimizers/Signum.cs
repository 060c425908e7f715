using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// Signum (Bernstein et al. 2018, as optax's <c>signum</c>): <c>m ← βm + (1−β)g</c> (not debiased: only its sign
/// is used), <c>update = −lr·sign(m)</c>.
/// </summary>
[Optimizer]
public sealed partial class Signum
{
    /// <summary>The step size (optax has no default; 0.001 here). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.001;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>The decay of the moving average, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real Beta { get; init; } = (Real)0.9;

    /// <summary>Completed steps (optax's <c>EmaState.count</c>).</summary>
    [State] private Integer count;

    /// <summary>The moving average of the gradient.</summary>
    [State(Shape = "n")] private Real[] ema;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.Signum<Real>(gradient, state.Ema, update, Beta, learningRate);
    }
}

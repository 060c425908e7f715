using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// SignSGD (Bernstein et al. 2018, as optax's <c>sign_sgd</c>): <c>update = −lr·sign(g)</c>. Every coordinate
/// moves by the learning rate, so it needs a decaying schedule to settle in a narrow valley.
/// </summary>
[Optimizer]
public sealed partial class SignSgd
{
    /// <summary>The step size (optax has no default; 0.001 here, as Lion's order of magnitude). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.001;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>Completed steps (for the schedule).</summary>
    [State] private Integer count;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.SignSgd<Real>(gradient, update, learningRate);
    }
}

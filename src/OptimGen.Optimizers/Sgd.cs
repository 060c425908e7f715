using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// Stochastic gradient descent with optional momentum and Nesterov acceleration (optax's <c>sgd</c>):
/// <c>update = −lr·g</c>; with momentum μ, <c>trace ← g + μ·trace</c> and <c>update = −lr·trace</c>, or
/// <c>−lr·(g + μ·trace)</c> with Nesterov.
/// </summary>
/// <remarks>The <c>Trace</c> slot is allocated in any case and stays zero without momentum.</remarks>
[Optimizer]
public sealed partial class Sgd
{
    /// <summary>The step size (optax has no default; 0.01 here). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.01;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>The decay of the momentum trace, in [0, 1); null (the default) means plain SGD.</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real? Momentum { get; init; }

    /// <summary>Whether the momentum looks ahead along the new trace (Sutskever et al. 2013).</summary>
    [Hyperparameter] public bool Nesterov { get; init; }

    [State] private Integer count;
    [State(Shape = "n")] private Real[] trace;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        if (Momentum is { } momentum)
            FirstOrderKernels.Momentum<Real>(gradient, state.Trace, update, learningRate, momentum, Nesterov);
        else
            Kernels.Scale(-learningRate, gradient, update);
    }
}

using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// Optimistic gradient descent (Mokhtari et al. 2019, as optax's <c>optimistic_gradient_descent</c>):
/// <c>update = −lr·((α+β)·g − β·g_prev)</c>, <c>g_prev</c> the previous gradient, or <c>g</c> itself at the
/// first step. Made for min-max games, where plain gradient descent cycles.
/// </summary>
[Optimizer]
public sealed partial class OptimisticGradientDescent
{
    /// <summary>The step size (optax has no default; 0.01 here, as <see cref="Sgd"/>). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.01;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>The weight α of the gradient.</summary>
    [Hyperparameter] public Real Alpha { get; init; } = (Real)1;

    /// <summary>The weight β of the change of the gradient (the negative momentum).</summary>
    [Hyperparameter] public Real Beta { get; init; } = (Real)1;

    /// <summary>Completed steps; 0 stands for optax's <c>is_initial_step</c>.</summary>
    [State] private Integer count;

    /// <summary>The gradient of the last step.</summary>
    [State(Shape = "n")] private Real[] previousGradient;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        bool isInitialStep = state.Count == 0;
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.OptimisticGradient<Real>(gradient, state.PreviousGradient, update, Alpha, Beta, learningRate, isInitialStep);
    }
}

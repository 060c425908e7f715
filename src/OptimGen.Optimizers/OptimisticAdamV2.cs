using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// Optimistic Adam (Daskalakis et al. 2017), optax's <c>optimistic_adam_v2</c>: Adam's direction
/// <c>r = m̂/(√(v̂ + ε_root) + ε)</c>, then <c>update = −lr·((α+β)·r − β·r_prev)</c> with <c>r_prev</c> the previous
/// direction (<c>r</c> itself at the first step).
/// </summary>
[Optimizer]
public sealed partial class OptimisticAdamV2
{
    /// <summary>The step size (optax has no default; 0.001 here, as Adam). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.001;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>The weight α of the direction in the optimistic step.</summary>
    [Hyperparameter] public Real Alpha { get; init; } = (Real)1;

    /// <summary>The weight β of the change of the direction in the optimistic step.</summary>
    [Hyperparameter] public Real Beta { get; init; } = (Real)1;

    /// <summary>The decay of the first moment, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B1 { get; init; } = (Real)0.9;

    /// <summary>The decay of the second moment, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real B2 { get; init; } = (Real)0.999;

    /// <summary>Added to the root of the second moment. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)1e-8;

    /// <summary>Added to the second moment under the root. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real EpsRoot { get; init; } = (Real)0;

    /// <summary>Whether Adam's first moment uses Nesterov momentum (optax's default: true).</summary>
    [Hyperparameter] public bool Nesterov { get; init; } = true;

    [State] private Integer count;
    [State(Shape = "n")] private Real[] mu;
    [State(Shape = "n")] private Real[] nu;

    /// <summary>Adam's direction <c>r</c> of the last step (optax's <c>previous_gradient</c> of the optimistic step).</summary>
    [State(Shape = "n")] private Real[] previousDirection;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.OptimisticAdam<Real>(
            gradient, state.Mu, state.Nu, state.PreviousDirection, update,
            B1, B2, Eps, EpsRoot, Nesterov, state.Count, Alpha, Beta, scale: -learningRate);
    }
}

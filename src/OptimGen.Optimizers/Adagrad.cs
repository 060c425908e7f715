using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// Adagrad (Duchi et al. 2011, as optax's <c>adagrad</c>): <c>s ← s + g²</c>, <c>update = −lr·g/√(s + ε)</c>
/// (0 where <c>s</c> is 0), with <c>s</c> starting at <see cref="InitialAccumulatorValue"/>.
/// </summary>
[Optimizer]
public sealed partial class Adagrad
{
    /// <summary>The step size (optax has no default; 0.01 here, as PyTorch). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.01;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>The starting value of the sum of squares. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real InitialAccumulatorValue { get; init; } = (Real)0.1;

    /// <summary>Added to the sum of squares under the root. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)1e-7;

    [State] private Integer count;
    [State(Shape = "n")] private Real[] sumOfSquares;

    [Init]
    private void Start(ref State state, ReadOnlySpan<Real> parameters) => Array.Fill(state.SumOfSquares, InitialAccumulatorValue);

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.Adagrad<Real>(gradient, state.SumOfSquares, update, Eps, learningRate);
    }
}

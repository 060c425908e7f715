using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Rprop (Riedmiller and Braun 1993; as optax's <c>rprop</c>): each coordinate has its own step size, multiplied by
/// <see cref="EtaPlus"/> while its gradient keeps its sign and by <see cref="EtaMinus"/> when the sign flips
/// (clipped to [<see cref="MinStepSize"/>, <see cref="MaxStepSize"/>]); a coordinate whose sign flipped takes no
/// step and forgets its last one. As in optax, the update of a step is the signed step decided at the step
/// before, so the first update is zero.
/// </summary>
[Optimizer]
public sealed partial class Rprop
{
    /// <summary>The initial step size of every coordinate (optax has no default; 0.01 here, as PyTorch). Greater than 0.</summary>
    [Hyperparameter(Minimum = 0, ExclusiveMinimum = true)] public Real LearningRate { get; init; } = (Real)0.01;

    /// <summary>The factor of a step size whose gradient changed sign, in (0, 1].</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMinimum = true)] public Real EtaMinus { get; init; } = (Real)0.5;

    /// <summary>The factor of a step size whose gradient kept its sign, at least 1.</summary>
    [Hyperparameter(Minimum = 1)] public Real EtaPlus { get; init; } = (Real)1.2;

    /// <summary>The smallest step size. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real MinStepSize { get; init; } = (Real)1e-6;

    /// <summary>The largest step size. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real MaxStepSize { get; init; } = (Real)50;

    /// <summary>Every coordinate's step size.</summary>
    [State(Shape = "n")] private Real[] stepSizes;

    /// <summary>Every coordinate's signed step of the last step (0 after a sign flip).</summary>
    [State(Shape = "n")] private Real[] prevUpdates;

    [Init]
    private void Start(ref State state, ReadOnlySpan<Real> parameters)
    {
        if (MinStepSize > MaxStepSize)
            throw new ArgumentOutOfRangeException(nameof(MinStepSize), MinStepSize, $"{nameof(MinStepSize)} is above {nameof(MaxStepSize)} ({MaxStepSize}).");
        Array.Fill(state.StepSizes, LearningRate);
    }

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) =>
        FirstOrderKernels.Rprop<Real>(gradient, state.StepSizes, state.PrevUpdates, update, EtaMinus, EtaPlus, MinStepSize, MaxStepSize);
}

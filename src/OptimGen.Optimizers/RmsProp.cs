using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// RMSProp (Hinton 2012; centered as Graves 2013; as optax's <c>rmsprop</c>): <c>v ← ρv + (1−ρ)g²</c>,
/// <c>update = −lr·g/√(v + ε)</c>; <see cref="Centered"/> divides by the root of the variance
/// <c>v − m²</c> with <c>m ← ρm + (1−ρ)g</c>; <see cref="Momentum"/> adds a trace of the scaled steps.
/// </summary>
/// <remarks>
/// The <c>Mu</c> and <c>Trace</c> slots are allocated in any case; they stay zero unless
/// <see cref="Centered"/> and <see cref="Momentum"/> ask for them.
/// </remarks>
[Optimizer]
public sealed partial class RmsProp
{
    /// <summary>The step size (optax has no default; 0.01 here, as PyTorch). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.01;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>The decay of the averages, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real Decay { get; init; } = (Real)0.9;

    /// <summary>Keeps the denominator away from zero. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)1e-8;

    /// <summary>The initial mean square (PyTorch uses 0, TF1 uses 1). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real InitialScale { get; init; } = (Real)0;

    /// <summary>Whether <see cref="Eps"/> goes under the root (optax's default) or is added to it (PyTorch).</summary>
    [Hyperparameter] public bool EpsInSqrt { get; init; } = true;

    /// <summary>Whether to divide by the root of the variance instead of the mean square.</summary>
    [Hyperparameter] public bool Centered { get; init; }

    /// <summary>The decay of a momentum trace over the scaled steps, in [0, 1); null (the default) means none.</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real? Momentum { get; init; }

    /// <summary>Whether the momentum looks ahead along the new trace.</summary>
    [Hyperparameter] public bool Nesterov { get; init; }

    /// <summary>Whether the averages are divided by <c>1 − ρᵗ</c>.</summary>
    [Hyperparameter] public bool BiasCorrection { get; init; }

    [State] private Integer count;
    [State(Shape = "n")] private Real[] nu;
    [State(Shape = "n")] private Real[] mu;
    [State(Shape = "n")] private Real[] trace;

    [Init]
    private void Start(ref State state, ReadOnlySpan<Real> parameters) => Array.Fill(state.Nu, InitialScale);

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        FirstOrderKernels.RmsProp<Real>(
            gradient, state.Nu, state.Mu, state.Trace, update,
            Decay, Eps, EpsInSqrt, Centered, BiasCorrection, state.Count, learningRate, Momentum, Nesterov);
    }
}

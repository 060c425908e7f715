using System;
using OptimGen;
using OptimGen.Schedules;

namespace OptimGen.Optimizers;

/// <summary>
/// Noisy SGD (Neelakantan et al. 2015, as optax's <c>noisy_sgd</c>): <c>update = −lr·(g + σ_t·z)</c> with
/// <c>σ_t = √(η / t^γ)</c> at step <c>t</c> (from 1) and <c>z</c> standard normal noise from
/// <see cref="CounterGaussian"/>: a pure function of <see cref="Seed"/>, the step and the element, so the state
/// is the step count alone and a run is reproducible for a given seed (in both precision modes, up to rounding).
/// The noise differs from JAX's for the same key.
/// </summary>
[Optimizer]
public sealed partial class NoisySgd
{
    /// <summary>The step size (optax has no default; 0.01 here, as <see cref="Sgd"/>). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.01;

    /// <summary>The step size as a function of the step count; null uses the constant <see cref="LearningRate"/>.</summary>
    [Hyperparameter] public ISchedule? LearningRateSchedule { get; init; }

    /// <summary>The initial variance η of the noise. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eta { get; init; } = (Real)0.01;

    /// <summary>The decay exponent γ of the variance. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Gamma { get; init; } = (Real)0.55;

    /// <summary>The seed of the noise (optax's <c>key</c>; optax uses 0 when none is given).</summary>
    [Hyperparameter] public long Seed { get; init; }

    /// <summary>Completed steps; the noise of step <c>t</c> is drawn with <c>t = Count</c> after the increment.</summary>
    [State] private Integer count;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real learningRate = LearningRateSchedule is null ? LearningRate : (Real)LearningRateSchedule.ValueAt(state.Count);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        double standardDeviation = Math.Sqrt((double)Eta / Math.Pow(state.Count, (double)Gamma));
        FirstOrderKernels.NoisySgd<Real>(gradient, update, (Real)standardDeviation, Seed, state.Count, learningRate);
    }
}

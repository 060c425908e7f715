using System;

namespace OptimGen.Schedules;

/// <summary>
/// Exponential decay (optax's <c>exponential_decay</c>): <see cref="InitValue"/> until <see cref="TransitionBegin"/>,
/// then <c>I · r^((t − B) / T)</c> (with the exponent floored when <see cref="Staircase"/>), bounded by
/// <see cref="EndValue"/> when one is given.
/// </summary>
public sealed class ExponentialDecaySchedule : ISchedule
{
    /// <summary>An exponential decay of <paramref name="initValue"/> by <paramref name="decayRate"/> every <paramref name="transitionSteps"/> steps.</summary>
    /// <param name="initValue">The value up to <paramref name="transitionBegin"/>.</param>
    /// <param name="transitionSteps">The steps over which the value is multiplied by <paramref name="decayRate"/> once (positive).</param>
    /// <param name="decayRate">The factor per <paramref name="transitionSteps"/> (positive; above 1 it grows).</param>
    /// <param name="transitionBegin">How many steps to hold <paramref name="initValue"/> first (not negative).</param>
    /// <param name="staircase">Whether the value changes only every <paramref name="transitionSteps"/> steps.</param>
    /// <param name="endValue">A bound the value does not pass: a lower bound when <paramref name="decayRate"/> is below 1, an upper bound otherwise.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range; the exception names it.</exception>
    public ExponentialDecaySchedule(double initValue, long transitionSteps, double decayRate, long transitionBegin = 0, bool staircase = false, double? endValue = null)
    {
        InitValue = ScheduleArguments.Finite(initValue, nameof(initValue));
        TransitionSteps = ScheduleArguments.Positive(transitionSteps, nameof(transitionSteps));
        DecayRate = ScheduleArguments.Positive(decayRate, nameof(decayRate));
        TransitionBegin = ScheduleArguments.NonNegative(transitionBegin, nameof(transitionBegin));
        Staircase = staircase;
        EndValue = endValue is { } end ? ScheduleArguments.Finite(end, nameof(endValue)) : null;
    }

    /// <summary>The value before the decay starts.</summary>
    public double InitValue { get; }

    /// <summary>The steps over which the value is multiplied by <see cref="DecayRate"/> once.</summary>
    public long TransitionSteps { get; }

    /// <summary>The factor per <see cref="TransitionSteps"/>.</summary>
    public double DecayRate { get; }

    /// <summary>The step at which the decay starts.</summary>
    public long TransitionBegin { get; }

    /// <summary>Whether the exponent is floored (the value changes every <see cref="TransitionSteps"/> steps).</summary>
    public bool Staircase { get; }

    /// <summary>The bound the value does not pass; null when unbounded.</summary>
    public double? EndValue { get; }

    /// <inheritdoc/>
    public double ValueAt(long count)
    {
        long decayed = count - TransitionBegin;
        double value = InitValue;
        if (decayed > 0)
        {
            double exponent = Staircase ? (double)(decayed / TransitionSteps) : (double)decayed / TransitionSteps;
            value = InitValue * Math.Pow(DecayRate, exponent);
        }

        // Like optax, the bound applies to the held initial value too.
        if (EndValue is { } end)
            value = DecayRate < 1 ? Math.Max(value, end) : Math.Min(value, end);
        return value;
    }
}

using System;

namespace OptimGen.Schedules;

/// <summary>
/// A linear ramp (optax's <c>linear_schedule</c>): <see cref="InitValue"/> until <see cref="TransitionBegin"/>,
/// then <c>I + (t − B) / T · (E − I)</c> for <see cref="TransitionSteps"/> steps, then <see cref="EndValue"/>.
/// </summary>
public sealed class LinearSchedule : ISchedule
{
    /// <summary>A ramp from <paramref name="initValue"/> to <paramref name="endValue"/>.</summary>
    /// <param name="initValue">The value up to <paramref name="transitionBegin"/>.</param>
    /// <param name="endValue">The value from <c>transitionBegin + transitionSteps</c> on.</param>
    /// <param name="transitionSteps">How many steps the ramp lasts (positive; optax would hold a non-positive one constant, we reject it).</param>
    /// <param name="transitionBegin">How many steps to hold <paramref name="initValue"/> before the ramp starts (not negative).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or a step count is out of range; the exception names it.</exception>
    public LinearSchedule(double initValue, double endValue, long transitionSteps, long transitionBegin = 0)
    {
        InitValue = ScheduleArguments.Finite(initValue, nameof(initValue));
        EndValue = ScheduleArguments.Finite(endValue, nameof(endValue));
        TransitionSteps = ScheduleArguments.Positive(transitionSteps, nameof(transitionSteps));
        TransitionBegin = ScheduleArguments.NonNegative(transitionBegin, nameof(transitionBegin));
    }

    /// <summary>The value before the ramp.</summary>
    public double InitValue { get; }

    /// <summary>The value after the ramp.</summary>
    public double EndValue { get; }

    /// <summary>The ramp's length in steps.</summary>
    public long TransitionSteps { get; }

    /// <summary>The step at which the ramp starts.</summary>
    public long TransitionBegin { get; }

    /// <inheritdoc/>
    public double ValueAt(long count)
    {
        // Clamped in long before the division, so that no count is lost to rounding.
        long progressed = Math.Clamp(count - TransitionBegin, 0, TransitionSteps);
        double remaining = 1 - (double)progressed / TransitionSteps;
        return (InitValue - EndValue) * remaining + EndValue;
    }
}

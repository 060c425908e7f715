using System;

namespace OptimGen.Schedules;

/// <summary>
/// A linear warmup from <see cref="InitValue"/> to <see cref="PeakValue"/> over <see cref="WarmupSteps"/> steps,
/// then a cosine decay from <see cref="PeakValue"/> to <see cref="EndValue"/> that ends at step
/// <see cref="DecaySteps"/> (optax's <c>warmup_cosine_decay_schedule</c>: <see cref="DecaySteps"/> includes the warmup).
/// </summary>
public sealed class WarmupCosineDecaySchedule : ISchedule
{
    private readonly LinearSchedule? warmup;
    private readonly CosineDecaySchedule decay;

    /// <summary>A warmup followed by a cosine decay.</summary>
    /// <param name="initValue">The value at step 0.</param>
    /// <param name="peakValue">The value at the end of the warmup.</param>
    /// <param name="warmupSteps">The warmup's length (not negative; 0 starts the decay at once).</param>
    /// <param name="decaySteps">The whole schedule's length, warmup included (greater than <paramref name="warmupSteps"/>).</param>
    /// <param name="endValue">The value from step <paramref name="decaySteps"/> on.</param>
    /// <param name="exponent">The power applied to the cosine factor (positive).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range; the exception names it.</exception>
    public WarmupCosineDecaySchedule(double initValue, double peakValue, long warmupSteps, long decaySteps, double endValue = 0, double exponent = 1)
    {
        InitValue = ScheduleArguments.Finite(initValue, nameof(initValue));
        PeakValue = ScheduleArguments.Finite(peakValue, nameof(peakValue));
        WarmupSteps = ScheduleArguments.NonNegative(warmupSteps, nameof(warmupSteps));
        if (decaySteps <= warmupSteps)
            throw new ArgumentOutOfRangeException(nameof(decaySteps), decaySteps, $"decaySteps must be greater than warmupSteps ({warmupSteps}): it includes the warmup.");
        DecaySteps = decaySteps;
        EndValue = ScheduleArguments.Finite(endValue, nameof(endValue));
        Exponent = ScheduleArguments.Positive(exponent, nameof(exponent));

        warmup = warmupSteps > 0 ? new LinearSchedule(initValue, peakValue, warmupSteps) : null;
        double alpha = peakValue == 0 ? 0 : endValue / peakValue;
        decay = new CosineDecaySchedule(peakValue, decaySteps - warmupSteps, ScheduleArguments.Finite(alpha, nameof(endValue)), exponent);
    }

    /// <summary>The value at step 0.</summary>
    public double InitValue { get; }

    /// <summary>The value at the end of the warmup.</summary>
    public double PeakValue { get; }

    /// <summary>The warmup's length in steps.</summary>
    public long WarmupSteps { get; }

    /// <summary>The whole schedule's length in steps, warmup included.</summary>
    public long DecaySteps { get; }

    /// <summary>The value after the decay.</summary>
    public double EndValue { get; }

    /// <summary>The power applied to the cosine factor.</summary>
    public double Exponent { get; }

    /// <inheritdoc/>
    public double ValueAt(long count)
    {
        if (count < WarmupSteps)
            return warmup is null ? InitValue : warmup.ValueAt(count);
        return decay.ValueAt(count - WarmupSteps);
    }
}

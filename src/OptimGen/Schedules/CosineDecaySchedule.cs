using System;

namespace OptimGen.Schedules;

/// <summary>
/// Cosine decay (optax's <c>cosine_decay_schedule</c>, Loshchilov and Hutter's SGDR without restarts):
/// <c>I · ((1 − α) · (½ (1 + cos(π t / T)))^p + α)</c> for <c>t ≤ T</c>, then <c>α I</c>.
/// </summary>
public sealed class CosineDecaySchedule : ISchedule
{
    /// <summary>A cosine decay from <paramref name="initValue"/> to <c>alpha · initValue</c> over <paramref name="decaySteps"/> steps.</summary>
    /// <param name="initValue">The value at step 0.</param>
    /// <param name="decaySteps">How many steps the decay lasts (positive).</param>
    /// <param name="alpha">The final value as a fraction of <paramref name="initValue"/>.</param>
    /// <param name="exponent">The power applied to the cosine factor (positive; 1 is the plain cosine).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range; the exception names it.</exception>
    public CosineDecaySchedule(double initValue, long decaySteps, double alpha = 0, double exponent = 1)
    {
        InitValue = ScheduleArguments.Finite(initValue, nameof(initValue));
        DecaySteps = ScheduleArguments.Positive(decaySteps, nameof(decaySteps));
        Alpha = ScheduleArguments.Finite(alpha, nameof(alpha));
        Exponent = ScheduleArguments.Positive(exponent, nameof(exponent));
    }

    /// <summary>The value at step 0.</summary>
    public double InitValue { get; }

    /// <summary>The decay's length in steps.</summary>
    public long DecaySteps { get; }

    /// <summary>The final value as a fraction of <see cref="InitValue"/>.</summary>
    public double Alpha { get; }

    /// <summary>The power applied to the cosine factor.</summary>
    public double Exponent { get; }

    /// <inheritdoc/>
    public double ValueAt(long count)
    {
        double progress = (double)Math.Min(count, DecaySteps) / DecaySteps;
        double cosine = 0.5 * (1 + Math.Cos(Math.PI * progress));
        return InitValue * ((1 - Alpha) * Math.Pow(cosine, Exponent) + Alpha);
    }
}

namespace OptimGen.Schedules;

/// <summary>The same value at every step (optax's <c>constant_schedule</c>).</summary>
public sealed class ConstantSchedule : ISchedule
{
    /// <summary>A schedule that always returns <paramref name="value"/>.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public ConstantSchedule(double value)
    {
        Value = ScheduleArguments.Finite(value, nameof(value));
    }

    /// <summary>The value held at every step.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public double ValueAt(long count) => Value;
}

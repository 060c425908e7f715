namespace OptimGen.Schedules;

/// <summary>
/// A scalar that changes with the step count, such as a learning rate (optax's <c>Schedule</c>): the
/// built-in optimizers take one as their <c>LearningRateSchedule</c> hyperparameter.
/// </summary>
/// <remarks>
/// Implementations are evaluated once per optimizer step, so they must not allocate. The value is a
/// <see cref="double"/> in both precision modes; an optimizer rounds it to its <c>Real</c> once per step.
/// </remarks>
public interface ISchedule
{
    /// <summary>The value at <paramref name="count"/>, the number of updates already made (0 at the first step).</summary>
    double ValueAt(long count);
}

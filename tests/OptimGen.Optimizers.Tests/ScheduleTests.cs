using System;
using OptimGen.Schedules;

namespace OptimGen.Optimizers.Tests;

/// <summary>Every schedule against its closed form (optax's definitions), and its constructor's checks.</summary>
public sealed class ScheduleTests
{
    private static readonly long[] Counts = { 0, 1, 2, 5, 9, 10, 11, 25, 99, 100, 101, 1000 };

    [Fact]
    public void Constant_is_its_value_at_every_count()
    {
        var schedule = new ConstantSchedule(0.125);
        Assert.All(Counts, count => Assert.Equal(0.125, schedule.ValueAt(count)));
    }

    [Theory]
    [InlineData(1.0, 0.01, 100, 0)]
    [InlineData(0.0, 0.5, 10, 5)]
    [InlineData(2.0, 2.0, 1, 0)]
    public void Linear_holds_ramps_and_holds(double init, double end, long steps, long begin)
    {
        var schedule = new LinearSchedule(init, end, steps, begin);
        foreach (long count in Counts)
        {
            double expected = count <= begin ? init : count >= begin + steps ? end : init + (count - begin) / (double)steps * (end - init);
            Assert.Equal(expected, schedule.ValueAt(count), 1e-15);
        }
    }

    [Fact]
    public void Linear_matches_the_optax_documentation_example()
    {
        var schedule = new LinearSchedule(1.0, 0.01, transitionSteps: 100);
        Assert.Equal(1.0, schedule.ValueAt(0));
        Assert.Equal(0.01, schedule.ValueAt(100), 1e-15);
    }

    [Theory]
    [InlineData(1.0, 100, 0.0, 1.0)]
    [InlineData(0.3, 10, 0.1, 2.0)]
    [InlineData(0.3, 1, 0.5, 1.0)]
    public void Cosine_decay_follows_half_a_cosine_then_holds_alpha(double init, long decaySteps, double alpha, double exponent)
    {
        var schedule = new CosineDecaySchedule(init, decaySteps, alpha, exponent);
        foreach (long count in Counts)
        {
            double t = Math.Min(count, decaySteps);
            double expected = init * ((1 - alpha) * Math.Pow(0.5 * (1 + Math.Cos(Math.PI * t / decaySteps)), exponent) + alpha);
            Assert.Equal(expected, schedule.ValueAt(count), 1e-15);
        }

        Assert.Equal(init, schedule.ValueAt(0), 1e-15);
        Assert.Equal(alpha * init, schedule.ValueAt(decaySteps), 1e-15);
    }

    [Theory]
    [InlineData(0.0, 1.0, 10, 100, 0.1, 1.0)]
    [InlineData(0.5, 1.0, 0, 25, 0.0, 1.0)]
    [InlineData(0.1, 2.0, 5, 11, 0.5, 3.0)]
    public void Warmup_cosine_decay_ramps_to_the_peak_then_decays_to_the_end_value(double init, double peak, long warmup, long decaySteps, double end, double exponent)
    {
        var schedule = new WarmupCosineDecaySchedule(init, peak, warmup, decaySteps, end, exponent);
        foreach (long count in Counts)
        {
            double expected;
            if (count < warmup)
            {
                expected = init + (peak - init) * count / warmup;
            }
            else
            {
                double t = Math.Min(count - warmup, decaySteps - warmup);
                double cosine = Math.Pow(0.5 * (1 + Math.Cos(Math.PI * t / (decaySteps - warmup))), exponent);
                expected = end + (peak - end) * cosine;
            }

            Assert.Equal(expected, schedule.ValueAt(count), 1e-14);
        }

        Assert.Equal(peak, schedule.ValueAt(warmup), 1e-15);
        Assert.Equal(end, schedule.ValueAt(decaySteps), 1e-15);
    }

    [Theory]
    [InlineData(1.0, 10, 0.5, 0, false, null)]
    [InlineData(1.0, 10, 0.5, 5, true, null)]
    [InlineData(0.1, 3, 0.9, 0, false, 0.05)]
    [InlineData(0.1, 3, 2.0, 2, true, 0.4)]
    public void Exponential_decay_multiplies_by_the_rate_every_transition(double init, long steps, double rate, long begin, bool staircase, double? end)
    {
        var schedule = new ExponentialDecaySchedule(init, steps, rate, begin, staircase, end);
        foreach (long count in Counts)
        {
            double exponent = count <= begin ? 0 : (count - begin) / (double)steps;
            if (staircase)
                exponent = Math.Floor(exponent);
            double expected = init * Math.Pow(rate, exponent);
            if (end is { } bound)
                expected = rate < 1 ? Math.Max(expected, bound) : Math.Min(expected, bound);
            Assert.Equal(expected, schedule.ValueAt(count), 1e-15);
        }
    }

    [Fact]
    public void Exponential_staircase_changes_only_at_whole_transitions()
    {
        var schedule = new ExponentialDecaySchedule(1.0, transitionSteps: 10, decayRate: 0.5, staircase: true);
        Assert.Equal(1.0, schedule.ValueAt(9));
        Assert.Equal(0.5, schedule.ValueAt(10));
        Assert.Equal(0.5, schedule.ValueAt(19));
        Assert.Equal(0.25, schedule.ValueAt(20));
    }

    public static TheoryData<string, Func<ISchedule>> InvalidSchedules => new()
    {
        { "value", () => new ConstantSchedule(double.NaN) },
        { "initValue", () => new LinearSchedule(double.PositiveInfinity, 0, 10) },
        { "endValue", () => new LinearSchedule(1, double.NaN, 10) },
        { "transitionSteps", () => new LinearSchedule(1, 0, 0) },
        { "transitionBegin", () => new LinearSchedule(1, 0, 10, -1) },
        { "decaySteps", () => new CosineDecaySchedule(1, 0) },
        { "alpha", () => new CosineDecaySchedule(1, 10, double.NaN) },
        { "exponent", () => new CosineDecaySchedule(1, 10, 0, 0) },
        { "warmupSteps", () => new WarmupCosineDecaySchedule(0, 1, -1, 10) },
        { "decaySteps", () => new WarmupCosineDecaySchedule(0, 1, 10, 10) },
        { "peakValue", () => new WarmupCosineDecaySchedule(0, double.NaN, 1, 10) },
        { "exponent", () => new WarmupCosineDecaySchedule(0, 1, 1, 10, 0, -1) },
        { "transitionSteps", () => new ExponentialDecaySchedule(1, 0, 0.5) },
        { "decayRate", () => new ExponentialDecaySchedule(1, 10, 0) },
        { "decayRate", () => new ExponentialDecaySchedule(1, 10, -0.5) },
        { "transitionBegin", () => new ExponentialDecaySchedule(1, 10, 0.5, -3) },
        { "endValue", () => new ExponentialDecaySchedule(1, 10, 0.5, endValue: double.NegativeInfinity) },
    };

    [Theory]
    [MemberData(nameof(InvalidSchedules))]
    public void Constructor_rejects_an_invalid_argument_naming_it(string argument, Func<ISchedule> create)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(create);
        Assert.Equal(argument, exception.ParamName);
    }
}

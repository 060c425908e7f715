using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;
using OptimGen.Schedules;

namespace OptimGen.Optimizers.Tests;

public sealed class SignSgdTests
{
    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var signSgd = new SignSgd();
        Assert.Equal((Real)0.001, signSgd.LearningRate);
        Assert.Null(signSgd.LearningRateSchedule);
        var signum = new Signum();
        Assert.Equal((Real)0.001, signum.LearningRate);
        Assert.Equal((Real)0.9, signum.Beta);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SignSgd_first_five_updates_match_the_published_rule(bool scheduled)
    {
        var optimizer = new SignSgd { LearningRate = (Real)0.3, LearningRateSchedule = scheduled ? new ExponentialDecaySchedule(0.3, 2, 0.5) : null };
        Func<long, double> rate = scheduled ? count => 0.3 * Math.Pow(0.5, count / 2.0) : _ => optimizer.LearningRate;
        var reference = new SignReference(GradientSequence.Length, rate, beta: null);
        var state = optimizer.Init(GradientSequence.InitialParameters());

        UpdateSequence.Check((_, g, u) => optimizer.Step(ref state, g, u), reference.Step, step => Assert.Equal(step, state.Count));
    }

    [Fact]
    public void Signum_first_five_updates_match_the_published_rule()
    {
        var optimizer = new Signum { LearningRate = (Real)0.3, Beta = (Real)0.6 };
        var reference = new SignReference(GradientSequence.Length, _ => optimizer.LearningRate, beta: optimizer.Beta);
        var state = optimizer.Init(GradientSequence.InitialParameters());

        UpdateSequence.Check(
            (_, g, u) => optimizer.Step(ref state, g, u),
            reference.Step,
            _ => Tolerance.AssertClose(reference.Ema, state.Ema, Tolerance.HandComputed, "ema"));
    }

    [Fact]
    public void Init_checks_the_bounds()
    {
        Assert.Equal("LearningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new SignSgd { LearningRate = -1 }.Init(new Real[3])).ParamName);
        Assert.Equal("Beta", Assert.Throws<ArgumentOutOfRangeException>(() => new Signum { Beta = 1 }.Init(new Real[3])).ParamName);
    }
}

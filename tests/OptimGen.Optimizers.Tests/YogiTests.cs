using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;
using OptimGen.Schedules;

namespace OptimGen.Optimizers.Tests;

public sealed class YogiTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var yogi = new Yogi();
        Assert.Equal(((Real)0.01, (Real)0.9, (Real)0.999, (Real)1e-3), (yogi.LearningRate, yogi.B1, yogi.B2, yogi.Eps));
        Yogi.State state = yogi.Init(new Real[3]);
        Assert.All(state.Mu, m => Assert.Equal((Real)1e-6, m));
        Assert.All(state.Nu, v => Assert.Equal((Real)1e-6, v));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void First_five_updates_match_the_published_rule(bool scheduled)
    {
        var yogi = new Yogi
        {
            LearningRate = (Real)0.3, B1 = (Real)0.8, B2 = (Real)0.95, Eps = (Real)1e-2,
            LearningRateSchedule = scheduled ? new CosineDecaySchedule(0.3, decaySteps: 4, alpha: 0.1) : null,
        };
        Func<long, double> rate = scheduled
            ? count => 0.3 * (0.9 * 0.5 * (1 + Math.Cos(Math.PI * Math.Min(count, 4) / 4)) + 0.1)
            : _ => yogi.LearningRate;
        var reference = new YogiReference(GradientSequence.Length, rate, yogi.B1, yogi.B2, yogi.Eps);
        var state = yogi.Init(GradientSequence.InitialParameters());

        UpdateSequence.Check(
            (_, g, u) => yogi.Step(ref state, g, u),
            reference.Step,
            _ =>
            {
                Tolerance.AssertClose(reference.Mu, state.Mu, Tolerance.HandComputed, "mu");
                Tolerance.AssertClose(reference.Nu, state.Nu, Tolerance.HandComputed, "nu");
            });
    }
}

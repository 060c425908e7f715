using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;
using OptimGen.Schedules;
using Xunit.Abstractions;

namespace OptimGen.Optimizers.Tests;

public sealed class LionTests
{
    private readonly ITestOutputHelper output;

    public LionTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var lion = new Lion();
        Assert.Equal((Real)1e-4, lion.LearningRate);
        Assert.Equal((Real)0.9, lion.B1);
        Assert.Equal((Real)0.99, lion.B2);
        Assert.Equal((Real)1e-3, lion.WeightDecay);
    }

    [Theory]
    [InlineData(0.0, false)]
    [InlineData(0.4, false)]
    [InlineData(0.4, true)]
    public void First_five_updates_match_the_published_rule(double weightDecay, bool scheduled)
    {
        var lion = new Lion
        {
            LearningRate = (Real)0.3,
            B1 = (Real)0.7,
            B2 = (Real)0.95,
            WeightDecay = (Real)weightDecay,
            LearningRateSchedule = scheduled ? new CosineDecaySchedule(0.3, decaySteps: 4, alpha: 0.1) : null,
        };
        Func<long, double> rate = scheduled
            ? count => 0.3 * (0.9 * 0.5 * (1 + Math.Cos(Math.PI * Math.Min(count, 4) / 4)) + 0.1)
            : _ => lion.LearningRate;
        var reference = new LionReference(GradientSequence.Length, rate, lion.B1, lion.B2, lion.WeightDecay);
        var state = lion.Init(GradientSequence.InitialParameters());

        UpdateSequence.Check(
            (parameters, gradient, update) => lion.Step(ref state, parameters, gradient, update),
            reference.Step,
            step =>
            {
                Assert.Equal(step, state.Count);
                Tolerance.AssertClose(reference.Mu, state.Mu, Tolerance.HandComputed, "mu");
            });
    }

    [Fact]
    public void With_warmup_and_cosine_decay_reaches_the_minimum_of_a_quadratic()
    {
        var lion = new Lion { WeightDecay = 0, LearningRateSchedule = new WarmupCosineDecaySchedule(0, 0.01, 100, Convergence.Steps) };
        Convergence.OnQuadratic((x, f) => { var state = lion.Init(x); lion.Scan(ref state, x, f, Convergence.Steps); }, 1e-5, output);
    }

    [Fact]
    public void With_warmup_and_cosine_decay_reaches_the_minimum_of_rosenbrock()
    {
        var lion = new Lion { WeightDecay = 0, LearningRateSchedule = new WarmupCosineDecaySchedule(0, 0.01, 100, Convergence.Steps) };
        Convergence.OnRosenbrock((x, f) => { var state = lion.Init(x); lion.Scan(ref state, x, f, Convergence.Steps); }, 2e-3, output);
    }
}

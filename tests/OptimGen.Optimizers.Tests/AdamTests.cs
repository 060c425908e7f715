using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;
using OptimGen.Schedules;
using Xunit.Abstractions;

namespace OptimGen.Optimizers.Tests;

public sealed class AdamTests
{
    private readonly ITestOutputHelper output;

    public AdamTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var adam = new Adam();
        Assert.Equal((Real)0.001, adam.LearningRate);
        Assert.Equal((Real)0.9, adam.B1);
        Assert.Equal((Real)0.999, adam.B2);
        Assert.Equal((Real)1e-8, adam.Eps);
        Assert.Equal((Real)0, adam.EpsRoot);
        Assert.False(adam.Nesterov);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void First_five_updates_match_the_published_rule(bool nesterov, bool scheduled)
    {
        // Not the defaults: a B1/B2 mix-up, a missing bias correction or a misplaced eps changes every update.
        var adam = new Adam
        {
            LearningRate = (Real)0.3,
            B1 = (Real)0.8,
            B2 = (Real)0.95,
            Eps = (Real)1e-3,
            EpsRoot = (Real)1e-4,
            Nesterov = nesterov,
            LearningRateSchedule = scheduled ? new ExponentialDecaySchedule(0.3, transitionSteps: 2, decayRate: 0.5) : null,
        };
        Func<long, double> rate = scheduled ? count => 0.3 * Math.Pow(0.5, count / 2.0) : _ => adam.LearningRate;
        var reference = new AdamReference(GradientSequence.Length, rate, adam.B1, adam.B2, adam.Eps, adam.EpsRoot, nesterov, weightDecay: 0);
        var state = adam.Init(GradientSequence.InitialParameters());

        UpdateSequence.Check(
            (_, gradient, update) => adam.Step(ref state, gradient, update),
            reference.Step,
            step =>
            {
                Assert.Equal(step, state.Count);
                Tolerance.AssertClose(reference.Mu, state.Mu, Tolerance.HandComputed, "mu");
                Tolerance.AssertClose(reference.Nu, state.Nu, Tolerance.HandComputed, "nu");
            });
    }

    [Fact]
    public void First_update_is_the_learning_rate_times_the_sign_of_the_gradient()
    {
        // With m and v starting at zero, bias correction gives m̂ = g and v̂ = g², so u₁ = −lr·g/(|g| + ε).
        var adam = new Adam { LearningRate = (Real)0.25 };
        Real[] gradient = GradientSequence.At(0);
        var update = new Real[gradient.Length];
        var state = adam.Init(GradientSequence.InitialParameters());
        adam.Step(ref state, gradient, update);
        for (int i = 0; i < gradient.Length; i++)
            Tolerance.AssertClose(-0.25 * gradient[i] / (Math.Abs((double)gradient[i]) + 1e-8), update[i], Tolerance.HandComputed, $"update[{i}]");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reaches_the_minimum_of_a_quadratic(bool nesterov)
    {
        var adam = new Adam { LearningRate = (Real)0.1, Nesterov = nesterov };
        Convergence.OnQuadratic((x, f) => { var state = adam.Init(x); adam.Scan(ref state, x, f, Convergence.Steps); }, Tolerance.IsDouble ? 1e-10 : 1e-5, output);
    }

    [Fact]
    public void Reaches_the_minimum_of_rosenbrock()
    {
        var adam = new Adam { LearningRate = (Real)0.1 };
        Convergence.OnRosenbrock((x, f) => { var state = adam.Init(x); adam.Scan(ref state, x, f, Convergence.Steps); }, Tolerance.IsDouble ? 1e-6 : 1e-3, output);
    }

    [Fact]
    public void Nesterov_with_warmup_and_cosine_decay_reaches_the_minimum_of_rosenbrock()
    {
        var adam = new Adam { Nesterov = true, LearningRateSchedule = new WarmupCosineDecaySchedule(0, 0.3, 100, Convergence.Steps, endValue: 0.03) };
        Convergence.OnRosenbrock((x, f) => { var state = adam.Init(x); adam.Scan(ref state, x, f, Convergence.Steps); }, 1e-3, output);
    }
}

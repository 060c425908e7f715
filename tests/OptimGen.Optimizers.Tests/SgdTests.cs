using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;
using OptimGen.Schedules;
using Xunit.Abstractions;

namespace OptimGen.Optimizers.Tests;

public sealed class SgdTests
{
    private readonly ITestOutputHelper output;

    public SgdTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Defaults_are_plain_sgd_with_the_documented_learning_rate()
    {
        var sgd = new Sgd();
        Assert.Equal((Real)0.01, sgd.LearningRate);
        Assert.Null(sgd.Momentum);
        Assert.False(sgd.Nesterov);
        Assert.Null(sgd.LearningRateSchedule);
    }

    [Theory]
    [InlineData(null, false, false)]
    [InlineData(0.7, false, false)]
    [InlineData(0.7, true, false)]
    [InlineData(0.7, true, true)]
    [InlineData(null, false, true)]
    public void First_five_updates_match_the_published_rule(double? momentum, bool nesterov, bool scheduled)
    {
        var sgd = new Sgd
        {
            LearningRate = (Real)0.3,
            Momentum = (Real?)momentum,
            Nesterov = nesterov,
            LearningRateSchedule = scheduled ? new LinearSchedule(0.3, 0.1, transitionSteps: 4) : null,
        };
        Func<long, double> rate = scheduled ? count => 0.3 + Math.Min(count, 4) / 4.0 * (0.1 - 0.3) : _ => sgd.LearningRate;
        var reference = new SgdReference(GradientSequence.Length, rate, sgd.Momentum, nesterov);
        var state = sgd.Init(GradientSequence.InitialParameters());

        UpdateSequence.Check(
            (_, gradient, update) => sgd.Step(ref state, gradient, update),
            (_, gradient) => reference.Step(gradient),
            step =>
            {
                Assert.Equal(step, state.Count);
                Tolerance.AssertClose(reference.Trace, state.Trace, Tolerance.HandComputed, "trace");
            });
    }

    [Fact]
    public void Plain_sgd_reaches_the_minimum_of_a_quadratic()
    {
        var sgd = new Sgd { LearningRate = (Real)0.1 };
        Convergence.OnQuadratic((x, f) => { var state = sgd.Init(x); sgd.Scan(ref state, x, f, Convergence.Steps); }, Tolerance.IsDouble ? 1e-10 : 1e-5, output);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Momentum_reaches_the_minimum_of_a_quadratic(bool nesterov)
    {
        var sgd = new Sgd { LearningRate = (Real)0.01, Momentum = (Real)0.9, Nesterov = nesterov };
        Convergence.OnQuadratic((x, f) => { var state = sgd.Init(x); sgd.Scan(ref state, x, f, Convergence.Steps); }, Tolerance.IsDouble ? 1e-10 : 1e-5, output);
    }

    [Fact]
    public void Momentum_reaches_the_minimum_of_rosenbrock()
    {
        var sgd = new Sgd { LearningRate = (Real)0.002, Momentum = (Real)0.9 };
        Convergence.OnRosenbrock((x, f) => { var state = sgd.Init(x); sgd.Scan(ref state, x, f, Convergence.Steps); }, Tolerance.IsDouble ? 1e-6 : 1e-4, output);
    }

    [Fact]
    public void Nesterov_reaches_the_minimum_of_rosenbrock()
    {
        var sgd = new Sgd { LearningRate = (Real)0.001, Momentum = (Real)0.9, Nesterov = true };
        Convergence.OnRosenbrock((x, f) => { var state = sgd.Init(x); sgd.Scan(ref state, x, f, Convergence.Steps); }, 1e-3, output);
    }

    /// <summary>
    /// Plain gradient descent cannot finish Rosenbrock in 2 000 steps: at the minimum the Hessian's eigenvalues
    /// are about 1002 and 0.4, so a stable step (below 2/1002) shrinks the error along the valley by at most
    /// 1 − 0.002·0.4 per step, a factor of about 5 in 2 000 steps. The test holds it to that: from 2.2 away to
    /// within 0.25.
    /// </summary>
    [Fact]
    public void Plain_sgd_approaches_the_minimum_of_rosenbrock_at_the_rate_its_conditioning_allows()
    {
        var sgd = new Sgd { LearningRate = (Real)0.0019 };
        Convergence.OnRosenbrock((x, f) => { var state = sgd.Init(x); sgd.Scan(ref state, x, f, Convergence.Steps); }, 0.25, output);
    }
}

using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;
using OptimGen.Schedules;
using Xunit.Abstractions;

namespace OptimGen.Optimizers.Tests;

public sealed class RmsPropTests
{
    private readonly ITestOutputHelper output;

    public RmsPropTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var rmsProp = new RmsProp();
        Assert.Equal((Real)0.01, rmsProp.LearningRate);
        Assert.Equal((Real)0.9, rmsProp.Decay);
        Assert.Equal((Real)1e-8, rmsProp.Eps);
        Assert.Equal((Real)0, rmsProp.InitialScale);
        Assert.True(rmsProp.EpsInSqrt);
        Assert.False(rmsProp.Centered);
        Assert.Null(rmsProp.Momentum);
        Assert.False(rmsProp.Nesterov);
        Assert.False(rmsProp.BiasCorrection);
    }

    [Theory]
    [InlineData(false, true, null, false, false, 0.0)]
    [InlineData(true, true, null, false, false, 0.0)]
    [InlineData(false, false, null, false, false, 1.0)]
    [InlineData(true, false, 0.6, false, true, 0.5)]
    [InlineData(false, true, 0.6, true, false, 0.5)]
    [InlineData(true, true, 0.6, true, true, 0.5)]
    // Centered with bias correction starts from an initial scale of 0.5: from 0, the first step's variance
    // v̂ − m̂² is g² − g² = 0, and its rounding noise decides the update (in any implementation).
    public void First_five_updates_match_the_published_rule(bool centered, bool epsInSqrt, double? momentum, bool nesterov, bool biasCorrection, double initialScale)
    {
        var rmsProp = new RmsProp
        {
            LearningRate = (Real)0.3,
            Decay = (Real)0.8,
            Eps = (Real)1e-3,
            InitialScale = (Real)initialScale,
            EpsInSqrt = epsInSqrt,
            Centered = centered,
            Momentum = (Real?)momentum,
            Nesterov = nesterov,
            BiasCorrection = biasCorrection,
        };
        var reference = new RmsPropReference(
            GradientSequence.Length, _ => rmsProp.LearningRate, rmsProp.Decay, rmsProp.Eps, rmsProp.InitialScale, epsInSqrt, centered,
            rmsProp.Momentum, nesterov, biasCorrection);
        var state = rmsProp.Init(GradientSequence.InitialParameters());

        UpdateSequence.Check(
            (_, gradient, update) => rmsProp.Step(ref state, gradient, update),
            (_, gradient) => reference.Step(gradient),
            step =>
            {
                Assert.Equal(step, state.Count);
                Tolerance.AssertClose(reference.Nu, state.Nu, Tolerance.HandComputed, "nu");
                Tolerance.AssertClose(reference.Mu, state.Mu, Tolerance.HandComputed, "mu");
                Tolerance.AssertClose(reference.Trace, state.Trace, Tolerance.HandComputed, "trace");
            });
    }

    /// <summary>
    /// RMSProp's step is about lr·sign(g) near a minimum, so with a constant learning rate it circles the
    /// minimum at the learning rate's scale; a decaying schedule lets it settle.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void With_cosine_decay_reaches_the_minimum_of_a_quadratic(bool centered)
    {
        var rmsProp = new RmsProp { Centered = centered, LearningRateSchedule = new CosineDecaySchedule(0.01, Convergence.Steps) };
        Convergence.OnQuadratic((x, f) => { var state = rmsProp.Init(x); rmsProp.Scan(ref state, x, f, Convergence.Steps); }, Tolerance.IsDouble ? 1e-10 : 1e-5, output);
    }

    [Fact]
    public void With_momentum_and_exponential_decay_reaches_the_minimum_of_a_quadratic()
    {
        var rmsProp = new RmsProp { Momentum = (Real)0.9, LearningRateSchedule = new ExponentialDecaySchedule(0.003, 200, 0.5) };
        Convergence.OnQuadratic((x, f) => { var state = rmsProp.Init(x); rmsProp.Scan(ref state, x, f, Convergence.Steps); }, Tolerance.IsDouble ? 1e-10 : 1e-5, output);
    }

    [Fact]
    public void With_momentum_and_exponential_decay_reaches_the_minimum_of_rosenbrock()
    {
        var rmsProp = new RmsProp { Momentum = (Real)0.9, LearningRateSchedule = new ExponentialDecaySchedule(0.003, 200, 0.5) };
        Convergence.OnRosenbrock((x, f) => { var state = rmsProp.Init(x); rmsProp.Scan(ref state, x, f, Convergence.Steps); }, 1e-4, output);
    }
}

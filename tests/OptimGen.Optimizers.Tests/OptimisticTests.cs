using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;
using OptimGen.Schedules;

namespace OptimGen.Optimizers.Tests;

/// <summary>OptimisticGradientDescent, OptimisticAdam and OptimisticAdamV2 against the optimistic step on a scalar reference.</summary>
public sealed class OptimisticTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var ogd = new OptimisticGradientDescent();
        Assert.Equal(((Real)0.01, (Real)1, (Real)1), (ogd.LearningRate, ogd.Alpha, ogd.Beta));
        var v1 = new OptimisticAdam();
        Assert.Equal((Real)0.001, v1.LearningRate);
        Assert.Null(v1.Optimism);
        Assert.True(v1.Nesterov);
        Assert.Equal(((Real)0.9, (Real)0.999, (Real)1e-8, (Real)0), (v1.B1, v1.B2, v1.Eps, v1.EpsRoot));
        var v2 = new OptimisticAdamV2();
        Assert.Equal(((Real)0.001, (Real)1, (Real)1), (v2.LearningRate, v2.Alpha, v2.Beta));
        Assert.True(v2.Nesterov);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Gradient_descent_first_five_updates_match_the_published_rule(bool scheduled)
    {
        var optimizer = new OptimisticGradientDescent
        {
            LearningRate = (Real)0.3, Alpha = (Real)0.7, Beta = (Real)0.4,
            LearningRateSchedule = scheduled ? new LinearSchedule(0.3, 0.1, transitionSteps: 4) : null,
        };
        Func<long, double> rate = scheduled ? count => 0.3 + Math.Min(count, 4) / 4.0 * (0.1 - 0.3) : _ => optimizer.LearningRate;
        var reference = OptimisticReference.GradientDescent(rate, optimizer.Alpha, optimizer.Beta);
        var state = optimizer.Init(GradientSequence.InitialParameters());

        UpdateSequence.Check(
            (_, g, u) => optimizer.Step(ref state, g, u),
            reference.Step,
            _ => Tolerance.AssertClose(reference.Previous, state.PreviousGradient, Tolerance.HandComputed, "previous gradient"));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(0.05, true)]
    [InlineData(0.05, false)]
    public void Adam_first_five_updates_match_the_published_rule(double? optimism, bool nesterov)
    {
        var optimizer = new OptimisticAdam
        {
            LearningRate = (Real)0.2, Optimism = (Real?)optimism, B1 = (Real)0.8, B2 = (Real)0.95, Eps = (Real)1e-3, EpsRoot = (Real)1e-4, Nesterov = nesterov,
        };
        double beta = optimism ?? optimizer.LearningRate;
        var reference = OptimisticReference.Adam(GradientSequence.Length, _ => -1, optimizer.LearningRate, beta, optimizer.B1, optimizer.B2, optimizer.Eps, optimizer.EpsRoot, nesterov);
        var state = optimizer.Init(GradientSequence.InitialParameters());

        UpdateSequence.Check(
            (_, g, u) => optimizer.Step(ref state, g, u),
            reference.Step,
            step =>
            {
                Assert.Equal(step, state.Count);
                Tolerance.AssertClose(reference.Mu, state.Mu, Tolerance.HandComputed, "mu");
                Tolerance.AssertClose(reference.Nu, state.Nu, Tolerance.HandComputed, "nu");
                Tolerance.AssertClose(reference.Previous, state.PreviousDirection, Tolerance.HandComputed, "previous direction");
            });
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Adam_v2_first_five_updates_match_the_published_rule(bool nesterov, bool scheduled)
    {
        var optimizer = new OptimisticAdamV2
        {
            LearningRate = (Real)0.2, Alpha = (Real)0.6, Beta = (Real)0.3, B1 = (Real)0.8, B2 = (Real)0.95, Eps = (Real)1e-3, EpsRoot = (Real)1e-4,
            Nesterov = nesterov, LearningRateSchedule = scheduled ? new ExponentialDecaySchedule(0.2, 2, 0.5) : null,
        };
        Func<long, double> rate = scheduled ? count => 0.2 * Math.Pow(0.5, count / 2.0) : _ => optimizer.LearningRate;
        var reference = OptimisticReference.Adam(
            GradientSequence.Length, count => -rate(count), optimizer.Alpha, optimizer.Beta, optimizer.B1, optimizer.B2, optimizer.Eps, optimizer.EpsRoot, nesterov);
        var state = optimizer.Init(GradientSequence.InitialParameters());

        UpdateSequence.Check(
            (_, g, u) => optimizer.Step(ref state, g, u),
            reference.Step,
            _ => Tolerance.AssertClose(reference.Previous, state.PreviousDirection, Tolerance.HandComputed, "previous direction"));
    }

    [Fact]
    public void Init_checks_the_bounds()
    {
        Assert.Equal("LearningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new OptimisticGradientDescent { LearningRate = -1 }.Init(new Real[3])).ParamName);
        Assert.Equal("B2", Assert.Throws<ArgumentOutOfRangeException>(() => new OptimisticAdam { B2 = 1 }.Init(new Real[3])).ParamName);
        Assert.Equal("B1", Assert.Throws<ArgumentOutOfRangeException>(() => new OptimisticAdamV2 { B1 = (Real)(-0.1) }.Init(new Real[3])).ParamName);
    }
}

using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;
using Xunit.Abstractions;

namespace OptimGen.Optimizers.Tests;

public sealed class AdamWTests
{
    private readonly ITestOutputHelper output;

    public AdamWTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var adamW = new AdamW();
        Assert.Equal((Real)0.001, adamW.LearningRate);
        Assert.Equal((Real)0.9, adamW.B1);
        Assert.Equal((Real)0.999, adamW.B2);
        Assert.Equal((Real)1e-8, adamW.Eps);
        Assert.Equal((Real)0, adamW.EpsRoot);
        Assert.Equal((Real)1e-4, adamW.WeightDecay);
        Assert.False(adamW.Nesterov);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void First_five_updates_match_the_published_rule(bool nesterov)
    {
        var adamW = new AdamW
        {
            LearningRate = (Real)0.3,
            B1 = (Real)0.8,
            B2 = (Real)0.95,
            Eps = (Real)1e-3,
            WeightDecay = (Real)0.4,
            Nesterov = nesterov,
        };
        var reference = new AdamReference(GradientSequence.Length, _ => adamW.LearningRate, adamW.B1, adamW.B2, adamW.Eps, adamW.EpsRoot, nesterov, adamW.WeightDecay);
        var state = adamW.Init(GradientSequence.InitialParameters());

        UpdateSequence.Check(
            (parameters, gradient, update) => adamW.Step(ref state, parameters, gradient, update),
            reference.Step,
            step =>
            {
                Assert.Equal(step, state.Count);
                Tolerance.AssertClose(reference.Mu, state.Mu, Tolerance.HandComputed, "mu");
                Tolerance.AssertClose(reference.Nu, state.Nu, Tolerance.HandComputed, "nu");
            });
    }

    /// <summary>
    /// With ε = 1 the update is smooth near its fixed point, where m̂ = g and v̂ = g²: there
    /// <c>g/(|g| + ε) + λ·p = 0</c> with <c>g = c·(p − t)</c>, solved per coordinate by bisection. With λ = 0.1
    /// that point lies about 0.04 from the quadratic's own minimizer, so this also proves the decay is applied.
    /// </summary>
    [Fact]
    public void Reaches_the_fixed_point_of_its_weight_decay_on_a_quadratic()
    {
        const double decay = 0.1;
        var adamW = new AdamW { LearningRate = (Real)0.1, B2 = (Real)0.9, Eps = 1, WeightDecay = (Real)decay };
        var quadratic = new Quadratic(10, 10);
        Convergence.OnQuadratic(
            (x, f) => { var state = adamW.Init(x); adamW.Scan(ref state, x, f, Convergence.Steps); },
            i => FixedPoint(quadratic.Curvature(i), quadratic.Minimizer(i), decay, eps: 1),
            Tolerance.IsDouble ? 1e-10 : 1e-5,
            output);
    }

    [Fact]
    public void Without_decay_reaches_the_minimum_of_rosenbrock()
    {
        var adamW = new AdamW { LearningRate = (Real)0.1, WeightDecay = 0 };
        Convergence.OnRosenbrock((x, f) => { var state = adamW.Init(x); adamW.Scan(ref state, x, f, Convergence.Steps); }, Tolerance.IsDouble ? 1e-6 : 1e-3, output);
    }

    /// <summary>The root of <c>g/(|g| + ε) + λp</c>, <c>g = c(p − t)</c>, which lies between 0 and <c>t</c>.</summary>
    private static double FixedPoint(double curvature, double minimizer, double decay, double eps)
    {
        double low = Math.Min(0, minimizer);
        double high = Math.Max(0, minimizer);
        for (int k = 0; k < 200; k++)
        {
            double p = 0.5 * (low + high);
            double g = curvature * (p - minimizer);
            if (g / (Math.Abs(g) + eps) + decay * p > 0)
                high = p;
            else
                low = p;
        }

        return 0.5 * (low + high);
    }
}

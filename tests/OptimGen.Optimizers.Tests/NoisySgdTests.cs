using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;
using OptimGen.Schedules;

namespace OptimGen.Optimizers.Tests;

public sealed class NoisySgdTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var noisy = new NoisySgd();
        Assert.Equal(((Real)0.01, (Real)0.01, (Real)0.55, 0L), (noisy.LearningRate, noisy.Eta, noisy.Gamma, noisy.Seed));
    }

    [Theory]
    [InlineData(0L, false)]
    [InlineData(-123456789L, true)]
    public void First_five_updates_match_the_published_rule_with_the_documented_noise(long seed, bool scheduled)
    {
        var noisy = new NoisySgd
        {
            LearningRate = (Real)0.3, Eta = (Real)0.5, Gamma = (Real)0.7, Seed = seed,
            LearningRateSchedule = scheduled ? new ExponentialDecaySchedule(0.3, 2, 0.5) : null,
        };
        Func<long, double> rate = scheduled ? count => 0.3 * Math.Pow(0.5, count / 2.0) : _ => noisy.LearningRate;
        var reference = new NoisySgdReference(rate, noisy.Eta, noisy.Gamma, seed);
        var state = noisy.Init(GradientSequence.InitialParameters());

        UpdateSequence.Check((_, g, u) => noisy.Step(ref state, g, u), reference.Step, step => Assert.Equal(step, state.Count));
    }

    [Fact]
    public void Every_element_draws_its_documented_sample_across_blocks()
    {
        // 301 elements: 151 pairs, more than one block of CounterGaussian.MaxPairsPerCall, and an odd last element.
        const int n = 301;
        var noisy = new NoisySgd { LearningRate = 1, Eta = 1, Gamma = 0, Seed = 7 };
        var state = noisy.Init(new Real[n]);
        var update = new Real[n];
        for (long step = 1; step <= 2; step++)
        {
            noisy.Step(ref state, new Real[n], update);
            double[] z = NoisySgdReference.Noise(7, step, n);
            for (int i = 0; i < n; i++)
                Tolerance.AssertClose(-z[i], update[i], Tolerance.HandComputed, $"step {step}, element {i}");
        }
    }

    [Fact]
    public void The_noise_is_standard_normal_and_depends_on_the_seed_and_the_step()
    {
        // lr = 1, η = 1, γ = 0 and a zero gradient: the update is −z.
        const int n = 20_000;
        var noisy = new NoisySgd { LearningRate = 1, Eta = 1, Gamma = 0, Seed = 42 };
        var state = noisy.Init(new Real[n]);
        var first = new Real[n];
        var second = new Real[n];
        noisy.Step(ref state, new Real[n], first);
        noisy.Step(ref state, new Real[n], second);

        double mean = 0, square = 0, fourth = 0;
        foreach (Real u in first)
        {
            mean += -u;
            square += (double)u * u;
            fourth += Math.Pow(u, 4);
        }

        // Standard errors at n = 20 000: 0.007 for the mean, 0.01 for the variance, 0.13 for the fourth moment (3).
        Assert.InRange(mean / n, -0.03, 0.03);
        Assert.InRange(square / n, 0.95, 1.05);
        Assert.InRange(fourth / n, 2.5, 3.5);
        Assert.NotEqual(first, second);

        var again = noisy.Init(new Real[n]);
        var repeated = new Real[n];
        noisy.Step(ref again, new Real[n], repeated);
        Assert.Equal(first, repeated);

        var otherSeed = new NoisySgd { LearningRate = 1, Eta = 1, Gamma = 0, Seed = 43 };
        var other = otherSeed.Init(new Real[n]);
        var different = new Real[n];
        otherSeed.Step(ref other, new Real[n], different);
        Assert.NotEqual(first, different);
    }
}

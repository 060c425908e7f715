using System;
using System.Linq;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;
using Xunit.Abstractions;

namespace OptimGen.Optimizers.Tests;

public sealed class ClipByGlobalNormTests
{
    private readonly ITestOutputHelper output;

    public ClipByGlobalNormTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Default_max_norm_is_one()
    {
        Assert.Equal((Real)1, new ClipByGlobalNorm().MaxNorm);
    }

    [Theory]
    [InlineData(4.0)]
    [InlineData(6.0)]
    [InlineData(100.0)]
    public void First_five_updates_match_the_published_rule(double maxNorm)
    {
        // The gradients' norms lie between 3.9 and 6.9: 4 clips every step, 6 some steps, 100 none.
        var clip = new ClipByGlobalNorm { MaxNorm = (Real)maxNorm };
        var state = clip.Init(GradientSequence.InitialParameters());
        double lastNorm = 0;

        UpdateSequence.Check(
            (_, gradient, update) => clip.Step(ref state, gradient, update),
            (_, gradient) =>
            {
                lastNorm = Math.Sqrt(gradient.Sum(g => g * g));
                return ClipReference.Clip(gradient, clip.MaxNorm);
            },
            _ => Tolerance.AssertClose(lastNorm, state.GlobalNorm, Tolerance.HandComputed, "global norm"));
    }

    [Fact]
    public void Update_has_the_max_norm_when_clipped_and_the_gradient_direction()
    {
        var clip = new ClipByGlobalNorm { MaxNorm = (Real)0.5 };
        Real[] gradient = { 3, -4 };
        var update = new Real[2];
        var state = clip.Init(new Real[2]);
        clip.Step(ref state, gradient, update);
        Assert.Equal((Real)5, state.GlobalNorm);
        Tolerance.AssertClose(0.3, update[0], Tolerance.HandComputed, "update[0]");
        Tolerance.AssertClose(-0.4, update[1], Tolerance.HandComputed, "update[1]");
    }

    /// <summary>
    /// Clipping in front of momentum SGD (the usual chain): from (−1.2, 1), where the gradient's norm is 232,
    /// every early step is clipped to norm 1; the chain still reaches Rosenbrock's minimum.
    /// </summary>
    [Fact]
    public void In_front_of_momentum_sgd_reaches_the_minimum_of_rosenbrock()
    {
        var chain = new ClippedSgd { Clip = new ClipByGlobalNorm { MaxNorm = 1 }, Sgd = new Sgd { LearningRate = (Real)0.003, Momentum = (Real)0.9 } };
        Convergence.OnRosenbrock((x, f) => { var state = chain.Init(x); chain.Scan(ref state, x, f, Convergence.Steps); }, Tolerance.IsDouble ? 1e-8 : 1e-4, output);
    }
}

using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

public sealed class PolyakSgdTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var polyak = new PolyakSgd();
        Assert.Equal(((Real)1, (Real)1, (Real)0, (Real)0, "sps"), (polyak.MaxLearningRate, polyak.Scaling, polyak.FMin, polyak.Eps, polyak.Variant));
    }

    [Theory]
    [InlineData("sps")]
    [InlineData("sps+")]
    public void First_five_updates_match_the_published_rule(string variant)
    {
        // Values that fall below FMin at steps 4 and 5 (a negative gap: SPS steps back, SPS+ stands still), and a
        // MaxLearningRate that caps step 1.
        var polyak = new PolyakSgd { MaxLearningRate = (Real)0.2, Scaling = (Real)0.8, FMin = (Real)0.5, Eps = (Real)0.01, Variant = variant };
        var state = polyak.Init(GradientSequence.InitialParameters());
        int k = 0;
        double expectedStep = 0;

        UpdateSequence.Check(
            (_, g, u) => polyak.Step(ref state, g, Value(k), u),
            (_, g) => PolyakReference.Step(g, Value(k), polyak.Scaling, polyak.FMin, polyak.Eps, polyak.MaxLearningRate, variant == "sps+", out expectedStep),
            _ =>
            {
                Tolerance.AssertClose(expectedStep, state.StepSize, Tolerance.HandComputed, "step size");
                k++;
            });

        static Real Value(int step) => (Real)(30.0 - 10.0 * step);
    }

    [Fact]
    public void A_zero_gradient_gives_a_zero_step()
    {
        var polyak = new PolyakSgd();
        var state = polyak.Init(new Real[4]);
        var update = new Real[4];
        polyak.Step(ref state, new Real[4], 3, update);
        Assert.Equal(new Real[4], update);
        Assert.Equal(0, state.StepSize);
    }

    [Fact]
    public void Init_refuses_an_unknown_variant() =>
        Assert.Equal("Variant", Assert.Throws<ArgumentException>(() => new PolyakSgd { Variant = "sps++" }.Init(new Real[3])).ParamName);
}

using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

public sealed class AdamaxTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var o = new Adamax();
        Assert.Equal((Real)0.9, o.B1);
        Assert.Equal((Real)0.999, o.B2);
        Assert.Equal((Real)1e-8, o.Eps);
        var w = new AdamaxW();
        Assert.Equal((Real)0.9, w.B1);
        Assert.Equal((Real)0.999, w.B2);
        Assert.Equal((Real)1e-8, w.Eps);
        Assert.Equal((Real)1e-4, w.WeightDecay);
        Assert.True(w.Mask);
    }

    [Fact]
    public void First_five_updates_match_the_published_rule()
    {
        var o = new Adamax { LearningRate = (Real)0.3, B1 = (Real)0.8, B2 = (Real)0.95, Eps = (Real)1e-3 };
        var reference = new AdamaxReference(GradientSequence.Length, o.LearningRate, o.B1, o.B2, o.Eps, weightDecay: 0);
        var state = o.Init(GradientSequence.InitialParameters());
        UpdateSequence.Check(
            (_, g, u) => o.Step(ref state, g, u),
            reference.Step,
            step =>
            {
                Assert.Equal(step, state.Count);
                Tolerance.AssertClose(reference.Mu, state.Mu, Tolerance.HandComputed, "mu");
                Tolerance.AssertClose(reference.Nu, state.Nu, Tolerance.HandComputed, "nu");
            });
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AdamaxW_first_five_updates_match_the_published_rule(bool mask)
    {
        var o = new AdamaxW { LearningRate = (Real)0.3, B1 = (Real)0.8, B2 = (Real)0.95, Eps = (Real)1e-3, WeightDecay = (Real)0.05, Mask = mask };
        var reference = new AdamaxReference(GradientSequence.Length, o.LearningRate, o.B1, o.B2, o.Eps, mask ? o.WeightDecay : 0);
        var state = o.Init(GradientSequence.InitialParameters());
        UpdateSequence.Check((p, g, u) => o.Step(ref state, p, g, u), reference.Step);
    }
}

using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

public sealed class AdanTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var o = new Adan();
        Assert.Equal((Real)0.98, o.B1);
        Assert.Equal((Real)0.92, o.B2);
        Assert.Equal((Real)0.99, o.B3);
        Assert.Equal((Real)1e-8, o.Eps);
        Assert.Equal((Real)1e-8, o.EpsRoot);
        Assert.Equal((Real)0, o.WeightDecay);
        Assert.True(o.Mask);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.05)]
    public void First_five_updates_match_the_published_rule(double weightDecay)
    {
        var o = new Adan { LearningRate = (Real)0.3, B1 = (Real)0.8, B2 = (Real)0.7, B3 = (Real)0.95, Eps = (Real)1e-3, EpsRoot = (Real)1e-4, WeightDecay = (Real)weightDecay };
        var reference = new AdanReference(GradientSequence.Length, o.LearningRate, o.B1, o.B2, o.B3, o.Eps, o.EpsRoot, o.WeightDecay);
        var state = o.Init(GradientSequence.InitialParameters());
        UpdateSequence.Check(
            (p, g, u) => o.Step(ref state, p, g, u),
            reference.Step,
            step =>
            {
                Assert.Equal(step, state.Count);
                Tolerance.AssertClose(reference.M, state.M, Tolerance.HandComputed, "m");
                Tolerance.AssertClose(reference.V, state.V, Tolerance.HandComputed, "v");
                Tolerance.AssertClose(reference.N, state.N, Tolerance.HandComputed, "n");
            });
    }
}

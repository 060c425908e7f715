using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

public sealed class LambTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var o = new Lamb();
        Assert.Equal((Real)0.9, o.B1);
        Assert.Equal((Real)0.999, o.B2);
        Assert.Equal((Real)1e-6, o.Eps);
        Assert.Equal((Real)0, o.EpsRoot);
        Assert.Equal((Real)0, o.WeightDecay);
        Assert.True(o.Mask);
    }

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(0.05, true)]
    [InlineData(0.05, false)]
    public void First_five_updates_match_the_published_rule(double weightDecay, bool mask)
    {
        var o = new Lamb { LearningRate = (Real)0.3, B1 = (Real)0.8, B2 = (Real)0.95, Eps = (Real)1e-3, EpsRoot = (Real)1e-4, WeightDecay = (Real)weightDecay, Mask = mask };
        var reference = new LambReference(GradientSequence.Length, o.LearningRate, o.B1, o.B2, o.Eps, o.EpsRoot, mask ? o.WeightDecay : 0);
        var state = o.Init(GradientSequence.InitialParameters());
        UpdateSequence.Check(
            (p, g, u) => o.Step(ref state, p, g, u),
            reference.Step,
            _ =>
            {
                Tolerance.AssertClose(reference.Mu, state.Mu, Tolerance.HandComputed, "mu");
                Tolerance.AssertClose(reference.Nu, state.Nu, Tolerance.HandComputed, "nu");
            });
    }
}

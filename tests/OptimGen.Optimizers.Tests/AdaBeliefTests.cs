using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

public sealed class AdaBeliefTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var o = new AdaBelief();
        Assert.Equal((Real)0.9, o.B1);
        Assert.Equal((Real)0.999, o.B2);
        Assert.Equal((Real)1e-16, o.Eps);
        Assert.Equal((Real)1e-16, o.EpsRoot);
        Assert.Null(o.WeightDecay);
        Assert.True(o.WeightDecayMask);
        Assert.False(o.Nesterov);
    }

    [Theory]
    [InlineData(false, null, true)]
    [InlineData(true, 0.05, true)]
    [InlineData(false, 0.05, false)]
    public void First_five_updates_match_the_published_rule(bool nesterov, double? weightDecay, bool mask)
    {
        var o = new AdaBelief
        {
            LearningRate = (Real)0.3, B1 = (Real)0.8, B2 = (Real)0.95, Eps = (Real)1e-3, EpsRoot = (Real)1e-4,
            Nesterov = nesterov, WeightDecay = (Real?)weightDecay, WeightDecayMask = mask,
        };
        var reference = new AdaBeliefReference(GradientSequence.Length, o.LearningRate, o.B1, o.B2, o.Eps, o.EpsRoot, nesterov, mask ? weightDecay ?? 0 : 0);
        var state = o.Init(GradientSequence.InitialParameters());
        UpdateSequence.Check(
            (p, g, u) => o.Step(ref state, p, g, u),
            reference.Step,
            step =>
            {
                Assert.Equal(step, state.Count);
                Tolerance.AssertClose(reference.Mu, state.Mu, Tolerance.HandComputed, "mu");
                Tolerance.AssertClose(reference.Nu, state.Nu, Tolerance.HandComputed, "nu");
            });
    }
}

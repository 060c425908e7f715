using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

public sealed class LarsTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var o = new Lars();
        Assert.Equal((Real)0, o.WeightDecay);
        Assert.True(o.WeightDecayMask);
        Assert.Equal((Real)0.001, o.TrustCoefficient);
        Assert.Equal((Real)0, o.Eps);
        Assert.True(o.TrustRatioMask);
        Assert.Equal((Real)0.9, o.Momentum);
        Assert.False(o.Nesterov);
    }

    [Theory]
    [InlineData(0.0, true, true, false)]
    [InlineData(0.05, true, true, true)]
    [InlineData(0.05, false, true, false)]
    [InlineData(0.05, true, false, false)]
    public void First_five_updates_match_the_published_rule(double weightDecay, bool decayMask, bool trustMask, bool nesterov)
    {
        var o = new Lars
        {
            LearningRate = (Real)0.3, WeightDecay = (Real)weightDecay, WeightDecayMask = decayMask, TrustCoefficient = (Real)0.02,
            Eps = (Real)1e-3, TrustRatioMask = trustMask, Momentum = (Real)0.7, Nesterov = nesterov,
        };
        var reference = new LarsReference(GradientSequence.Length, o.LearningRate, decayMask ? o.WeightDecay : 0, trustMask, o.TrustCoefficient, o.Eps, o.Momentum, nesterov);
        var state = o.Init(GradientSequence.InitialParameters());
        UpdateSequence.Check(
            (p, g, u) => o.Step(ref state, p, g, u),
            reference.Step,
            _ => Tolerance.AssertClose(reference.Trace, state.Trace, Tolerance.HandComputed, "trace"));
    }
}

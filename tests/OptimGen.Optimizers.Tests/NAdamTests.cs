using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

/// <summary>NAdam and NAdamW: optax's <c>adam</c> and <c>adamw</c> with <c>nesterov=True</c>, against <see cref="AdamReference"/>.</summary>
public sealed class NAdamTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var o = new NAdam();
        Assert.Equal((Real)0.9, o.B1);
        Assert.Equal((Real)0.999, o.B2);
        Assert.Equal((Real)1e-8, o.Eps);
        Assert.Equal((Real)0, o.EpsRoot);
        var w = new NAdamW();
        Assert.Equal((Real)1e-4, w.WeightDecay);
        Assert.True(w.Mask);
    }

    [Fact]
    public void First_five_updates_match_the_published_rule()
    {
        var o = new NAdam { LearningRate = (Real)0.3, B1 = (Real)0.8, B2 = (Real)0.95, Eps = (Real)1e-3, EpsRoot = (Real)1e-4 };
        var reference = new AdamReference(GradientSequence.Length, _ => o.LearningRate, o.B1, o.B2, o.Eps, o.EpsRoot, nesterov: true, weightDecay: 0);
        var state = o.Init(GradientSequence.InitialParameters());
        UpdateSequence.Check(
            (_, g, u) => o.Step(ref state, g, u),
            reference.Step,
            _ => Tolerance.AssertClose(reference.Mu, state.Mu, Tolerance.HandComputed, "mu"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void NAdamW_first_five_updates_match_the_published_rule(bool mask)
    {
        var o = new NAdamW { LearningRate = (Real)0.3, B1 = (Real)0.8, B2 = (Real)0.95, Eps = (Real)1e-3, EpsRoot = (Real)1e-4, WeightDecay = (Real)0.05, Mask = mask };
        var reference = new AdamReference(GradientSequence.Length, _ => o.LearningRate, o.B1, o.B2, o.Eps, o.EpsRoot, nesterov: true, weightDecay: mask ? o.WeightDecay : 0);
        var state = o.Init(GradientSequence.InitialParameters());
        UpdateSequence.Check((p, g, u) => o.Step(ref state, p, g, u), reference.Step);
    }
}

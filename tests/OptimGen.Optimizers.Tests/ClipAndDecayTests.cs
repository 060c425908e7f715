using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

/// <summary>The stateless transforms Clip and AddDecayedWeights, alone and in chains.</summary>
public sealed class ClipAndDecayTests
{
    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        Assert.Equal((Real)1, new Clip().MaxDelta);
        Assert.Equal((Real)0, new AddDecayedWeights().WeightDecay);
        Assert.Null(new AddDecayedWeights().Mask);
        Assert.Empty(Clip.State.Layout.Slots);
    }

    [Fact]
    public void Clip_clamps_every_element_and_keeps_nan()
    {
        var clip = new Clip { MaxDelta = (Real)0.75 };
        var state = clip.Init(new Real[5]);
        Real[] gradient = { -2, (Real)(-0.5), 0, (Real)0.75, Real.NaN };
        var update = new Real[5];
        clip.Step(ref state, gradient, update);
        Assert.Equal(new Real[] { (Real)(-0.75), (Real)(-0.5), 0, (Real)0.75, Real.NaN }, update);
    }

    [Fact]
    public void Masked_decay_then_sgd_matches_the_published_rules()
    {
        var mask = new bool[GradientSequence.Length];
        for (int i = 0; i < mask.Length; i++)
            mask[i] = i % 3 != 0;
        var chain = new DecayedSgd
        {
            Decay = new AddDecayedWeights { WeightDecay = (Real)0.3, Mask = mask },
            Sgd = new Sgd { LearningRate = (Real)0.2, Momentum = (Real)0.5 },
        };
        var sgd = new SgdReference(GradientSequence.Length, _ => 0.2, 0.5, nesterov: false);
        var state = chain.Init(GradientSequence.InitialParameters());

        UpdateSequence.Check(
            (p, g, u) => chain.Step(ref state, p, g, u),
            (p, g) => sgd.Step(TransformReference.AddDecayedWeights(g, p, 0.3, mask)));
    }

    [Fact]
    public void A_mask_of_the_wrong_length_is_refused()
    {
        var decay = new AddDecayedWeights { WeightDecay = 1, Mask = new bool[2] };
        Assert.Equal("Mask", Assert.Throws<ArgumentException>(() => decay.Init(new Real[3])).ParamName);
    }
}

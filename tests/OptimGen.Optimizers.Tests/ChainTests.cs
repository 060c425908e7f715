using System;
using System.Linq;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

/// <summary>
/// Chaining built-ins (clip by global norm, then Adam): the chain's State is the composition of the two
/// generated states, and its updates are the published rules applied one after the other.
/// </summary>
public sealed class ChainTests
{
    private readonly ClippedAdam chain = new()
    {
        Clip = new ClipByGlobalNorm { MaxNorm = (Real)5 },
        Adam = new Adam { LearningRate = (Real)0.1 },
    };

    [Fact]
    public void Chain_state_holds_each_components_state()
    {
        ClippedAdam.State state = chain.Init(GradientSequence.InitialParameters());

        Assert.Equal(new[] { "Clip", "Adam" }, typeof(ClippedAdam.State).GetFields().Select(f => f.Name));
        Assert.IsType<ClipByGlobalNorm.State>(state.Clip);
        Assert.IsType<Adam.State>(state.Adam);
        Assert.Same(Adam.State.Layout, ClippedAdam.State.Layout.FindSlot("Adam")!.Component);
        Assert.Equal(typeof(Real).MakeArrayType(), typeof(Adam.State).GetField("Mu")!.FieldType);
    }

    [Fact]
    public void First_five_updates_are_the_clip_rule_then_the_adam_rule()
    {
        var adam = new AdamReference(GradientSequence.InitialParameters().Length, _ => 0.1, 0.9, 0.999, 1e-8, 0, nesterov: false, weightDecay: 0);
        ClippedAdam.State state = chain.Init(GradientSequence.InitialParameters());

        UpdateSequence.Check(
            (_, gradient, update) => chain.Step(ref state, gradient, update),
            (parameters, gradient) => adam.Step(parameters, ClipReference.Clip(gradient, 5)),
            _ => Tolerance.AssertClose(adam.Mu, state.Adam.Mu, Tolerance.HandComputed, "Adam's first moment"));
    }

    [Fact]
    public void A_chain_step_equals_its_components_steps_in_order()
    {
        Real[] parameters = GradientSequence.InitialParameters();
        ClippedAdam.State chained = chain.Init(parameters);
        ClipByGlobalNorm.State clipState = chain.Clip.Init(parameters);
        Adam.State adamState = chain.Adam.Init(parameters);
        var clipped = new Real[parameters.Length];
        var expected = new Real[parameters.Length];
        var actual = new Real[parameters.Length];

        for (int k = 0; k < GradientSequence.Steps; k++)
        {
            Real[] gradient = GradientSequence.At(k);
            chain.Step(ref chained, gradient, actual);
            chain.Clip.Step(ref clipState, gradient, clipped);
            chain.Adam.Step(ref adamState, clipped, expected);
            Assert.Equal(expected, actual);
        }

        Assert.Equal(clipState, chained.Clip);
        Assert.Equal(adamState, chained.Adam);
    }
}

using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

public sealed class RpropTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var rprop = new Rprop();
        Assert.Equal(((Real)0.01, (Real)0.5, (Real)1.2, (Real)1e-6, (Real)50), (rprop.LearningRate, rprop.EtaMinus, rprop.EtaPlus, rprop.MinStepSize, rprop.MaxStepSize));
    }

    [Fact]
    public void First_five_updates_match_the_published_rule()
    {
        // Step sizes that reach both clips within five steps; the sequence's gradients flip sign on several elements.
        var rprop = new Rprop { LearningRate = (Real)0.03, EtaMinus = (Real)0.3, EtaPlus = (Real)1.5, MinStepSize = (Real)0.01, MaxStepSize = (Real)0.05 };
        var reference = new RpropReference(GradientSequence.Length, rprop.LearningRate, rprop.EtaMinus, rprop.EtaPlus, rprop.MinStepSize, rprop.MaxStepSize);
        var state = rprop.Init(GradientSequence.InitialParameters());
        bool reachedMinimum = false, reachedMaximum = false;

        UpdateSequence.Check(
            (_, g, u) => rprop.Step(ref state, g, u),
            reference.Step,
            _ =>
            {
                Tolerance.AssertClose(reference.StepSizes, state.StepSizes, Tolerance.HandComputed, "step sizes");
                Tolerance.AssertClose(reference.Previous, state.PrevUpdates, Tolerance.HandComputed, "previous updates");
                reachedMinimum |= Array.IndexOf(state.StepSizes, (Real)0.01) >= 0;
                reachedMaximum |= Array.IndexOf(state.StepSizes, (Real)0.05) >= 0;
            });
        Assert.True(reachedMinimum && reachedMaximum);
    }

    [Fact]
    public void Init_refuses_a_minimum_step_above_the_maximum() =>
        Assert.Equal("MinStepSize", Assert.Throws<ArgumentOutOfRangeException>(() => new Rprop { MinStepSize = 2, MaxStepSize = 1 }.Init(new Real[3])).ParamName);
}

using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

public sealed class AdadeltaTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var o = new Adadelta();
        Assert.Null(o.LearningRate);
        Assert.Equal((Real)0.9, o.Rho);
        Assert.Equal((Real)1e-6, o.Eps);
        Assert.Equal((Real)0, o.WeightDecay);
        Assert.True(o.WeightDecayMask);
    }

    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.5, 0.1)]
    [InlineData(null, 0.1)] // optax without a learning rate: no scaling and no sign flip
    public void First_five_updates_match_the_published_rule(double? learningRate, double weightDecay)
    {
        var o = new Adadelta { LearningRate = (Real?)learningRate, Rho = (Real)0.7, Eps = (Real)1e-3, WeightDecay = (Real)weightDecay };
        var reference = new AdadeltaReference(GradientSequence.Length, learningRate, o.Rho, o.Eps, o.WeightDecay);
        var state = o.Init(GradientSequence.InitialParameters());
        UpdateSequence.Check(
            (p, g, u) => o.Step(ref state, p, g, u),
            reference.Step,
            _ =>
            {
                Tolerance.AssertClose(reference.GradientSquares, state.MeanSquareGradient, Tolerance.HandComputed, "E[g²]");
                Tolerance.AssertClose(reference.UpdateSquares, state.MeanSquareUpdate, Tolerance.HandComputed, "E[Δ²]");
            });
    }

    [Fact]
    public void A_masked_off_weight_decay_is_not_applied()
    {
        var o = new Adadelta { LearningRate = (Real)0.5, WeightDecay = (Real)0.1, WeightDecayMask = false };
        var reference = new AdadeltaReference(GradientSequence.Length, 0.5, o.Rho, o.Eps, weightDecay: 0);
        var state = o.Init(GradientSequence.InitialParameters());
        UpdateSequence.Check((p, g, u) => o.Step(ref state, p, g, u), reference.Step);
    }
}

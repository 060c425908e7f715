using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

public sealed class NovogradTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var o = new Novograd();
        Assert.Equal((Real)0.9, o.B1);
        Assert.Equal((Real)0.25, o.B2);
        Assert.Equal((Real)1e-6, o.Eps);
        Assert.Equal((Real)0, o.EpsRoot);
        Assert.Equal((Real)0, o.WeightDecay);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.05)]
    public void First_five_updates_match_the_published_rule(double weightDecay)
    {
        var o = new Novograd { LearningRate = (Real)0.3, B1 = (Real)0.8, B2 = (Real)0.6, Eps = (Real)1e-3, EpsRoot = (Real)1e-4, WeightDecay = (Real)weightDecay };
        var reference = new NovogradReference(GradientSequence.Length, o.LearningRate, o.B1, o.B2, o.Eps, o.EpsRoot, o.WeightDecay);
        var state = o.Init(GradientSequence.InitialParameters());
        UpdateSequence.Check(
            (p, g, u) => o.Step(ref state, p, g, u),
            reference.Step,
            step =>
            {
                Assert.Equal(step, state.Count);
                Tolerance.AssertClose(reference.Nu, state.Nu, Tolerance.HandComputed, "nu");
                Tolerance.AssertClose(reference.Mu, state.Mu, Tolerance.HandComputed, "mu");
            });
    }
}

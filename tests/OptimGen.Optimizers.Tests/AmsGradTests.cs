using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

public sealed class AmsGradTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var o = new AmsGrad();
        Assert.Equal((Real)0.9, o.B1);
        Assert.Equal((Real)0.999, o.B2);
        Assert.Equal((Real)1e-8, o.Eps);
        Assert.Equal((Real)0, o.EpsRoot);
        Assert.True(o.BiasCorrectionMu);
        Assert.True(o.BiasCorrectionNu);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void First_five_updates_match_the_published_rule(bool correctMu, bool correctNu)
    {
        // B2 = 0.5 forgets fast, so the running maximum differs from the current second moment within five steps.
        var o = new AmsGrad { LearningRate = (Real)0.3, B1 = (Real)0.8, B2 = (Real)0.5, Eps = (Real)1e-3, EpsRoot = (Real)1e-4, BiasCorrectionMu = correctMu, BiasCorrectionNu = correctNu };
        var reference = new AmsGradReference(GradientSequence.Length, o.LearningRate, o.B1, o.B2, o.Eps, o.EpsRoot, correctMu, correctNu);
        var state = o.Init(GradientSequence.InitialParameters());
        UpdateSequence.Check(
            (_, g, u) => o.Step(ref state, g, u),
            reference.Step,
            _ =>
            {
                Tolerance.AssertClose(reference.Mu, state.Mu, Tolerance.HandComputed, "mu");
                Tolerance.AssertClose(reference.Nu, state.Nu, Tolerance.HandComputed, "nu");
                Tolerance.AssertClose(reference.NuMax, state.NuMax, Tolerance.HandComputed, "nu_max");
            });
    }
}

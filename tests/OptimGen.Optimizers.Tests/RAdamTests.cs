using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

public sealed class RAdamTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var radam = new RAdam();
        Assert.Equal(((Real)0.001, (Real)0.9, (Real)0.999, (Real)1e-8, (Real)0, (Real)5), (radam.LearningRate, radam.B1, radam.B2, radam.Eps, radam.EpsRoot, radam.Threshold));
        Assert.False(radam.Nesterov);
    }

    [Fact]
    public void First_five_updates_match_the_published_rule_on_both_sides_of_the_threshold()
    {
        // β₂ = 0.95 gives ρ∞ = 39 and ρ_t = 1.0, 1.97, 2.93, 3.87, 4.79: threshold 4.5 rectifies step 5 only.
        var radam = new RAdam { LearningRate = (Real)0.3, B1 = (Real)0.8, B2 = (Real)0.95, Eps = (Real)1e-3, EpsRoot = (Real)1e-4, Threshold = (Real)4.5 };
        var reference = new RAdamReference(GradientSequence.Length, _ => radam.LearningRate, radam.B1, radam.B2, radam.Eps, radam.EpsRoot, radam.Threshold);
        var state = radam.Init(GradientSequence.InitialParameters());
        var rectified = new bool[GradientSequence.Steps];

        UpdateSequence.Check(
            (_, g, u) => radam.Step(ref state, g, u),
            reference.Step,
            step =>
            {
                rectified[step - 1] = reference.Rectified;
                Tolerance.AssertClose(reference.Mu, state.Mu, Tolerance.HandComputed, "mu");
                Tolerance.AssertClose(reference.Nu, state.Nu, Tolerance.HandComputed, "nu");
            });
        Assert.Equal(new[] { false, false, false, false, true }, rectified);
    }

    [Fact]
    public void Init_checks_the_bounds() =>
        Assert.Equal("B2", Assert.Throws<ArgumentOutOfRangeException>(() => new RAdam { B2 = 0 }.Init(new Real[3])).ParamName);
}

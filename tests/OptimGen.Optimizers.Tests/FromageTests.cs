using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

public sealed class FromageTests
{
    [Fact]
    public void Defaults_are_optax_defaults() => Assert.Equal((Real)1e-6, new Fromage().MinNorm);

    [Fact]
    public void First_five_updates_match_the_published_rule()
    {
        var o = new Fromage { LearningRate = (Real)0.3 };
        var reference = new FromageReference(o.LearningRate, o.MinNorm);
        var state = o.Init(GradientSequence.InitialParameters());
        UpdateSequence.Check((p, g, u) => o.Step(ref state, p, g, u), reference.Step);
    }

    [Fact]
    public void A_zero_gradient_only_shrinks_the_parameters()
    {
        // The gradient's norm is raised to MinNorm, so the step is 0 and only the 1/√(1 + lr²) shrinkage remains.
        var o = new Fromage { LearningRate = (Real)0.75 };
        Real[] parameters = GradientSequence.InitialParameters();
        var update = new Real[parameters.Length];
        var state = o.Init(parameters);
        o.Step(ref state, parameters, new Real[parameters.Length], update);
        for (int i = 0; i < parameters.Length; i++)
            Tolerance.AssertClose((0.8 - 1) * parameters[i], update[i], Tolerance.HandComputed, $"update[{i}]");
    }
}

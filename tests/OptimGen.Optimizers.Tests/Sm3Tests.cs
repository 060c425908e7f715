using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

public sealed class Sm3Tests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var sm3 = new Sm3();
        Assert.Equal(((Real)0.01, (Real)0.9, 1), (sm3.LearningRate, sm3.Momentum, sm3.Rows));
    }

    [Fact]
    public void On_a_vector_the_first_five_updates_match_the_published_rule()
    {
        var sm3 = new Sm3 { LearningRate = (Real)0.3, Momentum = (Real)0.6 };
        var reference = new Sm3Reference(GradientSequence.Length, sm3.LearningRate, sm3.Momentum, rows: 0);
        var state = sm3.Init(GradientSequence.InitialParameters());

        UpdateSequence.Check(
            (_, g, u) => sm3.Step(ref state, g, u),
            reference.Step,
            _ =>
            {
                Tolerance.AssertClose(reference.ColumnMaxima, state.ColumnAccumulator, Tolerance.HandComputed, "accumulator");
                Tolerance.AssertClose(reference.Momentum, state.Momentum, Tolerance.HandComputed, "momentum");
            });
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(12)]
    public void On_a_matrix_the_first_five_updates_match_the_published_rule(int rows)
    {
        const int n = 12;
        var sm3 = new Sm3 { LearningRate = (Real)0.3, Momentum = (Real)0.6, Rows = rows };
        var reference = new Sm3Reference(n, sm3.LearningRate, sm3.Momentum, rows);
        var parameters = new Real[n];
        var state = sm3.Init(parameters);
        var update = new Real[n];
        for (int step = 0; step < 5; step++)
        {
            var gradient = new Real[n];
            for (int i = 0; i < n; i++)
                gradient[i] = i == 5 ? 0 : (Real)((1 + i % 3) * Math.Sin(1.3 * i + 0.7 * step + 0.2));
            double[] expected = reference.Step(GradientSequence.Widen(parameters), GradientSequence.Widen(gradient));
            sm3.Step(ref state, gradient, update);
            Tolerance.AssertClose(expected, update, Tolerance.HandComputed, $"update of step {step + 1}");
            Tolerance.AssertClose(reference.RowMaxima, state.RowAccumulator, Tolerance.HandComputed, "row accumulators");
            Tolerance.AssertClose(reference.ColumnMaxima, state.ColumnAccumulator.AsSpan(0, n / rows).ToArray(), Tolerance.HandComputed, "column accumulators");
        }
    }

    [Fact]
    public void The_factored_kernel_refuses_an_update_that_overwrites_the_gradient()
    {
        var buffer = new Real[12];
        Assert.Equal("update", Assert.Throws<ArgumentException>(() =>
            FirstOrderKernels.Sm3Factored<Real>(buffer, new Real[3], new Real[12], new Real[12], buffer, (Real)0.9, (Real)1e-8, 1)).ParamName);
    }

    [Fact]
    public void Init_refuses_rows_that_do_not_divide_the_parameters() =>
        Assert.Equal("parameters", Assert.Throws<ArgumentException>(() => new Sm3 { Rows = 5 }.Init(new Real[12])).ParamName);
}

using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

public sealed class AdafactorTests
{
    [Fact]
    public void Defaults_are_optax_defaults()
    {
        var o = new Adafactor();
        Assert.Null(o.LearningRate);
        Assert.Equal(128, o.MinDimSizeToFactor);
        Assert.Equal((Real)0.8, o.DecayRate);
        Assert.Equal((Real)0, o.DecayOffset);
        Assert.True(o.MultiplyByParameterScale);
        Assert.Equal((Real)1.0, o.ClippingThreshold);
        Assert.Null(o.Momentum);
        Assert.Null(o.WeightDecayRate);
        Assert.Equal((Real)1e-30, o.Eps);
        Assert.True(o.Factored);
        Assert.True(o.WeightDecayMask);
        Assert.Equal(0, o.Rows);
        Assert.Equal(0, o.Columns);
    }

    [Theory]
    [InlineData(0.3, 1.0, true, null, null)]
    [InlineData(null, 0.5, false, 0.6, 0.05)]  // the clipping bites: the RMS of g/√v is about 1 at the first steps
    [InlineData(0.3, null, true, 0.6, 0.05)]
    public void First_five_updates_of_a_vector_match_the_published_rule(double? learningRate, double? clipping, bool parameterScale, double? momentum, double? weightDecayRate)
    {
        var o = new Adafactor
        {
            LearningRate = (Real?)learningRate, ClippingThreshold = (Real?)clipping, MultiplyByParameterScale = parameterScale,
            Momentum = (Real?)momentum, WeightDecayRate = (Real?)weightDecayRate, DecayRate = (Real)0.7, DecayOffset = (Real)0, Eps = (Real)1e-3,
        };
        var reference = new AdafactorReference(
            GradientSequence.Length, 0, 0, factored: false, o.DecayRate, o.DecayOffset, o.Eps, clipping, learningRate, parameterScale, momentum, weightDecayRate ?? 0);
        var state = o.Init(GradientSequence.InitialParameters());
        UpdateSequence.Check(
            (p, g, u) => o.Step(ref state, p, g, u),
            reference.Step,
            step =>
            {
                Assert.Equal(step, state.Count);
                Tolerance.AssertClose(reference.V, state.V, Tolerance.HandComputed, "v");
                Tolerance.AssertClose(reference.Momentum, state.Momentum, Tolerance.HandComputed, "momentum");
            });
    }

    [Theory]
    [InlineData(3, 4)] // rows shorter: the per-row accumulator is normalised
    [InlineData(4, 3)] // columns shorter: the per-column one is
    [InlineData(4, 4)] // a tie: rows, as optax's stable sort of the axes
    public void First_five_updates_of_a_factored_matrix_match_the_published_rule(int rows, int columns)
    {
        var o = new Adafactor { LearningRate = (Real)0.3, Rows = rows, Columns = columns, MinDimSizeToFactor = 3 };
        var reference = new AdafactorReference(
            rows * columns, rows, columns, factored: true, o.DecayRate, o.DecayOffset, o.Eps, 1.0, 0.3, multiplyByParameterScale: true, momentum: null, weightDecayRate: 0);
        Real[] start = Matrix(rows * columns, 0);
        var state = o.Init(start);
        UpdateSequence.Check(
            (p, g, u) => o.Step(ref state, p, g, u),
            reference.Step,
            _ =>
            {
                Tolerance.AssertClose(reference.PerRow, state.VRow, Tolerance.HandComputed, "v_row");
                Tolerance.AssertClose(reference.PerColumn, state.VColumn, Tolerance.HandComputed, "v_col");
            },
            start,
            step => Matrix(rows * columns, step + 1));
    }

    [Fact]
    public void A_matrix_smaller_than_MinDimSizeToFactor_is_not_factored()
    {
        var o = new Adafactor { LearningRate = (Real)0.3, Rows = 3, Columns = 4 }; // 3 < 128
        var reference = new AdafactorReference(12, 3, 4, factored: false, o.DecayRate, o.DecayOffset, o.Eps, 1.0, 0.3, multiplyByParameterScale: true, momentum: null, weightDecayRate: 0);
        Real[] start = Matrix(12, 0);
        var state = o.Init(start);
        UpdateSequence.Check((p, g, u) => o.Step(ref state, p, g, u), reference.Step, null, start, step => Matrix(12, step + 1));
    }

    [Fact]
    public void Init_rejects_a_shape_that_is_not_the_parameter_count()
    {
        var o = new Adafactor { Rows = 3, Columns = 3 };
        var exception = Assert.Throws<ArgumentException>(() => o.Init(new Real[10]));
        Assert.Contains("3 × 3", exception.Message);
    }

    /// <summary>Deterministic entries of mixed signs and magnitudes; <paramref name="seed"/> 0 gives the start.</summary>
    private static Real[] Matrix(int length, int seed)
    {
        var values = new Real[length];
        for (int i = 0; i < length; i++)
            values[i] = (Real)((1 + (i + seed) % 4) * Math.Cos(0.9 * i + 1.7 * seed + 0.3));
        return values;
    }
}

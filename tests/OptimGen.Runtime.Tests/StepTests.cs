using System;
using OptimGen.Runtime.Tests.Specs;
using OptimGen.Testing;

namespace OptimGen.Runtime.Tests;

/// <summary>Step runs the transition once, after checking spans and slots against the state's shapes.</summary>
public sealed class StepTests
{
    private readonly HeavyBall optimizer = new() { LearningRate = (Real)0.5, Momentum = (Real)0.25, MemorySize = 2 };

    [Fact]
    public void Step_runs_the_transition()
    {
        HeavyBall.State state = optimizer.Init(new Real[2]);
        var update = new Real[2];

        optimizer.Step(ref state, new Real[] { 1, -2 }, update);
        optimizer.Step(ref state, new Real[] { 1, -2 }, update);

        Assert.Equal(2, state.Steps);
        // v1 = g, v2 = 0.25 g + g = 1.25 g; update = -0.5 v2
        Assert.Equal(new Real[] { (Real)1.25, (Real)(-2.5) }, state.Velocity);
        Assert.Equal(new Real[] { (Real)(-0.625), (Real)1.25 }, update);
    }

    [Theory]
    [InlineData(3, 2, "gradient", 3)]
    [InlineData(2, 5, "update", 5)]
    public void Span_of_the_wrong_length_names_the_slot_and_both_lengths(int gradientLength, int updateLength, string span, int actual)
    {
        HeavyBall.State state = optimizer.Init(new Real[2]);

        var error = Assert.Throws<ArgumentException>(() => optimizer.Step(ref state, new Real[gradientLength], new Real[updateLength]));

        Assert.Equal(span, error.ParamName);
        Assert.Contains("'Velocity'", error.Message);
        Assert.Contains($"length {actual}", error.Message);
        Assert.Contains("for 2 parameters", error.Message);
    }

    [Fact]
    public void Slot_of_the_wrong_length_is_named_with_its_shape()
    {
        HeavyBall.State state = optimizer.Init(new Real[2]);
        state.History = new Real[3];

        var error = Assert.Throws<ArgumentException>(() => optimizer.Step(ref state, new Real[2], new Real[2]));

        Assert.Equal("state", error.ParamName);
        Assert.Contains("Slot 'History' has length 3, but its shape [MemorySize, n] needs 4 elements", error.Message);
    }

    [Fact]
    public void A_state_built_for_other_hyperparameters_is_refused()
    {
        HeavyBall.State state = new HeavyBall { MemorySize = 5 }.Init(new Real[2]);

        var error = Assert.Throws<ArgumentException>(() => optimizer.Step(ref state, new Real[2], new Real[2]));

        Assert.Contains("Slot 'Weights' has length 5, but its shape [MemorySize] needs 2 elements", error.Message);
    }

    [Fact]
    public void Hyperparameter_bounds_are_checked_at_init()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BacktrackingDescent { Shrink = (Real)1.5 }.Init(new Real[1]));
        Assert.Equal("Shrink", error.ParamName);
        Assert.Contains("in (0, 1)", error.Message);

        Assert.Equal("MemorySize", Assert.Throws<ArgumentOutOfRangeException>(() => new HeavyBall { MemorySize = -1 }.Init(new Real[1])).ParamName);
        Assert.Equal("MaxNorm", Assert.Throws<ArgumentOutOfRangeException>(() => new ClipToNorm { MaxNorm = Real.NaN }.Init(new Real[1])).ParamName);
    }

    [Fact]
    public void Chain_step_equals_its_components_applied_in_order()
    {
        var clip = new ClipToNorm { MaxNorm = 1 };
        var ball = new HeavyBall { MemorySize = 1 };
        var chain = new ClippedHeavyBall { Clip = clip, Ball = ball };
        Real[] gradient = { 3, 4 };

        ClippedHeavyBall.State chained = chain.Init(new Real[2]);
        var chainUpdate = new Real[2];
        chain.Step(ref chained, gradient, chainUpdate);

        ClipToNorm.State clipState = clip.Init(new Real[2]);
        HeavyBall.State ballState = ball.Init(new Real[2]);
        var clipped = new Real[2];
        var update = new Real[2];
        clip.Step(ref clipState, gradient, clipped);
        ball.Step(ref ballState, clipped, update);

        Assert.Equal(update, chainUpdate);
        Assert.Equal(clipState, chained.Clip);
        Assert.Equal(ballState, chained.Ball);
        Assert.Equal(1, chained.Clip.ClippedSteps);
    }

    [Fact]
    public void Step_with_a_struct_objective_allocates_nothing()
    {
        var descent = new BacktrackingDescent();
        Real[] x = Mode.Start(8);
        BacktrackingDescent.State state = descent.Init(x);
        var gradient = new Real[8];
        var update = new Real[8];
        var objective = new Bowl();
        Real value = objective.Evaluate(x, gradient);
        descent.Step(ref state, x, gradient, value, update, ref objective);

        long allocated = AllocationMeasurement.Settled(() => AllocationMeasurement.Bytes(() =>
        {
            for (int i = 0; i < 1000; i++)
                descent.Step(ref state, x, gradient, value, update, ref objective);
        }), expected: 0);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Step_allocates_nothing()
    {
        HeavyBall.State state = optimizer.Init(new Real[64]);
        var gradient = new Real[64];
        var update = new Real[64];
        optimizer.Step(ref state, gradient, update);

        long allocated = AllocationMeasurement.Settled(() => AllocationMeasurement.Bytes(() =>
        {
            for (int i = 0; i < 1000; i++)
                optimizer.Step(ref state, gradient, update);
        }), expected: 0);
        Assert.Equal(0, allocated);
    }
}

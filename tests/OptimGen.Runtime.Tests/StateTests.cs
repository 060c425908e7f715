using System;
using System.Linq;
using OptimGen.Runtime.Tests.Specs;

namespace OptimGen.Runtime.Tests;

/// <summary>The generated State: fields per slot in the mode's types, a deep Clone, value equality, its layout.</summary>
public sealed class StateTests
{
    private readonly HeavyBall optimizer = new() { MemorySize = 3 };

    [Fact]
    public void Init_allocates_every_slot_from_its_shape()
    {
        HeavyBall.State state = optimizer.Init(new Real[4]);

        Assert.Equal(4, state.ParameterCount);
        Assert.Equal(0, state.Steps);
        Assert.Equal(4, state.Velocity.Length);
        Assert.Equal(3, state.Weights.Length);
        Assert.Equal(12, state.History.Length);
    }

    [Fact]
    public void Slots_are_public_fields_of_the_precision_mode()
    {
        Type integer = Mode.IsDouble ? typeof(long) : typeof(int);
        Type real = Mode.IsDouble ? typeof(double) : typeof(float);
        var fields = typeof(HeavyBall.State).GetFields().ToDictionary(f => f.Name, f => f.FieldType);

        Assert.Equal(new[] { "History", "Steps", "Velocity", "Weights" }, fields.Keys.OrderBy(k => k));
        Assert.Equal(integer, fields["Steps"]);
        Assert.Equal(real.MakeArrayType(), fields["Velocity"]);
        Assert.Equal(real.MakeArrayType(), fields["History"]);
    }

    [Fact]
    public void Clone_is_deep()
    {
        HeavyBall.State state = optimizer.Init(new Real[2]);
        state.Velocity[0] = 1;
        state.History[5] = 2;

        HeavyBall.State copy = state.Clone();
        copy.Velocity[0] = 10;
        copy.History[5] = 20;
        copy.Steps = 7;

        Assert.Equal(1, state.Velocity[0]);
        Assert.Equal(2, state.History[5]);
        Assert.Equal(0, state.Steps);
        Assert.NotSame(state.Weights, copy.Weights);
    }

    [Fact]
    public void Equality_compares_every_slot_by_value()
    {
        HeavyBall.State a = optimizer.Init(new Real[2]);
        HeavyBall.State b = a.Clone();
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());

        b.History[5] = Real.NaN;
        Assert.NotEqual(a, b);
        a.History[5] = Real.NaN;
        Assert.Equal(a, b);

        b.Steps = 1;
        Assert.True(a != b);
        Assert.False(a.Equals(null));
        Assert.NotEqual(a, optimizer.Init(new Real[3]));
    }

    [Fact]
    public void Layout_names_slots_types_shapes_and_the_mode()
    {
        StateLayout layout = HeavyBall.State.Layout;

        Assert.Equal(Mode.IsDouble ? Precision.Double : Precision.Single, layout.Precision);
        Assert.Equal("HeavyBall", layout.SpecName);
        Assert.Equal(new[] { "Steps", "Velocity", "Weights", "History" }, layout.Slots.Select(s => s.Name));
        SlotLayout steps = layout.FindSlot("Steps")!;
        Assert.Equal("Integer", steps.DeclaredType);
        Assert.Equal(Mode.IsDouble ? typeof(long) : typeof(int), steps.ElementType);
        Assert.Equal(new[] { "MemorySize", "n" }, layout.FindSlot("History")!.Shape);
        Assert.Contains(Mode.IsDouble ? "Steps: Integer = Int64" : "Steps: Integer = Int32", layout.ToString());
    }

    [Fact]
    public void Chain_state_is_the_composition_of_its_components_states()
    {
        var chain = new ClippedHeavyBall { Ball = new HeavyBall { MemorySize = 2 } };
        ClippedHeavyBall.State state = chain.Init(new Real[3]);

        Assert.IsType<ClipToNorm.State>(state.Clip);
        Assert.IsType<HeavyBall.State>(state.Ball);
        Assert.Equal(6, state.Ball.History.Length);
        Assert.Equal(new[] { "Clip", "Ball" }, ClippedHeavyBall.State.Layout.Slots.Select(s => s.Name));
        Assert.Same(HeavyBall.State.Layout, ClippedHeavyBall.State.Layout.FindSlot("Ball")!.Component);

        ClippedHeavyBall.State copy = state.Clone();
        copy.Ball.Velocity[0] = 5;
        Assert.Equal(0, state.Ball.Velocity[0]);
        Assert.NotEqual(state, copy);
    }
}

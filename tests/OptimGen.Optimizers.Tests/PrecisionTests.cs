using System;
using System.Linq;
using System.Reflection;

namespace OptimGen.Optimizers.Tests;

/// <summary>
/// The precision switch reaches the built-ins: this assembly is built once in Double mode and once in Single
/// mode (OptimGen.Optimizers.Tests.Single); the State of every built-in has double/long slots in the first and
/// float/int slots in the second, and says so in its layout.
/// </summary>
public sealed class PrecisionTests
{
    /// <summary>Taken from the project, not from the alias: the Single project's assembly name ends in ".Single".</summary>
    private static readonly bool BuiltAsSingle = typeof(PrecisionTests).Assembly.GetName().Name!.EndsWith(".Single", StringComparison.Ordinal);

    public static TheoryData<Type, string[], string[]> States => new()
    {
        { typeof(Sgd.State), new[] { "Trace" }, new[] { "Count" } },
        { typeof(Adam.State), new[] { "Mu", "Nu" }, new[] { "Count" } },
        { typeof(AdamW.State), new[] { "Mu", "Nu" }, new[] { "Count" } },
        { typeof(RmsProp.State), new[] { "Nu", "Mu", "Trace" }, new[] { "Count" } },
        { typeof(Adagrad.State), new[] { "SumOfSquares" }, new[] { "Count" } },
        { typeof(Lion.State), new[] { "Mu" }, new[] { "Count" } },
        { typeof(ClipByGlobalNorm.State), new[] { "GlobalNorm" }, Array.Empty<string>() },
    };

    [Fact]
    public void Real_is_the_type_the_project_asked_for()
    {
        Type expectedReal = BuiltAsSingle ? typeof(float) : typeof(double);
        Type expectedInteger = BuiltAsSingle ? typeof(int) : typeof(long);
        Assert.True(typeof(Real) == expectedReal, $"Real is {typeof(Real)}, expected {expectedReal}.");
        Assert.True(typeof(Integer) == expectedInteger, $"Integer is {typeof(Integer)}, expected {expectedInteger}.");
    }

    [Theory]
    [MemberData(nameof(States))]
    public void State_slots_have_the_types_of_the_precision_mode(Type state, string[] realSlots, string[] integerSlots)
    {
        Type real = BuiltAsSingle ? typeof(float) : typeof(double);
        Type integer = BuiltAsSingle ? typeof(int) : typeof(long);
        foreach (string slot in realSlots)
        {
            Type type = state.GetField(slot, BindingFlags.Public | BindingFlags.Instance)!.FieldType;
            Assert.True(type == real || type == real.MakeArrayType(), $"{state.DeclaringType!.Name}.State.{slot} is {type}, expected {real} or {real}[].");
        }

        foreach (string slot in integerSlots)
            Assert.Equal(integer, state.GetField(slot, BindingFlags.Public | BindingFlags.Instance)!.FieldType);

        var layout = (StateLayout)state.GetProperty("Layout", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Assert.Equal(BuiltAsSingle ? Precision.Single : Precision.Double, layout.Precision);
    }

    [Fact]
    public void No_built_in_state_has_a_slot_of_the_other_precision()
    {
        Type other = BuiltAsSingle ? typeof(double) : typeof(float);
        Type[] states = States.Select(row => (Type)row[0]).ToArray();
        foreach (Type state in states)
        {
            foreach (FieldInfo field in state.GetFields(BindingFlags.Public | BindingFlags.Instance))
                Assert.False(field.FieldType == other || field.FieldType == other.MakeArrayType(), $"{state.DeclaringType!.Name}.State.{field.Name} is {field.FieldType}.");
        }
    }
}

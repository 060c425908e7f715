using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace OptimGen;

/// <summary>
/// Checks that generated <c>Init</c>, <c>Step</c> and <c>Scan</c> make on spans, slots and hyperparameters.
/// The throwing paths live here so that the generated hot paths stay small.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StateGuard
{
    /// <summary>Throws unless span <paramref name="spanName"/> has one element per parameter of the state.</summary>
    /// <param name="actual">The span's length.</param>
    /// <param name="parameterCount">The parameter count the state was initialised for.</param>
    /// <param name="spanName">The span's parameter name.</param>
    /// <param name="slotName">A slot shaped by <c>n</c>, named in the message; null when there is none.</param>
    public static void SpanLength(int actual, int parameterCount, string spanName, string? slotName)
    {
        if (actual != parameterCount)
            ThrowSpanLength(actual, parameterCount, spanName, slotName);
    }

    /// <summary>Throws unless array slot <paramref name="slotName"/> holds <paramref name="expected"/> elements.</summary>
    public static void SlotLength(Array? slot, long expected, string slotName, string shape)
    {
        if (slot is null || slot.LongLength != expected)
            ThrowSlotLength(slot, expected, slotName, shape);
    }

    /// <summary>A chain's component: the spec instance the chain's property holds, which must not be null.</summary>
    public static T Component<T>(T? component, string property)
        where T : class =>
        component ?? throw new InvalidOperationException($"Component '{property}' is null; a chain needs every component to initialise its state.");

    /// <summary>Throws unless a chain's component state exists and was initialised for <paramref name="parameterCount"/> parameters.</summary>
    public static void ComponentState(object? componentState, int componentParameterCount, int parameterCount, string slotName)
    {
        if (componentState is null)
            throw new ArgumentException($"Slot '{slotName}' is null.", "state");
        if (componentParameterCount != parameterCount)
            throw new ArgumentException(
                $"Slot '{slotName}' was initialised for {componentParameterCount} parameters, but the chain's state for {parameterCount}.", "state");
    }

    /// <summary>A dimension taken from an integer hyperparameter: it must be non-negative and fit an <see cref="int"/>.</summary>
    public static int Dimension(long value, string hyperparameter)
    {
        if (value < 0 || value > int.MaxValue)
            ThrowDimension(value, hyperparameter);
        return (int)value;
    }

    /// <summary>The element count of a slot: the product of its dimensions, which must fit an array.</summary>
    public static int Size(long elements, string slotName)
    {
        if (elements < 0 || elements > Array.MaxLength)
            throw new ArgumentOutOfRangeException(slotName, elements, $"Slot '{slotName}' would need {elements} elements, more than an array can hold.");
        return (int)elements;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming a hyperparameter outside its bounds.</summary>
    [DoesNotReturn]
    public static void ThrowHyperparameter(string hyperparameter, object value, string bounds) =>
        throw new ArgumentOutOfRangeException(hyperparameter, value, $"{hyperparameter} must be {bounds}.");

    [DoesNotReturn]
    private static void ThrowSpanLength(int actual, int parameterCount, string spanName, string? slotName)
    {
        string owner = slotName is null ? "the state was" : $"the state's slot '{slotName}' was";
        throw new ArgumentException(
            $"'{spanName}' has length {actual}, but {owner} initialised for {parameterCount} parameters.", spanName);
    }

    [DoesNotReturn]
    private static void ThrowSlotLength(Array? slot, long expected, string slotName, string shape)
    {
        string actual = slot is null ? "is null" : $"has length {slot.LongLength}";
        throw new ArgumentException(
            $"Slot '{slotName}' {actual}, but its shape [{shape}] needs {expected} elements.", "state");
    }

    [DoesNotReturn]
    private static void ThrowDimension(long value, string hyperparameter) =>
        throw new ArgumentOutOfRangeException(hyperparameter, value, $"{hyperparameter} sizes a state slot and must be between 0 and {int.MaxValue}.");
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace OptimGen;

/// <summary>The declared layout of one state slot: its name, declared and resolved element type, and shape.</summary>
public sealed class SlotLayout : IEquatable<SlotLayout>
{
    /// <summary>Creates the layout of a slot; called by generated code.</summary>
    /// <param name="name">The public field name in the generated <c>State</c>.</param>
    /// <param name="declaredType">The element type as written in the spec: <c>Real</c>, <c>Integer</c>, <c>double</c>, ...</param>
    /// <param name="elementType">The element type resolved for the precision the state was generated for.</param>
    /// <param name="shape">The dimensions of an array slot (<c>n</c>, hyperparameter names, literals); empty for a scalar.</param>
    public SlotLayout(string name, string declaredType, Type elementType, IReadOnlyList<string> shape)
        : this(name, declaredType, elementType, shape, component: null)
    {
    }

    /// <summary>Creates the layout of a chain's component slot, which holds the component's whole state.</summary>
    /// <param name="name">The public field name in the chain's <c>State</c>.</param>
    /// <param name="component">The layout of the component's <c>State</c>.</param>
    /// <param name="stateType">The component's generated <c>State</c> type.</param>
    public SlotLayout(string name, StateLayout component, Type stateType)
        : this(name, (component ?? throw new ArgumentNullException(nameof(component))).SpecName + ".State", stateType, Array.Empty<string>(), component)
    {
    }

    private SlotLayout(string name, string declaredType, Type elementType, IReadOnlyList<string> shape, StateLayout? component)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        DeclaredType = declaredType ?? throw new ArgumentNullException(nameof(declaredType));
        ElementType = elementType ?? throw new ArgumentNullException(nameof(elementType));
        Shape = shape ?? throw new ArgumentNullException(nameof(shape));
        Component = component;
        if (IsArray)
            _ = ArrayOf(elementType); // an array slot of another element type is not a slot OptimGen generates
    }

    /// <summary>The public field name in the generated <c>State</c>.</summary>
    public string Name { get; }

    /// <summary>The element type as written in the spec (<c>Real</c>, <c>Integer</c>, <c>double</c>, <c>long</c>, <c>float</c>, <c>int</c>, <c>bool</c>).</summary>
    public string DeclaredType { get; }

    /// <summary>The element type after <c>Real</c>/<c>Integer</c> were resolved for the active precision.</summary>
    public Type ElementType { get; }

    /// <summary>The dimensions of an array slot; empty for a scalar.</summary>
    public IReadOnlyList<string> Shape { get; }

    /// <summary>For a chain's component slot, the layout of the component's state; null otherwise.</summary>
    public StateLayout? Component { get; }

    /// <summary>Whether the slot is an array (it has a shape).</summary>
    public bool IsArray => Shape.Count > 0;

    /// <summary>The slot's CLR field type: <see cref="ElementType"/> or an array of it.</summary>
    /// <remarks>Spelled out per element type (rather than <c>MakeArrayType</c>) so that it works under Native AOT.</remarks>
    public Type FieldType => !IsArray ? ElementType : ArrayOf(ElementType);

    private static Type ArrayOf(Type element) =>
        element == typeof(double) ? typeof(double[])
        : element == typeof(float) ? typeof(float[])
        : element == typeof(long) ? typeof(long[])
        : element == typeof(int) ? typeof(int[])
        : element == typeof(bool) ? typeof(bool[])
        : throw new NotSupportedException($"An array slot holds double, float, long, int or bool, not {element}.");

    /// <inheritdoc/>
    public bool Equals(SlotLayout? other) =>
        other is not null
        && Name == other.Name
        && DeclaredType == other.DeclaredType
        && ElementType == other.ElementType
        && Shape.SequenceEqual(other.Shape)
        && Equals(Component, other.Component);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SlotLayout);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, DeclaredType, ElementType, Shape.Count);

    /// <summary>For example <c>History: Real[] = Double[] [MemorySize, n]</c>.</summary>
    public override string ToString()
    {
        if (Component is not null)
            return $"{Name}: {DeclaredType}";
        string suffix = IsArray ? "[]" : string.Empty;
        string shape = IsArray ? $" [{string.Join(", ", Shape)}]" : string.Empty;
        return $"{Name}: {DeclaredType}{suffix} = {ElementType.Name}{suffix}{shape}";
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OptimGen;

/// <summary>
/// The static description of a generated <c>State</c>: the spec it belongs to, the precision mode it was
/// generated for, and every slot with its types and shape. Two layouts are equal when a state of one
/// can be carried by code built for the other.
/// </summary>
public sealed class StateLayout : IEquatable<StateLayout>
{
    /// <summary>Creates a layout; called by generated code.</summary>
    public StateLayout(string specName, Precision precision, IReadOnlyList<SlotLayout> slots)
    {
        SpecName = specName ?? throw new ArgumentNullException(nameof(specName));
        Precision = precision;
        Slots = slots ?? throw new ArgumentNullException(nameof(slots));
    }

    /// <summary>The full name of the spec type, for example <c>MyApp.HeavyBall</c>.</summary>
    public string SpecName { get; }

    /// <summary>The precision mode the state was generated for.</summary>
    public Precision Precision { get; }

    /// <summary>The slots in declaration order.</summary>
    public IReadOnlyList<SlotLayout> Slots { get; }

    /// <summary>Finds a slot by its public name, or returns null.</summary>
    public SlotLayout? FindSlot(string name) => Slots.FirstOrDefault(s => s.Name == name);

    /// <summary>
    /// Describes the first difference that keeps a state laid out as <paramref name="other"/> from being
    /// carried by code built for this layout, naming the slot and both types; null when they agree.
    /// </summary>
    public string? DescribeMismatch(StateLayout other)
    {
        if (other is null) throw new ArgumentNullException(nameof(other));
        if (SpecName != other.SpecName)
            return $"the state belongs to '{other.SpecName}', not to '{SpecName}'";
        foreach (SlotLayout mine in Slots)
        {
            SlotLayout? theirs = other.FindSlot(mine.Name);
            if (theirs is null)
                return $"slot '{mine.Name}' ({mine.DeclaredType} = {Describe(mine)}) is missing";
            if (theirs.FieldType != mine.FieldType || theirs.DeclaredType != mine.DeclaredType)
                return $"slot '{mine.Name}' is {Describe(theirs)} ({theirs.DeclaredType}, {other.Precision} mode) there but {Describe(mine)} ({mine.DeclaredType}, {Precision} mode) here";
            if (!theirs.Shape.SequenceEqual(mine.Shape))
                return $"slot '{mine.Name}' has shape [{string.Join(", ", theirs.Shape)}] there but [{string.Join(", ", mine.Shape)}] here";
            if (mine.Component is not null && theirs.Component is not null
                && mine.Component.DescribeMismatch(theirs.Component) is { } inner)
                return $"in component '{mine.Name}': {inner}";
        }
        SlotLayout? extra = other.Slots.FirstOrDefault(s => FindSlot(s.Name) is null);
        if (extra is not null)
            return $"slot '{extra.Name}' ({Describe(extra)}) is unknown here";
        if (Precision != other.Precision)
            return $"the state was built in {other.Precision} mode but this code runs in {Precision} mode";
        return null;
    }

    private static string Describe(SlotLayout slot) => slot.IsArray ? slot.ElementType.Name + "[]" : slot.ElementType.Name;

    /// <inheritdoc/>
    public bool Equals(StateLayout? other) =>
        other is not null && Precision == other.Precision && SpecName == other.SpecName && Slots.SequenceEqual(other.Slots);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StateLayout);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SpecName, Precision, Slots.Count);

    /// <summary>A multi-line description: the spec, the precision mode and one line per slot.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(SpecName).Append(".State (").Append(Precision).Append(" mode)");
        foreach (SlotLayout slot in Slots)
        {
            text.AppendLine().Append("  ").Append(slot);
            if (slot.Component is not null)
                foreach (string line in slot.Component.ToString().Split('\n').Skip(1))
                    text.AppendLine().Append("  ").Append(line.TrimEnd('\r'));
        }

        return text.ToString();
    }
}

using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using OptimGen.Analyzers.Specs;
using OptimGen.Specs.Model;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Recognises state slots: a field of the generated <c>State</c> that the shared spec reader
/// (<see cref="SpecReadings"/>) knows as a slot. How writes reach a slot is <see cref="SlotWrites"/>'s concern.
/// One instance per compilation.
/// </summary>
internal sealed class StateSlots
{
    private readonly ConcurrentDictionary<IFieldSymbol, StateSlot?> slotByField = new(SymbolEqualityComparer.Default);
    private readonly Func<IFieldSymbol, StateSlot?> resolveSlot;

    public StateSlots() => resolveSlot = Resolve;

    /// <summary>The compilation's specs as read for these slots; other rules of the same compilation read them from here too.</summary>
    public SpecReadings Specs { get; } = new();

    /// <summary>The slot of a generated <c>State</c> field, or null when the field is not one.</summary>
    public StateSlot? Find(IFieldSymbol field) => field.IsStatic ? null : slotByField.GetOrAdd(field.OriginalDefinition, resolveSlot);

    /// <summary>What the shared spec reader says the field is: the slot's public name and its declared element type.</summary>
    private StateSlot? Resolve(IFieldSymbol field)
    {
        if (Specs.SlotOf(field) is not { } slot)
            return null;
        ITypeSymbol element = field.Type is IArrayTypeSymbol array ? array.ElementType : field.Type;
        return new StateSlot(slot.Name, ElementKindNames.Declared(slot.Element), element);
    }
}

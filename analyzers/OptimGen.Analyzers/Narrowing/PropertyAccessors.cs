using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The accessors a property reference runs: its setter where it is assigned (<c>tracker.Last = k</c>, an object
/// initializer's <c>Remaining = n</c>, a deconstruction's target), its getter where it is read, both where a compound
/// assignment or an increment reads and writes it; the getter alone for a <c>ref</c> property, whose getter gives the
/// location every write goes to; none for <c>nameof</c>. A getter is not run by an assignment, nor a setter by a read.
/// </summary>
internal static class PropertyAccessors
{
    public static IEnumerable<IMethodSymbol?> Run(IPropertyReferenceOperation reference)
    {
        IPropertySymbol property = reference.Property;
        if (IsNamedOnly(reference))
            return System.Array.Empty<IMethodSymbol?>();
        if (property.ReturnsByRef || property.ReturnsByRefReadonly)
            return new[] { property.GetMethod };
        return (IsAssigned(reference), IsReadToo(reference)) switch
        {
            (true, false) => new[] { property.SetMethod },
            (true, true) => new[] { property.GetMethod, property.SetMethod },
            _ => new[] { property.GetMethod },
        };
    }

    /// <summary>
    /// <c>nameof(probe.Evaluations)</c> names the property and runs nothing, nor does <c>nameof(a.Probe.Evaluations)</c> run
    /// <c>Probe</c>. Only the chain of member accesses the reference is the receiver of is climbed (not every ancestor: this
    /// runs for each property reference the scope builder meets).
    /// </summary>
    private static bool IsNamedOnly(IOperation reference)
    {
        IOperation current = reference;
        while (current.Parent is IMemberReferenceOperation access && access.Instance == current)
            current = access;
        return current.Parent is INameOfOperation;
    }

    private static bool IsAssigned(IOperation reference) => reference.Parent switch
    {
        IAssignmentOperation assignment when assignment.Target == reference => true,
        IIncrementOrDecrementOperation => true,
        ITupleOperation => IsDeconstructed(reference),
        _ => false,
    };

    /// <summary>A compound assignment, <c>??=</c> or an increment reads the property before it writes it.</summary>
    private static bool IsReadToo(IOperation reference) =>
        reference.Parent is ICompoundAssignmentOperation or ICoalesceAssignmentOperation or IIncrementOrDecrementOperation;

    /// <summary>An element (at any depth) of the tuple a deconstruction assigns to: <c>(search.Steps, search.Step) = result;</c>.</summary>
    private static bool IsDeconstructed(IOperation reference)
    {
        IOperation current = reference;
        while (current.Parent is ITupleOperation tuple)
            current = tuple;
        return current.Parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Target == current;
    }
}

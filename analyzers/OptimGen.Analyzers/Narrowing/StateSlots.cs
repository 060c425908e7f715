using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using OptimGen.Analyzers.Specs;
using OptimGen.Specs.Model;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Recognises writes to state slots: a field of the generated <c>State</c> that the shared spec reader
/// (<see cref="SpecReadings"/>) knows as a slot, an element of such a field when it is an array, or a <c>ref</c>
/// local that aliases either. One instance per compilation.
/// </summary>
internal sealed class StateSlots
{
    private readonly ConcurrentDictionary<IFieldSymbol, StateSlot?> slotByField = new(SymbolEqualityComparer.Default);
    private readonly SpecReadings specs = new();
    private readonly Func<IFieldSymbol, StateSlot?> resolveSlot;

    public StateSlots() => resolveSlot = Resolve;

    private const int MaxAliasDepth = 4;

    /// <summary>The slot that <paramref name="target"/> (an assignment's left side) writes, or null.</summary>
    public StateSlot? Written(IOperation target) => Written(target, 0);

    private StateSlot? Written(IOperation target, int depth) => target switch
    {
        IFieldReferenceOperation field => Find(field.Field) is { } slot && field.Type is not IArrayTypeSymbol ? slot : null,
        IArrayElementReferenceOperation { ArrayReference: IFieldReferenceOperation array } => Find(array.Field),
        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } span } when IsSpan(span.Type) => ArraySlotBehind(span, depth),
        ILocalReferenceOperation { Local.IsRef: true } local => Initializer(local, depth) is RefExpressionSyntax aliased
            ? Written(local, aliased.Expression, depth) : null,
        _ => null,
    };

    /// <summary>The slot of a generated <c>State</c> field, or null when the field is not one.</summary>
    public StateSlot? Find(IFieldSymbol field) => field.IsStatic ? null : slotByField.GetOrAdd(field.OriginalDefinition, resolveSlot);

    /// <summary>What the shared spec reader says the field is: the slot's public name and its declared element type.</summary>
    private StateSlot? Resolve(IFieldSymbol field)
    {
        if (specs.SlotOf(field) is not { } slot)
            return null;
        ITypeSymbol element = field.Type is IArrayTypeSymbol array ? array.ElementType : field.Type;
        return new StateSlot(slot.Name, ElementKindNames.Declared(slot.Element), element);
    }

    /// <summary>
    /// The array slot a span views: <c>state.Velocity</c> converted to a span, <c>state.Velocity.AsSpan(...)</c>,
    /// a <c>Slice</c> of one, or a local initialized with one (<c>Span&lt;Real&gt; v = state.Velocity;</c>).
    /// </summary>
    private StateSlot? ArraySlotBehind(IOperation span, int depth)
    {
        if (depth > MaxAliasDepth)
            return null;
        span = span.WithoutImplicitConversions();
        return span switch
        {
            IFieldReferenceOperation { Type: IArrayTypeSymbol } field => Find(field.Field),
            IInvocationOperation { TargetMethod.Name: "AsSpan" or "AsMemory", Arguments.Length: > 0 } asSpan => ArraySlotBehind(asSpan.Arguments[0].Value, depth + 1),
            IInvocationOperation { TargetMethod.Name: "Slice", Instance: { } sliced } => ArraySlotBehind(sliced, depth + 1),
            ILocalReferenceOperation local when IsSpan(local.Type) && Initializer(local, depth) is { } value =>
                local.SemanticModel!.GetOperation(value) is { } initializer ? ArraySlotBehind(initializer, depth + 1) : null,
            _ => null,
        };
    }

    /// <summary><c>ref long steps = ref state.Steps;</c>: writes to <c>steps</c> are writes to the slot.</summary>
    private StateSlot? Written(ILocalReferenceOperation reference, ExpressionSyntax aliased, int depth) =>
        reference.SemanticModel!.GetOperation(aliased) is { } initializer and not ILocalReferenceOperation
            ? Written(initializer, depth + 1)
            : null;

    /// <summary>The initializer of a local declared in the tree being analyzed, or null.</summary>
    private static ExpressionSyntax? Initializer(ILocalReferenceOperation reference, int depth) =>
        depth <= MaxAliasDepth
        && reference.SemanticModel is { } model
        && reference.Local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value }
        && value.SyntaxTree == model.SyntaxTree
            ? value
            : null;

    private static bool IsSpan(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Span", Arity: 1, ContainingNamespace.Name: "System", ContainingNamespace.ContainingNamespace.IsGlobalNamespace: true };
}

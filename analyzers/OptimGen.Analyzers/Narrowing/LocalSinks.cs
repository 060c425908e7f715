using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// A local that only carries a value into slots of its own type: <c>float peak = (float)largest; state.Peak = peak;</c>, or
/// <c>scale = MathF.Max(scale, (float)x)</c> in a loop followed by <c>state.Scale = scale;</c>. Every read of it must store it
/// (directly or through arithmetic at its type) in a slot declared with the local's type, or feed the local's own next value;
/// a <c>ref</c> to it, or any other read, and it is an ordinary local.
/// </summary>
internal static class LocalSinks
{
    /// <summary>The slots the local's value ends in; empty when some read takes it anywhere else.</summary>
    public static ImmutableArray<StateSlot> Of(ILocalSymbol local, SemanticModel model, SlotWrites writes)
    {
        if (local.IsRef || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not { } declaration || declaration.SyntaxTree != model.SyntaxTree
            || (declaration.FirstAncestorOrSelf<BlockSyntax>() ?? declaration.Parent) is not { } scope)
            return ImmutableArray<StateSlot>.Empty;

        ImmutableArray<StateSlot>.Builder sinks = ImmutableArray.CreateBuilder<StateSlot>();
        foreach (IdentifierNameSyntax identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != local.Name || FeedsItself(identifier, local.Name))
                continue;
            if (model.GetOperation(identifier) is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
                continue;
            switch (reference.Parent)
            {
                case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                    continue;
                case IArgumentOperation { Parameter.RefKind: not RefKind.None }:
                case ICompoundAssignmentOperation or IIncrementOrDecrementOperation:
                    if (identifier.Parent is ArgumentSyntax || IsRefTaken(identifier))
                        return ImmutableArray<StateSlot>.Empty;
                    continue;
            }

            if (IsRefTaken(identifier))
                return ImmutableArray<StateSlot>.Empty;
            ImmutableArray<StateSlot> slots = SlotDestination.Find(reference, writes, throughSameTypeArithmetic: true);
            if (slots.IsEmpty || slots.Any(slot => !SymbolEqualityComparer.Default.Equals(slot.ElementType, local.Type)))
                return ImmutableArray<StateSlot>.Empty;
            sinks.AddRange(slots);
        }

        return sinks.ToImmutable();
    }

    /// <summary>A read on the right of an assignment to the local itself (<c>scale = MathF.Max(scale, x)</c>): it stays in the local.</summary>
    private static bool FeedsItself(IdentifierNameSyntax identifier, string name) =>
        identifier.Ancestors().TakeWhile(node => node is ExpressionSyntax or ArgumentSyntax or ArgumentListSyntax).OfType<AssignmentExpressionSyntax>()
            .Any(assignment => assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Left is IdentifierNameSyntax left
                               && left.Identifier.ValueText == name && assignment.Right.Span.Contains(identifier.Span));

    private static bool IsRefTaken(IdentifierNameSyntax identifier) =>
        identifier.Parent is RefExpressionSyntax || identifier.Parent is ArgumentSyntax argument && !argument.RefKindKeyword.IsKind(SyntaxKind.None);
}

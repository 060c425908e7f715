using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// What the code around a local stores in a field or property of the object the local holds: the object initializer of
/// its declaration (<c>var memory = new LbfgsMemory { Ring = state.Ring };</c>, or a record's <c>with { Ring = state.Ring }</c>) and the assignments to that member through
/// the local in its block (<c>memory.Ring = state.Ring;</c>). Only a local declared in the tree being analyzed is followed,
/// and only that local's object: another object of the same type is not affected.
/// </summary>
internal static class MemberAssignments
{
    public static IEnumerable<IOperation> Of(IMemberReferenceOperation member)
    {
        if (member.Instance?.WithoutImplicitConversions() is not ILocalReferenceOperation local
            || LocalViews.DeclaredInTree(local) is not (VariableDeclaratorSyntax declarator, { } model))
            yield break;

        foreach (IOperation initialized in InitializedWith(member, declarator, model))
            yield return initialized;

        if (declarator.FirstAncestorOrSelf<BlockSyntax>() is not { } scope)
            yield break;
        foreach (AssignmentExpressionSyntax assignment in scope.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                && assignment.Left is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner } access
                && owner.Identifier.ValueText == local.Local.Name
                && model.GetOperation(assignment) is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } stored
                && target.Instance?.WithoutImplicitConversions() is ILocalReferenceOperation storedOn
                && SymbolEqualityComparer.Default.Equals(storedOn.Local, local.Local)
                && SameMember(target, member) && access.Name.Identifier.ValueText == member.Member.Name)
                yield return stored.Value;
        }
    }

    /// <summary>
    /// Whether the local's declaration sets the member in its object initializer or <c>with</c>: that replaces whatever the
    /// type's constructor stored there (<c>var other = buffers with { Velocity = state.Second };</c> holds only <c>Second</c>).
    /// </summary>
    public static bool SetByDeclaration(IMemberReferenceOperation member) =>
        member.Instance?.WithoutImplicitConversions() is ILocalReferenceOperation local
        && LocalViews.DeclaredInTree(local) is (VariableDeclaratorSyntax declarator, { } model)
        && InitializedWith(member, declarator, model).Any();

    /// <summary>What the declaration's object initializer (<c>new LbfgsMemory { Ring = ... }</c>) or <c>with { Ring = ... }</c> stores in the member.</summary>
    private static IEnumerable<IOperation> InitializedWith(IMemberReferenceOperation member, VariableDeclaratorSyntax declarator, SemanticModel model)
    {
        IObjectOrCollectionInitializerOperation? initializer = declarator.Initializer?.Value is { } initial
            ? model.GetOperation(initial)?.WithoutImplicitConversions() switch
            {
                IObjectCreationOperation created => created.Initializer,
                IWithOperation copied => copied.Initializer,
                _ => null,
            }
            : null;
        if (initializer is null)
            yield break;
        foreach (IOperation assigned in initializer.Initializers)
        {
            if (assigned is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment && SameMember(target, member))
                yield return assignment.Value;
        }
    }

    private static bool SameMember(IMemberReferenceOperation a, IMemberReferenceOperation b) =>
        SymbolEqualityComparer.Default.Equals(a.Member.OriginalDefinition, b.Member.OriginalDefinition);
}

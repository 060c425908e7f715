using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Specs.Reading;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The expressions a delegate-typed field or property can hold: its initializer and every value assigned to it
/// anywhere in the compilation (a constructor, an object initializer <c>new Spec { Search = ... }</c>). The
/// lambdas and method groups among them run wherever the delegate is invoked. Searched only for delegate
/// members that a transition's scope uses.
/// </summary>
internal sealed class DelegateSources
{
    private readonly Compilation compilation;
    private readonly CancellationToken cancellationToken;

    public DelegateSources(Compilation compilation, CancellationToken cancellationToken)
    {
        this.compilation = compilation;
        this.cancellationToken = cancellationToken;
    }

    private Dictionary<string, List<AssignmentExpressionSyntax>>? assignmentsByName;

    public IEnumerable<ExpressionSyntax> Of(ISymbol member)
    {
        foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax(cancellationToken))
            {
                case VariableDeclaratorSyntax { Initializer.Value: { } value }:
                    yield return value;
                    break;
                case PropertyDeclarationSyntax { Initializer.Value: { } value }:
                    yield return value;
                    break;
            }
        }

        IEnumerable<AssignmentExpressionSyntax> candidates = AssignableOnlyInsideItsType(member)
            ? AssignmentsInside(member.ContainingType, member.Name)
            : AssignmentsByName().TryGetValue(member.Name, out List<AssignmentExpressionSyntax>? anywhere) ? anywhere : Enumerable.Empty<AssignmentExpressionSyntax>();
        foreach (AssignmentExpressionSyntax assignment in candidates)
        {
            SemanticModel model = SemanticModels.For(compilation, assignment.SyntaxTree);
            if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol?.OriginalDefinition, member.OriginalDefinition))
                yield return assignment.Right;
        }
    }

    /// <summary>
    /// A private member, a <c>readonly</c> field or a get-only property can be assigned only in its own type's code, so
    /// only that code is searched (the common case: a spec's private delegate field), not every tree of the compilation.
    /// </summary>
    private static bool AssignableOnlyInsideItsType(ISymbol member) => member.DeclaredAccessibility == Accessibility.Private || member switch
    {
        IFieldSymbol field => field.IsReadOnly,
        IPropertySymbol property => property.SetMethod is null || property.SetMethod.DeclaredAccessibility == Accessibility.Private,
        _ => false,
    };

    private IEnumerable<AssignmentExpressionSyntax> AssignmentsInside(INamedTypeSymbol type, string name)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            // OptimGen's own output (a spec's generated part) assigns none of the user's members.
            if (OptimGenOutput.IsOptimGenOutput(reference.SyntaxTree))
                continue;
            foreach (SyntaxNode node in reference.GetSyntax(cancellationToken).DescendantNodes())
            {
                if (node is AssignmentExpressionSyntax assignment && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && Name(assignment.Left) == name)
                    yield return assignment;
            }
        }
    }

    /// <summary>Every simple assignment of the compilation by the name it assigns: one pass over the syntax, on first need.</summary>
    private Dictionary<string, List<AssignmentExpressionSyntax>> AssignmentsByName()
    {
        if (assignmentsByName is not null)
            return assignmentsByName;
        assignmentsByName = new Dictionary<string, List<AssignmentExpressionSyntax>>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if (OptimGenOutput.IsOptimGenOutput(tree))
                continue;
            foreach (SyntaxNode node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is not AssignmentExpressionSyntax assignment || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                    || Name(assignment.Left) is not { } name)
                    continue;
                if (!assignmentsByName.TryGetValue(name, out List<AssignmentExpressionSyntax>? list))
                    assignmentsByName[name] = list = new List<AssignmentExpressionSyntax>();
                list.Add(assignment);
            }
        }

        return assignmentsByName;
    }

    private static string? Name(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };
}

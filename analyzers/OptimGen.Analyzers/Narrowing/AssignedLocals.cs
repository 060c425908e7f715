using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// A local whose every write after its declaration is a plain assignment of a bounded value, as a cursor kept in range
/// by a remainder: <c>long cursor = 0; ... cursor = (cursor + 1) % span.Length;</c>. Its range covers its initializer's and
/// every assigned value's. An increment, a compound assignment, a deconstruction or a <c>ref</c>/<c>out</c> use is not
/// such a write, and neither is an assignment of a value nothing bounds.
/// </summary>
internal static class AssignedLocals
{
    /// <summary>More writes than this are not followed: each is inferred, and may read the local again.</summary>
    private const int MaxWrites = 4;

    public static ValueInterval? Of(ILocalSymbol local, IOperation initializer, VariableDeclaratorSyntax declarator, SyntaxNode scope,
        SemanticModel model, int depth)
    {
        if (IndexBounds.Infer(initializer, depth + 1) is not { } range)
            return null;
        int writes = 0;
        foreach (IdentifierNameSyntax identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != local.Name || declarator.Span.Contains(identifier.Span) || !LocalBounds.IsWrite(identifier))
                continue;
            if (++writes > MaxWrites
                || identifier.Parent is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                || model.GetOperation(assignment.Right) is not { } value || IndexBounds.Infer(value, depth + 1) is not { } written)
                return null;
            range = new ValueInterval(Math.Min(range.Low, written.Low), Math.Max(range.High, written.High));
        }

        return writes > 0 ? range : null;
    }
}

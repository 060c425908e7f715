using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// A local whose every write after its declaration is a plain assignment of a bounded value, as a cursor kept in range
/// by a remainder: <c>long cursor = 0; ... cursor = (cursor + 1) % span.Length;</c>, or a local declared without an initializer
/// and set in both branches of an <c>if</c>. Its range covers its initializer's and every assigned value's. An increment, a compound assignment, a deconstruction or a <c>ref</c>/<c>out</c> use is not
/// such a write, and neither is an assignment of a value nothing bounds.
/// </summary>
internal static class AssignedLocals
{
    /// <summary>More writes than this are not followed: each is inferred, and may read the local again.</summary>
    private const int MaxWrites = 4;

    /// <param name="initializer">The local's initializer; null for one declared without (<c>long slot;</c>), which the language
    /// makes sure is assigned before it is read, so its assignments alone give its range.</param>
    public static ValueInterval? Of(ILocalSymbol local, IOperation? initializer, VariableDeclaratorSyntax declarator, SyntaxNode scope,
        SemanticModel model, int depth)
    {
        ValueInterval? range = null;
        if (initializer is not null && (range = IndexBounds.Infer(initializer, depth + 1)) is null)
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
            range = range is { } known ? new ValueInterval(Math.Min(known.Low, written.Low), Math.Max(known.High, written.High)) : written;
        }

        return writes > 0 ? range : null;
    }
}

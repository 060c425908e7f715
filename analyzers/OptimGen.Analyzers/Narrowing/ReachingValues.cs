using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The values a local can hold where it is read: its initializer and the assignments of its block that can reach the read.
/// An assignment statement that runs before the read on every path (it stands in a block that encloses the read, before
/// it) hides everything given earlier; after it, the assignments before the read can reach it, and so can those after
/// the read in a loop that holds both and starts after that statement (through the loop's next turn):
/// <c>var w = new Window(state.Ring); w = new Window(buffer); w.Ring[0] = x;</c> reads only the second window.
/// Null when that cannot be told from the block: the local is written another way (a compound assignment, <c>ref</c> or
/// <c>out</c>, a deconstruction, an increment), assigned or read in a lambda or local function of its own, or the block
/// holds a <c>goto</c>. Only a local declared by a declarator in the tree being analyzed is followed.
/// </summary>
internal static class ReachingValues
{
    public static IReadOnlyList<IOperation>? At(ILocalReferenceOperation read)
    {
        if (LocalViews.DeclaredInTree(read) is not (VariableDeclaratorSyntax declarator, { } model)
            || declarator.FirstAncestorOrSelf<BlockSyntax>() is not { } scope
            || scope.DescendantNodes().OfType<GotoStatementSyntax>().Any())
            return null;
        SyntaxNode? function = FunctionOf(declarator);
        if (FunctionOf(read.Syntax) != function)
            return null;

        var given = new List<(SyntaxNode At, ExpressionSyntax Value)>();
        if (declarator.Initializer?.Value is { } initial)
        {
            if (initial is RefExpressionSyntax)
                return null;
            given.Add((declarator, initial));
        }

        foreach (IdentifierNameSyntax name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText != read.Local.Name || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, read.Local))
                continue;
            switch (name.Parent)
            {
                case AssignmentExpressionSyntax assignment when assignment.Left == name:
                    if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || assignment.Right is RefExpressionSyntax
                        || FunctionOf(assignment) != function)
                        return null;
                    given.Add((assignment, assignment.Right));
                    break;
                case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) || LocalViews.DeconstructedInto(argument):
                case RefExpressionSyntax:
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression }:
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression }:
                    return null;
            }
        }

        SyntaxNode? hiding = given.Select(each => Statement(each.At)).Where(statement => Precedes(statement, read.Syntax))
            .OrderBy(statement => statement!.SpanStart).LastOrDefault();
        var reaching = new List<IOperation>();
        foreach ((SyntaxNode at, ExpressionSyntax value) in given)
        {
            if ((hiding is null || Reaches(at, hiding, read.Syntax)) && model.GetOperation(value) is { } operation)
                reaching.Add(operation);
        }

        return reaching;
    }

    /// <summary>
    /// Whether a value given at <paramref name="at"/> can reach <paramref name="read"/> past the statement
    /// <paramref name="hiding"/> that runs before the read on every path: it is that statement's, or it comes after it,
    /// before the read or in a loop after it that also holds the read.
    /// </summary>
    private static bool Reaches(SyntaxNode at, SyntaxNode hiding, SyntaxNode read)
    {
        if (hiding.Span.Contains(at.Span))
            return true;
        if (at.SpanStart < hiding.Span.End || !hiding.Parent!.Span.Contains(at.Span))
            return false;
        return at.SpanStart < read.SpanStart
            || read.Ancestors().Any(loop => IsLoop(loop) && loop.SpanStart >= hiding.Span.End && loop.Span.Contains(at.Span));
    }

    /// <summary>The statement a value is given by, when it stands alone in a block: <c>var w = ...;</c> or <c>w = ...;</c>.</summary>
    private static SyntaxNode? Statement(SyntaxNode at) => at switch
    {
        VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax { Parent: BlockSyntax } declaration } => declaration,
        AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax { Parent: BlockSyntax } statement } => statement,
        _ => null,
    };

    /// <summary>Whether <paramref name="statement"/> runs before <paramref name="read"/> on every path: its block holds the read, after it.</summary>
    private static bool Precedes(SyntaxNode? statement, SyntaxNode read) =>
        statement?.Parent is BlockSyntax block && block.Span.Contains(read.Span) && statement.Span.End <= read.SpanStart;

    private static bool IsLoop(SyntaxNode node) =>
        node is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax;

    /// <summary>The lambda or local function a node is in; null in the member's own body.</summary>
    private static SyntaxNode? FunctionOf(SyntaxNode node) =>
        node.Ancestors().FirstOrDefault(ancestor => ancestor is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);
}

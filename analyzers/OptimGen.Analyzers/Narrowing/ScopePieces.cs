using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The code of a <see cref="TransitionScope"/> as pieces of syntax to walk, each with the member that owns it and
/// each walked once: the declarations of its methods, the initializers of the fields and properties it runs, and
/// the lambdas its delegates can run. A piece inside another (a local function or a lambda inside a method in
/// scope) is left to the outer one, so rules fed every operation of every piece see each operation once.
/// </summary>
internal static class ScopePieces
{
    /// <summary>The pieces in the trees <paramref name="isAnalyzed"/> accepts, grouped by tree.</summary>
    public static Dictionary<SyntaxTree, List<(ISymbol Owner, SyntaxNode Node)>> Of(Compilation compilation, TransitionScope scope,
        Func<SyntaxTree, bool> isAnalyzed, CancellationToken cancellationToken)
    {
        var byTree = new Dictionary<SyntaxTree, List<(ISymbol Owner, SyntaxNode Node)>>();
        void Add(ISymbol owner, SyntaxNode node)
        {
            if (!byTree.TryGetValue(node.SyntaxTree, out List<(ISymbol Owner, SyntaxNode Node)>? inTree))
                byTree[node.SyntaxTree] = inTree = new List<(ISymbol Owner, SyntaxNode Node)>();
            inTree.Add((owner, node));
        }

        foreach (IMethodSymbol method in scope.Methods)
        {
            foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
            {
                if (isAnalyzed(reference.SyntaxTree) && CodeOf(reference, cancellationToken) is { } code)
                    Add(method, code);
            }
        }

        foreach (ISymbol member in scope.Initializers)
        {
            foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
            {
                if (isAnalyzed(reference.SyntaxTree) && InitializerOf(reference, cancellationToken) is { } initializer)
                    Add(member, initializer);
            }
        }

        foreach (SyntaxNode lambda in scope.Lambdas)
        {
            if (isAnalyzed(lambda.SyntaxTree)
                && SemanticModels.For(compilation, lambda.SyntaxTree).GetEnclosingSymbol(lambda.SpanStart, cancellationToken) is { } owner)
                Add(owner, lambda);
        }

        foreach (List<(ISymbol Owner, SyntaxNode Node)> inTree in byTree.Values)
        {
            // Outer pieces first (by start, the longer of two that start together), then drop what lies inside one.
            inTree.Sort(static (a, b) => a.Node.SpanStart != b.Node.SpanStart
                ? a.Node.SpanStart.CompareTo(b.Node.SpanStart)
                : b.Node.Span.Length.CompareTo(a.Node.Span.Length));
            SyntaxNode? enclosing = null;
            inTree.RemoveAll(piece =>
            {
                if (enclosing is not null && enclosing.Span.Contains(piece.Node.Span))
                    return true;
                enclosing = piece.Node;
                return false;
            });
        }

        return byTree;
    }

    /// <summary>
    /// The code a method's declaration runs: the declaration itself, but for a primary constructor, whose declaration is
    /// the whole type, only the base constructor call it makes (<c>: Base(x)</c>); null when it makes none.
    /// </summary>
    public static SyntaxNode? CodeOf(SyntaxReference method, CancellationToken cancellationToken) =>
        method.GetSyntax(cancellationToken) switch
        {
            TypeDeclarationSyntax type => type.BaseList?.Types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault(),
            var declaration => declaration,
        };

    /// <summary>The <c>= value</c> of a field's declarator or a property's declaration; null when it has none.</summary>
    public static EqualsValueClauseSyntax? InitializerOf(SyntaxReference member, CancellationToken cancellationToken) =>
        member.GetSyntax(cancellationToken) switch
        {
            VariableDeclaratorSyntax declarator => declarator.Initializer,
            PropertyDeclarationSyntax property => property.Initializer,
            _ => null,
        };
}

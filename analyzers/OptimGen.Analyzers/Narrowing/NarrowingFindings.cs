using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// OPT0001–OPT0003 over the transition scope of one compilation, reported tree by tree. The scope is computed once
/// (<see cref="SharedTransitionScope"/>) and its pieces (<see cref="ScopePieces"/>) are the only code the rules run
/// over: registered per operation instead, the analyzer driver would build the operation trees of every member of
/// every type with something in scope and call the rules through its own bookkeeping for each operation
/// (docs/performance.md gives what that cost). A tree's findings are computed when the driver first asks for that
/// tree, so its threads share the work.
/// </summary>
internal sealed class NarrowingFindings
{
    private readonly Compilation compilation;
    private readonly Dictionary<SyntaxTree, List<(ISymbol Owner, SyntaxNode Node)>> pieces;
    private readonly ConcurrentDictionary<SyntaxTree, IReadOnlyList<Diagnostic>> byTree = new();

    private NarrowingFindings(Compilation compilation, NarrowingRulesRunner rules,
        Dictionary<SyntaxTree, List<(ISymbol Owner, SyntaxNode Node)>> pieces)
    {
        this.compilation = compilation;
        this.pieces = pieces;
        Runner = rules;
    }

    /// <summary>The rules, bound to this compilation's scope, for code the driver runs them over itself.</summary>
    public NarrowingRulesRunner Runner { get; }

    public static NarrowingFindings Compute(Compilation compilation, AnalyzerOptions options, ActivePrecision precision, AnalyzedTrees analyzed,
        CancellationToken cancellationToken)
    {
        (StateSlots slots, TransitionScope scope) = SharedTransitionScope.Of(compilation, cancellationToken);
        var rules = new NarrowingRulesRunner(compilation, options, precision, slots, scope, mixedPrecision: true);
        return new NarrowingFindings(compilation, rules, ScopePieces.Of(compilation, scope, analyzed.Contains, cancellationToken));
    }

    /// <summary>The findings located in <paramref name="tree"/>.</summary>
    public IReadOnlyList<Diagnostic> In(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (!pieces.ContainsKey(tree))
            return Array.Empty<Diagnostic>();
        return byTree.TryGetValue(tree, out IReadOnlyList<Diagnostic>? known) ? known : byTree.GetOrAdd(tree, Compute(tree, cancellationToken));
    }

    private IReadOnlyList<Diagnostic> Compute(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var found = new List<Diagnostic>();
        SemanticModel model = SemanticModels.For(compilation, tree);
        foreach ((ISymbol owner, SyntaxNode node) in pieces[tree])
        {
            if (model.GetOperation(node, cancellationToken) is not { } root)
                continue;
            foreach (Diagnostic diagnostic in Runner.Run(root, owner, cancellationToken))
            {
                if (diagnostic.Location.SourceTree == tree)
                    found.Add(diagnostic);
            }
        }

        return found;
    }
}

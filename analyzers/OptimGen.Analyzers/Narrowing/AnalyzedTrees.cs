using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The trees of a compilation that rules computed once per compilation report in, as the analyzer driver chooses them
/// for a rule registered per operation: the compilation's own trees, without generated files unless OptimGen's own
/// tests ask for them, and without the trees a rule leaves to other means. (Code in a <c>[GeneratedCode]</c> type is
/// walked; the driver drops what is reported there, as it does for every analyzer.)
/// </summary>
internal sealed class AnalyzedTrees
{
    private readonly Compilation compilation;
    private readonly bool generatedToo;
    private readonly Func<SyntaxTree, bool>? excluded;
    private readonly ConcurrentDictionary<SyntaxTree, bool> trees = new();

    /// <param name="excluded">Trees the rule handles otherwise; null for none.</param>
    public AnalyzedTrees(Compilation compilation, bool generatedToo, Func<SyntaxTree, bool>? excluded = null)
    {
        this.compilation = compilation;
        this.generatedToo = generatedToo;
        this.excluded = excluded;
    }

    /// <summary>Whether the rules report in <paramref name="tree"/>.</summary>
    public bool Contains(SyntaxTree tree) =>
        trees.TryGetValue(tree, out bool analyzed) ? analyzed : trees.GetOrAdd(tree, Decide(tree));

    private bool Decide(SyntaxTree tree) =>
        compilation.ContainsSyntaxTree(tree) && (generatedToo || !GeneratedTrees.IsGenerated(tree)) && excluded?.Invoke(tree) != true;
}

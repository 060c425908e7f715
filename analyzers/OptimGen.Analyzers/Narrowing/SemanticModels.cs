using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The semantic model of a tree, one per tree for a compilation the analyzers build themselves (the other
/// precision mode's). Under the analyzer driver, <see cref="Compilation.GetSemanticModel"/> of the analyzed
/// compilation already returns one cached model per tree; for a compilation of our own it returns a new model,
/// with nothing bound, on every call, so the scope walk and the rules would each bind the same bodies again.
/// </summary>
internal static class SemanticModels
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<SyntaxTree, SemanticModel>> Cached = new();

    /// <summary>From now on, <see cref="For"/> hands out one model per tree of <paramref name="compilation"/>.</summary>
    public static void CacheFor(Compilation compilation) => Cached.GetValue(compilation, static _ => new ConcurrentDictionary<SyntaxTree, SemanticModel>());

    /// <summary>The model of <paramref name="tree"/>: the cached one if <paramref name="compilation"/> caches them.</summary>
    public static SemanticModel For(Compilation compilation, SyntaxTree tree)
    {
#pragma warning disable RS1030 // The analyzed compilation's models come from the driver's caching provider; our own are cached here.
        if (!Cached.TryGetValue(compilation, out ConcurrentDictionary<SyntaxTree, SemanticModel>? models))
            return compilation.GetSemanticModel(tree);
        return models.TryGetValue(tree, out SemanticModel? model) ? model : models.GetOrAdd(tree, compilation.GetSemanticModel(tree));
#pragma warning restore RS1030
    }
}

using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OptimGen.Analyzers.Narrowing;
using OptimGen.Analyzers.Precision;
using OptimGen.Testing;

namespace OptimGen.Analyzers.Benchmarks;

/// <summary>
/// Where the narrowing rules' time goes, outside BenchmarkDotNet and the analyzer driver, for a profiler to attach
/// to (<c>--profile-scope Double 6</c> under <c>dotnet-trace collect</c>): on the 200-spec project, one thread
/// computes the transition scope (binding what the transitions reach, as the analyzer does) and then runs the
/// narrowing rules over every operation in it, and prints the two times per round. Not a benchmark: the ratios in
/// docs/performance.md come from <see cref="AnalyzerCostBenchmarks"/>.
/// </summary>
internal static class ScopeProfile
{
    public static void Run(string precision, int rounds)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        ImmutableArray<SyntaxTree> trees = SyntheticProject.Sources(AnalyzerCostBenchmarks.SpecCount)
            .Select(source => CSharpSyntaxTree.ParseText(source, parseOptions)).ToImmutableArray();
        BuildPropertyOptions options = BuildPropertyOptions.ForPrecision(precision);
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options);
        ActivePrecision active = Precisions.Of(precision == "Single" ? OptimGen.Specs.Model.PrecisionMode.Single : OptimGen.Specs.Model.PrecisionMode.Double);
        for (int round = 0; round < rounds; round++)
        {
            Compilation compilation = AnalyzerCostBenchmarks.Generate(trees, options);

            // As the analyzer driver's caching provider does: one model, and so one binding, per tree.
            SemanticModels.CacheFor(compilation);
            var clock = Stopwatch.StartNew();
            (StateSlots slots, TransitionScope scope) = SharedTransitionScope.Of(compilation, default);
            TimeSpan scopeTime = clock.Elapsed;
            var rules = new NarrowingRulesRunner(compilation, analyzerOptions, active, slots, scope);
            int operations = 0;
            foreach ((ISymbol owner, SyntaxNode node) in ScopePieces.Of(compilation, scope, static tree => !GeneratedTrees.IsGenerated(tree), default).Values.SelectMany(pieces => pieces))
            {
                if (SemanticModels.For(compilation, node.SyntaxTree).GetOperation(node) is not { } root)
                    continue;
                operations += root.DescendantsAndSelf().Count();
                rules.Run(root, owner, default);
            }

            Console.WriteLine($"{precision}: scope {scopeTime.TotalMilliseconds:F0} ms ({scope.Count} pieces), rules {(clock.Elapsed - scopeTime).TotalMilliseconds:F0} ms over {operations} operations");
        }
    }
}

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
/// narrowing rules over every operation in it, then the rules checked for both modes (the other mode's compilation,
/// scope, errors and rules), and prints the times per round. Not a benchmark: the ratios in
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
        OptimGen.Specs.Model.PrecisionMode mode = precision == "Single" ? OptimGen.Specs.Model.PrecisionMode.Single : OptimGen.Specs.Model.PrecisionMode.Double;
        ActivePrecision active = ActivePrecision.Of(mode);
        for (int round = 0; round < rounds; round++)
        {
            Compilation compilation = AnalyzerCostBenchmarks.Generate(trees, options);

            // As the analyzer driver's caching provider does: one model, and so one binding, per tree.
            SemanticModels.CacheFor(compilation);
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            (StateSlots slots, TransitionScope scope) = SharedTransitionScope.Of(compilation, default);
            TimeSpan scopeTime = clock.Elapsed;
            long scopeAllocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            var rules = new NarrowingRulesRunner(compilation, analyzerOptions, active, slots, scope);
            int operations = 0;
            foreach ((ISymbol owner, SyntaxNode node) in ScopePieces.Of(compilation, scope, new AnalyzedTrees(compilation, generatedToo: false).Contains, default).Values.SelectMany(pieces => pieces))
            {
                if (SemanticModels.For(compilation, node.SyntaxTree).GetOperation(node) is not { } root)
                    continue;
                operations += root.DescendantsAndSelf().Count();
                rules.Run(root, owner, default);
            }

            TimeSpan rulesTime = clock.Elapsed - scopeTime;
            long rulesAllocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore - scopeAllocated;

            // The rules checked for both modes, on the scope computed above: the other mode's compilation and its scope,
            // its compiler errors and its rules, tree by tree.
            PrecisionFindings findings = PrecisionFindings.Compute(compilation, analyzerOptions, mode, analyzeGeneratedCode: false, default);
            TimeSpan otherModeTime = clock.Elapsed - scopeTime - rulesTime;
            int otherModeFindings = findings.All(default).Count;
            TimeSpan perTreeTime = clock.Elapsed - scopeTime - rulesTime - otherModeTime;
            Console.WriteLine($"{precision}: scope {scopeTime.TotalMilliseconds:F0} ms ({scope.Count} pieces, {scopeAllocated / 1e6:F1} MB allocated on this thread), "
                + $"rules {rulesTime.TotalMilliseconds:F0} ms over {operations} operations ({rulesAllocated / 1e6:F1} MB); "
                + $"both-modes rules {otherModeTime.TotalMilliseconds:F0} ms to the other mode's scope, {perTreeTime.TotalMilliseconds:F0} ms tree by tree ({otherModeFindings} findings)");
        }
    }
}

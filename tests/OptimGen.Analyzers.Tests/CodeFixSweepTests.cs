using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Analyzers.Narrowing;
using OptimGen.Analyzers.Precision;
using OptimGen.Analyzers.Tests.Cases;
using OptimGen.Analyzers.Tests.Infrastructure;
using OptimGen.Analyzers.Tests.Precision;
using Xunit.Abstractions;

namespace OptimGen.Analyzers.Tests;

/// <summary>
/// Every code fix on every diagnostic of every positive catalogue case, in each mode the case expects diagnostics
/// for (see <see cref="CodeFixSweep"/> for what is checked), in the modes <see cref="CatalogueSample"/> runs it in. One
/// theory row per catalogue and mode; the cases of a row run in parallel, one per core.
/// </summary>
public sealed class CodeFixSweepTests
{
    private const string Narrowing = "narrowing";
    private const string BothModes = "precision";

    private readonly ITestOutputHelper output;

    public CodeFixSweepTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string, Mode> Shards() => new()
    {
        { Narrowing, Mode.Double },
        { Narrowing, Mode.Single },
        { BothModes, Mode.Double },
        { BothModes, Mode.Single },
    };

    [Theory]
    [MemberData(nameof(Shards))]
    public async Task Every_fix_compiles_and_removes_its_diagnostic_without_a_new_narrowing(string catalogue, Mode mode)
    {
        (ImmutableArray<AnalyzerCase> cases, ImmutableArray<DiagnosticAnalyzer> analyzers) = catalogue == Narrowing
            ? (CaseCatalogue.All, ImmutableArray.Create<DiagnosticAnalyzer>(new NarrowingAnalyzer()))
            : (PrecisionCaseCatalogue.All, ImmutableArray.Create<DiagnosticAnalyzer>(new PrecisionAnalyzer(), new NarrowingAnalyzer()));
        AnalyzerCase[] positive = cases.Where(c => CatalogueSample.Runs(c, mode) && c.For(mode).Any(e => e.Id.StartsWith("OPT", StringComparison.Ordinal))).ToArray();

        var tally = new SweepTally();
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(positive, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            (testCase, token) => new ValueTask(CodeFixSweep.RunAsync(testCase, mode, analyzers, tally, token)));
        output.WriteLine($"{catalogue} catalogue, {mode} mode: {tally} in {stopwatch.Elapsed.TotalSeconds:F1} s");
        output.WriteLine("No fix offered for:");
        foreach (string diagnostic in tally.Unfixed.OrderBy(d => d, StringComparer.Ordinal))
            output.WriteLine("  " + diagnostic);

        Assert.True(tally.Failures.Count == 0, string.Join(Environment.NewLine, tally.Failures.OrderBy(f => f, StringComparer.Ordinal)));
    }
}

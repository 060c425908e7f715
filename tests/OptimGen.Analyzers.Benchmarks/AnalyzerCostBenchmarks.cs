using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Analyzers;
using OptimGen.Testing;
using OptimGen.Analyzers.Narrowing;
using OptimGen.Analyzers.Precision;
using OptimGen.Analyzers.Tests.Infrastructure;
using OptimGen.Generators;

namespace OptimGen.Analyzers.Benchmarks;

/// <summary>
/// The build of a generated 200-spec project (generator, compiler and analyzer diagnostics, emit) as the
/// package runs it, with and without the narrowing analyzer, side by side. Both run the analyzer driver with
/// the package's StateSlotSuppressor; the baseline adds <see cref="DriverBaselineAnalyzer"/> so that the
/// driver plans both builds alike and the ratio isolates what the narrowing rules add. A third build adds
/// <see cref="PrecisionAnalyzer"/> (OPT0004–OPT0006, with the other-mode compilation): its ratio to the second is
/// what checking both modes costs. Each operation starts from a new compilation, as a build does.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerCostBenchmarks
{
    public const int SpecCount = 200;

    private ImmutableArray<SyntaxTree> trees;
    private BuildPropertyOptions options = null!;

    /// <summary>Both modes, or those named in OPTIMGEN_BENCH_PRECISION (comma-separated) to repeat one.</summary>
    public static IEnumerable<string> Modes() =>
        Environment.GetEnvironmentVariable("OPTIMGEN_BENCH_PRECISION")?.Split(',') ?? new[] { "Double", "Single" };

    [ParamsSource(nameof(Modes))]
    public string Precision { get; set; } = "Double";

    [GlobalSetup]
    public void Setup()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        trees = SyntheticProject.Sources(SpecCount).Select(source => CSharpSyntaxTree.ParseText(source, parseOptions)).ToImmutableArray();
        options = BuildPropertyOptions.ForPrecision(Precision);
        int errors = Generate().GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        int narrowing = BuildWithAllRules().Result;
        if (errors != 0 || narrowing != 0)
            throw new System.InvalidOperationException($"the synthetic project must build clean: {errors} errors, {narrowing} OPT diagnostics");
        PrecisionFindings findings = PrecisionFindings.Compute(Generate(), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options),
            Precision == "Single" ? OptimGen.Specs.Model.PrecisionMode.Single : OptimGen.Specs.Model.PrecisionMode.Double, analyzeGeneratedCode: false, default);
        int otherModeFindings = findings.All(default).Count;
        if (findings.Failure is not null || findings.OtherModeMethods < SpecCount || otherModeFindings != 0)
            throw new System.InvalidOperationException($"the other-mode check must run over every transition and find nothing: {findings.OtherModeMethods} methods, {otherModeFindings} findings, {findings.Failure}");
    }

    [Benchmark(Baseline = true, Description = "build without NarrowingAnalyzer")]
    public Task<int> Build() => BuildAsync(new StateSlotSuppressor(), new DriverBaselineAnalyzer());

    [Benchmark(Description = "build with NarrowingAnalyzer")]
    public Task<int> BuildWithNarrowingAnalyzer() => BuildAsync(new StateSlotSuppressor(), new NarrowingAnalyzer());

    /// <summary>Every OPT000x rule, as the package runs them: the narrowing rules and the rules checked for both modes.</summary>
    [Benchmark(Description = "build with NarrowingAnalyzer and PrecisionAnalyzer")]
    public Task<int> BuildWithAllRules() => BuildAsync(new StateSlotSuppressor(), new NarrowingAnalyzer(), new PrecisionAnalyzer());

    private async Task<int> BuildAsync(params DiagnosticAnalyzer[] analyzers)
    {
        Compilation compilation = Generate();
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(analyzers.ToImmutableArray(), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options))
            .GetAllDiagnosticsAsync();
        using var stream = new MemoryStream();
        if (!compilation.Emit(stream).Success)
            throw new System.InvalidOperationException("the synthetic project must emit");
        return diagnostics.Count(d => d.Id.StartsWith("OPT000", System.StringComparison.Ordinal));
    }

    private Compilation Generate() => Generate(trees, options);

    /// <summary>The synthetic project as the package builds it: a new compilation, through the generator.</summary>
    internal static Compilation Generate(ImmutableArray<SyntaxTree> trees, BuildPropertyOptions options)
    {
        CSharpCompilation compilation = CSharpCompilation.Create("Synthetic", trees, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new[] { new OptimizerGenerator().AsSourceGenerator() },
                parseOptions: (CSharpParseOptions)trees[0].Options, optionsProvider: options)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _);
        return generated;
    }
}

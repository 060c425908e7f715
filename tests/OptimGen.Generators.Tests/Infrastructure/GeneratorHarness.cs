using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Testing;

namespace OptimGen.Generators.Tests.Infrastructure;

/// <summary>Runs the generator on in-memory sources the way the compiler does in a consumer project.</summary>
internal static class GeneratorHarness
{
    /// <summary>C# 12.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    /// <summary>The .NET 8 reference assemblies (no download at test time) and the OptimGen runtime.</summary>
    public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net80.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(OptimGen.OptimizerAttribute).Assembly.Location))
        .ToImmutableArray();

    public static CSharpCompilation Compile(params string[] sources) => Compile(ParseOptions, sources);

    public static CSharpCompilation Compile(CSharpParseOptions parseOptions, params string[] sources) =>
        Compile(parseOptions, OutputKind.DynamicallyLinkedLibrary, sources);

    /// <summary>As a project of <paramref name="kind"/> (an executable for top-level statements).</summary>
    public static CSharpCompilation Compile(CSharpParseOptions parseOptions, OutputKind kind, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"/src/Spec{i}.cs")),
            References,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(string? precision, CSharpParseOptions? parseOptions = null)
    {
        return CSharpGeneratorDriver.Create(
            new[] { new OptimizerGenerator().AsSourceGenerator() },
            parseOptions: parseOptions ?? ParseOptions,
            optionsProvider: BuildPropertyOptions.ForPrecision(precision),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator; returns its result and the compilation with the generated files added.</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(CSharpCompilation compilation, string? precision = "Double")
    {
        var parseOptions = (CSharpParseOptions)compilation.SyntaxTrees.First().Options;
        GeneratorDriver driver = CreateDriver(precision, parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return (driver.GetRunResult().Results.Single(), output);
    }

    /// <summary>The generated source with the given hint name.</summary>
    public static string Source(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.SingleOrDefault(s => s.HintName == hintName).SourceText?.ToString()
        ?? throw new InvalidOperationException($"No generated file '{hintName}'; generated: {string.Join(", ", result.GeneratedSources.Select(s => s.HintName))}");

    /// <summary>What <see cref="OptimGen.Analyzers.Specs.SpecAnalyzer"/> reports on <paramref name="output"/> (OPT1xxx).</summary>
    public static async System.Threading.Tasks.Task<ImmutableArray<Diagnostic>> SpecDiagnostics(Compilation output, string? precision = "Double") =>
        await output.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new OptimGen.Analyzers.Specs.SpecAnalyzer()),
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, BuildPropertyOptions.ForPrecision(precision)))
            .GetAnalyzerDiagnosticsAsync();
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Analyzers.Narrowing;
using OptimGen.Analyzers.Precision;
using OptimGen.Testing;
using OptimGen.Analyzers.Tests.Infrastructure;
using OptimGen.Generators;
using Xunit.Abstractions;

namespace OptimGen.Analyzers.Tests;

/// <summary>
/// Every spec this repository ships and every file the generator writes (the built-in optimizers, each
/// spec's State/Init/Step/Scan, the aliases) yields no OPT diagnostic in either mode (OPT0004–OPT0006, checked for
/// both modes, included), with generated-code
/// analysis on. The specs are found, not listed: every C# file under <c>src/</c>, <c>tests/</c> and
/// <c>samples/</c> that declares an <c>[Optimizer]</c> goes into one compilation with the generator.
/// </summary>
public sealed class DogfoodTests
{
    /// <summary>Folders whose specs are wrong on purpose, or that the generator embeds.</summary>
    private static readonly string[] DeliberatelyWrong =
    {
        "samples/SeedBug",                     // optax#1210 in C#: must fail with OPT0002 in Double mode
        "tests/OptimGen.Ide.Tests",            // the seed's line, for the language-server test
        "src/OptimGen.Optimizers",             // the built-ins: embedded in the generator, checked as generated code
    };


    private readonly ITestOutputHelper output;

    public DogfoodTests(ITestOutputHelper output) => this.output = output;

    [Theory]
    [InlineData(Mode.Double)]
    [InlineData(Mode.Single)]
    public async Task Yields_no_OPT_diagnostic(Mode mode)
    {
        string[] specFiles = SpecFiles().ToArray();
        var options = BuildPropertyOptions.ForPrecision(mode.ToString());
        CSharpCompilation compilation = CSharpCompilation.Create("Dogfood",
            specFiles.Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(RepositoryRoot, path)), ParseOptions, path)),
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new[] { new OptimizerGenerator().AsSourceGenerator() }, parseOptions: ParseOptions, optionsProvider: options)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _);

        Assert.Empty(generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        int generatedSpecs = generated.SyntaxTrees.Count(tree => tree.FilePath.Contains("OptimGen.Generators") && DeclaresSpec(tree));
        Assert.True(generatedSpecs >= 8, $"expected the built-in optimizers among the generated files, found {generatedSpecs} specs");

        ImmutableArray<Diagnostic> diagnostics = await generated
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NarrowingAnalyzer(analyzeGeneratedCode: true), new PrecisionAnalyzer(analyzeGeneratedCode: true)),
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options))
            .GetAnalyzerDiagnosticsAsync();
        output.WriteLine($"{mode}: {specFiles.Length} shipped spec files ({string.Join(", ", specFiles)}), {generatedSpecs} built-in specs, "
            + $"{generated.SyntaxTrees.Count()} files, {TransitionScope.Compute(generated, new StateSlots(), default).Count} bodies in transitions");
        Assert.Empty(diagnostics);

        // The other-mode check really ran over the shipped transitions, and nothing failed inside it.
        PrecisionFindings precision = PrecisionFindings.Compute(generated, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options),
            mode == Mode.Single ? OptimGen.Specs.Model.PrecisionMode.Single : OptimGen.Specs.Model.PrecisionMode.Double, analyzeGeneratedCode: true, default);
        output.WriteLine($"{mode}: {precision.ScopeMethods} transition methods walked, {precision.OtherModeMethods} bound in the other mode");
        Assert.Null(precision.Failure);
        Assert.True(precision.OtherModeMethods >= generatedSpecs, $"{precision.OtherModeMethods} methods checked in the other mode");
    }

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    internal static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Every C# file of the repository that declares a spec, relative to the root, except the deliberately wrong ones.</summary>
    private static IEnumerable<string> SpecFiles() =>
        new[] { "src", "tests", "samples" }
            .SelectMany(top => Directory.EnumerateFiles(Path.Combine(RepositoryRoot, top), "*.cs", SearchOption.AllDirectories))
            .Where(path => !IsBuildOutput(path))
            .Select(path => Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/'))
            .Where(path => !DeliberatelyWrong.Any(excluded => path.StartsWith(excluded + "/", StringComparison.Ordinal)))
            .Where(path => DeclaresSpec(CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(RepositoryRoot, path)), ParseOptions)))
            .OrderBy(path => path, StringComparer.Ordinal);

    /// <summary>A class with an <c>[Optimizer]</c> attribute (not the text of one inside a string).</summary>
    private static bool DeclaresSpec(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>()
            .Any(attribute => attribute.Name.ToString() is "Optimizer" or "OptimizerAttribute" or "OptimGen.Optimizer" or "OptimGen.OptimizerAttribute");

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}");

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "OptimGen.sln")))
                return directory.FullName;
        throw new InvalidOperationException("OptimGen.sln not found above " + AppContext.BaseDirectory);
    }
}

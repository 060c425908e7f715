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
using OptimGen.Analyzers.Tests.Infrastructure;
using OptimGen.Generators;
using Xunit.Abstractions;

namespace OptimGen.Analyzers.Tests;

/// <summary>
/// Every spec this repository ships and every file the generator writes (the built-in optimizers, each
/// spec's State/Init/Step/Scan, the aliases) yields no OPT diagnostic in either mode, with generated-code
/// analysis on. The specs are found, not listed: in every folder under <c>src/</c>, <c>tests/</c> and
/// <c>samples/</c>, the C# files that declare an <c>[Optimizer]</c> are compiled together with the generator.
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

    public static TheoryData<string, Mode> Folders()
    {
        var data = new TheoryData<string, Mode>();
        foreach (string folder in SpecFolders().Prepend(string.Empty))
        {
            data.Add(folder, Mode.Double);
            data.Add(folder, Mode.Single);
        }

        return data;
    }

    /// <param name="folder">A folder of shipped specs, relative to the repository; empty for the built-ins alone.</param>
    [Theory]
    [MemberData(nameof(Folders))]
    public async Task Yields_no_OPT_diagnostic(string folder, Mode mode)
    {
        IEnumerable<SyntaxTree> sources = folder.Length == 0
            ? Enumerable.Empty<SyntaxTree>()
            : Directory.GetFiles(Path.Combine(RepositoryRoot, folder), "*.cs")
                .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions, path))
                .Where(DeclaresSpec);
        var options = BuildPropertyOptions.ForPrecision(mode.ToString());
        CSharpCompilation compilation = CSharpCompilation.Create("Dogfood", sources, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new[] { new OptimizerGenerator().AsSourceGenerator() }, parseOptions: ParseOptions, optionsProvider: options)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _);

        Assert.Empty(generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        int generatedSpecs = generated.SyntaxTrees.Count(tree => tree.FilePath.Contains("OptimGen.Generators") && DeclaresSpec(tree));
        Assert.True(generatedSpecs >= 8, $"expected the built-in optimizers among the generated files, found {generatedSpecs} specs");

        ImmutableArray<Diagnostic> diagnostics = await generated
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NarrowingAnalyzer(analyzeGeneratedCode: true)), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options))
            .GetAnalyzerDiagnosticsAsync();
        output.WriteLine($"{folder} ({mode}): {generated.SyntaxTrees.Count()} files, {generatedSpecs} generated specs, {TransitionScope.Compute(generated, default).Count} methods in transitions");
        Assert.Empty(diagnostics);
    }

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    internal static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static IEnumerable<string> SpecFolders() =>
        new[] { "src", "tests", "samples" }
            .SelectMany(top => Directory.EnumerateFiles(Path.Combine(RepositoryRoot, top), "*.cs", SearchOption.AllDirectories))
            .Where(path => !IsBuildOutput(path) && DeclaresSpec(CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions)))
            .Select(path => Path.GetRelativePath(RepositoryRoot, Path.GetDirectoryName(path)!).Replace('\\', '/'))
            .Where(folder => !DeliberatelyWrong.Any(excluded => folder == excluded || folder.StartsWith(excluded + "/", StringComparison.Ordinal)))
            .Distinct()
            .OrderBy(folder => folder, StringComparer.Ordinal);

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

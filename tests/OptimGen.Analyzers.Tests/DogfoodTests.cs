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
/// Every spec this repository ships and every file the generator writes for them (each spec's
/// State/Init/Step/Scan, the aliases) yields no OPT diagnostic in either mode, with generated-code analysis on.
/// The built-in optimizers (every C# file of <c>src/OptimGen.Optimizers</c>) are compiled first, as their
/// assembly <c>OptimGen.Optimizers.{mode}</c>; then every other C# file under <c>src/</c>, <c>tests/</c> and
/// <c>samples/</c> that declares an <c>[Optimizer]</c> goes into one compilation that references it, as a
/// consumer's does. The specs are found, not listed. OPT0004–OPT0006 (checked for both modes) are included.
/// </summary>
public sealed class DogfoodTests
{
    private const string BuiltInsFolder = "src/OptimGen.Optimizers";

    /// <summary>Folders whose specs are wrong on purpose.</summary>
    private static readonly string[] DeliberatelyWrong =
    {
        "samples/SeedBug",                     // optax#1210 in C#: must fail with OPT0002 in Double mode
        "tests/OptimGen.Ide.Tests",            // the seed's line, for the language-server test
    };

    private readonly ITestOutputHelper output;

    public DogfoodTests(ITestOutputHelper output) => this.output = output;

    [Theory]
    [InlineData(Mode.Double)]
    [InlineData(Mode.Single)]
    public async Task Yields_no_OPT_diagnostic(Mode mode)
    {
        var options = BuildPropertyOptions.ForPrecision(mode.ToString());
        string[] builtInFiles = SourceFiles(BuiltInsFolder).ToArray();
        // Named as the package's assembly, which the runtime's internal kernels are visible to.
        Compilation builtIns = await GenerateAndCheck("OptimGen.Optimizers." + mode, builtInFiles, TestReferences.All, options, mode);
        int builtInSpecs = builtIns.GetSymbolsWithName("State", SymbolFilter.Type).Count(state => state.ContainingNamespace.ToDisplayString() == "OptimGen.Optimizers");
        Assert.True(builtInSpecs >= 8, $"expected a generated State for every built-in optimizer, found {builtInSpecs}");

        string[] specFiles = SpecFiles().ToArray();
        Compilation generated = await GenerateAndCheck("Dogfood", specFiles, TestReferences.All.Add(builtIns.ToMetadataReference()), options, mode);
        output.WriteLine($"{mode}: {builtInFiles.Length} built-in files ({builtInSpecs} specs), {specFiles.Length} other spec files ({string.Join(", ", specFiles)}), "
            + $"{generated.SyntaxTrees.Count()} files, {TransitionScope.Compute(generated, new StateSlots(), default).Count} methods in transitions");
    }

    /// <summary>Runs the generator on the files, requires no compile error and no OPT diagnostic, returns the output.</summary>
    private static async Task<Compilation> GenerateAndCheck(string assemblyName, string[] files, ImmutableArray<MetadataReference> references, BuildPropertyOptions options, Mode mode)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(assemblyName,
            files.Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(RepositoryRoot, path)), ParseOptions, path)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new[] { new OptimizerGenerator().AsSourceGenerator() }, parseOptions: ParseOptions, optionsProvider: options)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _);

        Assert.Empty(generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        ImmutableArray<Diagnostic> diagnostics = await generated
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NarrowingAnalyzer(analyzeGeneratedCode: true), new PrecisionAnalyzer(analyzeGeneratedCode: true)),
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options))
            .GetAnalyzerDiagnosticsAsync();
        Assert.Empty(diagnostics);

        // The other-mode check really ran over the transitions, and nothing failed inside it.
        PrecisionFindings precision = PrecisionFindings.Compute(generated, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options),
            mode == Mode.Single ? OptimGen.Specs.Model.PrecisionMode.Single : OptimGen.Specs.Model.PrecisionMode.Double, analyzeGeneratedCode: true, default);
        Assert.Empty(precision.All(default));
        Assert.Null(precision.Failure);
        Assert.True(precision.OtherModeMethods > 0, $"{assemblyName}: {precision.OtherModeMethods} methods checked in the other mode");
        return generated;
    }

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    internal static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Every C# file of the repository that declares a spec, relative to the root, except the built-ins and the deliberately wrong ones.</summary>
    private static IEnumerable<string> SpecFiles() =>
        new[] { "src", "tests", "samples" }
            .SelectMany(SourceFiles)
            .Where(path => !DeliberatelyWrong.Append(BuiltInsFolder).Any(excluded => path.StartsWith(excluded + "/", StringComparison.Ordinal)))
            .Where(path => DeclaresSpec(CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(RepositoryRoot, path)), ParseOptions)));

    /// <summary>Every C# source file under the folder (relative to the root), build output excluded, in a stable order.</summary>
    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .Select(path => Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/'))
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

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Testing;

namespace OptimGen.SdkCompilerCheck;

/// <summary>One exported case compiled by this SDK's compiler at its C# version, with the generator and the analyzers.</summary>
internal sealed class SdkCompilation
{
    public const string SourceFileName = "Test0.cs";

    private const string SourcePath = "/0/" + SourceFileName;

    /// <summary>The compiler's default, which is what a net10.0 project gets (the SDK sets the TFM's default).</summary>
    public static LanguageVersion LanguageVersion { get; } = LanguageVersion.Default.MapSpecifiedToEffectiveVersion();

    // What `<ImplicitUsings>enable</ImplicitUsings>` adds to a console or library project.
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    public SdkCompilation(ExportedCase exported, ImmutableArray<MetadataReference> references, ImmutableArray<ISourceGenerator> generators,
        ImmutableArray<DiagnosticAnalyzer> analyzers, bool implicitUsings)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion, DocumentationMode.Diagnose);
        var options = new CaseOptions(exported.Mode, exported.EditorConfig);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(exported.Source, parseOptions, SourcePath) };
        if (implicitUsings)
            trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, "/0/obj/TestProject.GlobalUsings.g.cs"));
        CSharpCompilation compilation = CSharpCompilation.Create("TestProject", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true)
                .WithNullableContextOptions(exported.Nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable)
                .WithSyntaxTreeOptionsProvider(options.Severities));
        CSharpGeneratorDriver.Create(generators, parseOptions: parseOptions, optionsProvider: options)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _);
        CompilerErrors = generated.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(ExportedDiagnostic.Of)
            .ToList();
        AnalyzerDiagnostics = generated.WithAnalyzers(analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Select(ExportedDiagnostic.Of)
            .ToList();
    }

    public IReadOnlyList<ExportedDiagnostic> CompilerErrors { get; }

    public IReadOnlyList<ExportedDiagnostic> AnalyzerDiagnostics { get; }
}

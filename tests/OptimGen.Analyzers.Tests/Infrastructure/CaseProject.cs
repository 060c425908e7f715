using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OptimGen.Analyzers.Tests.Cases;

namespace OptimGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// A catalogue case as a workspace project, set up as <see cref="TestSetup"/> sets up the markup tests (the same
/// references, paths, parse and compilation options, the mode's global config, the real generator), so that code
/// fixes can be run on it and their results compiled and analyzed again.
/// </summary>
internal static class CaseProject
{
    public const string SourcePath = "/0/Test0.cs";

    /// <summary>The case's source (markup removed) as the only document of a new solution.</summary>
    public static Document Create(AnalyzerCase testCase, Mode mode)
    {
        string source = MarkupFree(SpecTemplate.Wrap(testCase));

        var workspace = new AdhocWorkspace();
        ProjectId projectId = ProjectId.CreateNewId();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true)
            .WithNullableContextOptions(testCase.NullableProject ? NullableContextOptions.Enable : NullableContextOptions.Disable);
        Solution solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "TestProject", "TestProject", LanguageNames.CSharp,
                filePath: "/0/TestProject.csproj",
                compilationOptions: options,
                parseOptions: new CSharpParseOptions(LanguageVersion.Default, DocumentationMode.Diagnose),
                metadataReferences: TestReferences.All,
                analyzerReferences: new[] { GeneratorReference.Instance }))
            .AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From(PrecisionConfig.For(mode).Content), filePath: PrecisionConfig.For(mode).Path);
        if (testCase.EditorConfig is { } editorConfig)
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(editorConfig), filePath: "/.editorconfig");
        DocumentId documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Test0.cs", SourceText.From(source), filePath: SourcePath);
        return solution.GetDocument(documentId)!;
    }

    /// <summary>The project's compiler diagnostics (generated files included) and the analyzers' diagnostics.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Compiler, ImmutableArray<Diagnostic> Analyzers)> DiagnoseAsync(
        Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        Compilation compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        ImmutableArray<Diagnostic> fromAnalyzers = await compilation
            .WithAnalyzers(analyzers, project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        return (compilation.GetDiagnostics(cancellationToken), fromAnalyzers);
    }

    /// <summary>The source without the catalogue's markup, <c>{|#0:</c> and <c>|}</c>.</summary>
    public static string MarkupFree(string source)
    {
        var text = new System.Text.StringBuilder(source.Length);
        for (int i = 0; i < source.Length; i++)
        {
            if (source[i] == '{' && i + 1 < source.Length && source[i + 1] == '|')
            {
                i = source.IndexOf(':', i);
                continue;
            }

            if (source[i] == '|' && i + 1 < source.Length && source[i + 1] == '}')
            {
                i++;
                continue;
            }

            text.Append(source[i]);
        }

        return text.ToString();
    }
}

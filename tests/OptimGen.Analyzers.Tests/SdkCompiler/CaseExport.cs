using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Analyzers.Tests.Cases;
using OptimGen.Analyzers.Tests.Infrastructure;
using OptimGen.Testing;

namespace OptimGen.Analyzers.Tests.SdkCompiler;

/// <summary>
/// Writes catalogue cases, with the diagnostics every OptimGen analyzer reports on them here (Roslyn 4.8, C# 12), as
/// JSON lines for <c>OptimGen.SdkCompilerCheck</c>, which compiles the same sources with the SDK's own compiler.
/// </summary>
internal static class CaseExport
{
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(Narrowing.NarrowingAnalyzer).Assembly
        .GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
        .Select(type => (DiagnosticAnalyzer)System.Activator.CreateInstance(type)!)
        .ToImmutableArray();

    public static async Task WriteAsync(IEnumerable<(AnalyzerCase Case, Mode Mode)> cases, string path, CancellationToken cancellationToken)
    {
        using var writer = new StreamWriter(path);
        foreach ((AnalyzerCase testCase, Mode mode) in cases)
        {
            Document document = CaseProject.Create(testCase, mode);
            (ImmutableArray<Diagnostic> compiler, ImmutableArray<Diagnostic> analyzers) =
                await CaseProject.DiagnoseAsync(document.Project, Analyzers, cancellationToken).ConfigureAwait(false);
            var line = new ExportedCase(
                testCase.Name,
                mode.ToString(),
                testCase.NullableProject,
                testCase.EditorConfig,
                (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString(),
                compiler.Where(d => d.Severity == DiagnosticSeverity.Error).Select(ExportedDiagnostic.Of).ToArray(),
                analyzers.Select(ExportedDiagnostic.Of).ToArray());
            await writer.WriteLineAsync(JsonSerializer.Serialize(line)).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes cases with the diagnostics they expect rather than those reported here: for code that the Roslyn of the
    /// tests cannot compile. Each expectation is placed at its markup and worded by its rule's descriptor.
    /// </summary>
    public static void WriteExpected(IEnumerable<(AnalyzerCase Case, Mode Mode)> cases, string path)
    {
        ImmutableDictionary<string, DiagnosticDescriptor> descriptors = Analyzers
            .SelectMany(analyzer => analyzer.SupportedDiagnostics)
            .GroupBy(descriptor => descriptor.Id)
            .ToImmutableDictionary(group => group.Key, group => group.First());
        using var writer = new StreamWriter(path);
        foreach ((AnalyzerCase testCase, Mode mode) in cases)
        {
            (string source, IReadOnlyDictionary<int, TextSpanOf> markers) = Markup(SpecTemplate.Wrap(testCase));
            ExportedDiagnostic[] expected = testCase.For(mode)
                .Select(e => new ExportedDiagnostic(e.Id, CaseProject.SourcePath, markers[e.Marker].Start, markers[e.Marker].Length,
                    string.Format(System.Globalization.CultureInfo.InvariantCulture,
                        descriptors[e.Id].MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Arguments)))
                .ToArray();
            var line = new ExportedCase(testCase.Name, mode.ToString(), testCase.NullableProject, testCase.EditorConfig, source,
                System.Array.Empty<ExportedDiagnostic>(), expected);
            writer.WriteLine(JsonSerializer.Serialize(line));
        }
    }

    /// <summary>The source without its markup <c>{|#n:...|}</c>, and where each numbered marker's text is in it.</summary>
    private static (string Source, IReadOnlyDictionary<int, TextSpanOf> Markers) Markup(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var open = new Stack<(int Marker, int Start)>();
        var markers = new Dictionary<int, TextSpanOf>();
        for (int i = 0; i < marked.Length; i++)
        {
            if (string.CompareOrdinal(marked, i, "{|#", 0, 3) == 0)
            {
                int colon = marked.IndexOf(':', i);
                open.Push((int.Parse(marked.Substring(i + 3, colon - i - 3), System.Globalization.CultureInfo.InvariantCulture), text.Length));
                i = colon;
                continue;
            }

            if (string.CompareOrdinal(marked, i, "|}", 0, 2) == 0 && open.Count > 0)
            {
                (int marker, int start) = open.Pop();
                markers[marker] = new TextSpanOf(start, text.Length - start);
                i++;
                continue;
            }

            text.Append(marked[i]);
        }

        return (text.ToString(), markers);
    }

    private readonly record struct TextSpanOf(int Start, int Length);
}

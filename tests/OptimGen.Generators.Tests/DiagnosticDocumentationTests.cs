using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using OptimGen.Conventions;
using OptimGen.Specs.Diagnostics;

namespace OptimGen.Generators.Tests;

/// <summary>Every spec diagnostic has a stable id, a title, a help link to its page in docs/diagnostics, and a release-tracking entry.</summary>
public sealed class DiagnosticDocumentationTests
{
    public static TheoryData<string> Ids() => new(Descriptors().Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_to_an_existing_page(string id)
    {
        DiagnosticDescriptor descriptor = Descriptors().Single(d => d.Id == id);

        Assert.Matches("^OPT1[0-9]{3}$", id);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
        Assert.Equal(SpecConventions.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        string page = Path.Combine(RepositoryRoot(), "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), page);
        Assert.StartsWith($"# {id}: {descriptor.Title}", File.ReadAllText(page));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |",
            File.ReadAllText(Path.Combine(RepositoryRoot(), "generators", "OptimGen.Generators", "AnalyzerReleases.Unshipped.md")));
    }

    private static DiagnosticDescriptor[] Descriptors() =>
        typeof(SpecDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToArray();

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
}

using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using OptimGen.Analyzers.Narrowing;
using OptimGen.Analyzers.Precision;

namespace OptimGen.Analyzers.Tests;

/// <summary>Every rule links to its documentation, which exists, and is listed in the release tracking file.</summary>
public sealed class DescriptorTests
{
    public static TheoryData<string> Ids() => new() { "OPT0001", "OPT0002", "OPT0003", "OPT0004", "OPT0005", "OPT0006" };

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_is_documented_and_tracked(string id)
    {
        DiagnosticDescriptor descriptor = new NarrowingAnalyzer().SupportedDiagnostics.Concat(new PrecisionAnalyzer().SupportedDiagnostics).Single(d => d.Id == id);
        Assert.Equal($"https://github.com/OptimGen/OptimGen/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);

        string doc = File.ReadAllText(Path.Combine(DogfoodTests.RepositoryRoot, "docs", "diagnostics", id + ".md"));
        Assert.StartsWith($"# {id}: ", doc);
        foreach (string section in new[] { "## What it reports", "## Why", "## How to fix", "## How to suppress" })
            Assert.Contains(section, doc);

        string releases = File.ReadAllText(Path.Combine(DogfoodTests.RepositoryRoot, "analyzers", "OptimGen.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", releases);
    }
}

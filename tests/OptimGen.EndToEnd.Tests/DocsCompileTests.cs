using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// Every C# block of README.md, the package page's README (src/OptimGen.Package/README.md) and docs/*.md marked <c>```csharp compile</c> builds against the packed package,
/// in both precision modes, without a warning: the blocks of one page form one project (one block may use
/// top-level statements), so examples cannot drift from the code.
/// </summary>
[Collection(PackageCollections.First)]
public sealed partial class DocsCompileTests
{
    private readonly PackageFixture package;

    public DocsCompileTests(PackageFixture package) => this.package = package;

    /// <summary>Each page with compilable blocks, relative to the repository root.</summary>
    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string>();
        foreach (string page in MarkdownPages().Where(p => Blocks(p).Count > 0))
            pages.Add(page);
        return pages;
    }

    [Fact]
    public void The_readme_and_the_spec_reference_have_compilable_blocks()
    {
        Assert.True(Blocks("README.md").Count >= 2, "README.md's quick start is marked ```csharp compile");
        Assert.NotEmpty(Blocks(Path.Combine("docs", "spec.md")));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_marked_blocks_of_a_page_build_against_the_package_in_both_modes(string page)
    {
        var consumer = new ConsumerProject(package, "Docs" + Regex.Replace(page, "[^A-Za-z0-9]", "_"));
        IReadOnlyList<string> blocks = Blocks(page);
        // The console template's Program.cs stays as the entry point of a page whose blocks declare types only.
        if (blocks.Any(block => TopLevelStatement().IsMatch(block)))
            File.Delete(Path.Combine(consumer.Directory, "Program.cs"));
        for (int i = 0; i < blocks.Count; i++)
            consumer.Write($"Block{i + 1}.cs", blocks[i]);

        foreach (string precision in new[] { "Double", "Single" })
        {
            DotNet.Result build = consumer.Run("build", "-c", "Release", $"-p:OptimGenPrecision={precision}")
                .ShouldSucceed($"{page}'s blocks in {precision} mode");
            Assert.Contains("0 Warning(s)", build.Output);
        }
    }

    private static IEnumerable<string> MarkdownPages() =>
        new[] { "README.md", Path.Combine("src", "OptimGen.Package", "README.md") }.Concat(Directory.GetFiles(Repository.PathOf("docs"), "*.md")
            .Select(path => Path.Combine("docs", Path.GetFileName(path))).OrderBy(p => p, System.StringComparer.Ordinal));

    private static IReadOnlyList<string> Blocks(string page) =>
        CompileBlock().Matches(File.ReadAllText(Repository.PathOf(page.Split(Path.DirectorySeparatorChar))).Replace("\r\n", "\n"))
            .Select(m => m.Groups["code"].Value)
            .ToList();

    /// <summary>A line at column 0 that is not a directive, a declaration, an attribute, a brace or a comment.</summary>
    [GeneratedRegex(@"^(?!using |namespace |\[|public |internal |sealed |static |partial |abstract |readonly |file |struct |class |record |interface |enum |//|/\*|\{|\}|\s|$)", RegexOptions.Multiline)]
    private static partial Regex TopLevelStatement();

    [GeneratedRegex(@"^```csharp compile\n(?<code>.*?)^```\s*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CompileBlock();
}

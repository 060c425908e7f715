using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// What a package page and a debugger show, read from the packed packages: the nuspec's license, icon, readme,
/// URLs, repository and release notes; a readme written for a package page; the diagnostics' help links under
/// the declared repository; symbols packages whose PDBs SourceLink to that repository at a commit;
/// deterministic assemblies.
/// </summary>
[Collection(PackageCollections.First)]
public sealed class PackageMetadataTests
{
    /// <summary>The SourceLink custom debug information of a portable PDB.</summary>
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private readonly PackageFixture package;

    public PackageMetadataTests(PackageFixture package) => this.package = package;

    [Theory]
    [InlineData("OptimGen")]
    [InlineData("OptimGen.MathNet")]
    public void The_nuspec_declares_license_icon_readme_urls_repository_and_release_notes(string id)
    {
        using ZipArchive archive = ZipFile.OpenRead(PackagePath(id));
        XElement metadata = Metadata(archive);

        Assert.Equal("expression", (string?)Element(metadata, "license").Attribute("type"));
        Assert.Equal("MIT", Element(metadata, "license").Value);
        string repository = RepositoryUrl(metadata);
        Assert.Matches("^https://github.com/[^/]+/[^/]+$", repository);
        Assert.Equal(repository, Element(metadata, "projectUrl").Value);
        Assert.Equal("git", (string?)Element(metadata, "repository").Attribute("type"));
        Assert.Matches("^[0-9a-f]{40}$", (string?)Element(metadata, "repository").Attribute("commit") ?? "");
        Assert.False(string.IsNullOrWhiteSpace(Element(metadata, "releaseNotes").Value));
        Assert.False(string.IsNullOrWhiteSpace(Element(metadata, "description").Value));

        byte[] icon = Read(archive, Element(metadata, "icon").Value);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, icon.Take(4));

        string readme = Encoding.UTF8.GetString(Read(archive, Element(metadata, "readme").Value));
        Assert.StartsWith("# " + id, readme);
        Assert.Contains("dotnet add package " + id, readme);
        string[] links = Regex.Matches(readme, @"\]\(([^)]+)\)").Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Matches("^https://", link));
        Assert.Contains(links, link => link.StartsWith(repository + "/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_OptimGen_readme_has_the_two_minute_start_and_every_diagnostic_linked_under_the_repository()
    {
        using ZipArchive archive = ZipFile.OpenRead(package.PackagePath);
        string repository = RepositoryUrl(Metadata(archive));
        string readme = Encoding.UTF8.GetString(Read(archive, "README.md"));

        Assert.Contains("## Two-minute start", readme);
        Assert.Contains("dotnet new console", readme);
        Assert.Contains("[Optimizer]", readme);
        foreach (string id in new[] { "OPT0001", "OPT0002", "OPT0003", "OPT1090", "OPT1091" })
            Assert.Contains($"| [{id}]({repository}/blob/main/docs/diagnostics/{id}.md) |", readme);
    }

    [Fact]
    public void The_diagnostics_help_links_and_the_package_targets_links_are_under_the_declared_repository()
    {
        using ZipArchive archive = ZipFile.OpenRead(package.PackagePath);
        string helpLinkBase = RepositoryUrl(Metadata(archive)) + "/blob/main/docs/diagnostics/";

        // The generator and the analyzer hold their help links as string constants (UTF-16 in the assembly).
        foreach ((string assembly, string id) in new[] { ("OptimGen.Generators", "OPT1020"), ("OptimGen.Analyzers", "OPT0002") })
        {
            byte[] bytes = Read(archive, $"analyzers/dotnet/cs/{assembly}.dll");
            Assert.True(Contains(bytes, Encoding.Unicode.GetBytes(helpLinkBase + id + ".md")), $"{assembly} has no help link {helpLinkBase}{id}.md");
        }

        XDocument links = XDocument.Parse(Encoding.UTF8.GetString(Read(archive, "buildTransitive/OptimGen.Links.props")));
        Assert.Equal(helpLinkBase, links.Descendants().Single(e => e.Name.LocalName == "OptimGenHelpLinkBase").Value);
    }

    [Theory]
    [InlineData("OptimGen", "lib/net8.0/OptimGen")]
    [InlineData("OptimGen.MathNet", "lib/net8.0/OptimGen.MathNet")]
    public void The_symbols_package_holds_a_PDB_that_SourceLinks_to_the_repository(string id, string assembly)
    {
        string repository;
        byte[] dll;
        using (ZipArchive archive = ZipFile.OpenRead(PackagePath(id)))
        {
            XElement metadata = Metadata(archive);
            repository = RepositoryUrl(metadata);
            dll = Read(archive, assembly + ".dll");
        }

        using ZipArchive symbols = ZipFile.OpenRead(id == "OptimGen" ? package.SymbolsPackagePath : package.MathNetSymbolsPackagePath);
        using var pdb = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(Read(symbols, assembly + ".pdb")));
        MetadataReader reader = pdb.GetMetadataReader();
        string sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == SourceLinkKind)
            .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .Single();
        // The commit the assembly was compiled at: the packed one, or an earlier one when an incremental build
        // found nothing to recompile since.
        string raw = repository.Replace("https://github.com/", "https://raw.githubusercontent.com/");
        Assert.Matches($"\"{Regex.Escape(raw)}/[0-9a-f]{{40}}/\\*\"", sourceLink);

        // Deterministic: the assembly carries the reproducible-build marker, and its PDB is the one packed.
        using var pe = new PEReader(new MemoryStream(dll));
        Assert.Contains(pe.ReadDebugDirectory(), entry => entry.Type == DebugDirectoryEntryType.Reproducible);
        DebugDirectoryEntry codeView = pe.ReadDebugDirectory().Single(entry => entry.Type == DebugDirectoryEntryType.CodeView);
        Assert.Equal(new BlobContentId(pe.ReadCodeViewDebugDirectoryData(codeView).Guid, codeView.Stamp), new BlobContentId(reader.DebugMetadataHeader!.Id));

        // A CI build (CI=true, as .ci/run runs in CI) maps the source paths to /_/, so the bits do not depend on
        // the machine: no document keeps this clone's path.
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            string[] documents = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).ToArray();
            Assert.Contains(documents, path => path.StartsWith("/_/", StringComparison.Ordinal));
            Assert.DoesNotContain(documents, path => path.StartsWith(Infrastructure.Repository.Root, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_OptimGen_package_carries_both_built_in_assemblies_outside_lib()
    {
        using ZipArchive archive = ZipFile.OpenRead(package.PackagePath);
        string[] entries = archive.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("optimizers/net8.0/OptimGen.Optimizers.Double.dll", entries);
        Assert.Contains("optimizers/net8.0/OptimGen.Optimizers.Single.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Optimizers"));
    }

    private string PackagePath(string id) => id == "OptimGen" ? package.PackagePath : package.MathNetPackagePath;

    private static XElement Metadata(ZipArchive archive)
    {
        using Stream nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static XElement Element(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name) ?? throw new Xunit.Sdk.XunitException($"the nuspec has no <{name}>");

    private static string RepositoryUrl(XElement metadata) => (string?)Element(metadata, "repository").Attribute("url") ?? "";

    private static byte[] Read(ZipArchive archive, string entry)
    {
        using Stream stream = (archive.GetEntry(entry) ?? throw new Xunit.Sdk.XunitException($"the package has no {entry}")).Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}

using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>The one package a user adds: what it holds, and the contract's spec built from it in both modes.</summary>
[Collection(PackageCollections.Second)]
public sealed class PackageTests
{
    private readonly PackageFixture package;

    public PackageTests(PackageFixture package) => this.package = package;

    [Fact]
    public void The_package_holds_the_runtime_the_analyzers_and_the_precision_switch()
    {
        using ZipArchive archive = ZipFile.OpenRead(package.PackagePath);
        string[] entries = archive.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("lib/net8.0/OptimGen.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/OptimGen.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/OptimGen.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/OptimGen.CodeFixes.dll", entries);
        Assert.Contains("buildTransitive/OptimGen.props", entries);
        Assert.Contains("buildTransitive/OptimGen.targets", entries);

        using Stream nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        string[] dependencies = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string)e.Attribute("id")!).ToArray();
        Assert.Equal(new[] { "System.Numerics.Tensors" }, dependencies);
    }

    [Fact]
    public void The_MathNet_interop_is_its_own_package_on_top_of_OptimGen()
    {
        using ZipArchive archive = ZipFile.OpenRead(package.MathNetPackagePath);

        Assert.Contains("lib/net8.0/OptimGen.MathNet.dll", archive.Entries.Select(e => e.FullName));
        Assert.DoesNotContain(archive.Entries, e => e.FullName.StartsWith("analyzers/"));
        using Stream nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        string[] dependencies = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string)e.Attribute("id")!).OrderBy(id => id).ToArray();
        Assert.Equal(new[] { "MathNet.Numerics", "OptimGen" }, dependencies);
    }

    [Theory]
    [InlineData("Double", "Int64", "Double[]")]
    [InlineData("Single", "Int32", "Single[]")]
    public void The_contract_spec_builds_without_warnings_and_runs(string precision, string integer, string realArray)
    {
        var consumer = new ConsumerProject(package, "HeavyBall" + precision);
        consumer.Write("HeavyBall.cs", ConsumerSources.ContractHeavyBall);
        consumer.Write("Program.cs", ConsumerSources.Program);
        consumer.Write(".editorconfig", ConsumerSources.StrictEditorConfig);

        DotNet.Result build = consumer.Run("build", "-c", "Release", $"-p:OptimGenPrecision={precision}", "-p:EnforceCodeStyleInBuild=true")
            .ShouldSucceed("dotnet build");
        Assert.Contains("0 Warning(s)", build.Output);

        string output = consumer.Run("run", "-c", "Release", "--no-build").ShouldSucceed("dotnet run").Output;
        Assert.Contains($"Precision: {precision}", output);
        Assert.Contains($"HeavyBall.State.Steps: {integer}", output);
        Assert.Contains($"HeavyBall.State.Velocity: {realArray}", output);
        Assert.Contains($"HeavyBall.State.History: {realArray}", output);
        Assert.Contains($"Lbfgs.State.NumLinesearchSteps: {integer}", output);
        Assert.Contains("HeavyBall converged: True", output);
        Assert.Contains("Lbfgs converged: True", output);
    }

    [Fact]
    public void The_package_turns_the_seed_bug_and_an_unknown_precision_into_build_errors()
    {
        var consumer = new ConsumerProject(package, "SeedBug");
        consumer.Write("Program.cs", ConsumerSources.SeedBug);

        DotNet.Result seedBug = consumer.Run("build", "-p:OptimGenPrecision=Double");
        Assert.NotEqual(0, seedBug.ExitCode);
        Assert.Contains("error OPT0002: Slot 'NumLinesearchSteps' is Integer (Int64 in Double mode) but is assigned an Int32 value", seedBug.Output);

        consumer.Run("build", "-p:OptimGenPrecision=Single").ShouldSucceed("the Single-mode build");

        DotNet.Result unknown = consumer.Run("build", "-p:OptimGenPrecision=Quad");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("error OPT1020: The MSBuild property OptimGenPrecision is 'Quad'; the allowed values are 'Double' (the default) and 'Single'", unknown.Output);
    }
}

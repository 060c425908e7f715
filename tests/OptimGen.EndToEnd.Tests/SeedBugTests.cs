using System;
using System.IO;
using System.Linq;
using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// samples/SeedBug, the optax#1210 mistake in C#: a build error in Double mode; in Single mode it builds, with the
/// other-mode check's warning OPT0006 at the same place naming Double mode.
/// </summary>
public sealed class SeedBugTests
{
    private static readonly string Project = Repository.PathOf("samples", "SeedBug", "SeedBug.csproj");

    [Fact]
    public void Double_mode_build_fails_with_OPT0002_at_the_copy_of_the_counter_and_Single_mode_builds_warning_of_it()
    {
        string at = SourcePosition.Of(File.ReadAllText(Repository.PathOf("samples", "SeedBug", "LinesearchDescent.cs")),
            "state.NumLinesearchSteps = search.NumSteps;", "search.NumSteps");

        DotNet.Result doubleMode = Build("Double");
        Assert.NotEqual(0, doubleMode.ExitCode);
        Assert.Contains(
            $"LinesearchDescent.cs{at}: error OPT0002: Slot 'NumLinesearchSteps' is Integer (Int64 in Double mode) but is assigned an Int32 value",
            doubleMode.Output);
        Assert.Single(doubleMode.Output.Split('\n').Where(l => l.Contains(" error ")).Select(l => l.Trim()).Distinct());

        DotNet.Result singleMode = Build("Single");
        singleMode.ShouldSucceed("the Single-mode build of samples/SeedBug");
        Assert.Contains(
            $"LinesearchDescent.cs{at}: warning OPT0006: OPT0002 in Double mode: Slot 'NumLinesearchSteps' is Integer (Int64 in Double mode) but is assigned an Int32 value",
            singleMode.Output);
    }

    private static DotNet.Result Build(string precision) =>
        DotNet.Run(Repository.Root, null, TimeSpan.FromMinutes(5),
            "build", Project, "-c", Repository.Configuration, $"-p:OptimGenPrecision={precision}",
            "-p:BuildProjectReferences=false");
}

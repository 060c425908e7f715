using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OptimGen.Analyzers.Tests.Cases;
using OptimGen.Analyzers.Tests.Infrastructure;
using OptimGen.Analyzers.Tests.Precision;
using OptimGen.Analyzers.Tests.SdkCompiler;
using Xunit.Abstractions;

namespace OptimGen.Analyzers.Tests;

/// <summary>
/// These tests run on Roslyn 4.8 at C# 12, the version the analyzer is built against. A user's <c>dotnet build</c> runs
/// the SDK's compiler instead: a newer Roslyn at a newer C# version (C# 14 for net10.0). C# 14 converts arrays to spans
/// without a user-defined operator, adds overloads to overload resolution, and gives some constructs new operation
/// shapes. Here catalogue cases are compiled again by <c>OptimGen.SdkCompilerCheck</c>, in a process of its own, with
/// that compiler, the net10.0 reference pack, the generator and every OptimGen analyzer. Every case must compile and
/// report what it reports here (compiler errors by id and line: their wording and the argument they name are each compiler's own), in a project
/// as written here and in one with <c>ImplicitUsings</c> on. CI runs a fixed sample: every <see cref="SampleEvery"/>-th
/// case of each catalogue, a different half of the sample for each kind of project, each case in the mode the catalogue
/// tests here do not run it in (<see cref="CatalogueSample"/>), so that between the two it is checked in both.
/// <c>OPTIMGEN_SDK_ALL=1</c> runs every case in both modes and both kinds of project.
/// </summary>
public sealed class SdkCompilerTests
{
    private const int SampleEvery = 24;

    private static readonly bool All = Environment.GetEnvironmentVariable("OPTIMGEN_SDK_ALL") == "1";

    private readonly ITestOutputHelper output;

    public SdkCompilerTests(ITestOutputHelper output) => this.output = output;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Catalogue_cases_report_the_same_with_the_sdk_compiler(bool implicitUsings)
    {
        int offset = implicitUsings ? SampleEvery / 2 : 0;
        IEnumerable<(AnalyzerCase, Mode)> cases = CaseCatalogue.All.Where((_, index) => Sampled(index, offset))
            .Concat(PrecisionCaseCatalogue.All.Where((_, index) => Sampled(index, offset)))
            .Where(testCase => !testCase.SplitFiles)
            .SelectMany(testCase => new[] { Mode.Double, Mode.Single }.Where(mode => All || !CatalogueSample.Runs(testCase, mode)).Select(mode => (testCase, mode)));
        string exported = Path.Combine(Path.GetTempPath(), $"optimgen-sdk-cases-{Guid.NewGuid():N}.jsonl");
        try
        {
            await CaseExport.WriteAsync(cases, exported, CancellationToken.None);
            (int exitCode, string report) = await RunCheckAsync(exported, implicitUsings);
            output.WriteLine(report);
            Assert.True(exitCode == 0, report);
        }
        finally
        {
            File.Delete(exported);
        }
    }

    /// <summary>
    /// Code in C# 13 and 14 (<see cref="ModernCSharpCases"/> and the eighth fresh-eyes round's, <see cref="FreshEyesCasesRound8"/>),
    /// against its expectations, in both modes, in one run of the check. Of the round, CI runs the cases that found bugs and
    /// every <see cref="SampleEvery"/>-th other one (a compilation here costs about half a second); <c>OPTIMGEN_SDK_ALL=1</c> runs all.
    /// </summary>
    [Fact]
    public async Task Modern_csharp_cases_report_what_they_expect()
    {
        string exported = Path.Combine(Path.GetTempPath(), $"optimgen-sdk-modern-{Guid.NewGuid():N}.jsonl");
        try
        {
            IEnumerable<AnalyzerCase> cases = ModernCSharpCases.All()
                .Concat(FreshEyesCasesRound8.FoundBugs())
                .Concat(FreshEyesCasesRound8.ModernSample().Where((_, index) => Sampled(index, offset: 0)));
            CaseExport.WriteExpected(cases.SelectMany(testCase => new[] { (testCase, Mode.Double), (testCase, Mode.Single) }), exported);
            (int exitCode, string report) = await RunCheckAsync(exported, implicitUsings: true);
            output.WriteLine(report);
            Assert.True(exitCode == 0, report);
        }
        finally
        {
            File.Delete(exported);
        }
    }

    private static bool Sampled(int index, int offset) => All || index % SampleEvery == offset;

    private static async Task<(int ExitCode, string Report)> RunCheckAsync(string exported, bool implicitUsings)
    {
        string buildOutput = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(SdkCompilerCheck.Path);
        start.ArgumentList.Add(exported);
        start.ArgumentList.Add(buildOutput);
        start.ArgumentList.Add(SdkCompilerCheck.ReferencePack);
        if (implicitUsings)
            start.ArgumentList.Add("--implicit-usings");
        using Process process = Process.Start(start)!;
        Task<string> standardOutput = process.StandardOutput.ReadToEndAsync();
        Task<string> standardError = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await standardOutput + await standardError);
    }
}

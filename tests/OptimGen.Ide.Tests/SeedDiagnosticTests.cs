using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace OptimGen.Ide.Tests;

/// <summary>
/// The analyzer in a real IDE: csharp-ls 0.28.0 opens <c>TestProject</c> (the seed's mistake, Double mode) and,
/// asked through <c>textDocument/diagnostic</c> like an editor asks, reports OPT0002 on the seed's line.
/// csharp-ls runs analyzers only when the client answers its <c>workspace/configuration</c> request for
/// section <c>csharp</c> with <c>analyzersEnabled: true</c>.
/// </summary>
public sealed class SeedDiagnosticTests
{
    /// <summary>Generous for a cold solution load on two cores, but bounded.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    private readonly ITestOutputHelper output;

    public SeedDiagnosticTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task Language_server_reports_OPT0002_on_the_seed_line()
    {
        string workspace = PrepareWorkspace();
        string seed = Path.Combine(workspace, "Seed.cs");
        int seedLine = Array.FindIndex(File.ReadAllLines(seed), line => line.Contains("state.NumLinesearchSteps = zoom.NumSteps;"));
        Assert.True(seedLine >= 0);

        // Restores the project (the server needs its assets file) and checks that the command-line build fails on the same line.
        (int exitCode, string build) = await CommandLine.RunAsync("dotnet", "build -nodeReuse:false", workspace, TimeSpan.FromMinutes(4));
        Assert.NotEqual(0, exitCode);
        Assert.Contains($"Seed.cs({seedLine + 1},", build.Split('\n').First(line => line.Contains("error OPT0002")));

        string server = await CsharpLs.InstallAsync(Path.Combine(AppContext.BaseDirectory, "csharp-ls"));
        var clock = Stopwatch.StartNew();
        using LanguageServerConnection connection = LanguageServerConnection.Start(server, workspace);
        JsonObject? diagnostic = await new DiagnosticsSession(connection, seed).WaitForAsync("OPT0002", Limit);
        TimeSpan firstDiagnostic = clock.Elapsed;

        Assert.True(diagnostic is not null, $"no OPT0002 within {Limit}; server log:\n{connection.ServerLog}");
        Assert.Equal(seedLine, (int)diagnostic!["range"]!["start"]!["line"]!);
        Assert.Equal(1, (int)diagnostic["severity"]!);
        Assert.Equal("Slot 'NumLinesearchSteps' is Integer (Int64 in Double mode) but is assigned an Int32 value", (string?)diagnostic["message"]);
        output.WriteLine($"csharp-ls {CsharpLs.Version}: OPT0002 after {firstDiagnostic.TotalSeconds:F1} s from server start");
    }

    /// <summary>
    /// A fresh copy of TestProject next to the test assembly and OptimGen's assemblies, inside the repository so
    /// that its build props apply.
    /// </summary>
    private static string PrepareWorkspace()
    {
        string source = Path.Combine(AppContext.BaseDirectory, "TestProject");
        string workspace = Path.Combine(AppContext.BaseDirectory, "ide-workspace");
        if (Directory.Exists(workspace))
            Directory.Delete(workspace, recursive: true);
        Directory.CreateDirectory(workspace);
        foreach (string file in Directory.GetFiles(source))
            File.Copy(file, Path.Combine(workspace, Path.GetFileName(file)));
        return workspace;
    }
}

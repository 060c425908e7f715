using System;
using System.IO;
using System.Threading.Tasks;

namespace OptimGen.Ide.Tests;

/// <summary>
/// The csharp-ls language server, installed as a dotnet tool into the test's output folder (so a fresh clone
/// needs nothing preinstalled); an existing install of the pinned version is reused.
/// </summary>
internal static class CsharpLs
{
    public const string Version = "0.28.0";

    public static async Task<string> InstallAsync(string toolPath)
    {
        string executable = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "csharp-ls.exe" : "csharp-ls");
        string marker = Path.Combine(toolPath, ".store", "csharp-ls", Version);
        if (File.Exists(executable) && Directory.Exists(marker))
            return executable;

        (int exitCode, string output) = await CommandLine.RunAsync("dotnet",
            $"tool install --tool-path \"{toolPath}\" csharp-ls --version {Version}", Path.GetTempPath(), TimeSpan.FromMinutes(3));
        if (exitCode != 0 || !File.Exists(executable))
            throw new InvalidOperationException($"installing csharp-ls {Version} failed ({exitCode}):\n{output}");
        return executable;
    }
}

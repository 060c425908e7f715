using System;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace OptimGen.Ide.Tests;

/// <summary>Runs a command to completion within a time limit and returns its exit code and combined output.</summary>
internal static class CommandLine
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string arguments, string workingDirectory, TimeSpan limit)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + fileName);
        var output = new StringBuilder();
        process.OutputDataReceived += (_, line) => { lock (output) output.AppendLine(line.Data); };
        process.ErrorDataReceived += (_, line) => { lock (output) output.AppendLine(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Task exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(limit)) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{fileName} {arguments}' did not finish within {limit}:\n{output}");
        }

        await exited;
        lock (output)
            return (process.ExitCode, output.ToString());
    }
}

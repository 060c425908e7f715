using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace OptimGen.EndToEnd.Tests.Infrastructure;

/// <summary>Runs the dotnet CLI (or a program under it) as a user would, capturing what it prints.</summary>
internal static class DotNet
{
    public sealed record Result(int ExitCode, string Output)
    {
        public Result ShouldSucceed(string what)
        {
            if (ExitCode != 0)
                throw new Xunit.Sdk.XunitException($"{what} failed with exit code {ExitCode}:\n{Output}");
            return this;
        }
    }

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments) =>
        Wait(Start(workingDirectory, environment, arguments), timeout, "dotnet " + string.Join(' ', arguments));

    /// <summary>Runs a program that is not the dotnet CLI (a published native executable).</summary>
    public static Result RunProgram(string path, string workingDirectory) =>
        Wait(Start(path, workingDirectory, null, Array.Empty<string>()), TimeSpan.FromMinutes(2), path);

    private static Result Wait(Process started, TimeSpan timeout, string what)
    {
        using Process process = started;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} did not finish within {timeout}:\n{output}");
        }

        process.WaitForExit();
        lock (output)
            return new Result(process.ExitCode, output.ToString());
    }

    /// <summary>Starts dotnet without waiting; the caller owns the process.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Start("dotnet", workingDirectory, environment, arguments);

    private static Process Start(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] arguments)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
            info.ArgumentList.Add(argument);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (environment is not null)
        {
            foreach ((string name, string value) in environment)
                info.Environment[name] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
    }

}

/// <summary>Programs on the PATH that some tests need.</summary>
internal static class Tool
{
    public static bool Exists(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator)
            .Any(folder => folder.Length > 0 && System.IO.File.Exists(System.IO.Path.Combine(folder, name)));
}

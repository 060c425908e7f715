using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using OptimGen.LbfgsbTests.Problems;

namespace OptimGen.LbfgsbTests;

/// <summary>One scipy L-BFGS-B run as scipy_reference.py reports it.</summary>
internal sealed record ScipyRun(string Name, int Nfev, int Nit, double Fun, double[] X, int Status, string Message)
{
    /// <summary>scipy's status 0: the projected-gradient tolerance was met.</summary>
    public bool Converged => Status == 0;
}

/// <summary>
/// Runs scipy's L-BFGS-B (scipy_reference.py, next to the test assembly) in a python3 subprocess. The interpreter is
/// <c>OPTIMGEN_PYTHON</c> if set, else the first of /usr/bin/python3 (Debian's, where apt's python3-scipy lives) and
/// python3 on the PATH that imports scipy, else the first that runs at all (the run then fails and says to install
/// scipy). With no python at all the tests that need it are skipped.
/// </summary>
internal static class ScipyReference
{
    private static readonly Lazy<(string? Python, bool HasScipy)> Interpreter = new(FindInterpreter);

    public static string? SkipReason => Interpreter.Value.Python is null
        ? "python3 not found (set OPTIMGEN_PYTHON, or install python3 and python3-scipy): the comparison with scipy's L-BFGS-B needs it"
        : null;

    public static IReadOnlyList<ScipyRun> Solve(double gradientTolerance, IEnumerable<BoundedProblem> problems)
    {
        (string? python, bool hasScipy) = Interpreter.Value;
        if (python is null)
            throw new InvalidOperationException(SkipReason);
        Assert.True(hasScipy, $"{python} cannot import scipy: install python3-scipy (apt-get install -y python3-scipy); .ci/run does");
        var arguments = new List<string> { Script(), gradientTolerance.ToString("R", CultureInfo.InvariantCulture) };
        bool first = true;
        foreach (BoundedProblem problem in problems)
        {
            if (!first)
                arguments.Add(";");
            first = false;
            arguments.Add(problem.Name);
            arguments.AddRange(problem.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        (int exitCode, string standardOutput, string standardError) = Run(python, arguments);
        Assert.True(exitCode == 0, $"scipy_reference.py failed ({exitCode}): {standardError}");
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        return standardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<ScipyRun>(line, options)!)
            .ToList();
    }

    private static string Script() => Path.Combine(AppContext.BaseDirectory, "scipy_reference.py");

    private static (string? Python, bool HasScipy) FindInterpreter()
    {
        string? configured = Environment.GetEnvironmentVariable("OPTIMGEN_PYTHON");
        string[] candidates = string.IsNullOrEmpty(configured) ? new[] { "/usr/bin/python3", "python3" } : new[] { configured };
        string? runs = null;
        foreach (string candidate in candidates)
        {
            try
            {
                if (Run(candidate, new[] { "-c", "import scipy.optimize" }).ExitCode == 0)
                    return (candidate, true);
                runs ??= candidate;
            }
            catch (Win32Exception)
            {
                // Not installed under that name.
            }
        }

        return (runs, false);
    }

    private static (int ExitCode, string StandardOutput, string StandardError) Run(string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        using Process process = Process.Start(start)!;
        var errorTask = process.StandardError.ReadToEndAsync();
        string standardOutput = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, standardOutput, errorTask.Result);
    }
}

/// <summary>A fact that needs python3 with scipy: skipped, saying why, only where there is no python3 at all.</summary>
public sealed class ScipyFactAttribute : FactAttribute
{
    public ScipyFactAttribute()
    {
        if (ScipyReference.SkipReason is { } reason)
            Skip = reason;
    }
}

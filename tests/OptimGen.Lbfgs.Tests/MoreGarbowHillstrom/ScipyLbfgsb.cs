using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using OptimGen.TestProblems;

namespace OptimGen.LbfgsTests.MoreGarbowHillstrom;

/// <summary>
/// scipy's L-BFGS-B (<c>scipy.optimize.minimize(method="L-BFGS-B")</c>, always in double precision) run by a Python
/// process on the same C# problem functions: the process asks for every evaluation over its standard streams
/// (scipy_lbfgsb.py), so the functions are written once.
/// </summary>
internal sealed class ScipyLbfgsb : IDisposable
{
    private readonly Process process;

    private ScipyLbfgsb(string python)
    {
        string script = Path.Combine(AppContext.BaseDirectory, "MoreGarbowHillstrom", "scipy_lbfgsb.py");
        process = Process.Start(new ProcessStartInfo(python, $"\"{script}\"")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"Could not start {python}.");
    }

    /// <summary>One scipy run: the final value, evaluations and iterations.</summary>
    public sealed record Run(LeastSquaresProblem Problem, double Value, int Evaluations, int Iterations);

    /// <summary>A Python with scipy, or why there is none: null and a message when Python itself is absent.</summary>
    public static ScipyLbfgsb? Start(out string? pythonMissing)
    {
        pythonMissing = null;
        bool anyPython = false;
        foreach (string candidate in new[] { "python3", "/usr/bin/python3", "python" })
        {
            int? exit = ExitCode(candidate, "-c \"import scipy.optimize\"");
            if (exit is null)
                continue;
            anyPython = true;
            if (exit == 0)
                return new ScipyLbfgsb(candidate);
        }

        if (!anyPython)
        {
            pythonMissing = "no Python interpreter (python3) is installed, so scipy's L-BFGS-B cannot be run for comparison";
            return null;
        }

        throw new InvalidOperationException(
            "Python is installed but none of its interpreters imports scipy; install it (.ci/run does: apt-get install -y python3-scipy).");
    }

    /// <summary>Minimizes <paramref name="problem"/> from its standard start with scipy's defaults but <c>gtol</c>.</summary>
    public Run Minimize(LeastSquaresProblem problem, double gradientTolerance, int maxIterations)
    {
        double[] start = problem.Start<double>();
        process.StandardInput.WriteLine(string.Join(" ",
            new[] { "START", Format(gradientTolerance), maxIterations.ToString(CultureInfo.InvariantCulture) }.Concat(start.Select(Format))));
        process.StandardInput.Flush();
        var gradient = new double[problem.N];
        var x = new double[problem.N];
        while (true)
        {
            string line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("scipy_lbfgsb.py ended early.");
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts[0] == "DONE")
                return new Run(problem, Parse(parts[1]), int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture));
            for (int i = 0; i < x.Length; i++)
                x[i] = Parse(parts[i + 1]);
            double value = problem.Evaluate<double>(x, gradient);
            process.StandardInput.WriteLine(string.Join(" ", new[] { Format(value) }.Concat(gradient.Select(Format))));
            process.StandardInput.Flush();
        }
    }

    public void Dispose()
    {
        try
        {
            process.StandardInput.WriteLine("END");
            process.StandardInput.Flush();
            process.WaitForExit(10_000);
        }
        finally
        {
            process.Dispose();
        }
    }

    private static string Format(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : double.IsNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";

    private static double Parse(string text) => text switch
    {
        "nan" => double.NaN,
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static int? ExitCode(string file, string arguments)
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo(file, arguments) { UseShellExecute = false, RedirectStandardError = true });
            if (probe is null)
                return null;
            probe.StandardError.ReadToEnd();
            probe.WaitForExit();
            return probe.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

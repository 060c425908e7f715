using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json;
using OptimGen.LbfgsbTests.Problems;
using OptimGen.Optimizers;

namespace OptimGen.Benchmarks;

/// <summary>What one L-BFGS-B minimisation did.</summary>
public readonly record struct LbfgsbRunResult(int Iterations, long Evaluations, bool Converged);

/// <summary>What scipy_reference.py --benchmark reported for the same problem.</summary>
public sealed record ScipyBenchmark(int Nfev, int Nit, double Fun, double Seconds, long PeakBytes);

/// <summary>
/// One problem of the L-BFGS-B comparison (the problems of tests/OptimGen.Lbfgsb.Tests, compiled in): the L-BFGS-B
/// driver's chained problem at n = 1e4 and 1e6, and MINPACK-2's journal bearing on a 100 x 100 grid.
/// </summary>
public sealed class LbfgsbProblem
{
    public const double GradientTolerance = 1e-5;
    private const int MaxIterations = 10_000;
    private readonly BoundedProblem problem;
    private readonly Real[] start;
    private readonly Real[] point;
    private readonly Lbfgsb optimizer;

    private LbfgsbProblem(BoundedProblem problem)
    {
        this.problem = problem;
        start = problem.Start();
        point = new Real[start.Length];
        optimizer = new Lbfgsb { LowerBounds = problem.Lower(), UpperBounds = problem.Upper() };
    }

    public static LbfgsbProblem Create(string name) => name switch
    {
        "driver1 1e4" => new(new DriverProblem(10_000)),
        "driver1 1e6" => new(new DriverProblem(1_000_000)),
        "bearing 1e4" => new(new JournalBearing(100, 100)),
        _ => throw new ArgumentException($"Unknown problem '{name}'.", nameof(name)),
    };

    /// <summary>Init (which projects the start) and Scan to the projected-gradient tolerance.</summary>
    public LbfgsbRunResult RunOptimGen()
    {
        start.AsSpan().CopyTo(point);
        Lbfgsb.State state = optimizer.Init(point);
        ScanResult result = optimizer.Scan(ref state, point, problem, MaxIterations, new ScanOptions { GradientTolerance = GradientTolerance });
        return new LbfgsbRunResult(result.CompletedSteps, result.Evaluations, result.Converged);
    }

    /// <summary>scipy's L-BFGS-B on the same problem, timed by the script itself.</summary>
    public ScipyBenchmark RunScipy()
    {
        var start = new ProcessStartInfo(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var arguments = new List<string>
        {
            Path.Combine(AppContext.BaseDirectory, "scipy_reference.py"), "--benchmark",
            GradientTolerance.ToString("R", CultureInfo.InvariantCulture), "3", problem.Name,
        };
        arguments.AddRange(problem.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        using Process process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"scipy_reference.py failed: {errors.Result}");
        return JsonSerializer.Deserialize<ScipyBenchmark>(output, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!;
    }
}

using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using OptimGen;

namespace Seed;

/// <summary>
/// optax#1210: L-BFGS under 64-bit precision inside a scan died because its line-search counter came back
/// as int32 where the state held int64. Here the state's types are fixed at compile time; this program runs
/// the same scenario and shows the counter's type before and after the loop.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        SeedOptions options;
        try
        {
            options = SeedOptions.Parse(args);
        }
        catch (FormatException error)
        {
            Console.Error.WriteLine($"seed: {error.Message} (see --help)");
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(SeedOptions.Usage);
            return 0;
        }

        if (RunChecks.Problem(options) is { } problem)
        {
            Console.Error.WriteLine($"seed: {problem}");
            return 2;
        }

        Console.WriteLine($"L-BFGS (zoom line search) on extended Rosenbrock, n = {options.Size:N0}, {options.Steps} scan steps, {options.Precision} precision");
        var clock = Stopwatch.StartNew();
        var progress = new ConsoleProgress();
        SeedReport report = options.Precision == "single"
            ? SinglePrecisionSeed.Run(options.Size, options.Steps, progress)
            : SeedRun.Run(options.Size, options.Steps, progress);
        clock.Stop();

        Console.WriteLine();
        Console.WriteLine($"State after Init ({report.Precision} mode):");
        Console.WriteLine(report.LayoutBefore);
        PrintSummary(report);
        Console.WriteLine();
        Console.WriteLine(report.LayoutAfter == report.LayoutBefore
            ? "State after the scan: every slot holds the same type and length as after Init."
            : "State after the scan (it differs from the layout after Init):\n" + report.LayoutAfter);
        Console.WriteLine($"NumLinesearchSteps is {report.CounterTypeBefore} before the scan and {report.CounterTypeAfter} after it: the carried state kept its declared types.");
        Console.WriteLine($"Largest |x_i - 1| at the end: {Format(report.MaxDistanceToMinimum)}; {options.Steps} steps in {clock.Elapsed.TotalMilliseconds:N0} ms.");

        ConvergencePlot.Save(report, options.Size, options.PlotPath);
        Console.WriteLine($"Convergence plot: {Path.GetFullPath(options.PlotPath)}");
        return 0;
    }

    private static void PrintSummary(SeedReport report)
    {
        Console.WriteLine();
        // ||g||_2 here; ScanOptions.GradientTolerance tests the largest component, max |g_i|.
        Console.WriteLine("iteration          value    gradient 2-norm  line-search steps");
        int length = report.Values.Length;
        // After convergence the rows repeat; print the first of a run of identical rows and count the rest.
        int last = length - 1;
        while (last > 0 && SameRow(report, last, last - 1))
            last--;
        for (int k = 0; k <= last; k++)
            Console.WriteLine($"{k,9}  {Format(report.Values[k]),13}  {Format(report.GradientNorms[k]),17}  {report.LinesearchSteps[k],17:0}");
        if (last < length - 1)
            Console.WriteLine($"{"...",9}  iterations {last + 1} to {length - 1} repeat iteration {last}");
        double evaluations = 1;
        foreach (double steps in report.LinesearchSteps)
            evaluations += steps;
        Console.WriteLine($"objective evaluations: {evaluations:0} (one at the start, then the line searches' own: Scan reuses the accepted point's)");
    }

    private static bool SameRow(SeedReport report, int a, int b) =>
        report.Values[a] == report.Values[b] && report.GradientNorms[a] == report.GradientNorms[b] && report.LinesearchSteps[a] == report.LinesearchSteps[b];

    private static string Format(double value) => value.ToString("0.000e+00", CultureInfo.InvariantCulture);

    /// <summary>Prints progress as the scan reports it, on the scan's own thread.</summary>
    private sealed class ConsoleProgress : IProgress<ScanProgress>
    {
        public void Report(ScanProgress value) =>
            Console.WriteLine($"  step {value.CompletedSteps,4}/{value.Length}   value {Format(value.Value)}   gradient 2-norm {Format(value.GradientNorm)}");
    }
}

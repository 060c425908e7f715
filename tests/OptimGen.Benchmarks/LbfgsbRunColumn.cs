using System;
using System.Collections.Concurrent;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace OptimGen.Benchmarks;

/// <summary>
/// Columns of <see cref="LbfgsbVsScipy"/>: what OptimGen's minimisation did (iterations, evaluations, converged), scipy's
/// figures for the same problem (iterations, evaluations, median time, peak Python allocation), and the time ratio. They
/// come from one more OptimGen run and one scipy subprocess in the host process when the table is printed.
/// </summary>
public sealed class LbfgsbRunColumn : IColumn
{
    private static readonly ConcurrentDictionary<string, (LbfgsbRunResult Ours, ScipyBenchmark Scipy)> Runs = new();
    private readonly string header;
    private readonly Func<LbfgsbRunResult, ScipyBenchmark, double, string> format;

    private LbfgsbRunColumn(string header, string legend, Func<LbfgsbRunResult, ScipyBenchmark, double, string> format)
    {
        this.header = header;
        Legend = legend;
        this.format = format;
    }

    public string Id => nameof(LbfgsbRunColumn) + header;
    public string ColumnName => header;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend { get; }
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        string name = (string)benchmarkCase.Parameters["Problem"];
        (LbfgsbRunResult ours, ScipyBenchmark scipy) = Runs.GetOrAdd(name, key =>
        {
            LbfgsbProblem problem = LbfgsbProblem.Create(key);
            return (problem.RunOptimGen(), problem.RunScipy());
        });
        double meanSeconds = summary[benchmarkCase]?.ResultStatistics?.Mean / 1e9 ?? double.NaN;
        return format(ours, scipy, meanSeconds);
    }

    public override string ToString() => ColumnName;

    /// <summary>Adds the columns.</summary>
    public sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(
                new LbfgsbRunColumn("Iterations", "OptimGen's L-BFGS-B iterations", (o, _, _) => o.Iterations.ToString()),
                new LbfgsbRunColumn("Evaluations", "OptimGen's objective evaluations", (o, _, _) => o.Evaluations.ToString()),
                new LbfgsbRunColumn("Converged", "Projected-gradient tolerance met", (o, _, _) => o.Converged ? "yes" : "no"),
                new LbfgsbRunColumn("ScipyIterations", "scipy's L-BFGS-B iterations (nit)", (_, s, _) => s.Nit.ToString()),
                new LbfgsbRunColumn("ScipyEvaluations", "scipy's evaluations (nfev)", (_, s, _) => s.Nfev.ToString()),
                new LbfgsbRunColumn("ScipyTime", "scipy's median time of 3 runs, seconds (time.perf_counter in the script)", (_, s, _) => s.Seconds.ToString("0.000")),
                new LbfgsbRunColumn("ScipyPeakMB", "scipy's peak Python allocation in one run, MB (tracemalloc)", (_, s, _) => (s.PeakBytes / 1e6).ToString("0.0")),
                new LbfgsbRunColumn("TimeRatio", "OptimGen's mean time / scipy's median time", (_, s, mean) => (mean / s.Seconds).ToString("0.00")));
        }
    }
}

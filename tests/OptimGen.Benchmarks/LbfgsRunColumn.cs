using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace OptimGen.Benchmarks;

/// <summary>
/// Columns of <see cref="LbfgsVsMathNet"/> with what a minimisation did (iterations, objective evaluations, the final
/// gradient inf-norm and the exit reason). BenchmarkDotNet times the runs in a child process; these figures come from
/// one more run of the same deterministic code in the host process when the table is printed.
/// </summary>
public sealed class LbfgsRunColumn : IColumn
{
    private static readonly ConcurrentDictionary<(string Problem, string Library), LbfgsRunResult> Runs = new();
    private readonly string header;
    private readonly System.Func<LbfgsRunResult, string> format;

    private LbfgsRunColumn(string header, System.Func<LbfgsRunResult, string> format)
    {
        this.header = header;
        this.format = format;
    }

    public string Id => nameof(LbfgsRunColumn) + header;

    public string ColumnName => header;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => header != "Exit";

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => header switch
    {
        "Iterations" => "L-BFGS iterations to the end of the minimisation",
        "Evaluations" => "Objective evaluations (value and gradient) in the minimisation",
        "GradInfNorm" => "Largest gradient magnitude at the point returned",
        _ => "Why the minimiser stopped",
    };

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        string problem = (string)benchmarkCase.Parameters["Problem"];
        string library = benchmarkCase.Descriptor.WorkloadMethod.Name;
        return format(Runs.GetOrAdd((problem, library), key => Run(key.Problem, key.Library)));
    }

    public override string ToString() => ColumnName;

    private static LbfgsRunResult Run(string problemName, string library)
    {
        LbfgsProblem problem = LbfgsProblem.Create(problemName);
        var point = new double[problem.Start.Length];
        return library == nameof(LbfgsVsMathNet.MathNet)
            ? problem.RunMathNet(new StrongBox<int>())
            : problem.RunOptimGen(point, new StrongBox<int>());
    }

    /// <summary>Adds the four columns.</summary>
    public sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(
                new LbfgsRunColumn("Iterations", run => run.Iterations.ToString()),
                new LbfgsRunColumn("Evaluations", run => run.Evaluations.ToString()),
                new LbfgsRunColumn("GradInfNorm", run => run.GradientInfNorm.ToString("0.0E+0")),
                new LbfgsRunColumn("Exit", run => run.Exit));
        }
    }
}

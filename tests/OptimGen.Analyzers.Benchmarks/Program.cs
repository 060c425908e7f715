using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace OptimGen.Analyzers.Benchmarks;

/// <summary>
/// Runs the benchmarks in process (no nested build of this repository). One build takes seconds, so each
/// iteration is one build; 30 iterations and the median keep a busy machine's spikes out of the comparison.
/// The in-process timeout is raised from 5 minutes: on a loaded machine one benchmark's builds take longer.
/// <c>OPTIMGEN_BENCH_ITERATIONS</c> sets a shorter run (warm-ups: one per ten iterations, at least one).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--profile-scope", string precision, string rounds])
        {
            ScopeProfile.Run(precision, int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (args is ["--write-project", string directory])
        {
            SyntheticProjectWriter.Write(directory, AnalyzerCostBenchmarks.SpecCount);
            return;
        }

        int iterations = int.TryParse(System.Environment.GetEnvironmentVariable("OPTIMGEN_BENCH_ITERATIONS"), out int requested) && requested > 0
            ? requested
            : 30;
        IConfig config = DefaultConfig.Instance
            .AddJob(Job.Default
                .WithToolchain(new InProcessEmitToolchain(System.TimeSpan.FromHours(2), logOutput: true))
                .WithWarmupCount(System.Math.Max(1, iterations / 10))
                .WithIterationCount(iterations)
                .WithInvocationCount(1)
                .WithUnrollFactor(1))
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}

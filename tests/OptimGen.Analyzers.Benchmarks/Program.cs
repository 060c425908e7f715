using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace OptimGen.Analyzers.Benchmarks;

/// <summary>
/// Runs the benchmarks in process (no nested build of this repository). One build takes seconds, so each
/// iteration is one build; 30 iterations and the median keep a busy machine's spikes out of the comparison
/// (OPTIMGEN_BENCH_ITERATIONS and OPTIMGEN_BENCH_WARMUPS set fewer for a shorter run; no time limit, so that a
/// loaded machine slows the run down rather than aborting it).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--write-project", string directory])
        {
            SyntheticProjectWriter.Write(directory, AnalyzerCostBenchmarks.SpecCount);
            return;
        }

        IConfig config = DefaultConfig.Instance
            .AddJob(Job.Default
                .WithToolchain(new InProcessEmitToolchain(System.TimeSpan.FromHours(2), logOutput: true))
                .WithWarmupCount(int.TryParse(System.Environment.GetEnvironmentVariable("OPTIMGEN_BENCH_WARMUPS"), out int warmups) ? warmups : 3)
                .WithIterationCount(int.TryParse(System.Environment.GetEnvironmentVariable("OPTIMGEN_BENCH_ITERATIONS"), out int iterations) ? iterations : 30)
                .WithInvocationCount(1)
                .WithUnrollFactor(1))
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}

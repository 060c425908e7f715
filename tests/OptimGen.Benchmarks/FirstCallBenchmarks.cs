using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace OptimGen.Benchmarks;

/// <summary>
/// The first call of a process, with OptimGen built without JIT hints (the baseline), with the shipped hints (the
/// vector kernels compiled optimized at once) and with the generated loop hinted too; and, for the ceiling, the build
/// without hints run with <c>DOTNET_TC_QuickJitForLoops=0</c>, which compiles every method with a loop (the BCL's
/// included) optimized at once. Each job starts a new process for each of its 20 measurements, so its one iteration
/// is the first call. Run with <see cref="WarmCallBenchmarks"/> (docs/performance.md):
/// dotnet run -c Release --project tests/OptimGen.Benchmarks -- --filter '*FirstCallBenchmarks*' '*WarmCallBenchmarks*'
/// </summary>
[Config(typeof(Jobs))]
public class FirstCallBenchmarks : JitHintScenarios
{
    private sealed class Jobs : ManualConfig
    {
        public Jobs()
        {
            Job cold = Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(20).WithIterationCount(1).WithWarmupCount(0);
            AddJob(JitHintBuilds.WithoutHints(cold).WithId("FirstCall-NoHints").AsBaseline());
            AddJob(cold.WithId("FirstCall-Kernels"));
            AddJob(JitHintBuilds.KernelsAndScanLoop(cold).WithId("FirstCall-KernelsAndLoop"));
            AddJob(JitHintBuilds.WithoutHints(cold)
                .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TC_QuickJitForLoops", "0"))
                .WithId("FirstCall-AllLoopsOptimized"));
        }
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace OptimGen.Benchmarks;

/// <summary>
/// The steady state of the same builds as <see cref="FirstCallBenchmarks"/>: a method compiled optimized at once never
/// reaches the tier that dynamic PGO optimizes, so a hint that speeds up the first call could slow every later one.
/// </summary>
[Config(typeof(Jobs))]
public class WarmCallBenchmarks : JitHintScenarios
{
    private sealed class Jobs : ManualConfig
    {
        public Jobs()
        {
            Job warm = Job.Default.WithLaunchCount(4).WithWarmupCount(5).WithIterationCount(10);
            AddJob(JitHintBuilds.WithoutHints(warm).WithId("Warm-NoHints").AsBaseline());
            AddJob(warm.WithId("Warm-Kernels"));
            AddJob(JitHintBuilds.KernelsAndScanLoop(warm).WithId("Warm-KernelsAndLoop"));
        }
    }
}

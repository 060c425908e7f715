using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using OptimGen.Optimizers;

namespace OptimGen.Benchmarks;

/// <summary>
/// The first L-BFGS minimisation of a process against a warm one (extended Rosenbrock, n = 10^4, to max |g_i| &lt;=
/// 1e-6): how much of the first call is JIT and slow first-tier code, and whether skipping the first tier for
/// methods with loops (what <c>[MethodImpl(MethodImplOptions.AggressiveOptimization)]</c> does for one method)
/// would gain anything. Each cold job starts a new process per measurement, so its one iteration is the first call.
/// </summary>
[Config(typeof(Jobs))]
public class FirstCallBenchmarks
{
    private readonly double[] point = new double[10_000];

    [Benchmark]
    public double Minimise()
    {
        LbfgsRosenbrock.Start(point.Length).CopyTo(point, 0);
        var lbfgs = new Lbfgs();
        Lbfgs.State state = lbfgs.Init(point);
        ScanResult result = lbfgs.Scan(ref state, point, new LbfgsRosenbrock(), 1_000, new ScanOptions { GradientTolerance = 1e-6 });
        return result.Values[0] + state.Value;
    }

    private sealed class Jobs : ManualConfig
    {
        public Jobs()
        {
            Job cold = Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(15).WithIterationCount(1).WithWarmupCount(0);
            AddJob(cold.WithId("FirstCall-Tiered"));
            AddJob(cold.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TC_QuickJitForLoops", "0")).WithId("FirstCall-LoopsFullyOptimized"));
            AddJob(cold.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TieredCompilation", "0")).WithId("FirstCall-NoTiering"));
            AddJob(Job.ShortRun.WithId("Warm"));
        }
    }
}

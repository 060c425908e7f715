using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace OptimGen.Benchmarks;

/// <summary>
/// OptimGen's built-in L-BFGS (optax's algorithm and zoom line search, through the generated <c>Scan</c>) against
/// MathNet.Numerics' <c>LimitedMemoryBfgsMinimizer</c>: one whole minimisation per operation, from <c>Init</c> to
/// gradient inf-norm 1e-6, same struct objective, memory 10. Iterations, evaluations, whether the tolerance was really
/// met, and the exit reason come from <see cref="LbfgsRunColumn"/>.
/// Run: <c>dotnet run -c Release --project tests/OptimGen.Benchmarks -- --filter '*LbfgsVsMathNet*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LbfgsRunColumn.Config))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LbfgsVsMathNet
{
    private LbfgsProblem problem = null!;
    private double[] point = null!;

    [Params("Rosenbrock 1e4", "Rosenbrock 1e6", "Quadratic 1e6")]
    public string Problem { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        problem = LbfgsProblem.Create(Problem);
        point = new double[problem.Start.Length];
    }

    [Benchmark(Baseline = true)]
    public int OptimGen() => problem.RunOptimGen(point, new StrongBox<int>()).Iterations;

    [Benchmark]
    public int MathNet() => problem.RunMathNet(new StrongBox<int>()).Iterations;
}

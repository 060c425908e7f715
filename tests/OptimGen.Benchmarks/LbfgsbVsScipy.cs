using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace OptimGen.Benchmarks;

/// <summary>
/// OptimGen's built-in L-BFGS-B (through the generated <c>Scan</c>) against scipy's L-BFGS-B (the Fortran 3.0 code):
/// one whole minimisation per operation, from <c>Init</c> to projected-gradient inf-norm 1e-5, memory 10, same problem,
/// start and bounds. BenchmarkDotNet times OptimGen; scipy runs in a python3 subprocess
/// (tests/OptimGen.Lbfgsb.Tests/scipy_reference.py --benchmark) that times <c>scipy.optimize.minimize</c> with
/// <c>time.perf_counter</c> (median of 3) and measures its peak Python allocation with <c>tracemalloc</c>; those
/// figures and both runs' iterations and evaluations are columns (<see cref="LbfgsbRunColumn"/>).
/// Run: <c>dotnet run -c Release --project tests/OptimGen.Benchmarks -- --filter '*LbfgsbVsScipy*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LbfgsbRunColumn.Config))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LbfgsbVsScipy
{
    private LbfgsbProblem problem = null!;

    [Params("driver1 1e4", "bearing 1e4", "driver1 1e6")]
    public string Problem { get; set; } = "";

    [GlobalSetup]
    public void Setup() => problem = LbfgsbProblem.Create(Problem);

    [Benchmark]
    public int OptimGen() => problem.RunOptimGen().Iterations;
}

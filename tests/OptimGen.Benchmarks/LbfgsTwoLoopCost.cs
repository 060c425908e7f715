using System;
using BenchmarkDotNet.Attributes;
using OptimGen.Optimizers;

namespace OptimGen.Benchmarks;

/// <summary>
/// What an L-BFGS step costs at n = 10^4 and 10^6 with a full memory (10 pairs): the two-loop recursion next to the
/// least any two-loop recursion must do, reading the memory twice (here: two passes of dot products over every
/// stored pair), and next to one objective evaluation.
/// Run: <c>dotnet run -c Release --project tests/OptimGen.Benchmarks -- --filter '*LbfgsTwoLoopCost*'</c>.
/// </summary>
[MemoryDiagnoser]
public class LbfgsTwoLoopCost
{
    private Lbfgs lbfgs = null!;
    private Lbfgs.State state = null!;
    private double[] gradient = null!;
    private int newest;

    [Params(10_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        lbfgs = new Lbfgs();
        double[] x = LbfgsRosenbrock.Start(N);
        state = lbfgs.Init(x);
        lbfgs.Scan(ref state, x, new LbfgsRosenbrock(), 12);
        gradient = new double[N];
        new LbfgsRosenbrock().Evaluate(x, gradient);
        newest = (int)((state.Count - 1) % lbfgs.MemorySize);
    }

    [Benchmark(Baseline = true)]
    public double TwoLoopRecursion() => LbfgsTwoLoop.Direction(
        gradient, state.DiffParamsMemory, state.DiffUpdatesMemory, state.WeightsMemory, state.Alphas,
        newest, state.IdentityScale, state.Direction);

    [Benchmark]
    public double ReadMemoryTwice()
    {
        double sum = 0;
        for (int pass = 0; pass < 2; pass++)
        {
            for (int row = 0; row < lbfgs.MemorySize; row++)
                sum += Kernels.Dot<double>(state.DiffParamsMemory.AsSpan(row * N, N), state.DiffUpdatesMemory.AsSpan(row * N, N));
        }

        return sum;
    }

    [Benchmark]
    public double OneEvaluation() => new LbfgsRosenbrock().Evaluate(state.Candidate, state.SafeGrad);
}

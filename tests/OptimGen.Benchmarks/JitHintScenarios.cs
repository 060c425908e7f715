using System;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using OptimGen.Optimizers;

namespace OptimGen.Benchmarks;

/// <summary>
/// What <see cref="FirstCallBenchmarks"/> and <see cref="WarmCallBenchmarks"/> run: the first-call scenario of issue 14
/// (one L-BFGS minimisation of extended Rosenbrock, n = 10^4, to max |g_i| &lt;= 1e-6, <c>Init</c> included) and a
/// first-order one (100 Adam steps of a generated <c>Scan</c> over a quadratic, n = 10^5), each job with OptimGen built
/// with one choice of JIT hints (src/OptimGen/Kernels/JitHints.cs, MSBuild property <c>OptimGenJitHints</c>).
/// </summary>
public abstract class JitHintScenarios
{
    private const int AdamParameters = 100_000;

    private readonly double[] lbfgsPoint = new double[10_000];
    private readonly double[] adamPoint = new double[AdamParameters];
    private readonly LbfgsQuadratic quadratic = new(AdamParameters);

    [Benchmark]
    public double Lbfgs()
    {
        LbfgsRosenbrock.Start(lbfgsPoint.Length).CopyTo(lbfgsPoint, 0);
        var lbfgs = new Lbfgs();
        Lbfgs.State state = lbfgs.Init(lbfgsPoint);
        ScanResult result = lbfgs.Scan(ref state, lbfgsPoint, new LbfgsRosenbrock(), 1_000, new ScanOptions { GradientTolerance = 1e-6 });
        return result.Values[0] + state.Value;
    }

    [Benchmark]
    public double AdamScan()
    {
        Array.Clear(adamPoint);
        var adam = new Adam { LearningRate = 1e-2 };
        Adam.State state = adam.Init(adamPoint);
        ScanResult result = adam.Scan(ref state, adamPoint, quadratic, 100);
        return result.Values[^1];
    }

    /// <summary>
    /// Prints the hints the measured build really carries, read from the compiled methods (after the measurement, so
    /// that it loads nothing the first call would otherwise load itself).
    /// </summary>
    [GlobalCleanup]
    public void ReportHints()
    {
        MethodInfo kernel = typeof(LbfgsKernels).GetMethod(nameof(LbfgsKernels.CombineThenDot))!;
        MethodInfo loop = typeof(Lbfgs).GetMethod("OptimGenScanLoop", BindingFlags.NonPublic | BindingFlags.Instance)!;
        Console.WriteLine($"// OptimGen JIT hints of this build: kernels {kernel.MethodImplementationFlags}, generated loop {loop.MethodImplementationFlags}");
    }
}

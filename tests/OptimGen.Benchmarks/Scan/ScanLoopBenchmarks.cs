using System;
using BenchmarkDotNet.Attributes;

namespace OptimGen.Benchmarks.Scan;

/// <summary>
/// The generated Scan against the loop a user would write by hand around the generated Step (evaluate,
/// step, add the update, record value and gradient norm), over the same objective and spec. Both restart
/// from the same point every operation. Scan's extra work per step: the carried state's shape check and
/// the cancellation, tolerance, progress and checkpoint tests.
/// </summary>
[MemoryDiagnoser]
public class ScanLoopBenchmarks
{
    private const int Steps = 100;

    private readonly MomentumSpec optimizer = new();
    private Real[] start = Array.Empty<Real>();
    private Real[] parameters = Array.Empty<Real>();
    private Real[] gradient = Array.Empty<Real>();
    private Real[] update = Array.Empty<Real>();
    private double[] values = Array.Empty<double>();
    private double[] norms = Array.Empty<double>();
    private MomentumSpec.State state = null!;

    [Params(100, 100_000)]
    public int Parameters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        start = new Real[Parameters];
        for (int i = 0; i < Parameters; i++)
            start[i] = (Real)Math.Sin(i);
        parameters = new Real[Parameters];
        gradient = new Real[Parameters];
        update = new Real[Parameters];
        values = new double[Steps];
        norms = new double[Steps];
        state = optimizer.Init(start);
    }

    [Benchmark(Baseline = true)]
    public double HandWrittenStepLoop()
    {
        start.CopyTo(parameters, 0);
        var objective = new Quadratic();
        for (int step = 0; step < Steps; step++)
        {
            Real value = objective.Evaluate(parameters, gradient);
            optimizer.Step(ref state, gradient, update);
            Kernels.Add<Real>(parameters, update);
            values[step] = value;
            norms[step] = Kernels.Norm2<Real>(gradient);
        }

        return values[Steps - 1];
    }

    [Benchmark]
    public double GeneratedScan()
    {
        start.CopyTo(parameters, 0);
        ScanResult result = optimizer.Scan(ref state, parameters, new Quadratic(), Steps);
        return result.Values[Steps - 1];
    }

    /// <summary>sum (1 + i mod 7) x_i^2 / 2.</summary>
    private struct Quadratic : IObjective<Real>
    {
        public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g)
        {
            Real value = 0;
            for (int i = 0; i < x.Length; i++)
            {
                Real c = 1 + (i % 7);
                g[i] = c * x[i];
                value += c * x[i] * x[i] / 2;
            }

            return value;
        }
    }
}

using System;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using OptimGen.Optimizers;

namespace OptimGen.Benchmarks;

/// <summary>
/// One Adam step and one SGD-momentum step of the built-in optimizers over 10^7 doubles, next to a plain triad
/// <c>a[i] = b[i] + s·c[i]</c> (the baseline) in the same run: a step is memory-bound, so its achieved
/// bandwidth over the triad's says how close the fused kernel comes to what the machine's memory allows.
/// Also, for contrast, Adam composed from one <c>TensorPrimitives</c> call per term, the unfused way.
/// </summary>
/// <remarks>
/// Bytes counted per element (8 per double stream, once per direction; write-allocate traffic is not counted):
/// triad 24 (read b, c; write a), Adam 48 (read g, m, v; write m, v, u), SGD-momentum 32 (read g, trace; write
/// trace, u); AdaBelief, Adadelta, Adamax, NAdam 48 like Adam; AdamaxW and NAdamW 56 (also read p); AmsGrad 64
/// (read g, m, v, v_max; write the three and u); Adan 80 (read g, m, v, n, g_prev; write the four and u). Run: dotnet run -c Release --project tests/OptimGen.Benchmarks -- --filter '*FirstOrderBandwidth*'
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class FirstOrderBandwidthBenchmarks
{
    public const int Elements = 10_000_000;

    private double[] a = null!;
    private double[] b = null!;
    private double[] c = null!;
    private double[] gradient = null!;
    private double[] update = null!;
    private double[] scratch = null!;
    private readonly Adam adam = new() { LearningRate = 1e-3 };
    private readonly Sgd sgd = new() { LearningRate = 1e-3, Momentum = 0.9 };
    private Adam.State adamState = null!;
    private Sgd.State sgdState = null!;
    private double[] composedMu = null!;
    private double[] composedNu = null!;
    private double[] parameters = null!;
    private readonly AdaBelief adaBelief = new() { LearningRate = 1e-3 };
    private readonly Adadelta adadelta = new() { LearningRate = 1e-1 };
    private readonly Adamax adamax = new() { LearningRate = 1e-3 };
    private readonly AdamaxW adamaxW = new() { LearningRate = 1e-3 };
    private readonly Adan adan = new() { LearningRate = 1e-3 };
    private readonly AmsGrad amsGrad = new() { LearningRate = 1e-3 };
    private readonly NAdam nAdam = new() { LearningRate = 1e-3 };
    private readonly NAdamW nAdamW = new() { LearningRate = 1e-3 };
    private AdaBelief.State adaBeliefState = null!;
    private Adadelta.State adadeltaState = null!;
    private Adamax.State adamaxState = null!;
    private AdamaxW.State adamaxWState = null!;
    private Adan.State adanState = null!;
    private AmsGrad.State amsGradState = null!;
    private NAdam.State nAdamState = null!;
    private NAdamW.State nAdamWState = null!;

    /// <summary>The bandwidth columns for <see cref="Elements"/> elements.</summary>
    public sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(BandwidthColumn.GigabytesPerSecond(Elements), BandwidthColumn.RatioToBaseline(Elements));
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        a = Filled(0.0);
        b = Filled(1.0);
        c = Filled(2.0);
        gradient = Filled(3.0);
        update = Filled(0.0);
        scratch = Filled(0.0);
        composedMu = Filled(0.0);
        composedNu = Filled(0.0);
        parameters = Filled(4.0);
        adamState = adam.Init(parameters);
        sgdState = sgd.Init(parameters);
        adaBeliefState = adaBelief.Init(parameters);
        adadeltaState = adadelta.Init(parameters);
        adamaxState = adamax.Init(parameters);
        adamaxWState = adamaxW.Init(parameters);
        adanState = adan.Init(parameters);
        amsGradState = amsGrad.Init(parameters);
        nAdamState = nAdam.Init(parameters);
        nAdamWState = nAdamW.Init(parameters);
    }

    [Benchmark(Baseline = true, Description = "Triad a[i] = b[i] + s*c[i], scalar loop, 24 B/elem")]
    [BandwidthBytes(24)]
    public void Triad()
    {
        double[] x = a, y = b, z = c;
        const double s = 0.5;
        for (int i = 0; i < x.Length; i++)
            x[i] = y[i] + s * z[i];
    }

    [Benchmark(Description = "Triad, Vector256 loop, 24 B/elem")]
    [BandwidthBytes(24)]
    public void TriadVector()
    {
        ref double x = ref MemoryMarshal.GetArrayDataReference(a);
        ref double y = ref MemoryMarshal.GetArrayDataReference(b);
        ref double z = ref MemoryMarshal.GetArrayDataReference(c);
        var s = Vector256.Create(0.5);
        nuint n = (nuint)a.Length;
        nuint i = 0;
        for (; i + (nuint)Vector256<double>.Count <= n; i += (nuint)Vector256<double>.Count)
            (Vector256.LoadUnsafe(ref y, i) + s * Vector256.LoadUnsafe(ref z, i)).StoreUnsafe(ref x, i);
        for (; i < n; i++)
            Unsafe.Add(ref x, i) = Unsafe.Add(ref y, i) + 0.5 * Unsafe.Add(ref z, i);
    }

    [Benchmark(Description = "Adam.Step, fused kernel, 48 B/elem")]
    [BandwidthBytes(48)]
    public void AdamStep() => adam.Step(ref adamState, gradient, update);

    [Benchmark(Description = "Sgd.Step momentum 0.9, fused kernel, 32 B/elem")]
    [BandwidthBytes(32)]
    public void SgdMomentumStep() => sgd.Step(ref sgdState, gradient, update);

    [Benchmark(Description = "AdaBelief.Step, fused kernel, 48 B/elem")]
    [BandwidthBytes(48)]
    public void AdaBeliefStep() => adaBelief.Step(ref adaBeliefState, parameters, gradient, update);

    [Benchmark(Description = "Adadelta.Step, fused kernel, 48 B/elem")]
    [BandwidthBytes(48)]
    public void AdadeltaStep() => adadelta.Step(ref adadeltaState, parameters, gradient, update);

    [Benchmark(Description = "Adamax.Step, fused kernel, 48 B/elem")]
    [BandwidthBytes(48)]
    public void AdamaxStep() => adamax.Step(ref adamaxState, gradient, update);

    [Benchmark(Description = "AdamaxW.Step, fused kernel, 56 B/elem")]
    [BandwidthBytes(56)]
    public void AdamaxWStep() => adamaxW.Step(ref adamaxWState, parameters, gradient, update);

    [Benchmark(Description = "Adan.Step, fused kernel, 80 B/elem")]
    [BandwidthBytes(80)]
    public void AdanStep() => adan.Step(ref adanState, parameters, gradient, update);

    [Benchmark(Description = "AmsGrad.Step, fused kernel, 64 B/elem")]
    [BandwidthBytes(64)]
    public void AmsGradStep() => amsGrad.Step(ref amsGradState, gradient, update);

    [Benchmark(Description = "NAdam.Step, fused kernel, 48 B/elem")]
    [BandwidthBytes(48)]
    public void NAdamStep() => nAdam.Step(ref nAdamState, gradient, update);

    [Benchmark(Description = "NAdamW.Step, fused kernel, 56 B/elem")]
    [BandwidthBytes(56)]
    public void NAdamWStep() => nAdamW.Step(ref nAdamWState, parameters, gradient, update);

    /// <summary>The same Adam update as one TensorPrimitives call per term: ten passes over the arrays.</summary>
    [Benchmark(Description = "Adam from 10 TensorPrimitives calls, 48 B/elem")]
    [BandwidthBytes(48)]
    public void AdamComposed()
    {
        const double b1 = 0.9, b2 = 0.999, eps = 1e-8, learningRate = 1e-3;
        const double correction1 = 1 - b1, correction2 = 1 - b2; // the bias corrections of step 1
        Span<double> m = composedMu, v = composedNu, u = update, t = scratch;
        ReadOnlySpan<double> g = gradient;
        TensorPrimitives.Multiply(g, 1 - b1, t);
        TensorPrimitives.MultiplyAdd(m, b1, t, m);
        TensorPrimitives.Multiply(g, g, t);
        TensorPrimitives.Multiply(t, 1 - b2, t);
        TensorPrimitives.MultiplyAdd(v, b2, t, v);
        TensorPrimitives.Multiply(v, 1 / correction2, t);
        TensorPrimitives.Sqrt(t, t);
        TensorPrimitives.Add(t, eps, t);
        TensorPrimitives.Multiply(m, -learningRate / correction1, u);
        TensorPrimitives.Divide(u, t, u);
    }

    private static double[] Filled(double value)
    {
        var array = new double[Elements];
        Array.Fill(array, value);
        return array;
    }
}

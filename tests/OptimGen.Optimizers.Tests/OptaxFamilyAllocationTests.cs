using System;
using System.Collections.Generic;
using OptimGen.Optimizers.Tests.Support;
using OptimGen.Testing;

namespace OptimGen.Optimizers.Tests;

/// <summary>
/// The second half of the optax family allocates nothing per step either: once warm, a thousand <c>Step</c> calls
/// allocate 0 bytes, and a longer <c>Scan</c> allocates only its longer output arrays (as <see cref="AllocationTests"/>).
/// </summary>
public sealed class OptaxFamilyAllocationTests
{
    private const int Dimension = 36; // full vectors and a partial last one, in both precisions; 4 rows for SM3

    public static TheoryData<string> Optimizers => new()
    {
        "NoisySgd", "OptimisticAdam", "OptimisticAdamV2", "OptimisticGradientDescent", "PolyakSgd", "RAdam", "Rprop",
        "SignSgd", "Signum", "Sm3", "Sm3Factored", "Yogi", "GuardedAdam", "ClippedAccumulatedSgd", "LookaheadAdam", "DecayedSgd",
    };

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void Step_allocates_nothing_once_warm(string optimizer)
    {
        (Action step, _) = Prepare(optimizer);
        for (int i = 0; i < 100; i++)
            step();

        long allocated = AllocationMeasurement.Settled(() => AllocationMeasurement.Bytes(() =>
        {
            for (int i = 0; i < 1000; i++)
                step();
        }), expected: 0);
        Assert.Equal(0, allocated);
    }

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void Scan_allocates_nothing_per_step(string optimizer)
    {
        (_, Func<int, ScanResult> scan) = Prepare(optimizer);
        scan(10);
        scan(1010);

        int recordedPerStep = 2 + scan(1).SlotNames.Count; // value, gradient norm, scalar slots
        long expected = 8L * recordedPerStep * 1000;
        long Difference() => AllocationMeasurement.Bytes(() => scan(1010)) - AllocationMeasurement.Bytes(() => scan(10));
        Assert.Equal(expected, AllocationMeasurement.Settled(Difference, expected));
    }

    private static (Action Step, Func<int, ScanResult> Scan) Prepare(string optimizer)
    {
        var x = new Real[Dimension];
        for (int i = 0; i < Dimension; i++)
            x[i] = (Real)Math.Cos(i);
        var g = (Real[])x.Clone();
        var u = new Real[Dimension];
        var f = new Quadratic(Dimension, 10);
        Real[] scanned = (Real[])x.Clone();
        switch (optimizer)
        {
            case "NoisySgd": { var o = new NoisySgd(); var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, g, u), n => o.Scan(ref t, scanned, f, n)); }
            case "OptimisticAdam": { var o = new OptimisticAdam(); var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, g, u), n => o.Scan(ref t, scanned, f, n)); }
            case "OptimisticAdamV2": { var o = new OptimisticAdamV2(); var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, g, u), n => o.Scan(ref t, scanned, f, n)); }
            case "OptimisticGradientDescent": { var o = new OptimisticGradientDescent(); var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, g, u), n => o.Scan(ref t, scanned, f, n)); }
            case "PolyakSgd": { var o = new PolyakSgd(); var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, g, 1, u), n => o.Scan(ref t, scanned, f, n)); }
            case "RAdam": { var o = new RAdam(); var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, g, u), n => o.Scan(ref t, scanned, f, n)); }
            case "Rprop": { var o = new Rprop(); var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, g, u), n => o.Scan(ref t, scanned, f, n)); }
            case "SignSgd": { var o = new SignSgd(); var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, g, u), n => o.Scan(ref t, scanned, f, n)); }
            case "Signum": { var o = new Signum(); var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, g, u), n => o.Scan(ref t, scanned, f, n)); }
            case "Sm3": { var o = new Sm3(); var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, g, u), n => o.Scan(ref t, scanned, f, n)); }
            case "Sm3Factored": { var o = new Sm3 { Rows = 4 }; var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, g, u), n => o.Scan(ref t, scanned, f, n)); }
            case "Yogi": { var o = new Yogi(); var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, g, u), n => o.Scan(ref t, scanned, f, n)); }
            case "GuardedAdam": { var o = new GuardedAdam(); var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, g, u), n => o.Scan(ref t, scanned, f, n)); }
            case "ClippedAccumulatedSgd": { var o = new ClippedAccumulatedSgd { Accumulate = new MultiSteps { EveryKSchedule = 3 } }; var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, g, u), n => o.Scan(ref t, scanned, f, n)); }
            case "LookaheadAdam": { var o = new LookaheadAdam(); var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, x, g, u), n => o.Scan(ref t, scanned, f, n)); }
            case "DecayedSgd": { var o = new DecayedSgd { Decay = new AddDecayedWeights { WeightDecay = (Real)0.1, Mask = new bool[Dimension] } }; var s = o.Init(x); var t = o.Init(x); return (() => o.Step(ref s, x, g, u), n => o.Scan(ref t, scanned, f, n)); }
            default: throw new ArgumentException(optimizer);
        }
    }
}

using System;
using OptimGen.Optimizers.Tests.Support;
using OptimGen.Schedules;
using OptimGen.Testing;

namespace OptimGen.Optimizers.Tests;

/// <summary>
/// No built-in allocates per step: once warm, a thousand <c>Step</c> calls allocate 0 bytes, and a longer
/// <c>Scan</c> allocates exactly its longer output arrays more (8 bytes per recorded number per step).
/// </summary>
public sealed class AllocationTests
{
    private const int Dimension = 37; // full vectors and a partial last one, in both precisions

    public static TheoryData<string> Optimizers => new()
    {
        "Sgd", "Sgd+Nesterov+schedule", "Adam", "Adam+Nesterov+schedule", "AdamW", "RmsProp", "RmsProp+centered+momentum+bias",
        "Adagrad", "Lion", "ClipByGlobalNorm",
        "AdaBelief+decay+Nesterov", "Adadelta", "Adafactor+momentum+decay", "Adafactor+factored", "Adamax", "AdamaxW", "Adan", "AmsGrad",
        "Fromage", "Lamb", "Lars+decay+Nesterov", "NAdam", "NAdamW", "Novograd",
    };

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void Step_allocates_nothing_once_warm(string optimizer)
    {
        Action step = PrepareStep(optimizer);
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
        Func<int, ScanResult> scan = PrepareScan(optimizer);
        scan(10);
        scan(1010);

        int recordedPerStep = 2 + scan(1).SlotNames.Count; // value, gradient norm, scalar slots
        long expected = 8L * recordedPerStep * 1000;
        long Difference() => AllocationMeasurement.Bytes(() => scan(1010)) - AllocationMeasurement.Bytes(() => scan(10));
        Assert.Equal(expected, AllocationMeasurement.Settled(Difference, expected));
    }

    private static Real[] Point()
    {
        var x = new Real[Dimension];
        for (int i = 0; i < Dimension; i++)
            x[i] = (Real)Math.Cos(i);
        return x;
    }

    private static Action PrepareStep(string optimizer)
    {
        Real[] x = Point();
        Real[] g = Point();
        var u = new Real[Dimension];
        switch (optimizer)
        {
            case "Sgd": { var o = new Sgd { Momentum = (Real)0.9 }; var s = o.Init(x); return () => o.Step(ref s, g, u); }
            case "Sgd+Nesterov+schedule": { var o = new Sgd { Momentum = (Real)0.9, Nesterov = true, LearningRateSchedule = new CosineDecaySchedule(0.1, 100) }; var s = o.Init(x); return () => o.Step(ref s, g, u); }
            case "Adam": { var o = new Adam(); var s = o.Init(x); return () => o.Step(ref s, g, u); }
            case "Adam+Nesterov+schedule": { var o = new Adam { Nesterov = true, LearningRateSchedule = new WarmupCosineDecaySchedule(0, 0.1, 10, 100) }; var s = o.Init(x); return () => o.Step(ref s, g, u); }
            case "AdamW": { var o = new AdamW(); var s = o.Init(x); return () => o.Step(ref s, x, g, u); }
            case "RmsProp": { var o = new RmsProp(); var s = o.Init(x); return () => o.Step(ref s, g, u); }
            case "RmsProp+centered+momentum+bias": { var o = new RmsProp { Centered = true, Momentum = (Real)0.9, BiasCorrection = true, InitialScale = 1 }; var s = o.Init(x); return () => o.Step(ref s, g, u); }
            case "Adagrad": { var o = new Adagrad { LearningRateSchedule = new ExponentialDecaySchedule(0.1, 10, 0.5) }; var s = o.Init(x); return () => o.Step(ref s, g, u); }
            case "Lion": { var o = new Lion(); var s = o.Init(x); return () => o.Step(ref s, x, g, u); }
            case "ClipByGlobalNorm": { var o = new ClipByGlobalNorm(); var s = o.Init(x); return () => o.Step(ref s, g, u); }
            case "AdaBelief+decay+Nesterov": { var o = new AdaBelief { WeightDecay = (Real)1e-3, Nesterov = true }; var s = o.Init(x); return () => o.Step(ref s, x, g, u); }
            case "Adadelta": { var o = new Adadelta { LearningRate = (Real)0.1, WeightDecay = (Real)1e-3 }; var s = o.Init(x); return () => o.Step(ref s, x, g, u); }
            case "Adafactor+momentum+decay": { var o = new Adafactor { LearningRate = (Real)0.01, Momentum = (Real)0.9, WeightDecayRate = (Real)1e-3 }; var s = o.Init(x); return () => o.Step(ref s, x, g, u); }
            case "Adafactor+factored": { var o = new Adafactor { Rows = 1, Columns = Dimension, MinDimSizeToFactor = 1 }; var s = o.Init(x); return () => o.Step(ref s, x, g, u); }
            case "Adamax": { var o = new Adamax(); var s = o.Init(x); return () => o.Step(ref s, g, u); }
            case "AdamaxW": { var o = new AdamaxW(); var s = o.Init(x); return () => o.Step(ref s, x, g, u); }
            case "Adan": { var o = new Adan { WeightDecay = (Real)1e-3 }; var s = o.Init(x); return () => o.Step(ref s, x, g, u); }
            case "AmsGrad": { var o = new AmsGrad(); var s = o.Init(x); return () => o.Step(ref s, g, u); }
            case "Fromage": { var o = new Fromage(); var s = o.Init(x); return () => o.Step(ref s, x, g, u); }
            case "Lamb": { var o = new Lamb { WeightDecay = (Real)1e-3 }; var s = o.Init(x); return () => o.Step(ref s, x, g, u); }
            case "Lars+decay+Nesterov": { var o = new Lars { WeightDecay = (Real)1e-3, Nesterov = true }; var s = o.Init(x); return () => o.Step(ref s, x, g, u); }
            case "NAdam": { var o = new NAdam(); var s = o.Init(x); return () => o.Step(ref s, g, u); }
            case "NAdamW": { var o = new NAdamW(); var s = o.Init(x); return () => o.Step(ref s, x, g, u); }
            case "Novograd": { var o = new Novograd { WeightDecay = (Real)1e-3 }; var s = o.Init(x); return () => o.Step(ref s, x, g, u); }
            default: throw new ArgumentException(optimizer);
        }
    }

    private static Func<int, ScanResult> PrepareScan(string optimizer)
    {
        Real[] x = Point();
        var f = new Quadratic(Dimension, 10);
        switch (optimizer)
        {
            case "Sgd": { var o = new Sgd { Momentum = (Real)0.9 }; var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "Sgd+Nesterov+schedule": { var o = new Sgd { Momentum = (Real)0.9, Nesterov = true, LearningRateSchedule = new CosineDecaySchedule(0.01, 100) }; var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "Adam": { var o = new Adam(); var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "Adam+Nesterov+schedule": { var o = new Adam { Nesterov = true, LearningRateSchedule = new WarmupCosineDecaySchedule(0, 0.1, 10, 100) }; var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "AdamW": { var o = new AdamW(); var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "RmsProp": { var o = new RmsProp(); var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "RmsProp+centered+momentum+bias": { var o = new RmsProp { Centered = true, Momentum = (Real)0.9, BiasCorrection = true, InitialScale = 1 }; var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "Adagrad": { var o = new Adagrad { LearningRateSchedule = new ExponentialDecaySchedule(0.1, 10, 0.5) }; var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "Lion": { var o = new Lion(); var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "ClipByGlobalNorm": { var o = new ClipByGlobalNorm(); var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "AdaBelief+decay+Nesterov": { var o = new AdaBelief { WeightDecay = (Real)1e-3, Nesterov = true }; var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "Adadelta": { var o = new Adadelta { LearningRate = (Real)0.1, WeightDecay = (Real)1e-3 }; var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "Adafactor+momentum+decay": { var o = new Adafactor { LearningRate = (Real)0.01, Momentum = (Real)0.9, WeightDecayRate = (Real)1e-3 }; var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "Adafactor+factored": { var o = new Adafactor { Rows = 1, Columns = Dimension, MinDimSizeToFactor = 1 }; var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "Adamax": { var o = new Adamax(); var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "AdamaxW": { var o = new AdamaxW(); var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "Adan": { var o = new Adan { WeightDecay = (Real)1e-3 }; var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "AmsGrad": { var o = new AmsGrad(); var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "Fromage": { var o = new Fromage(); var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "Lamb": { var o = new Lamb { WeightDecay = (Real)1e-3 }; var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "Lars+decay+Nesterov": { var o = new Lars { WeightDecay = (Real)1e-3, Nesterov = true }; var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "NAdam": { var o = new NAdam(); var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "NAdamW": { var o = new NAdamW(); var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            case "Novograd": { var o = new Novograd { WeightDecay = (Real)1e-3 }; var s = o.Init(x); return length => o.Scan(ref s, x, f, length); }
            default: throw new ArgumentException(optimizer);
        }
    }
}

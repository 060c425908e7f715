using System;
using System.Linq;
using OptimGen;
using OptimGen.LbfgsTests.Problems;
using OptimGen.Optimizers;
using OptimGen.Testing;

namespace OptimGen.LbfgsTests;

/// <summary>After <c>Init</c>, a step allocates nothing: not in <c>Step</c>, not per step of <c>Scan</c>.</summary>
public sealed class AllocationTests
{
    [Fact]
    public void StepAllocatesNothing()
    {
        var lbfgs = new Lbfgs();
        Real[] x = ExtendedRosenbrock.StandardStart(100), gradient = new Real[100], update = new Real[100];
        // A struct objective, as Scan's callers use: Step's null check must not box it, even in Debug code.
        var objective = new ExtendedRosenbrock();
        Lbfgs.State state = lbfgs.Init(x);
        RunSteps(lbfgs, ref state, x, gradient, update, ref objective, 3);

        long allocated = AllocationMeasurement.Settled(
            () => AllocationMeasurement.Bytes(() => RunSteps(lbfgs, ref state, x, gradient, update, ref objective, 30)), expected: 0);

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void ScanAllocatesOnlyItsPreallocatedOutputs()
    {
        // Two scans from the same start that differ only in length: the difference in allocated bytes must be the
        // difference in size of the per-step output arrays (value, gradient norm and each scalar slot).
        var lbfgs = new Lbfgs();
        long ShortScan() => AllocatedByScan(lbfgs, 5);
        ShortScan();
        AllocatedByScan(lbfgs, 30);

        int outputs = 2 + Lbfgs.State.Layout.Slots.Count(slot => !slot.IsArray);
        long expected = (30 - 5) * sizeof(double) * outputs;
        Assert.Equal(expected, AllocationMeasurement.Settled(() => AllocatedByScan(lbfgs, 30) - ShortScan(), expected));
    }

    private static long AllocatedByScan(Lbfgs lbfgs, int length)
    {
        Real[] x = ExtendedRosenbrock.StandardStart(100);
        Lbfgs.State state = lbfgs.Init(x);
        long before = GC.GetAllocatedBytesForCurrentThread();
        lbfgs.Scan(ref state, x, new ExtendedRosenbrock(), length);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void RunSteps(Lbfgs lbfgs, ref Lbfgs.State state, Real[] x, Real[] gradient, Real[] update, ref ExtendedRosenbrock objective, int steps)
    {
        for (int k = 0; k < steps; k++)
        {
            Real value = objective.Evaluate(x, gradient);
            lbfgs.Step(ref state, x, gradient, value, update, ref objective);
            Kernels.Add<Real>(x, update);
        }
    }
}

using System;
using System.Linq;
using OptimGen;
using OptimGen.LbfgsbTests.Problems;
using OptimGen.Optimizers;
using OptimGen.Testing;

namespace OptimGen.LbfgsbTests;

/// <summary>After <c>Init</c>, L-BFGS-B allocates nothing: not in <c>Step</c>, not per step of <c>Scan</c>.</summary>
public sealed class AllocationTests
{
    [Fact]
    public void StepAllocatesNothing()
    {
        var problem = new Torsion(10, 10);
        var lbfgsb = new Lbfgsb { LowerBounds = problem.Lower(), UpperBounds = problem.Upper() };
        Real[] x = problem.Start(), gradient = new Real[x.Length], update = new Real[x.Length];
        var objective = new TorsionObjective(problem);
        Lbfgsb.State state = lbfgsb.Init(x);
        RunSteps(lbfgsb, ref state, x, gradient, update, ref objective, 3);

        long allocated = AllocationMeasurement.Settled(
            () => AllocationMeasurement.Bytes(() => RunSteps(lbfgsb, ref state, x, gradient, update, ref objective, 10)), expected: 0);

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void ScanAllocatesOnlyItsPreallocatedOutputs()
    {
        long ShortScan() => AllocatedByScan(5);
        ShortScan();
        AllocatedByScan(30);

        int outputs = 2 + Lbfgsb.State.Layout.Slots.Count(slot => !slot.IsArray);
        long expected = (30 - 5) * sizeof(double) * outputs;
        Assert.Equal(expected, AllocationMeasurement.Settled(() => AllocatedByScan(30) - ShortScan(), expected));
    }

    private static long AllocatedByScan(int length)
    {
        // A convex quadratic far from its minimum: 30 steps run without converging or failing.
        var problem = new BoxQuadratic(200);
        var lbfgsb = new Lbfgsb { LowerBounds = problem.Lower(), UpperBounds = problem.Upper() };
        Real[] x = problem.Start();
        Lbfgsb.State state = lbfgsb.Init(x);
        var objective = new BoxQuadraticObjective(problem);
        long before = GC.GetAllocatedBytesForCurrentThread();
        lbfgsb.Scan(ref state, x, objective, length);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void RunSteps(Lbfgsb lbfgsb, ref Lbfgsb.State state, Real[] x, Real[] gradient, Real[] update, ref TorsionObjective objective, int steps)
    {
        for (int k = 0; k < steps; k++)
        {
            Real value = objective.Evaluate(x, gradient);
            lbfgsb.Step(ref state, x, gradient, value, update, ref objective);
            Kernels.Add<Real>(x, update);
        }
    }

    /// <summary>A struct objective, as <c>Scan</c>'s callers use (the problems themselves are classes).</summary>
    private readonly struct TorsionObjective : IObjective<Real>
    {
        private readonly Torsion problem;

        public TorsionObjective(Torsion problem) => this.problem = problem;

        public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient) => problem.Evaluate(x, gradient);
    }

    private readonly struct BoxQuadraticObjective : IObjective<Real>
    {
        private readonly BoxQuadratic problem;

        public BoxQuadraticObjective(BoxQuadratic problem) => this.problem = problem;

        public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient) => problem.Evaluate(x, gradient);
    }
}
